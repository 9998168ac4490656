
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'count.lenses.few': str`${0} Blickwinkel`,
'count.lenses.many': str`${0} Blickwinkel`,
'count.lenses.one': str`${0} Blickwinkel`,
'count.lenses.other': str`${0} Blickwinkel`,
'count.lenses.two': str`${0} Blickwinkel`,
'count.lenses.zero': str`${0} Blickwinkel`,
'count.regions.few': str`${0} Regionen`,
'count.regions.many': str`${0} Regionen`,
'count.regions.one': str`${0} Region`,
'count.regions.other': str`${0} Regionen`,
'count.regions.two': str`${0} Regionen`,
'count.regions.zero': str`${0} Regionen`,
'count.takes.few': str`${0} Beiträge`,
'count.takes.many': str`${0} Beiträge`,
'count.takes.one': str`${0} Beitrag`,
'count.takes.other': str`${0} Beiträge`,
'count.takes.two': str`${0} Beiträge`,
'count.takes.zero': str`${0} Beiträge`,
'lenses.heading': `So berichteten die Medien`,
'lenses.legend': `Beiträge je Blickwinkel`,
'lenses.more.few': str`${0} weitere Beiträge zeigen`,
'lenses.more.many': str`${0} weitere Beiträge zeigen`,
'lenses.more.one': str`${0} weiteren Beitrag zeigen`,
'lenses.more.other': str`${0} weitere Beiträge zeigen`,
'lenses.more.two': str`${0} weitere Beiträge zeigen`,
'lenses.more.zero': str`${0} weitere Beiträge zeigen`,
'lenses.source': str`Quelle: ${0}`,
'link.new-tab': `(öffnet in neuem Tab)`,
'numbers.heading': `In Zahlen`,
'state.error': `Die Meldung konnte nicht geladen werden.`,
'state.loading': `Meldung wird geladen …`,
'summary.entities': `Beteiligte und Orte`,
'summary.link': `Ganze Meldung lesen`,
'summary.related': `Weitere Meldungen zum Thema`,
'summary.watch': `Worauf es jetzt ankommt`,
'summary.why': `Warum das wichtig ist`,
    };
  