
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'story-widgets.count.lenses': `one {# नज़रिया} other {# नज़रिए}`,
'story-widgets.count.regions': `one {# क्षेत्र} other {# क्षेत्र}`,
'story-widgets.count.takes': `one {# रिपोर्ट} other {# रिपोर्टें}`,
'story-widgets.lenses.heading': `मीडिया ने कैसे कवर किया`,
'story-widgets.lenses.legend': `नज़रिए के हिसाब से रिपोर्टें`,
'story-widgets.lenses.legend-item': str`: ${0}, ${1}`,
'story-widgets.lenses.more': `one {# और रिपोर्ट दिखाएँ} other {# और रिपोर्टें दिखाएँ}`,
'story-widgets.lenses.other': `अन्य कवरेज`,
'story-widgets.link.new-tab': `(नए टैब में खुलता है)`,
'story-widgets.live.coverage': `कवरेज अपडेट हुई`,
'story-widgets.live.failed': str`लोड नहीं हो सका: ${0}।`,
'story-widgets.live.fallback': `इसके बजाय पेज अपनी सामग्री दिखा रहा है।`,
'story-widgets.live.loaded': str`लोड हुआ: ${0}।`,
'story-widgets.live.new-takes': `one {# नई रिपोर्ट} other {# नई रिपोर्टें}`,
'story-widgets.live.numbers': `आँकड़े अपडेट हुए`,
'story-widgets.live.summary': `सारांश अपडेट हुआ`,
'story-widgets.locale': `hi`,
'story-widgets.meta.updated': str`अपडेट किया गया ${0}`,
'story-widgets.numbers.about': `लगभग`,
'story-widgets.numbers.heading': `आंकड़ों में`,
'story-widgets.part.summary': `खबर का सारांश`,
'story-widgets.provider': str`खबर का विश्लेषण: ${0}`,
'story-widgets.state.error': `खबर लोड नहीं हो सकी।`,
'story-widgets.state.loading': `खबर लोड हो रही है…`,
'story-widgets.summary.entities': `लोग और संगठन`,
'story-widgets.summary.link': `पूरी खबर पढ़ें`,
'story-widgets.summary.more': `इस खबर के बारे में और`,
'story-widgets.summary.related': `संबंधित खबरें`,
'story-widgets.summary.watch': `आगे किस पर नज़र रखें`,
'story-widgets.summary.why': `यह क्यों मायने रखता है`,
'story-widgets.take.new': `नया`,
'story-widgets.type.analysis': `विश्लेषण`,
'story-widgets.type.event': `घटना`,
    };
  