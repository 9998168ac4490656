
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'story-widgets.count.lenses': `zero {لا زوايا} one {زاوية واحدة} two {زاويتان} few {# زوايا} many {# زاوية} other {# زاوية}`,
'story-widgets.count.regions': `zero {لا مناطق} one {منطقة واحدة} two {منطقتان} few {# مناطق} many {# منطقة} other {# منطقة}`,
'story-widgets.count.takes': `zero {لا قراءات} one {قراءة واحدة} two {قراءتان} few {# قراءات} many {# قراءة} other {# قراءة}`,
'story-widgets.lenses.heading': `كيف غطّتها وسائل الإعلام`,
'story-widgets.lenses.legend': `القراءات حسب الزاوية`,
'story-widgets.lenses.legend-item': str`: ${0}، ${1}`,
'story-widgets.lenses.more': `zero {لا قراءات أخرى} one {عرض قراءة أخرى} two {عرض قراءتين أخريين} few {عرض # قراءات أخرى} many {عرض # قراءة أخرى} other {عرض # قراءة أخرى}`,
'story-widgets.lenses.other': `تغطية أخرى`,
'story-widgets.link.new-tab': `(يُفتح في علامة تبويب جديدة)`,
'story-widgets.live.coverage': `حُدِّثت التغطية`,
'story-widgets.live.failed': str`تعذّر التحميل: ${0}.`,
'story-widgets.live.fallback': `تعرض الصفحة محتواها الخاص بدلًا من ذلك.`,
'story-widgets.live.loaded': str`تم التحميل: ${0}.`,
'story-widgets.live.new-takes': `zero {لا قراءات جديدة} one {قراءة جديدة واحدة} two {قراءتان جديدتان} few {# قراءات جديدة} many {# قراءة جديدة} other {# قراءة جديدة}`,
'story-widgets.live.numbers': `حُدِّثت الأرقام`,
'story-widgets.live.summary': `حُدِّث الملخص`,
'story-widgets.locale': `ar`,
'story-widgets.meta.updated': str`حُدِّث ${0}`,
'story-widgets.numbers.about': `حوالي`,
'story-widgets.numbers.heading': `بالأرقام`,
'story-widgets.part.summary': `ملخص الخبر`,
'story-widgets.provider': str`تحليل القصة من ${0}`,
'story-widgets.state.error': `تعذّر تحميل الخبر.`,
'story-widgets.state.loading': `جارٍ تحميل الخبر…`,
'story-widgets.summary.entities': `أطراف وأماكن`,
'story-widgets.summary.link': `اقرأ الخبر كاملًا`,
'story-widgets.summary.more': `المزيد عن هذه القصة`,
'story-widgets.summary.related': `أخبار ذات صلة`,
'story-widgets.summary.watch': `ما الذي يجب متابعته`,
'story-widgets.summary.why': `لماذا يهمّ`,
'story-widgets.take.new': `جديد`,
'story-widgets.type.analysis': `تحليل`,
'story-widgets.type.event': `حدث`,
    };
  