
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'count.lenses.few': str`${0} angles`,
'count.lenses.many': str`${0} d’angles`,
'count.lenses.one': str`${0} angle`,
'count.lenses.other': str`${0} angles`,
'count.lenses.two': str`${0} angles`,
'count.lenses.zero': str`${0} angles`,
'count.regions.few': str`${0} régions`,
'count.regions.many': str`${0} de régions`,
'count.regions.one': str`${0} région`,
'count.regions.other': str`${0} régions`,
'count.regions.two': str`${0} régions`,
'count.regions.zero': str`${0} régions`,
'count.takes.few': str`${0} points de vue`,
'count.takes.many': str`${0} de points de vue`,
'count.takes.one': str`${0} point de vue`,
'count.takes.other': str`${0} points de vue`,
'count.takes.two': str`${0} points de vue`,
'count.takes.zero': str`${0} points de vue`,
'lenses.heading': `Comment les médias l’ont couvert`,
'lenses.legend': `Points de vue par angle`,
'lenses.more.few': str`Afficher ${0} autres points de vue`,
'lenses.more.many': str`Afficher ${0} d’autres points de vue`,
'lenses.more.one': str`Afficher ${0} autre point de vue`,
'lenses.more.other': str`Afficher ${0} autres points de vue`,
'lenses.more.two': str`Afficher ${0} autres points de vue`,
'lenses.more.zero': str`Afficher ${0} autres points de vue`,
'lenses.source': str`Source : ${0}`,
'link.new-tab': `(s’ouvre dans un nouvel onglet)`,
'numbers.heading': `En chiffres`,
'state.error': `Impossible de charger l’article.`,
'state.loading': `Chargement de l’article…`,
'summary.entities': `Acteurs et lieux`,
'summary.link': `Lire l’article complet`,
'summary.related': `Sur le même sujet`,
'summary.watch': `À surveiller`,
'summary.why': `Pourquoi c’est important`,
    };
  