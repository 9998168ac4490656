
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'story-widgets.count.lenses': `one {# vinkling} other {# vinklinger}`,
'story-widgets.count.regions': `one {# region} other {# regioner}`,
'story-widgets.count.takes': `one {# sak} other {# saker}`,
'story-widgets.lenses.heading': `Slik dekket mediene det`,
'story-widgets.lenses.legend': `Saker per vinkling`,
'story-widgets.lenses.legend-item': str`: ${0}, ${1}`,
'story-widgets.lenses.more': `one {Vis # sak til} other {Vis # saker til}`,
'story-widgets.lenses.other': `Annen dekning`,
'story-widgets.link.new-tab': `(åpnes i en ny fane)`,
'story-widgets.live.coverage': `Dekningen er oppdatert`,
'story-widgets.live.failed': str`Kunne ikke lastes: ${0}.`,
'story-widgets.live.fallback': `Siden viser sitt eget innhold i stedet.`,
'story-widgets.live.loaded': str`Lastet: ${0}.`,
'story-widgets.live.new-takes': `one {# ny sak} other {# nye saker}`,
'story-widgets.live.numbers': `Tallene er oppdatert`,
'story-widgets.live.summary': `Sammendraget er oppdatert`,
'story-widgets.locale': `nb`,
'story-widgets.meta.updated': str`Oppdatert ${0}`,
'story-widgets.numbers.about': `omtrent`,
'story-widgets.numbers.heading': `I tall`,
'story-widgets.part.summary': `Sammendrag av saken`,
'story-widgets.provider': str`Nyhetsanalyse: ${0}`,
'story-widgets.state.error': `Saken kunne ikke lastes inn.`,
'story-widgets.state.loading': `Laster inn saken …`,
'story-widgets.summary.entities': `Personer og organisasjoner`,
'story-widgets.summary.link': `Les hele saken`,
'story-widgets.summary.more': `Mer om denne saken`,
'story-widgets.summary.related': `Relaterte saker`,
'story-widgets.summary.watch': `Dette bør du følge med på`,
'story-widgets.summary.why': `Derfor er det viktig`,
'story-widgets.take.new': `Ny`,
'story-widgets.type.analysis': `Analyse`,
'story-widgets.type.event': `Hendelse`,
    };
  