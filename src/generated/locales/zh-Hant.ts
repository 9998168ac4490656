
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'story-widgets.count.lenses': `other {# 個視角}`,
'story-widgets.count.regions': `other {# 個地區}`,
'story-widgets.count.takes': `other {# 篇報導}`,
'story-widgets.lenses.heading': `各家媒體怎麼報`,
'story-widgets.lenses.legend': `各視角報導數`,
'story-widgets.lenses.legend-item': str`：${0}，${1}`,
'story-widgets.lenses.more': `other {再顯示 # 篇}`,
'story-widgets.lenses.other': `其他報導`,
'story-widgets.link.new-tab': `（在新分頁中開啟）`,
'story-widgets.live.coverage': `報導已更新`,
'story-widgets.live.failed': str`無法載入：${0}。`,
'story-widgets.live.fallback': `頁面改為顯示其自身的內容。`,
'story-widgets.live.loaded': str`已載入：${0}。`,
'story-widgets.live.new-takes': `other {# 篇新報導}`,
'story-widgets.live.numbers': `數字已更新`,
'story-widgets.live.summary': `摘要已更新`,
'story-widgets.locale': `zh-Hant`,
'story-widgets.meta.updated': str`${0}更新`,
'story-widgets.numbers.about': `約`,
'story-widgets.numbers.heading': `數字速覽`,
'story-widgets.part.summary': `新聞摘要`,
'story-widgets.provider': str`報導分析：${0}`,
'story-widgets.state.error': `無法載入這篇報導。`,
'story-widgets.state.loading': `正在載入報導…`,
'story-widgets.summary.entities': `相關人物與機構`,
'story-widgets.summary.link': `閱讀全文`,
'story-widgets.summary.more': `更多相關內容`,
'story-widgets.summary.related': `相關報導`,
'story-widgets.summary.watch': `後續看點`,
'story-widgets.summary.why': `為何重要`,
'story-widgets.take.new': `新`,
'story-widgets.type.analysis': `分析`,
'story-widgets.type.event': `事件`,
    };
  