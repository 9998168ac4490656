
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'story-widgets.count.lenses': `one {# ракурс} few {# ракурси} many {# ракурсів} other {# ракурсу}`,
'story-widgets.count.regions': `one {# регіон} few {# регіони} many {# регіонів} other {# регіону}`,
'story-widgets.count.takes': `one {# публікація} few {# публікації} many {# публікацій} other {# публікації}`,
'story-widgets.lenses.heading': `Як про це писали медіа`,
'story-widgets.lenses.legend': `Публікації за ракурсами`,
'story-widgets.lenses.legend-item': str`: ${0}, ${1}`,
'story-widgets.lenses.more': `one {Показати ще # публікацію} few {Показати ще # публікації} many {Показати ще # публікацій} other {Показати ще # публікації}`,
'story-widgets.lenses.other': `Інші публікації`,
'story-widgets.link.new-tab': `(відкриється в новій вкладці)`,
'story-widgets.live.coverage': `Висвітлення оновлено`,
'story-widgets.live.failed': str`Не вдалося завантажити: ${0}.`,
'story-widgets.live.fallback': `Натомість сторінка показує власний вміст.`,
'story-widgets.live.loaded': str`Завантажено: ${0}.`,
'story-widgets.live.new-takes': `one {# нова публікація} few {# нові публікації} many {# нових публікацій} other {# нової публікації}`,
'story-widgets.live.numbers': `Цифри оновлено`,
'story-widgets.live.summary': `Підсумок оновлено`,
'story-widgets.locale': `uk`,
'story-widgets.meta.updated': str`Оновлено ${0}`,
'story-widgets.numbers.about': `близько`,
'story-widgets.numbers.heading': `У цифрах`,
'story-widgets.part.summary': `Стислий виклад новини`,
'story-widgets.provider': str`Аналіз матеріалу: ${0}`,
'story-widgets.state.error': `Не вдалося завантажити матеріал.`,
'story-widgets.state.loading': `Завантаження матеріалу…`,
'story-widgets.summary.entities': `Люди та організації`,
'story-widgets.summary.link': `Читати повністю`,
'story-widgets.summary.more': `Докладніше про цю історію`,
'story-widgets.summary.related': `Матеріали на тему`,
'story-widgets.summary.watch': `За чим стежити`,
'story-widgets.summary.why': `Чому це важливо`,
'story-widgets.take.new': `Нове`,
'story-widgets.type.analysis': `Аналітика`,
'story-widgets.type.event': `Подія`,
    };
  