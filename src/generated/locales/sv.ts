
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'story-widgets.count.lenses': `one {# perspektiv} other {# perspektiv}`,
'story-widgets.count.regions': `one {# region} other {# regioner}`,
'story-widgets.count.takes': `one {# artikel} other {# artiklar}`,
'story-widgets.lenses.heading': `Så rapporterade medierna`,
'story-widgets.lenses.legend': `Artiklar per perspektiv`,
'story-widgets.lenses.legend-item': str`: ${0}, ${1}`,
'story-widgets.lenses.more': `one {Visa # artikel till} other {Visa # artiklar till}`,
'story-widgets.lenses.other': `Övrig bevakning`,
'story-widgets.link.new-tab': `(öppnas i en ny flik)`,
'story-widgets.live.coverage': `Bevakningen har uppdaterats`,
'story-widgets.live.failed': str`Kunde inte laddas: ${0}.`,
'story-widgets.live.fallback': `Sidan visar sitt eget innehåll i stället.`,
'story-widgets.live.loaded': str`Laddat: ${0}.`,
'story-widgets.live.new-takes': `one {# ny artikel} other {# nya artiklar}`,
'story-widgets.live.numbers': `Siffrorna har uppdaterats`,
'story-widgets.live.summary': `Sammanfattningen har uppdaterats`,
'story-widgets.locale': `sv`,
'story-widgets.meta.updated': str`Uppdaterad ${0}`,
'story-widgets.numbers.about': `cirka`,
'story-widgets.numbers.heading': `I siffror`,
'story-widgets.part.summary': `Sammanfattning av nyheten`,
'story-widgets.provider': str`Nyhetsanalys: ${0}`,
'story-widgets.state.error': `Artikeln kunde inte laddas.`,
'story-widgets.state.loading': `Artikeln laddas…`,
'story-widgets.summary.entities': `Personer och organisationer`,
'story-widgets.summary.link': `Läs hela artikeln`,
'story-widgets.summary.more': `Mer om den här nyheten`,
'story-widgets.summary.related': `Relaterade artiklar`,
'story-widgets.summary.watch': `Att hålla koll på`,
'story-widgets.summary.why': `Därför är det viktigt`,
'story-widgets.take.new': `Ny`,
'story-widgets.type.analysis': `Analys`,
'story-widgets.type.event': `Händelse`,
    };
  