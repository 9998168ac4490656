
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'story-widgets.count.lenses': `one {זווית אחת} two {שתי זוויות} other {# זוויות}`,
'story-widgets.count.regions': `one {אזור אחד} two {שני אזורים} other {# אזורים}`,
'story-widgets.count.takes': `one {פרסום אחד} two {שני פרסומים} other {# פרסומים}`,
'story-widgets.lenses.heading': `איך סיקרה התקשורת`,
'story-widgets.lenses.legend': `פרסומים לפי זווית`,
'story-widgets.lenses.legend-item': str`: ${0}, ${1}`,
'story-widgets.lenses.more': `one {הצגת פרסום נוסף} two {הצגת שני פרסומים נוספים} other {הצגת # פרסומים נוספים}`,
'story-widgets.lenses.other': `סיקור אחר`,
'story-widgets.link.new-tab': `(נפתח בכרטיסייה חדשה)`,
'story-widgets.live.coverage': `הסיקור עודכן`,
'story-widgets.live.failed': str`לא ניתן לטעון: ${0}.`,
'story-widgets.live.fallback': `הדף מציג במקום זאת את התוכן שלו.`,
'story-widgets.live.loaded': str`נטען: ${0}.`,
'story-widgets.live.new-takes': `one {פרסום חדש אחד} two {שני פרסומים חדשים} other {# פרסומים חדשים}`,
'story-widgets.live.numbers': `הנתונים עודכנו`,
'story-widgets.live.summary': `התקציר עודכן`,
'story-widgets.locale': `he`,
'story-widgets.meta.updated': str`עודכן ${0}`,
'story-widgets.numbers.about': `בערך`,
'story-widgets.numbers.heading': `במספרים`,
'story-widgets.part.summary': `תקציר הידיעה`,
'story-widgets.provider': str`ניתוח הידיעה: ${0}`,
'story-widgets.state.error': `לא ניתן היה לטעון את הכתבה.`,
'story-widgets.state.loading': `הכתבה נטענת…`,
'story-widgets.summary.entities': `אנשים וגופים`,
'story-widgets.summary.link': `לכתבה המלאה`,
'story-widgets.summary.more': `עוד על הסיפור`,
'story-widgets.summary.related': `כתבות קשורות`,
'story-widgets.summary.watch': `על מה לשים עין`,
'story-widgets.summary.why': `למה זה חשוב`,
'story-widgets.take.new': `חדש`,
'story-widgets.type.analysis': `ניתוח`,
'story-widgets.type.event': `אירוע`,
    };
  