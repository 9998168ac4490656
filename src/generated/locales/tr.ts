
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'story-widgets.count.lenses': `one {# bakış açısı} other {# bakış açısı}`,
'story-widgets.count.regions': `one {# bölge} other {# bölge}`,
'story-widgets.count.takes': `one {# haber} other {# haber}`,
'story-widgets.lenses.heading': `Medya nasıl aktardı`,
'story-widgets.lenses.legend': `Bakış açısına göre haberler`,
'story-widgets.lenses.legend-item': str`: ${0}, ${1}`,
'story-widgets.lenses.more': `one {# haber daha göster} other {# haber daha göster}`,
'story-widgets.lenses.other': `Diğer haberler`,
'story-widgets.link.new-tab': `(yeni sekmede açılır)`,
'story-widgets.live.coverage': `Haberler güncellendi`,
'story-widgets.live.failed': str`Yüklenemedi: ${0}.`,
'story-widgets.live.fallback': `Sayfa bunun yerine kendi içeriğini gösteriyor.`,
'story-widgets.live.loaded': str`Yüklendi: ${0}.`,
'story-widgets.live.new-takes': `one {# yeni haber} other {# yeni haber}`,
'story-widgets.live.numbers': `Rakamlar güncellendi`,
'story-widgets.live.summary': `Özet güncellendi`,
'story-widgets.locale': `tr`,
'story-widgets.meta.updated': str`Güncellendi: ${0}`,
'story-widgets.numbers.about': `yaklaşık`,
'story-widgets.numbers.heading': `Rakamlarla`,
'story-widgets.part.summary': `Haber özeti`,
'story-widgets.provider': str`Haber analizi: ${0}`,
'story-widgets.state.error': `Haber yüklenemedi.`,
'story-widgets.state.loading': `Haber yükleniyor…`,
'story-widgets.summary.entities': `Kişiler ve kurumlar`,
'story-widgets.summary.link': `Haberin tamamını okuyun`,
'story-widgets.summary.more': `Bu haber hakkında daha fazlası`,
'story-widgets.summary.related': `İlgili haberler`,
'story-widgets.summary.watch': `Takip edilmesi gerekenler`,
'story-widgets.summary.why': `Neden önemli`,
'story-widgets.take.new': `Yeni`,
'story-widgets.type.analysis': `Analiz`,
'story-widgets.type.event': `Olay`,
    };
  