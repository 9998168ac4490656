
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'story-widgets.count.lenses': `one {# angle} many {# d’angles} other {# angles}`,
'story-widgets.count.regions': `one {# région} many {# de régions} other {# régions}`,
'story-widgets.count.takes': `one {# point de vue} many {# de points de vue} other {# points de vue}`,
'story-widgets.lenses.heading': `Comment les médias l’ont couvert`,
'story-widgets.lenses.legend': `Points de vue par angle`,
'story-widgets.lenses.legend-item': str` : ${0}, ${1}`,
'story-widgets.lenses.more': `one {Afficher # autre point de vue} many {Afficher # d’autres points de vue} other {Afficher # autres points de vue}`,
'story-widgets.lenses.other': `Autres couvertures`,
'story-widgets.link.new-tab': `(s’ouvre dans un nouvel onglet)`,
'story-widgets.live.coverage': `Couverture mise à jour`,
'story-widgets.live.failed': str`Impossible de charger : ${0}.`,
'story-widgets.live.fallback': `La page affiche son propre contenu à la place.`,
'story-widgets.live.loaded': str`Chargé : ${0}.`,
'story-widgets.live.new-takes': `one {# nouveau point de vue} many {# de nouveaux points de vue} other {# nouveaux points de vue}`,
'story-widgets.live.numbers': `Chiffres mis à jour`,
'story-widgets.live.summary': `Résumé mis à jour`,
'story-widgets.locale': `fr`,
'story-widgets.meta.updated': str`Mis à jour ${0}`,
'story-widgets.numbers.about': `environ`,
'story-widgets.numbers.heading': `En chiffres`,
'story-widgets.part.summary': `Résumé de l’article`,
'story-widgets.provider': str`Analyse de l’article : ${0}`,
'story-widgets.state.error': `Impossible de charger l’article.`,
'story-widgets.state.loading': `Chargement de l’article…`,
'story-widgets.summary.entities': `Acteurs et lieux`,
'story-widgets.summary.link': `Lire l’article complet`,
'story-widgets.summary.more': `En savoir plus sur ce sujet`,
'story-widgets.summary.related': `Sur le même sujet`,
'story-widgets.summary.watch': `À surveiller`,
'story-widgets.summary.why': `Pourquoi c’est important`,
'story-widgets.take.new': `Nouveau`,
'story-widgets.type.analysis': `Analyse`,
'story-widgets.type.event': `Événement`,
    };
  