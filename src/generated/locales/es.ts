
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
'count.regions.few': str`${0} regiones`,
'count.regions.many': str`${0} de regiones`,
'count.regions.one': str`${0} región`,
'count.regions.other': str`${0} regiones`,
'count.regions.two': str`${0} regiones`,
'count.regions.zero': str`${0} regiones`,
'count.takes.few': str`${0} lecturas`,
'count.takes.many': str`${0} de lecturas`,
'count.takes.one': str`${0} lectura`,
'count.takes.other': str`${0} lecturas`,
'count.takes.two': str`${0} lecturas`,
'count.takes.zero': str`${0} lecturas`,
'lenses.heading': `Cómo lo contaron los medios`,
'lenses.legend': `Lecturas por perspectiva`,
'lenses.more.few': str`Mostrar ${0} lecturas más`,
'lenses.more.many': str`Mostrar ${0} de lecturas más`,
'lenses.more.one': str`Mostrar ${0} lectura más`,
'lenses.more.other': str`Mostrar ${0} lecturas más`,
'lenses.more.two': str`Mostrar ${0} lecturas más`,
'lenses.more.zero': str`Mostrar ${0} lecturas más`,
'lenses.source': str`Fuente: ${0}`,
'link.new-tab': `(se abre en una pestaña nueva)`,
'numbers.heading': `En cifras`,
'state.error': `No se pudo cargar la noticia.`,
'state.loading': `Cargando la noticia…`,
'summary.entities': `Protagonistas y lugares`,
'summary.link': `Leer la noticia completa`,
'summary.related': `Noticias relacionadas`,
'summary.watch': `Qué vigilar`,
'summary.why': `Por qué importa`,
    };
  