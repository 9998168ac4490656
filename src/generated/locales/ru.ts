
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'story-widgets.count.lenses': `one {# ракурс} few {# ракурса} many {# ракурсов} other {# ракурса}`,
'story-widgets.count.regions': `one {# регион} few {# региона} many {# регионов} other {# региона}`,
'story-widgets.count.takes': `one {# публикация} few {# публикации} many {# публикаций} other {# публикации}`,
'story-widgets.lenses.heading': `Как об этом писали СМИ`,
'story-widgets.lenses.legend': `Публикации по ракурсам`,
'story-widgets.lenses.legend-item': str`: ${0}, ${1}`,
'story-widgets.lenses.more': `one {Показать ещё # публикацию} few {Показать ещё # публикации} many {Показать ещё # публикаций} other {Показать ещё # публикации}`,
'story-widgets.lenses.other': `Прочие публикации`,
'story-widgets.link.new-tab': `(откроется в новой вкладке)`,
'story-widgets.live.coverage': `Освещение обновлено`,
'story-widgets.live.failed': str`Не удалось загрузить: ${0}.`,
'story-widgets.live.fallback': `Вместо этого страница показывает собственное содержимое.`,
'story-widgets.live.loaded': str`Загружено: ${0}.`,
'story-widgets.live.new-takes': `one {# новая публикация} few {# новые публикации} many {# новых публикаций} other {# новой публикации}`,
'story-widgets.live.numbers': `Цифры обновлены`,
'story-widgets.live.summary': `Сводка обновлена`,
'story-widgets.locale': `ru`,
'story-widgets.meta.updated': str`Обновлено ${0}`,
'story-widgets.numbers.about': `около`,
'story-widgets.numbers.heading': `В цифрах`,
'story-widgets.part.summary': `Краткое изложение новости`,
'story-widgets.provider': str`Анализ материала: ${0}`,
'story-widgets.state.error': `Не удалось загрузить материал.`,
'story-widgets.state.loading': `Загрузка материала…`,
'story-widgets.summary.entities': `Люди и организации`,
'story-widgets.summary.link': `Читать полностью`,
'story-widgets.summary.more': `Подробнее об этой истории`,
'story-widgets.summary.related': `Материалы по теме`,
'story-widgets.summary.watch': `За чем следить`,
'story-widgets.summary.why': `Почему это важно`,
'story-widgets.take.new': `Новое`,
'story-widgets.type.analysis': `Аналитика`,
'story-widgets.type.event': `Событие`,
    };
  