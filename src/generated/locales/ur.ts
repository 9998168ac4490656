
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'story-widgets.count.lenses': `one {# زاویہ} other {# زاویے}`,
'story-widgets.count.regions': `one {# خطہ} other {# خطے}`,
'story-widgets.count.takes': `one {# رپورٹ} other {# رپورٹیں}`,
'story-widgets.lenses.heading': `میڈیا نے کیسے رپورٹ کیا`,
'story-widgets.lenses.legend': `زاویے کے لحاظ سے رپورٹیں`,
'story-widgets.lenses.legend-item': str`: ${0}، ${1}`,
'story-widgets.lenses.more': `one {مزید # رپورٹ دکھائیں} other {مزید # رپورٹیں دکھائیں}`,
'story-widgets.lenses.other': `دیگر کوریج`,
'story-widgets.link.new-tab': `(نئے ٹیب میں کھلتا ہے)`,
'story-widgets.live.coverage': `کوریج اپ ڈیٹ ہوئی`,
'story-widgets.live.failed': str`لوڈ نہیں ہو سکا: ${0}۔`,
'story-widgets.live.fallback': `اس کے بجائے صفحہ اپنا مواد دکھا رہا ہے۔`,
'story-widgets.live.loaded': str`لوڈ ہو گیا: ${0}۔`,
'story-widgets.live.new-takes': `one {# نئی رپورٹ} other {# نئی رپورٹیں}`,
'story-widgets.live.numbers': `اعداد و شمار اپ ڈیٹ ہوئے`,
'story-widgets.live.summary': `خلاصہ اپ ڈیٹ ہوا`,
'story-widgets.locale': `ur`,
'story-widgets.meta.updated': str`اپ ڈیٹ ${0}`,
'story-widgets.numbers.about': `تقریباً`,
'story-widgets.numbers.heading': `اعداد و شمار میں`,
'story-widgets.part.summary': `خبر کا خلاصہ`,
'story-widgets.provider': str`خبر کا تجزیہ: ${0}`,
'story-widgets.state.error': `خبر لوڈ نہیں ہو سکی۔`,
'story-widgets.state.loading': `خبر لوڈ ہو رہی ہے…`,
'story-widgets.summary.entities': `شخصیات اور ادارے`,
'story-widgets.summary.link': `پوری خبر پڑھیں`,
'story-widgets.summary.more': `اس خبر کے بارے میں مزید`,
'story-widgets.summary.related': `متعلقہ خبریں`,
'story-widgets.summary.watch': `آگے کیا دیکھنا ہے`,
'story-widgets.summary.why': `یہ کیوں اہم ہے`,
'story-widgets.take.new': `نیا`,
'story-widgets.type.analysis': `تجزیہ`,
'story-widgets.type.event': `واقعہ`,
    };
  