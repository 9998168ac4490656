
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'story-widgets.count.lenses': `one {# invalshoek} other {# invalshoeken}`,
'story-widgets.count.regions': `one {# regio} other {# regio’s}`,
'story-widgets.count.takes': `one {# bericht} other {# berichten}`,
'story-widgets.lenses.heading': `Zo brachten de media het`,
'story-widgets.lenses.legend': `Berichten per invalshoek`,
'story-widgets.lenses.legend-item': str`: ${0}, ${1}`,
'story-widgets.lenses.more': `one {Nog # bericht tonen} other {Nog # berichten tonen}`,
'story-widgets.lenses.other': `Overige berichtgeving`,
'story-widgets.link.new-tab': `(opent in een nieuw tabblad)`,
'story-widgets.live.coverage': `Berichtgeving bijgewerkt`,
'story-widgets.live.failed': str`Kon niet worden geladen: ${0}.`,
'story-widgets.live.fallback': `De pagina toont in plaats daarvan haar eigen inhoud.`,
'story-widgets.live.loaded': str`Geladen: ${0}.`,
'story-widgets.live.new-takes': `one {# nieuw bericht} other {# nieuwe berichten}`,
'story-widgets.live.numbers': `Cijfers bijgewerkt`,
'story-widgets.live.summary': `Samenvatting bijgewerkt`,
'story-widgets.locale': `nl`,
'story-widgets.meta.updated': str`Bijgewerkt ${0}`,
'story-widgets.numbers.about': `ongeveer`,
'story-widgets.numbers.heading': `In cijfers`,
'story-widgets.part.summary': `Samenvatting van het bericht`,
'story-widgets.provider': str`Analyse van het nieuws: ${0}`,
'story-widgets.state.error': `Het artikel kon niet worden geladen.`,
'story-widgets.state.loading': `Artikel wordt geladen…`,
'story-widgets.summary.entities': `Betrokkenen en organisaties`,
'story-widgets.summary.link': `Lees het hele artikel`,
'story-widgets.summary.more': `Meer over dit nieuws`,
'story-widgets.summary.related': `Gerelateerde artikelen`,
'story-widgets.summary.watch': `Om in de gaten te houden`,
'story-widgets.summary.why': `Waarom dit ertoe doet`,
'story-widgets.take.new': `Nieuw`,
'story-widgets.type.analysis': `Analyse`,
'story-widgets.type.event': `Gebeurtenis`,
    };
  