
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'story-widgets.count.lenses': `one {# perspectivă} few {# perspective} other {# de perspective}`,
'story-widgets.count.regions': `one {# regiune} few {# regiuni} other {# de regiuni}`,
'story-widgets.count.takes': `one {# articol} few {# articole} other {# de articole}`,
'story-widgets.lenses.heading': `Cum a relatat presa`,
'story-widgets.lenses.legend': `Articole pe perspective`,
'story-widgets.lenses.legend-item': str`: ${0}, ${1}`,
'story-widgets.lenses.more': `one {Arată încă # articol} few {Arată încă # articole} other {Arată încă # de articole}`,
'story-widgets.lenses.other': `Alte relatări`,
'story-widgets.link.new-tab': `(se deschide într-o filă nouă)`,
'story-widgets.live.coverage': `Relatările au fost actualizate`,
'story-widgets.live.failed': str`Nu s-a putut încărca: ${0}.`,
'story-widgets.live.fallback': `Pagina își afișează în schimb propriul conținut.`,
'story-widgets.live.loaded': str`Încărcat: ${0}.`,
'story-widgets.live.new-takes': `one {# articol nou} few {# articole noi} other {# de articole noi}`,
'story-widgets.live.numbers': `Cifrele au fost actualizate`,
'story-widgets.live.summary': `Rezumatul a fost actualizat`,
'story-widgets.locale': `ro`,
'story-widgets.meta.updated': str`Actualizat ${0}`,
'story-widgets.numbers.about': `aproximativ`,
'story-widgets.numbers.heading': `În cifre`,
'story-widgets.part.summary': `Rezumatul știrii`,
'story-widgets.provider': str`Analiza știrii: ${0}`,
'story-widgets.state.error': `Articolul nu a putut fi încărcat.`,
'story-widgets.state.loading': `Se încarcă articolul…`,
'story-widgets.summary.entities': `Persoane și organizații`,
'story-widgets.summary.link': `Citește articolul complet`,
'story-widgets.summary.more': `Mai multe despre această știre`,
'story-widgets.summary.related': `Articole similare`,
'story-widgets.summary.watch': `Ce trebuie urmărit`,
'story-widgets.summary.why': `De ce contează`,
'story-widgets.take.new': `Nou`,
'story-widgets.type.analysis': `Analiză`,
'story-widgets.type.event': `Eveniment`,
    };
  