
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'story-widgets.count.lenses': `one {# perspectiva} many {# de perspectivas} other {# perspectivas}`,
'story-widgets.count.regions': `one {# região} many {# de regiões} other {# regiões}`,
'story-widgets.count.takes': `one {# leitura} many {# de leituras} other {# leituras}`,
'story-widgets.lenses.heading': `Como a imprensa cobriu`,
'story-widgets.lenses.legend': `Leituras por perspectiva`,
'story-widgets.lenses.legend-item': str`: ${0}, ${1}`,
'story-widgets.lenses.more': `one {Mostrar mais # leitura} many {Mostrar mais # de leituras} other {Mostrar mais # leituras}`,
'story-widgets.lenses.other': `Outras coberturas`,
'story-widgets.link.new-tab': `(abre em uma nova aba)`,
'story-widgets.live.coverage': `Cobertura atualizada`,
'story-widgets.live.failed': str`Não foi possível carregar: ${0}.`,
'story-widgets.live.fallback': `A página mostra seu próprio conteúdo em vez disso.`,
'story-widgets.live.loaded': str`Carregado: ${0}.`,
'story-widgets.live.new-takes': `one {# nova leitura} many {# de novas leituras} other {# novas leituras}`,
'story-widgets.live.numbers': `Números atualizados`,
'story-widgets.live.summary': `Resumo atualizado`,
'story-widgets.locale': `pt`,
'story-widgets.meta.updated': str`Atualizado ${0}`,
'story-widgets.numbers.about': `cerca de`,
'story-widgets.numbers.heading': `Em números`,
'story-widgets.part.summary': `Resumo da notícia`,
'story-widgets.provider': str`Análise da notícia: ${0}`,
'story-widgets.state.error': `Não foi possível carregar a matéria.`,
'story-widgets.state.loading': `Carregando a matéria…`,
'story-widgets.summary.entities': `Personagens e lugares`,
'story-widgets.summary.link': `Ler a matéria completa`,
'story-widgets.summary.more': `Mais sobre esta notícia`,
'story-widgets.summary.related': `Matérias relacionadas`,
'story-widgets.summary.watch': `O que acompanhar`,
'story-widgets.summary.why': `Por que importa`,
'story-widgets.take.new': `Novo`,
'story-widgets.type.analysis': `Análise`,
'story-widgets.type.event': `Acontecimento`,
    };
  