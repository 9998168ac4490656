
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'story-widgets.count.lenses': `one {# زاویهٔ دید} other {# زاویهٔ دید}`,
'story-widgets.count.regions': `one {# منطقه} other {# منطقه}`,
'story-widgets.count.takes': `one {# گزارش} other {# گزارش}`,
'story-widgets.lenses.heading': `رسانه‌ها چگونه پوشش دادند`,
'story-widgets.lenses.legend': `گزارش‌ها به تفکیک زاویهٔ دید`,
'story-widgets.lenses.legend-item': str`: ${0}، ${1}`,
'story-widgets.lenses.more': `one {نمایش # گزارش دیگر} other {نمایش # گزارش دیگر}`,
'story-widgets.lenses.other': `پوشش‌های دیگر`,
'story-widgets.link.new-tab': `(در برگهٔ جدید باز می‌شود)`,
'story-widgets.live.coverage': `پوشش خبری به‌روز شد`,
'story-widgets.live.failed': str`بارگذاری نشد: ${0}.`,
'story-widgets.live.fallback': `صفحه به‌جای آن محتوای خودش را نشان می‌دهد.`,
'story-widgets.live.loaded': str`بارگذاری شد: ${0}.`,
'story-widgets.live.new-takes': `one {# گزارش تازه} other {# گزارش تازه}`,
'story-widgets.live.numbers': `ارقام به‌روز شد`,
'story-widgets.live.summary': `خلاصه به‌روز شد`,
'story-widgets.locale': `fa`,
'story-widgets.meta.updated': str`به‌روزشده ${0}`,
'story-widgets.numbers.about': `حدود`,
'story-widgets.numbers.heading': `به زبان ارقام`,
'story-widgets.part.summary': `خلاصهٔ خبر`,
'story-widgets.provider': str`تحلیل خبر: ${0}`,
'story-widgets.state.error': `خبر بارگذاری نشد.`,
'story-widgets.state.loading': `در حال بارگذاری خبر…`,
'story-widgets.summary.entities': `افراد و نهادها`,
'story-widgets.summary.link': `خواندن کامل خبر`,
'story-widgets.summary.more': `بیشتر دربارهٔ این خبر`,
'story-widgets.summary.related': `خبرهای مرتبط`,
'story-widgets.summary.watch': `چه چیزی را دنبال کنیم`,
'story-widgets.summary.why': `چرا مهم است`,
'story-widgets.take.new': `تازه`,
'story-widgets.type.analysis': `تحلیل`,
'story-widgets.type.event': `رویداد`,
    };
  