
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'story-widgets.count.lenses': `other {# 个视角}`,
'story-widgets.count.regions': `other {# 个地区}`,
'story-widgets.count.takes': `other {# 篇报道}`,
'story-widgets.lenses.heading': `各家媒体怎么报`,
'story-widgets.lenses.legend': `各视角报道数`,
'story-widgets.lenses.legend-item': str`：${0}，${1}`,
'story-widgets.lenses.more': `other {再显示 # 篇}`,
'story-widgets.lenses.other': `其他报道`,
'story-widgets.link.new-tab': `（在新标签页中打开）`,
'story-widgets.live.coverage': `报道已更新`,
'story-widgets.live.failed': str`无法加载：${0}。`,
'story-widgets.live.fallback': `页面改为显示其自身的内容。`,
'story-widgets.live.loaded': str`已加载：${0}。`,
'story-widgets.live.new-takes': `other {# 篇新报道}`,
'story-widgets.live.numbers': `数字已更新`,
'story-widgets.live.summary': `摘要已更新`,
'story-widgets.locale': `zh-Hans`,
'story-widgets.meta.updated': str`${0}更新`,
'story-widgets.numbers.about': `约`,
'story-widgets.numbers.heading': `数字速览`,
'story-widgets.part.summary': `新闻摘要`,
'story-widgets.provider': str`报道分析：${0}`,
'story-widgets.state.error': `无法加载这篇报道。`,
'story-widgets.state.loading': `正在加载报道…`,
'story-widgets.summary.entities': `相关人物与机构`,
'story-widgets.summary.link': `阅读全文`,
'story-widgets.summary.more': `更多相关内容`,
'story-widgets.summary.related': `相关报道`,
'story-widgets.summary.watch': `后续看点`,
'story-widgets.summary.why': `为何重要`,
'story-widgets.take.new': `新`,
'story-widgets.type.analysis': `分析`,
'story-widgets.type.event': `事件`,
    };
  