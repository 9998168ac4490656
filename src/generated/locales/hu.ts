
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'story-widgets.count.lenses': `one {# nézőpont} other {# nézőpont}`,
'story-widgets.count.regions': `one {# régió} other {# régió}`,
'story-widgets.count.takes': `one {# cikk} other {# cikk}`,
'story-widgets.lenses.heading': `Így számolt be róla a sajtó`,
'story-widgets.lenses.legend': `Cikkek nézőpontonként`,
'story-widgets.lenses.legend-item': str`: ${0}, ${1}`,
'story-widgets.lenses.more': `one {Még # cikk megjelenítése} other {Még # cikk megjelenítése}`,
'story-widgets.lenses.other': `Egyéb tudósítások`,
'story-widgets.link.new-tab': `(új lapon nyílik meg)`,
'story-widgets.live.coverage': `A tudósítás frissült`,
'story-widgets.live.failed': str`Nem sikerült betölteni: ${0}.`,
'story-widgets.live.fallback': `Az oldal helyette a saját tartalmát mutatja.`,
'story-widgets.live.loaded': str`Betöltve: ${0}.`,
'story-widgets.live.new-takes': `one {# új cikk} other {# új cikk}`,
'story-widgets.live.numbers': `A számok frissültek`,
'story-widgets.live.summary': `Az összefoglaló frissült`,
'story-widgets.locale': `hu`,
'story-widgets.meta.updated': str`Frissítve: ${0}`,
'story-widgets.numbers.about': `körülbelül`,
'story-widgets.numbers.heading': `Számokban`,
'story-widgets.part.summary': `A hír összefoglalója`,
'story-widgets.provider': str`Hírelemzés: ${0}`,
'story-widgets.state.error': `A cikket nem sikerült betölteni.`,
'story-widgets.state.loading': `A cikk betöltése…`,
'story-widgets.summary.entities': `Szereplők és szervezetek`,
'story-widgets.summary.link': `A teljes cikk`,
'story-widgets.summary.more': `Bővebben erről a hírről`,
'story-widgets.summary.related': `Kapcsolódó cikkek`,
'story-widgets.summary.watch': `Mire figyeljünk?`,
'story-widgets.summary.why': `Miért fontos?`,
'story-widgets.take.new': `Új`,
'story-widgets.type.analysis': `Elemzés`,
'story-widgets.type.event': `Esemény`,
    };
  