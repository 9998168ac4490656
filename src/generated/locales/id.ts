
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'story-widgets.count.lenses': `other {# sudut pandang}`,
'story-widgets.count.regions': `other {# wilayah}`,
'story-widgets.count.takes': `other {# liputan}`,
'story-widgets.lenses.heading': `Bagaimana media memberitakannya`,
'story-widgets.lenses.legend': `Liputan per sudut pandang`,
'story-widgets.lenses.legend-item': str`: ${0}, ${1}`,
'story-widgets.lenses.more': `other {Tampilkan # liputan lagi}`,
'story-widgets.lenses.other': `Liputan lain`,
'story-widgets.link.new-tab': `(terbuka di tab baru)`,
'story-widgets.live.coverage': `Liputan diperbarui`,
'story-widgets.live.failed': str`Tidak dapat dimuat: ${0}.`,
'story-widgets.live.fallback': `Halaman menampilkan kontennya sendiri sebagai gantinya.`,
'story-widgets.live.loaded': str`Dimuat: ${0}.`,
'story-widgets.live.new-takes': `other {# liputan baru}`,
'story-widgets.live.numbers': `Angka diperbarui`,
'story-widgets.live.summary': `Ringkasan diperbarui`,
'story-widgets.locale': `id`,
'story-widgets.meta.updated': str`Diperbarui ${0}`,
'story-widgets.numbers.about': `sekitar`,
'story-widgets.numbers.heading': `Dalam angka`,
'story-widgets.part.summary': `Ringkasan berita`,
'story-widgets.provider': str`Analisis berita: ${0}`,
'story-widgets.state.error': `Berita tidak dapat dimuat.`,
'story-widgets.state.loading': `Memuat berita…`,
'story-widgets.summary.entities': `Tokoh dan lembaga`,
'story-widgets.summary.link': `Baca berita selengkapnya`,
'story-widgets.summary.more': `Selengkapnya tentang berita ini`,
'story-widgets.summary.related': `Berita terkait`,
'story-widgets.summary.watch': `Yang perlu dicermati`,
'story-widgets.summary.why': `Mengapa penting`,
'story-widgets.take.new': `Baru`,
'story-widgets.type.analysis': `Analisis`,
'story-widgets.type.event': `Peristiwa`,
    };
  