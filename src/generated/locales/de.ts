
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'story-widgets.count.lenses': `one {# Blickwinkel} other {# Blickwinkel}`,
'story-widgets.count.regions': `one {# Region} other {# Regionen}`,
'story-widgets.count.takes': `one {# Beitrag} other {# Beiträge}`,
'story-widgets.lenses.heading': `So berichteten die Medien`,
'story-widgets.lenses.legend': `Beiträge je Blickwinkel`,
'story-widgets.lenses.legend-item': str`: ${0}, ${1}`,
'story-widgets.lenses.more': `one {# weiteren Beitrag zeigen} other {# weitere Beiträge zeigen}`,
'story-widgets.lenses.other': `Weitere Berichterstattung`,
'story-widgets.link.new-tab': `(öffnet in neuem Tab)`,
'story-widgets.live.coverage': `Berichterstattung aktualisiert`,
'story-widgets.live.failed': str`Konnte nicht geladen werden: ${0}.`,
'story-widgets.live.fallback': `Die Seite zeigt stattdessen ihre eigenen Inhalte.`,
'story-widgets.live.loaded': str`Geladen: ${0}.`,
'story-widgets.live.new-takes': `one {# neuer Beitrag} other {# neue Beiträge}`,
'story-widgets.live.numbers': `Zahlen aktualisiert`,
'story-widgets.live.summary': `Zusammenfassung aktualisiert`,
'story-widgets.locale': `de`,
'story-widgets.meta.updated': str`Aktualisiert ${0}`,
'story-widgets.numbers.about': `etwa`,
'story-widgets.numbers.heading': `In Zahlen`,
'story-widgets.part.summary': `Zusammenfassung der Meldung`,
'story-widgets.provider': str`Analyse der Meldung: ${0}`,
'story-widgets.state.error': `Die Meldung konnte nicht geladen werden.`,
'story-widgets.state.loading': `Meldung wird geladen …`,
'story-widgets.summary.entities': `Beteiligte und Orte`,
'story-widgets.summary.link': `Ganze Meldung lesen`,
'story-widgets.summary.more': `Mehr zu dieser Meldung`,
'story-widgets.summary.related': `Weitere Meldungen zum Thema`,
'story-widgets.summary.watch': `Worauf es jetzt ankommt`,
'story-widgets.summary.why': `Warum das wichtig ist`,
'story-widgets.take.new': `Neu`,
'story-widgets.type.analysis': `Analyse`,
'story-widgets.type.event': `Ereignis`,
    };
  