
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'count.lenses.few': str`${0} زوايا`,
'count.lenses.many': str`${0} زاوية`,
'count.lenses.one': str`${0} زاوية`,
'count.lenses.other': str`${0} زاوية`,
'count.lenses.two': str`${0} زاويتان`,
'count.lenses.zero': str`${0} زاوية`,
'count.regions.few': str`${0} مناطق`,
'count.regions.many': str`${0} منطقة`,
'count.regions.one': str`${0} منطقة`,
'count.regions.other': str`${0} منطقة`,
'count.regions.two': str`${0} منطقتان`,
'count.regions.zero': str`${0} منطقة`,
'count.takes.few': str`${0} قراءات`,
'count.takes.many': str`${0} قراءة`,
'count.takes.one': str`${0} قراءة`,
'count.takes.other': str`${0} قراءة`,
'count.takes.two': str`${0} قراءتان`,
'count.takes.zero': str`${0} قراءة`,
'lenses.heading': `كيف غطّتها وسائل الإعلام`,
'lenses.legend': `القراءات حسب الزاوية`,
'lenses.more.few': str`عرض ${0} قراءات أخرى`,
'lenses.more.many': str`عرض ${0} قراءة أخرى`,
'lenses.more.one': str`عرض ${0} قراءة أخرى`,
'lenses.more.other': str`عرض ${0} قراءة أخرى`,
'lenses.more.two': str`عرض ${0} قراءتين أخريين`,
'lenses.more.zero': str`عرض ${0} قراءة أخرى`,
'lenses.source': str`المصدر: ${0}`,
'link.new-tab': `(يُفتح في علامة تبويب جديدة)`,
'numbers.heading': `بالأرقام`,
'state.error': `تعذّر تحميل الخبر.`,
'state.loading': `جارٍ تحميل الخبر…`,
'summary.entities': `أطراف وأماكن`,
'summary.link': `اقرأ الخبر كاملًا`,
'summary.related': `أخبار ذات صلة`,
'summary.watch': `ما الذي يجب متابعته`,
'summary.why': `لماذا يهمّ`,
    };
  