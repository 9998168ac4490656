
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'story-widgets.count.lenses': `one {# perspectiva} many {# de perspectivas} other {# perspectivas}`,
'story-widgets.count.regions': `one {# región} many {# de regiones} other {# regiones}`,
'story-widgets.count.takes': `one {# lectura} many {# de lecturas} other {# lecturas}`,
'story-widgets.lenses.heading': `Cómo lo contaron los medios`,
'story-widgets.lenses.legend': `Lecturas por perspectiva`,
'story-widgets.lenses.legend-item': str`: ${0}, ${1}`,
'story-widgets.lenses.more': `one {Mostrar # lectura más} many {Mostrar # de lecturas más} other {Mostrar # lecturas más}`,
'story-widgets.lenses.other': `Otra cobertura`,
'story-widgets.link.new-tab': `(se abre en una pestaña nueva)`,
'story-widgets.live.coverage': `Cobertura actualizada`,
'story-widgets.live.failed': str`No se pudo cargar: ${0}.`,
'story-widgets.live.fallback': `La página muestra en su lugar su propio contenido.`,
'story-widgets.live.loaded': str`Cargado: ${0}.`,
'story-widgets.live.new-takes': `one {# lectura nueva} many {# de lecturas nuevas} other {# lecturas nuevas}`,
'story-widgets.live.numbers': `Cifras actualizadas`,
'story-widgets.live.summary': `Resumen actualizado`,
'story-widgets.locale': `es`,
'story-widgets.meta.updated': str`Actualizado ${0}`,
'story-widgets.numbers.about': `aproximadamente`,
'story-widgets.numbers.heading': `En cifras`,
'story-widgets.part.summary': `Resumen de la noticia`,
'story-widgets.provider': str`Análisis de la noticia: ${0}`,
'story-widgets.state.error': `No se pudo cargar la noticia.`,
'story-widgets.state.loading': `Cargando la noticia…`,
'story-widgets.summary.entities': `Protagonistas y lugares`,
'story-widgets.summary.link': `Leer la noticia completa`,
'story-widgets.summary.more': `Más sobre esta noticia`,
'story-widgets.summary.related': `Noticias relacionadas`,
'story-widgets.summary.watch': `Qué vigilar`,
'story-widgets.summary.why': `Por qué importa`,
'story-widgets.take.new': `Nuevo`,
'story-widgets.type.analysis': `Análisis`,
'story-widgets.type.event': `Suceso`,
    };
  