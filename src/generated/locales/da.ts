
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'story-widgets.count.lenses': `one {# vinkel} other {# vinkler}`,
'story-widgets.count.regions': `one {# region} other {# regioner}`,
'story-widgets.count.takes': `one {# artikel} other {# artikler}`,
'story-widgets.lenses.heading': `Sådan dækkede medierne det`,
'story-widgets.lenses.legend': `Artikler pr. vinkel`,
'story-widgets.lenses.legend-item': str`: ${0}, ${1}`,
'story-widgets.lenses.more': `one {Vis # artikel mere} other {Vis # artikler mere}`,
'story-widgets.lenses.other': `Anden dækning`,
'story-widgets.link.new-tab': `(åbner i en ny fane)`,
'story-widgets.live.coverage': `Dækningen er opdateret`,
'story-widgets.live.failed': str`Kunne ikke indlæses: ${0}.`,
'story-widgets.live.fallback': `Siden viser i stedet sit eget indhold.`,
'story-widgets.live.loaded': str`Indlæst: ${0}.`,
'story-widgets.live.new-takes': `one {# ny artikel} other {# nye artikler}`,
'story-widgets.live.numbers': `Tallene er opdateret`,
'story-widgets.live.summary': `Resuméet er opdateret`,
'story-widgets.locale': `da`,
'story-widgets.meta.updated': str`Opdateret ${0}`,
'story-widgets.numbers.about': `cirka`,
'story-widgets.numbers.heading': `I tal`,
'story-widgets.part.summary': `Resumé af historien`,
'story-widgets.provider': str`Nyhedsanalyse: ${0}`,
'story-widgets.state.error': `Artiklen kunne ikke indlæses.`,
'story-widgets.state.loading': `Artiklen indlæses…`,
'story-widgets.summary.entities': `Personer og organisationer`,
'story-widgets.summary.link': `Læs hele artiklen`,
'story-widgets.summary.more': `Mere om denne historie`,
'story-widgets.summary.related': `Relaterede artikler`,
'story-widgets.summary.watch': `Det skal du holde øje med`,
'story-widgets.summary.why': `Derfor er det vigtigt`,
'story-widgets.take.new': `Ny`,
'story-widgets.type.analysis': `Analyse`,
'story-widgets.type.event': `Begivenhed`,
    };
  