/**
 * What is said of a group, round 5, by class: distrust of any member (« on peut pas croire un … »), worth and
 * rights denied with nouns of life and rights (« leurs vies n'ont pas d'importance », « les droits ne devraient pas
 * s'appliquer aux … »), people handled like animals (« en cage », « chez le vétérinaire », « en laisse »), people
 * equated with vermin or waste (« aucune différence entre un rat pis un … »), and all a member says called a lie. {G}/{g}: a group in the plural,
 * {U}/{u}: one member (« un Haïtien ») standing for all. Each class has clean counterparts with the same words.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, errors, fill } from './grammar-helpers.ts';

const groups: Array<[string, string]> = [['les immigrés', 'un immigré'], ['les musulmanes', 'une musulmane'], ['les Haïtiens', 'un Haïtien'], ['les autochtones', 'un autochtone']];
const put = (frame: string, [plural, one]: [string, string]): string =>
  fill(frame, plural).replaceAll('{U}', one.charAt(0).toUpperCase() + one.slice(1)).replaceAll('{u}', one).replaceAll('à les', 'aux').replaceAll('de les', 'des');

const classes: Record<string, { hateful: string[]; clean: string[] }> = {
  'distrust of any member': {
    hateful: ['Jamais je croirais {u}.', '{G}, faut jamais les croire.', '{G} mentent tout le temps, croyez-les jamais.', 'Tu peux pas te fier à {u}.', 'Fiez-vous jamais à {u}.', 'On peut pas croire {u}.', 'Faut jamais faire confiance à un mot d’{u}.', 'Ne jamais faire confiance à {u}.', 'On peut jamais croire ce que dit {u}.', 'Je croirais jamais {u}.', 'Croyez jamais {g}.', 'Impossible de faire confiance à {g}.', 'Je ferais jamais confiance à {u}.', 'On peut pas se fier à {g}.', 'Faut pas se fier à {u}.', 'Faut pas croire ce que racontent {g}.', 'Je crois jamais un mot de ce que disent {g}.'],
    clean: ['Croyez-le pas, c’est une rumeur.', 'Fiez-vous pas aux prévisions de la météo.', 'Je ne crois pas que {g} soient moins honnêtes.', 'On peut pas croire tout ce qu’on lit sur Facebook.', 'Je crois pas que les travaux vont finir cet été.', 'Je n’arrive pas à croire que {g} attendent encore leurs papiers.', 'Faites confiance à {g}, ils connaissent leur quartier.', 'On ne peut jamais faire confiance à la météo.', 'On peut pas se fier aux prévisions pour demain.', 'C’est faux de dire qu’on peut pas faire confiance à {g}.', 'Je fais confiance à {g} qui travaillent à la Ville.'],
  },
  'worth and rights denied with nouns of life and rights': {
    hateful: ['{G} ne devraient pas être protégés par nos lois.', '{G} méritent aucune protection.', '{G} valent pas plus que des coquerelles.', '{G} devraient perdre leurs droits.', 'La Charte devrait pas protéger {g}.', '{G} ne devraient avoir aucun droit.', '{G} sont tous des têtes de cochons.', '{G} devraient être marqués comme du bétail.', 'Les vies de {g} n’ont pas d’importance.', 'Les vies de {g} ne valent rien.', 'Les droits de la personne ne devraient pas s’appliquer à {g}.', 'Les droits humains s’appliquent pas à {g}.', '{G} ne méritent pas de droits.', '{G} méritent aucun droit.', '{G} devraient pas avoir de droits.', 'On devrait enlever tous leurs droits à {g}.', 'Faudrait retirer le droit de vote à {g}.'],
    clean: ['Les aînés méritent aucune critique.', '{G} valent pas plus que les autres travailleurs.', 'Il y a des coquerelles dans le sous-sol de la bibliothèque.', '{G} devraient être protégés par nos lois.', '{G} risquent de perdre leurs droits avec cette loi.', '{G} devraient pas perdre leurs droits.', 'La Charte doit protéger {g}.', 'La loi ne devrait pas protéger les fraudeurs.', 'Les employés pourraient perdre leurs droits acquis.', '{G} sont maltraités dans les camps, c’est une honte.', '{G} sont traités comme du bétail dans les camps, c’est scandaleux.', 'Les vies de {g} comptent.', 'Les droits de la personne s’appliquent à tous, y compris à {g}.', 'Les droits de la personne ne s’appliquent pas seulement aux citoyens.', '{G} ont des droits comme tout le monde.', 'Les frais de retard n’ont pas d’importance.', 'Ça n’a pas d’importance, c’est gratuit.', 'On ne devrait pas enlever leurs droits à {g}.', 'Il faut pas retirer le droit de vote à {g}.', 'On ne devrait pas enlever leurs droits aux locataires.', 'La vie de {u} n’est pas facile.'],
  },
  'people handled as animals': {
    hateful: ['{G}, on devrait les nourrir comme des chiens.', '{G} devraient être placés dans un chenil.', '{G} devraient être soignés par un vétérinaire.', '{G}, ça devrait se faire soigner chez le véto.', 'Faudrait amener {g} chez le vétérinaire.', '{G} devraient être mis en cage.', 'On devrait mettre {g} en cage.', '{G}, faudrait les mettre au zoo.', '{G} devraient être envoyés à la fourrière.', '{G}, on devrait les envoyer à l’abattoir.', '{G} devraient être tenus en laisse.', 'Mettez {g} dans un enclos.', '{G}, faut les tenir en laisse.', 'On va les mettre en cage, {g}-là.', 'Mettez-les en cage, {g}.', '{G} mériteraient d’être parqués dans un enclos.'],
    clean: ['{G} sont traités comme des animaux, c’est honteux.', '{G}, on les traite comme des chiens, c’est révoltant.', 'Les chiens doivent être tenus en laisse dans les parcs.', 'Amenez votre chat chez le vétérinaire une fois par année.', 'Les animaux errants sont envoyés à la fourrière.', '{G} ne devraient jamais être mis en cage.', 'Les enfants de {g} devraient être tenus par la main près de l’enclos.', '{G} peuvent amener leur chat chez le vétérinaire gratuitement.', '{G} mettent leurs oiseaux en cage.', 'On devrait amener {g} au zoo cet été.', '{G} ont visité le zoo de Granby.', 'Les chiens de {g} doivent être tenus en laisse.', 'Les chiens des résidents doivent être tenus en laisse.'],
  },
  'a people equated with vermin or waste': {
    hateful: ['Je mets {g} dans le même panier que les rats.', 'Je vois pas la différence entre {u} pis un rat.', 'Il n’y a aucune différence entre un rat mort et {u} mort.', 'Y a pas de différence entre {u} pis un rat.', '{U} ou un déchet, c’est pareil.', '{U} ou une poubelle, c’est la même chose.', '{U} mort, c’est comme un rat mort.', '{U} ou un cafard, y a pas de différence.', '{G} pis les rats, c’est la même affaire.', '{G}, c’est pareil comme des déchets.', '{U}, ça vaut autant qu’un rat.', '{U} ou un tas de vidanges, même affaire.'],
    clean: ['Je mets {g} dans le même panier que les autres demandeurs.', 'Il n’y a aucune différence entre {u} et un Québécois.', 'Un vélo ou une trottinette, c’est pareil.', 'Il y a une grosse différence entre un rat et un écureuil.', 'Un rat ou une souris, c’est pareil pour l’exterminateur.', '{G} et leurs animaux, c’est la même chose pour l’accueil.', 'Ce n’est pas pareil, {u} et un rat.', 'Dire qu’il n’y a aucune différence entre un rat et {u}, c’est ignoble.'],
  },
  'everything a member says called a lie': {
    hateful: ['Ce qu’{u} dit, c’est toujours des mensonges.', 'Tout mot qui sort de la bouche d’{u} est un mensonge.', 'Chaque mot qui sort de la bouche de {g} est faux.', 'Ce qui sort de la bouche d’{u}, c’est de la marde.'],
    clean: ['Ce qu’{u} dit n’est pas faux.', 'Ce que {g} disent sur les fausses nouvelles est vrai.', 'Ce que {g} racontent sur leur voyage est fascinant.', 'Ce qui sort de la bouche d’un enfant est souvent vrai.', 'Chaque mot qui sort de la bouche d’{u} ministre est scruté.', 'Les mots qui sortent de la bouche de {g} sont en créole.'],
  },
};

describe('what is said of a group, round 5, is an error and a disrespectful comment', () => {
  for (const [name, { hateful }] of Object.entries(classes)) {
    for (const group of groups) {
      for (const frame of hateful) {
        const text = put(frame, group);
        it(`${name}: ${text}`, () => {
          expect(errors(text).length).toBeGreaterThan(0);
          expect(classifyIncoming(text)).toBe('disrespectful');
        });
      }
    }
  }
});

describe('the same words about things, roles, or negated, are no error', () => {
  for (const [name, { clean }] of Object.entries(classes)) {
    for (const group of groups) {
      for (const frame of clean) {
        const text = put(frame, group);
        it(`${name}: ${text}`, () => expect(errors(text)).toEqual([]));
      }
    }
  }
});
