
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'story-widgets.count.lenses': `other {# sudut pandangan}`,
'story-widgets.count.regions': `other {# wilayah}`,
'story-widgets.count.takes': `other {# liputan}`,
'story-widgets.lenses.heading': `Bagaimana media melaporkannya`,
'story-widgets.lenses.legend': `Liputan mengikut sudut pandangan`,
'story-widgets.lenses.legend-item': str`: ${0}, ${1}`,
'story-widgets.lenses.more': `other {Tunjukkan # lagi liputan}`,
'story-widgets.lenses.other': `Liputan lain`,
'story-widgets.link.new-tab': `(dibuka dalam tab baharu)`,
'story-widgets.live.coverage': `Liputan dikemas kini`,
'story-widgets.live.failed': str`Tidak dapat dimuatkan: ${0}.`,
'story-widgets.live.fallback': `Halaman memaparkan kandungannya sendiri sebagai ganti.`,
'story-widgets.live.loaded': str`Dimuatkan: ${0}.`,
'story-widgets.live.new-takes': `other {# liputan baharu}`,
'story-widgets.live.numbers': `Angka dikemas kini`,
'story-widgets.live.summary': `Ringkasan dikemas kini`,
'story-widgets.locale': `ms`,
'story-widgets.meta.updated': str`Dikemas kini ${0}`,
'story-widgets.numbers.about': `kira-kira`,
'story-widgets.numbers.heading': `Dalam angka`,
'story-widgets.part.summary': `Ringkasan berita`,
'story-widgets.provider': str`Analisis berita: ${0}`,
'story-widgets.state.error': `Berita tidak dapat dimuatkan.`,
'story-widgets.state.loading': `Memuatkan berita…`,
'story-widgets.summary.entities': `Tokoh dan organisasi`,
'story-widgets.summary.link': `Baca berita penuh`,
'story-widgets.summary.more': `Lagi tentang berita ini`,
'story-widgets.summary.related': `Berita berkaitan`,
'story-widgets.summary.watch': `Perkara yang perlu diperhatikan`,
'story-widgets.summary.why': `Mengapa ia penting`,
'story-widgets.take.new': `Baharu`,
'story-widgets.type.analysis': `Analisis`,
'story-widgets.type.event': `Peristiwa`,
    };
  