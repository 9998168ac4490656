
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'count.lenses.few': str`${0} 个视角`,
'count.lenses.many': str`${0} 个视角`,
'count.lenses.one': str`${0} 个视角`,
'count.lenses.other': str`${0} 个视角`,
'count.lenses.two': str`${0} 个视角`,
'count.lenses.zero': str`${0} 个视角`,
'count.regions.few': str`${0} 个地区`,
'count.regions.many': str`${0} 个地区`,
'count.regions.one': str`${0} 个地区`,
'count.regions.other': str`${0} 个地区`,
'count.regions.two': str`${0} 个地区`,
'count.regions.zero': str`${0} 个地区`,
'count.takes.few': str`${0} 篇报道`,
'count.takes.many': str`${0} 篇报道`,
'count.takes.one': str`${0} 篇报道`,
'count.takes.other': str`${0} 篇报道`,
'count.takes.two': str`${0} 篇报道`,
'count.takes.zero': str`${0} 篇报道`,
'lenses.heading': `各家媒体怎么报`,
'lenses.legend': `各视角报道数`,
'lenses.more.few': str`再显示 ${0} 篇`,
'lenses.more.many': str`再显示 ${0} 篇`,
'lenses.more.one': str`再显示 ${0} 篇`,
'lenses.more.other': str`再显示 ${0} 篇`,
'lenses.more.two': str`再显示 ${0} 篇`,
'lenses.more.zero': str`再显示 ${0} 篇`,
'lenses.source': str`来源：${0}`,
'link.new-tab': `（在新标签页中打开）`,
'numbers.heading': `数字速览`,
'state.error': `无法加载这篇报道。`,
'state.loading': `正在加载报道…`,
'summary.entities': `相关人物与机构`,
'summary.link': `阅读全文`,
'summary.related': `相关报道`,
'summary.watch': `后续看点`,
'summary.why': `为何重要`,
    };
  