
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'count.lenses.few': str`${0} 個視角`,
'count.lenses.many': str`${0} 個視角`,
'count.lenses.one': str`${0} 個視角`,
'count.lenses.other': str`${0} 個視角`,
'count.lenses.two': str`${0} 個視角`,
'count.lenses.zero': str`${0} 個視角`,
'count.regions.few': str`${0} 個地區`,
'count.regions.many': str`${0} 個地區`,
'count.regions.one': str`${0} 個地區`,
'count.regions.other': str`${0} 個地區`,
'count.regions.two': str`${0} 個地區`,
'count.regions.zero': str`${0} 個地區`,
'count.takes.few': str`${0} 篇報導`,
'count.takes.many': str`${0} 篇報導`,
'count.takes.one': str`${0} 篇報導`,
'count.takes.other': str`${0} 篇報導`,
'count.takes.two': str`${0} 篇報導`,
'count.takes.zero': str`${0} 篇報導`,
'lenses.heading': `各家媒體怎麼報`,
'lenses.legend': `各視角報導數`,
'lenses.more.few': str`再顯示 ${0} 篇`,
'lenses.more.many': str`再顯示 ${0} 篇`,
'lenses.more.one': str`再顯示 ${0} 篇`,
'lenses.more.other': str`再顯示 ${0} 篇`,
'lenses.more.two': str`再顯示 ${0} 篇`,
'lenses.more.zero': str`再顯示 ${0} 篇`,
'lenses.source': str`來源：${0}`,
'link.new-tab': `（在新分頁中開啟）`,
'numbers.heading': `數字速覽`,
'state.error': `無法載入這篇報導。`,
'state.loading': `正在載入報導…`,
'summary.entities': `相關人物與機構`,
'summary.link': `閱讀全文`,
'summary.related': `相關報導`,
'summary.watch': `後續看點`,
'summary.why': `為何重要`,
    };
  