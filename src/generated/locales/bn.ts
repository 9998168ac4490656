
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'story-widgets.count.lenses': `one {# দৃষ্টিকোণ} other {# দৃষ্টিকোণ}`,
'story-widgets.count.regions': `one {# অঞ্চল} other {# অঞ্চল}`,
'story-widgets.count.takes': `one {# প্রতিবেদন} other {# প্রতিবেদন}`,
'story-widgets.lenses.heading': `গণমাধ্যম কীভাবে তুলে ধরেছে`,
'story-widgets.lenses.legend': `দৃষ্টিকোণ অনুযায়ী প্রতিবেদন`,
'story-widgets.lenses.legend-item': str`: ${0}, ${1}`,
'story-widgets.lenses.more': `one {আরও # প্রতিবেদন দেখুন} other {আরও # প্রতিবেদন দেখুন}`,
'story-widgets.lenses.other': `অন্যান্য প্রতিবেদন`,
'story-widgets.link.new-tab': `(নতুন ট্যাবে খোলে)`,
'story-widgets.live.coverage': `কভারেজ হালনাগাদ হয়েছে`,
'story-widgets.live.failed': str`লোড করা যায়নি: ${0}।`,
'story-widgets.live.fallback': `এর বদলে পাতাটি নিজের বিষয়বস্তু দেখাচ্ছে।`,
'story-widgets.live.loaded': str`লোড হয়েছে: ${0}।`,
'story-widgets.live.new-takes': `one {# নতুন প্রতিবেদন} other {# নতুন প্রতিবেদন}`,
'story-widgets.live.numbers': `পরিসংখ্যান হালনাগাদ হয়েছে`,
'story-widgets.live.summary': `সারাংশ হালনাগাদ হয়েছে`,
'story-widgets.locale': `bn`,
'story-widgets.meta.updated': str`হালনাগাদ ${0}`,
'story-widgets.numbers.about': `প্রায়`,
'story-widgets.numbers.heading': `সংখ্যায়`,
'story-widgets.part.summary': `খবরের সারসংক্ষেপ`,
'story-widgets.provider': str`খবরের বিশ্লেষণ: ${0}`,
'story-widgets.state.error': `খবরটি লোড করা যায়নি।`,
'story-widgets.state.loading': `খবর লোড হচ্ছে…`,
'story-widgets.summary.entities': `ব্যক্তি ও প্রতিষ্ঠান`,
'story-widgets.summary.link': `পুরো খবর পড়ুন`,
'story-widgets.summary.more': `এই খবর সম্পর্কে আরও`,
'story-widgets.summary.related': `সম্পর্কিত খবর`,
'story-widgets.summary.watch': `যেদিকে নজর রাখতে হবে`,
'story-widgets.summary.why': `কেন গুরুত্বপূর্ণ`,
'story-widgets.take.new': `নতুন`,
'story-widgets.type.analysis': `বিশ্লেষণ`,
'story-widgets.type.event': `ঘটনা`,
    };
  