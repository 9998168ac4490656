
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'story-widgets.count.lenses': `one {# prospettiva} many {# di prospettive} other {# prospettive}`,
'story-widgets.count.regions': `one {# regione} many {# di regioni} other {# regioni}`,
'story-widgets.count.takes': `one {# lettura} many {# di letture} other {# letture}`,
'story-widgets.lenses.heading': `Come ne hanno parlato i media`,
'story-widgets.lenses.legend': `Letture per prospettiva`,
'story-widgets.lenses.legend-item': str`: ${0}, ${1}`,
'story-widgets.lenses.more': `one {Mostra un’altra lettura} many {Mostra altre # di letture} other {Mostra altre # letture}`,
'story-widgets.lenses.other': `Altra copertura`,
'story-widgets.link.new-tab': `(si apre in una nuova scheda)`,
'story-widgets.live.coverage': `Copertura aggiornata`,
'story-widgets.live.failed': str`Impossibile caricare: ${0}.`,
'story-widgets.live.fallback': `La pagina mostra invece i propri contenuti.`,
'story-widgets.live.loaded': str`Caricato: ${0}.`,
'story-widgets.live.new-takes': `one {# nuova lettura} many {# di nuove letture} other {# nuove letture}`,
'story-widgets.live.numbers': `Cifre aggiornate`,
'story-widgets.live.summary': `Riepilogo aggiornato`,
'story-widgets.locale': `it`,
'story-widgets.meta.updated': str`Aggiornato ${0}`,
'story-widgets.numbers.about': `circa`,
'story-widgets.numbers.heading': `In cifre`,
'story-widgets.part.summary': `Riepilogo della notizia`,
'story-widgets.provider': str`Analisi della notizia: ${0}`,
'story-widgets.state.error': `Impossibile caricare l’articolo.`,
'story-widgets.state.loading': `Caricamento dell’articolo…`,
'story-widgets.summary.entities': `Protagonisti e istituzioni`,
'story-widgets.summary.link': `Leggi l’articolo completo`,
'story-widgets.summary.more': `Approfondisci questa notizia`,
'story-widgets.summary.related': `Articoli correlati`,
'story-widgets.summary.watch': `Cosa seguire`,
'story-widgets.summary.why': `Perché è importante`,
'story-widgets.take.new': `Nuovo`,
'story-widgets.type.analysis': `Analisi`,
'story-widgets.type.event': `Evento`,
    };
  