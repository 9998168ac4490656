
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'story-widgets.count.lenses': `zero {# زاوية} one {# زاوية} two {# زاويتان} few {# زوايا} many {# زاوية} other {# زاوية}`,
'story-widgets.count.regions': `zero {# منطقة} one {# منطقة} two {# منطقتان} few {# مناطق} many {# منطقة} other {# منطقة}`,
'story-widgets.count.takes': `zero {# قراءة} one {# قراءة} two {# قراءتان} few {# قراءات} many {# قراءة} other {# قراءة}`,
'story-widgets.lenses.heading': `كيف غطّتها وسائل الإعلام`,
'story-widgets.lenses.legend': `القراءات حسب الزاوية`,
'story-widgets.lenses.more': `zero {عرض # قراءة أخرى} one {عرض # قراءة أخرى} two {عرض # قراءتين أخريين} few {عرض # قراءات أخرى} many {عرض # قراءة أخرى} other {عرض # قراءة أخرى}`,
'story-widgets.link.new-tab': `(يُفتح في علامة تبويب جديدة)`,
'story-widgets.locale': `ar`,
'story-widgets.numbers.heading': `بالأرقام`,
'story-widgets.state.error': `تعذّر تحميل الخبر.`,
'story-widgets.state.loading': `جارٍ تحميل الخبر…`,
'story-widgets.summary.entities': `أطراف وأماكن`,
'story-widgets.summary.link': `اقرأ الخبر كاملًا`,
'story-widgets.summary.related': `أخبار ذات صلة`,
'story-widgets.summary.watch': `ما الذي يجب متابعته`,
'story-widgets.summary.why': `لماذا يهمّ`,
    };
  