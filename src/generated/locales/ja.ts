
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'count.lenses.few': str`視点${0}つ`,
'count.lenses.many': str`視点${0}つ`,
'count.lenses.one': str`視点${0}つ`,
'count.lenses.other': str`視点${0}つ`,
'count.lenses.two': str`視点${0}つ`,
'count.lenses.zero': str`視点${0}つ`,
'count.regions.few': str`${0}地域`,
'count.regions.many': str`${0}地域`,
'count.regions.one': str`${0}地域`,
'count.regions.other': str`${0}地域`,
'count.regions.two': str`${0}地域`,
'count.regions.zero': str`${0}地域`,
'count.takes.few': str`報道${0}件`,
'count.takes.many': str`報道${0}件`,
'count.takes.one': str`報道${0}件`,
'count.takes.other': str`報道${0}件`,
'count.takes.two': str`報道${0}件`,
'count.takes.zero': str`報道${0}件`,
'lenses.heading': `各メディアの報じ方`,
'lenses.legend': `視点別の報道数`,
'lenses.more.few': str`さらに${0}件を表示`,
'lenses.more.many': str`さらに${0}件を表示`,
'lenses.more.one': str`さらに${0}件を表示`,
'lenses.more.other': str`さらに${0}件を表示`,
'lenses.more.two': str`さらに${0}件を表示`,
'lenses.more.zero': str`さらに${0}件を表示`,
'lenses.source': str`出典：${0}`,
'link.new-tab': `（新しいタブで開きます）`,
'numbers.heading': `数字で見る`,
'state.error': `記事を読み込めませんでした。`,
'state.loading': `記事を読み込んでいます…`,
'summary.entities': `関連する人物・組織・地域`,
'summary.link': `記事全文を読む`,
'summary.related': `関連記事`,
'summary.watch': `今後の焦点`,
'summary.why': `なぜ重要か`,
    };
  