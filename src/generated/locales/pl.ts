
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'story-widgets.count.lenses': `one {# perspektywa} few {# perspektywy} many {# perspektyw} other {# perspektywy}`,
'story-widgets.count.regions': `one {# region} few {# regiony} many {# regionów} other {# regionu}`,
'story-widgets.count.takes': `one {# relacja} few {# relacje} many {# relacji} other {# relacji}`,
'story-widgets.lenses.heading': `Jak relacjonowały to media`,
'story-widgets.lenses.legend': `Relacje według perspektywy`,
'story-widgets.lenses.legend-item': str`: ${0}, ${1}`,
'story-widgets.lenses.more': `one {Pokaż jeszcze # relację} few {Pokaż jeszcze # relacje} many {Pokaż jeszcze # relacji} other {Pokaż jeszcze # relacji}`,
'story-widgets.lenses.other': `Pozostałe relacje`,
'story-widgets.link.new-tab': `(otwiera się w nowej karcie)`,
'story-widgets.live.coverage': `Zaktualizowano relacje`,
'story-widgets.live.failed': str`Nie udało się wczytać: ${0}.`,
'story-widgets.live.fallback': `Zamiast tego strona pokazuje własną treść.`,
'story-widgets.live.loaded': str`Wczytano: ${0}.`,
'story-widgets.live.new-takes': `one {# nowa relacja} few {# nowe relacje} many {# nowych relacji} other {# nowej relacji}`,
'story-widgets.live.numbers': `Zaktualizowano liczby`,
'story-widgets.live.summary': `Zaktualizowano podsumowanie`,
'story-widgets.locale': `pl`,
'story-widgets.meta.updated': str`Zaktualizowano ${0}`,
'story-widgets.numbers.about': `około`,
'story-widgets.numbers.heading': `W liczbach`,
'story-widgets.part.summary': `Streszczenie wiadomości`,
'story-widgets.provider': str`Analiza: ${0}`,
'story-widgets.state.error': `Nie udało się wczytać artykułu.`,
'story-widgets.state.loading': `Wczytywanie artykułu…`,
'story-widgets.summary.entities': `Osoby i instytucje`,
'story-widgets.summary.link': `Przeczytaj cały artykuł`,
'story-widgets.summary.more': `Więcej o tej sprawie`,
'story-widgets.summary.related': `Powiązane artykuły`,
'story-widgets.summary.watch': `Na co zwrócić uwagę`,
'story-widgets.summary.why': `Dlaczego to ważne`,
'story-widgets.take.new': `Nowe`,
'story-widgets.type.analysis': `Analiza`,
'story-widgets.type.event': `Wydarzenie`,
    };
  