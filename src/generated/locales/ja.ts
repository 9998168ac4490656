
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'story-widgets.count.lenses': `other {視点#つ}`,
'story-widgets.count.regions': `other {#地域}`,
'story-widgets.count.takes': `other {報道#件}`,
'story-widgets.lenses.heading': `各メディアの報じ方`,
'story-widgets.lenses.legend': `視点別の報道数`,
'story-widgets.lenses.legend-item': str`：${0}、${1}`,
'story-widgets.lenses.more': `other {さらに#件を表示}`,
'story-widgets.lenses.other': `その他の報道`,
'story-widgets.link.new-tab': `（新しいタブで開きます）`,
'story-widgets.live.coverage': `報道を更新しました`,
'story-widgets.live.failed': str`読み込めませんでした：${0}。`,
'story-widgets.live.fallback': `代わりにページ独自の内容を表示しています。`,
'story-widgets.live.loaded': str`読み込みました：${0}。`,
'story-widgets.live.new-takes': `other {新着報道#件}`,
'story-widgets.live.numbers': `数字を更新しました`,
'story-widgets.live.summary': `要約を更新しました`,
'story-widgets.locale': `ja`,
'story-widgets.meta.updated': str`${0}に更新`,
'story-widgets.numbers.about': `約`,
'story-widgets.numbers.heading': `数字で見る`,
'story-widgets.part.summary': `記事の要約`,
'story-widgets.provider': str`記事分析：${0}`,
'story-widgets.state.error': `記事を読み込めませんでした。`,
'story-widgets.state.loading': `記事を読み込んでいます…`,
'story-widgets.summary.entities': `関連する人物・組織・地域`,
'story-widgets.summary.link': `記事全文を読む`,
'story-widgets.summary.more': `この記事の詳細`,
'story-widgets.summary.related': `関連記事`,
'story-widgets.summary.watch': `今後の焦点`,
'story-widgets.summary.why': `なぜ重要か`,
'story-widgets.take.new': `新着`,
'story-widgets.type.analysis': `分析`,
'story-widgets.type.event': `出来事`,
    };
  