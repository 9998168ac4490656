
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'story-widgets.count.lenses': `one {# гледна точка} other {# гледни точки}`,
'story-widgets.count.regions': `one {# регион} other {# региона}`,
'story-widgets.count.takes': `one {# публикация} other {# публикации}`,
'story-widgets.lenses.heading': `Как го отразиха медиите`,
'story-widgets.lenses.legend': `Публикации по гледна точка`,
'story-widgets.lenses.legend-item': str`: ${0}, ${1}`,
'story-widgets.lenses.more': `one {Покажи още # публикация} other {Покажи още # публикации}`,
'story-widgets.lenses.other': `Друго отразяване`,
'story-widgets.link.new-tab': `(отваря се в нов раздел)`,
'story-widgets.live.coverage': `Отразяването е обновено`,
'story-widgets.live.failed': str`Не можа да се зареди: ${0}.`,
'story-widgets.live.fallback': `Страницата показва собственото си съдържание вместо това.`,
'story-widgets.live.loaded': str`Заредено: ${0}.`,
'story-widgets.live.new-takes': `one {# нова публикация} other {# нови публикации}`,
'story-widgets.live.numbers': `Числата са обновени`,
'story-widgets.live.summary': `Резюмето е обновено`,
'story-widgets.locale': `bg`,
'story-widgets.meta.updated': str`Обновено ${0}`,
'story-widgets.numbers.about': `около`,
'story-widgets.numbers.heading': `В цифри`,
'story-widgets.part.summary': `Резюме на новината`,
'story-widgets.provider': str`Анализ на новината: ${0}`,
'story-widgets.state.error': `Статията не можа да се зареди.`,
'story-widgets.state.loading': `Статията се зарежда…`,
'story-widgets.summary.entities': `Лица и организации`,
'story-widgets.summary.link': `Прочетете цялата статия`,
'story-widgets.summary.more': `Още за тази новина`,
'story-widgets.summary.related': `Свързани статии`,
'story-widgets.summary.watch': `Какво да следим`,
'story-widgets.summary.why': `Защо е важно`,
'story-widgets.take.new': `Ново`,
'story-widgets.type.analysis': `Анализ`,
'story-widgets.type.event': `Събитие`,
    };
  