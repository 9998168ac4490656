
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'story-widgets.count.lenses': `one {# näkökulma} other {# näkökulmaa}`,
'story-widgets.count.regions': `one {# alue} other {# aluetta}`,
'story-widgets.count.takes': `one {# juttu} other {# juttua}`,
'story-widgets.lenses.heading': `Näin media uutisoi`,
'story-widgets.lenses.legend': `Jutut näkökulmittain`,
'story-widgets.lenses.legend-item': str`: ${0}, ${1}`,
'story-widgets.lenses.more': `one {Näytä # juttu lisää} other {Näytä # juttua lisää}`,
'story-widgets.lenses.other': `Muu uutisointi`,
'story-widgets.link.new-tab': `(avautuu uuteen välilehteen)`,
'story-widgets.live.coverage': `Uutisointi päivitetty`,
'story-widgets.live.failed': str`Ei voitu ladata: ${0}.`,
'story-widgets.live.fallback': `Sivu näyttää sen sijaan omaa sisältöään.`,
'story-widgets.live.loaded': str`Ladattu: ${0}.`,
'story-widgets.live.new-takes': `one {# uusi juttu} other {# uutta juttua}`,
'story-widgets.live.numbers': `Luvut päivitetty`,
'story-widgets.live.summary': `Tiivistelmä päivitetty`,
'story-widgets.locale': `fi`,
'story-widgets.meta.updated': str`Päivitetty ${0}`,
'story-widgets.numbers.about': `noin`,
'story-widgets.numbers.heading': `Lukuina`,
'story-widgets.part.summary': `Uutisen tiivistelmä`,
'story-widgets.provider': str`Uutisanalyysi: ${0}`,
'story-widgets.state.error': `Juttua ei voitu ladata.`,
'story-widgets.state.loading': `Ladataan juttua…`,
'story-widgets.summary.entities': `Henkilöt ja organisaatiot`,
'story-widgets.summary.link': `Lue koko juttu`,
'story-widgets.summary.more': `Lisää tästä aiheesta`,
'story-widgets.summary.related': `Liittyvät jutut`,
'story-widgets.summary.watch': `Mitä seurata`,
'story-widgets.summary.why': `Miksi tällä on väliä`,
'story-widgets.take.new': `Uusi`,
'story-widgets.type.analysis': `Analyysi`,
'story-widgets.type.event': `Tapahtuma`,
    };
  