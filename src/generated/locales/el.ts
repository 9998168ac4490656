
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'story-widgets.count.lenses': `one {# οπτική} other {# οπτικές}`,
'story-widgets.count.regions': `one {# περιοχή} other {# περιοχές}`,
'story-widgets.count.takes': `one {# δημοσίευμα} other {# δημοσιεύματα}`,
'story-widgets.lenses.heading': `Πώς το κάλυψαν τα μέσα`,
'story-widgets.lenses.legend': `Δημοσιεύματα ανά οπτική`,
'story-widgets.lenses.legend-item': str`: ${0}, ${1}`,
'story-widgets.lenses.more': `one {Εμφάνιση # ακόμη δημοσιεύματος} other {Εμφάνιση # ακόμη δημοσιευμάτων}`,
'story-widgets.lenses.other': `Άλλη κάλυψη`,
'story-widgets.link.new-tab': `(ανοίγει σε νέα καρτέλα)`,
'story-widgets.live.coverage': `Η κάλυψη ενημερώθηκε`,
'story-widgets.live.failed': str`Δεν ήταν δυνατή η φόρτωση: ${0}.`,
'story-widgets.live.fallback': `Η σελίδα εμφανίζει στη θέση του το δικό της περιεχόμενο.`,
'story-widgets.live.loaded': str`Φορτώθηκε: ${0}.`,
'story-widgets.live.new-takes': `one {# νέο δημοσίευμα} other {# νέα δημοσιεύματα}`,
'story-widgets.live.numbers': `Τα στοιχεία ενημερώθηκαν`,
'story-widgets.live.summary': `Η σύνοψη ενημερώθηκε`,
'story-widgets.locale': `el`,
'story-widgets.meta.updated': str`Ενημερώθηκε ${0}`,
'story-widgets.numbers.about': `περίπου`,
'story-widgets.numbers.heading': `Σε αριθμούς`,
'story-widgets.part.summary': `Περίληψη της είδησης`,
'story-widgets.provider': str`Ανάλυση είδησης: ${0}`,
'story-widgets.state.error': `Δεν ήταν δυνατή η φόρτωση του άρθρου.`,
'story-widgets.state.loading': `Φόρτωση του άρθρου…`,
'story-widgets.summary.entities': `Πρόσωπα και φορείς`,
'story-widgets.summary.link': `Διαβάστε ολόκληρο το άρθρο`,
'story-widgets.summary.more': `Περισσότερα για την είδηση`,
'story-widgets.summary.related': `Σχετικά άρθρα`,
'story-widgets.summary.watch': `Τι να παρακολουθήσετε`,
'story-widgets.summary.why': `Γιατί έχει σημασία`,
'story-widgets.take.new': `Νέο`,
'story-widgets.type.analysis': `Ανάλυση`,
'story-widgets.type.event': `Γεγονός`,
    };
  