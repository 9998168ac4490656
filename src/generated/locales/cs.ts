
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'story-widgets.count.lenses': `one {# úhel pohledu} few {# úhly pohledu} many {# úhlu pohledu} other {# úhlů pohledu}`,
'story-widgets.count.regions': `one {# oblast} few {# oblasti} many {# oblasti} other {# oblastí}`,
'story-widgets.count.takes': `one {# článek} few {# články} many {# článku} other {# článků}`,
'story-widgets.lenses.heading': `Jak o tom psala média`,
'story-widgets.lenses.legend': `Články podle úhlu pohledu`,
'story-widgets.lenses.legend-item': str`: ${0}, ${1}`,
'story-widgets.lenses.more': `one {Zobrazit další # článek} few {Zobrazit další # články} many {Zobrazit dalších # článku} other {Zobrazit dalších # článků}`,
'story-widgets.lenses.other': `Další zpravodajství`,
'story-widgets.link.new-tab': `(otevře se na nové kartě)`,
'story-widgets.live.coverage': `Pokrytí aktualizováno`,
'story-widgets.live.failed': str`Nepodařilo se načíst: ${0}.`,
'story-widgets.live.fallback': `Stránka místo toho zobrazuje vlastní obsah.`,
'story-widgets.live.loaded': str`Načteno: ${0}.`,
'story-widgets.live.new-takes': `one {# nový článek} few {# nové články} many {# nového článku} other {# nových článků}`,
'story-widgets.live.numbers': `Čísla aktualizována`,
'story-widgets.live.summary': `Shrnutí aktualizováno`,
'story-widgets.locale': `cs`,
'story-widgets.meta.updated': str`Aktualizováno ${0}`,
'story-widgets.numbers.about': `asi`,
'story-widgets.numbers.heading': `V číslech`,
'story-widgets.part.summary': `Shrnutí zprávy`,
'story-widgets.provider': str`Analýza zprávy: ${0}`,
'story-widgets.state.error': `Článek se nepodařilo načíst.`,
'story-widgets.state.loading': `Načítání článku…`,
'story-widgets.summary.entities': `Lidé a organizace`,
'story-widgets.summary.link': `Číst celý článek`,
'story-widgets.summary.more': `Více o této zprávě`,
'story-widgets.summary.related': `Související články`,
'story-widgets.summary.watch': `Co sledovat`,
'story-widgets.summary.why': `Proč na tom záleží`,
'story-widgets.take.new': `Nové`,
'story-widgets.type.analysis': `Analýza`,
'story-widgets.type.event': `Událost`,
    };
  