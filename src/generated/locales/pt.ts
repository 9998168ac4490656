
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'count.lenses.few': str`${0} perspectivas`,
'count.lenses.many': str`${0} de perspectivas`,
'count.lenses.one': str`${0} perspectiva`,
'count.lenses.other': str`${0} perspectivas`,
'count.lenses.two': str`${0} perspectivas`,
'count.lenses.zero': str`${0} perspectivas`,
'count.regions.few': str`${0} regiões`,
'count.regions.many': str`${0} de regiões`,
'count.regions.one': str`${0} região`,
'count.regions.other': str`${0} regiões`,
'count.regions.two': str`${0} regiões`,
'count.regions.zero': str`${0} regiões`,
'count.takes.few': str`${0} leituras`,
'count.takes.many': str`${0} de leituras`,
'count.takes.one': str`${0} leitura`,
'count.takes.other': str`${0} leituras`,
'count.takes.two': str`${0} leituras`,
'count.takes.zero': str`${0} leituras`,
'lenses.heading': `Como a imprensa cobriu`,
'lenses.legend': `Leituras por perspectiva`,
'lenses.more.few': str`Mostrar mais ${0} leituras`,
'lenses.more.many': str`Mostrar mais ${0} de leituras`,
'lenses.more.one': str`Mostrar mais ${0} leitura`,
'lenses.more.other': str`Mostrar mais ${0} leituras`,
'lenses.more.two': str`Mostrar mais ${0} leituras`,
'lenses.more.zero': str`Mostrar mais ${0} leituras`,
'lenses.source': str`Fonte: ${0}`,
'link.new-tab': `(abre em uma nova aba)`,
'numbers.heading': `Em números`,
'state.error': `Não foi possível carregar a matéria.`,
'state.loading': `Carregando a matéria…`,
'summary.entities': `Personagens e lugares`,
'summary.link': `Ler a matéria completa`,
'summary.related': `Matérias relacionadas`,
'summary.watch': `O que acompanhar`,
'summary.why': `Por que importa`,
    };
  