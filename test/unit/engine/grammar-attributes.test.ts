/**
 * What is said of a group, by class: attributes of character, mind, hygiene and manners; emotions (irritation,
 * fear, nausea, weariness); rights and roles denied; what a people is said to lack; a people named as the problem;
 * a quality denied by the verb's own negation; a people put below animals, dirt or disease. Each class has clean
 * counterparts with the same words: about things, about a role, negated, softened (« pas tous »), or counter-speech.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, errors, fill } from './grammar-helpers.ts';

const groups = ['les immigrés', 'les musulmanes', 'les Haïtiens', 'les trans', 'les autochtones'];

const classes: Record<string, { hateful: string[]; clean: string[] }> = {
  'attributes of character, mind, hygiene': {
    hateful: ['{G} sont plutôt sales.', '{G} sont extrêmement paresseux.', '{G} ont tendance à être violents.', '{G} sont connus pour être violents.', '{G} ont tendance à mentir.', '{G}, une bande de sauvages.', '{G} sont des gens violents.', '{G} sont des gens pas normaux.', '{G} sont des gens sans cœur.', '{G} sont égoïstes pis arrogants.', '{G} sont tous dérangés.', '{G}, c’est du monde crotté.', '{G} sont franchement malpolis.', '{G} sont des prédateurs.', '{G} sont tellement baveux.', '{G} sont juste des chialeux.', '{G} sont des aberrations.', '{G} sont vraiment bizarres.', '{G} sont immoraux.'],
    clean: ['{G} ont tendance à être malades l’hiver.', '{G} sont connus pour être généreux.', '{G} ont tendance à se plaindre du bruit.', '{G}, des gens formidables.', '{G}, une bande de sauvages les attaquent.', '{G} sont des gens malades.', '{G} sont des gens pas méchants.', '{G} sont des gens sans reproche.', '{G} sont généreux pis accueillants.', 'Les trottoirs sont crottés après la pluie.', '{G} ne sont pas dérangés par le bruit.', 'Les résultats sont bizarres aujourd’hui.', '{G} ne sont pas des prédateurs.', 'Vous êtes crotté après la course? Douches au chalet.', '{G} sont intolérants au lactose, dit l’étude.', 'Les résultats sont médiocres en mathématiques.'],
  },
  'emotions: irritation, fear, nausea, weariness, shame': {
    hateful: ['Ce que je déteste le plus, ce sont {g}.', 'Qu’est-ce que je peux haïr {g}.', 'J’ai envie de vomir quand je vois des {g0}.', 'J’aime pas pantoute {g}.', '{G} me mettent mal à l’aise.', 'Je me sens mal à l’aise avec {g}.', '{G} m’énervent.', '{G} me gossent.', '{G} me cassent les pieds.', '{G} me font peur.', '{G} me donnent mal au cœur.', '{G} me lèvent le cœur.', 'J’ai peur de {g}.', 'Je me méfie de {g}.', 'Chu tanné de {g}.', 'J’en peux plus de {g}.', 'J’ai honte d’être entouré de {g}.'],
    clean: ['Ce que je déteste le plus, ce sont les embouteillages.', 'J’ai envie de vomir quand je vois des déchets.', 'Je me sens mal à l’aise avec les chiffres.', 'Les questions me mettent mal à l’aise.', 'Je ne peux pas haïr {g}.', 'Les travaux m’énervent.', '{G} ne m’énervent pas.', 'Les orages me font peur.', '{G} ne me font pas peur.', 'Le bruit me donne mal au cœur.', 'J’ai peur des orages.', 'Je n’ai pas peur de {g}.', 'Je me méfie des arnaques qui visent {g}.', 'Chu tanné des travaux.', 'J’en peux plus des nids-de-poule.', 'J’ai honte de la façon dont on traite {g}.'],
  },
  'rights and roles denied': {
    hateful: ['{G} ne devraient pas avoir le droit de conduire.', '{G} devraient jamais obtenir le droit de vote.', '{G} ne devraient pas pouvoir adopter.', '{G} devraient pas pouvoir se marier.', '{G} ne devraient pas être autorisés à enseigner.', 'On devrait interdire à {g} de voter.', 'Faudrait refuser à {g} l’accès aux écoles.'],
    clean: ['{G} devraient avoir le droit de voter.', 'Les cyclistes ne devraient pas avoir le droit de rouler sur le trottoir.', '{G} ne devraient pas avoir à payer le transport.', 'On ne devrait jamais interdire à {g} de voter.', 'Il faut interdire aux voitures de stationner ici.', '{G} devraient pouvoir adopter.'],
  },
  'what a people is said to lack': {
    hateful: ['{G} ont pas de cervelle.', '{G} n’ont aucune morale.', '{G} ont rien dans la tête.', '{G} ont le cerveau d’un singe.', '{G} n’ont pas de scrupules.'],
    clean: ['{G} n’ont pas d’hygiène parce qu’ils n’ont pas accès à l’eau.', '{G} n’ont pas de transport pour se rendre au centre.', '{G} ont une morale forte.', '{G} ont beaucoup de cœur.', 'Les trottoirs n’ont pas de bordure.'],
  },
  'a people named as the problem': {
    hateful: ['{G} sont le problème.', '{G}, c’est un problème.', '{G} sont le vrai problème de ce pays.', '{G} sont la cause de tous nos problèmes.', 'Le problème, c’est les {g0}.'],
    clean: ['{G} ne sont pas le problème.', 'Le problème, c’est que {g} n’ont pas assez de services.', 'Le problème, c’est les travaux.', 'Le logement de {g} est un problème.', 'La pauvreté est la cause de bien des problèmes.'],
  },
  'a quality denied by the verb’s negation': {
    hateful: ['{G} sont rarement honnêtes.', '{G} sont peu fiables.', '{G} sont pas pantoute fiables.', '{G} ne sont jamais compétents.', '{G} sont vraiment pas fiables.', '{G} ne seront jamais normaux.', '{G} sont pas dignes de confiance.', '{G} ne seront jamais de bons citoyens.', '{G} sont jamais propres.'],
    clean: ['{G} sont rarement violents.', '{G} sont peu nombreux.', '{G} sont pas pantoute violents.', '{G} sont compétents.', '{G} ne sont pas tous honnêtes, comme n’importe qui.', '{G} ne sont pas moins compétents que les autres.', '{G} ne sont-ils pas honnêtes, eux aussi?', '{G} ne sont pas toujours bienvenus, hélas.', 'Les employés ne sont pas compétents pour répondre à cette question.', '{G} ne sont pas plus intelligents que les autres, ni moins.'],
  },
  'a people put below animals, dirt, disease, death': {
    hateful: ['Mon chien est plus intelligent que tous {g}.', 'Mon chat est plus propre que {g}.', 'Je préférerais mourir que de vivre avec {g}.', 'J’aime mieux la marde que {g}.', 'Un rat vaut plus que {g}.'],
    clean: ['Mon chien est plus intelligent que le tien.', 'Le cancer tue plus de femmes que d’hommes.', 'J’aimerais mieux mourir que de voir {g} souffrir.', 'Je préfère les chats aux chiens.', '{G} ont plus de chances de mourir du cancer que les autres.'],
  },
  'minds denied, one thing on their minds': {
    hateful: ['{G} savent pas vivre.', '{G} ne comprennent rien.', '{G} sont capables de rien.', '{G}, c’est pas du monde.', '{G} pensent qu’à profiter.', '{G} pensent juste à l’argent.', '{G} savent pas se laver.'],
    clean: ['{G} ne savent pas vivre sans aide à domicile.', '{G} ne comprennent rien à la nouvelle application.', '{G}, c’est pas du monde pressé.', '{G} pensent juste à leur santé.', '{G} ne sont pas capables de trouver un logement.'],
  },
  'nothing given, better off without them': {
    hateful: ['{G} n’ont jamais rien accompli.', '{G} n’apportent rien à la société.', '{G} ne contribuent à rien.', 'Le monde serait meilleur sans {g}.', 'On serait bien mieux sans {g}.', 'La ville serait plus propre sans {g}.', 'Personne a besoin de {g}.', 'Je veux rien savoir de {g}.'],
    clean: ['{G} n’ont rien apporté au buffet.', '{G} apportent beaucoup à la société.', 'La ville serait plus tranquille sans les travaux.', 'Qui a besoin des services pour les aînés?', 'Je veux rien savoir des travaux.', 'Le monde serait pire sans {g}.'],
  },
  'vices as a way of life': {
    hateful: ['{G} passent leur temps à frauder.', '{G} passent leur vie à boire.', '{G} sont toujours en train de chialer.', '{G}, toujours en train de voler.', '{G} font juste chialer.', '{G} chialent tout le temps.', '{G} se lavent jamais.', '{G} manipulent tout le monde.', '{G} profitent de tout.'],
    clean: ['{G} passent leur temps à aider les autres.', '{G} sont toujours en train de jouer dehors.', '{G}, toujours en train de se promener au parc.', '{G} se plaignent tout le temps du bruit des travaux.', '{G} se lavent enfin grâce aux douches installées.', 'Les cyclistes passent leur temps à rouler.'],
  },
  'none better than one of them': {
    hateful: ['Rien n’est plus stupide que {g}.', 'Il n’y a rien de plus paresseux que {g}.', '{G} sont rien d’autre que des voleurs.', '{G} sont l’incarnation du mal.', '{G} sont tous les mêmes, des voleurs.'],
    clean: ['Rien n’est plus beau que {g} heureux.', 'Il n’y a rien de plus dangereux qu’un conducteur distrait.', '{G} ne sont rien d’autre que des voisins.', 'Les formulaires sont tous les mêmes.'],
  },
  'vices as their measure or named of them': {
    hateful: ['{G} sont d’une stupidité incroyable.', '{G} sont d’une saleté dégoûtante.', 'La bêtise des {g0} n’a pas de limite.', 'La paresse des {g0} est légendaire.', 'Ces {g0} de malheur.', '{G} sont des erreurs.', '{G}, je les ai en horreur.', 'Je suis allergique aux {g0}.', '{G} m’exaspèrent au plus haut point.'],
    clean: ['{G} sont d’une patience exemplaire.', 'La pauvreté des {g0} est un problème.', 'L’hypocrisie des politiciens est légendaire.', 'La bêtise des commentaires contre les {g0} me fâche.', 'Les oiseaux de malheur annoncent la pluie.', 'Je suis allergique aux arachides.', '{G} m’inspirent au plus haut point.'],
  },
  'a place assigned or refused, roles and offspring denied': {
    hateful: ['La place des {g0} est à la cuisine.', 'La place des {g0} n’est pas ici.', '{G} ne devraient pas se reproduire.', '{G} ne devraient pas travailler.', '{G} sont faits pour obéir.'],
    clean: ['La place des {g0} est au cœur de nos priorités.', 'La place des {g0} n’est pas dans la rue.', 'La place des {g0} est à la maison de la culture du quartier.', 'La place des {g0} est ici.', '{G} ne devraient pas travailler si tard.', '{G} ne devraient pas conduire la nuit, dit la SAAQ.'],
  },
  'worth, respect and humanity refused; a quality doubted or far off': {
    hateful: ['Je pense pas que {g} soient intelligents.', 'Je doute que {g} soient fiables.', '{G} sont loin d’être intelligents.', '{G} sont tout sauf normaux.', '{G} n’ont rien d’intelligent.', '{G} ne savent pas être propres.', '{G} ne méritent pas le respect.', '{G} méritent pas d’être ici.', '{G} valent moins que les autres.', '{G} ne sont pas des humains.', '{G} ne feront jamais de bons voisins.', '{G} sont pas désirés ici.', 'On veut pas des {g0} ici.', '{G} ne sont jamais contents.'],
    clean: ['Je pense pas que {g} soient dangereux.', 'Je ne crois pas que {g} soient moins intelligents.', 'Je pense que {g} sont honnêtes.', 'Je ne pense pas que {g} soient tous honnêtes, ni malhonnêtes.', '{G} ne méritent pas d’être traités ainsi.', '{G} ne méritent pas le mépris.', 'Les billets valent moins cher.', '{G} ne sont pas des criminels.', '{G} sont loin d’être seuls.', '{G} sont tout sauf dangereux.', 'Les citoyens ne sont jamais contents.', 'On veut pas des travaux l’été.'],
  },
};

/** One member standing for all: « un … est toujours », « n'importe quel … », « pas un seul … », never hiring any. */
const members: Record<string, { hateful: string[]; clean: string[] }> = {
  'any member stands for the group': {
    hateful: ['Ne croyez jamais un seul mot prononcé par un {m}.', 'Ne faites jamais confiance à un {m}.', 'Je ne lèverais jamais le petit doigt pour sauver la vie d’un {m}.', 'Je n’aiderais jamais un {m}.', 'Je n’ai jamais rencontré un {m} honnête.', 'J’ai jamais vu un {m} intelligent.', 'Rien n’est plus stupide qu’un {m}.', 'Un {m} est toujours un voleur.', 'N’importe quel {m} est dangereux.', 'Pas un seul {m} n’est honnête.', 'Un {m} ne devrait jamais être maire.', 'Je n’engagerais jamais un {m}.', 'Jamais j’engagerais un {m}.', 'Je voterais jamais pour un {m}.'],
    clean: ['Ne croyez pas un mot des rumeurs sur un {m}.', 'Ne faites jamais confiance à un inconnu au téléphone.', 'Je lèverais le petit doigt pour aider un {m}.', 'J’aiderais un {m} sans hésiter.', 'Je n’ai jamais rencontré un {m} malhonnête.', 'J’ai rencontré un {m} intelligent hier.', 'Un {m} est toujours le bienvenu ici.', 'N’importe quel {m} peut s’inscrire.', 'Pas un seul {m} n’est laissé de côté.', 'Un {m} devrait pouvoir devenir maire.', 'J’engagerais un {m} demain matin.', 'Je n’engagerais jamais un menteur.'],
  },
};
const singulars = ['immigré', 'musulman', 'Haïtien', 'autochtone'];
describe('one member standing for all, by class', () => {
  for (const [name, { hateful, clean }] of Object.entries(members)) {
    for (const m of singulars) {
      for (const frame of hateful) {
        const text = frame.replaceAll('{m}', m);
        it(`${name}: ${text}`, () => {
          expect(errors(text).length).toBeGreaterThan(0);
          expect(classifyIncoming(text)).toBe('disrespectful');
        });
      }
      for (const frame of clean) {
        const text = frame.replaceAll('{m}', m);
        it(`${name} (clean): ${text}`, () => expect(errors(text)).toEqual([]));
      }
    }
  }
});

const g0 = (group: string): string => group.replace(/^les /, '');

describe('what is said of a group, by class, is an error and a disrespectful comment', () => {
  for (const [name, { hateful }] of Object.entries(classes)) {
    for (const group of groups) {
      for (const frame of hateful) {
        const text = fill(frame.replaceAll('{g0}', g0(group)), group);
        it(`${name}: ${text}`, () => {
          expect(errors(text).length).toBeGreaterThan(0);
          expect(classifyIncoming(text)).toBe('disrespectful');
        });
      }
    }
  }
});

describe('the same words about things or roles, negated, softened or denounced, are no error', () => {
  for (const [name, { clean }] of Object.entries(classes)) {
    for (const group of groups) {
      for (const frame of clean) {
        const text = fill(frame.replaceAll('{g0}', g0(group)), group);
        it(`${name}: ${text}`, () => expect(errors(text)).toEqual([]));
      }
    }
  }
});

/** The new frames quoted or denounced: counter-speech, never an error. */
const counter = [
  'Dire que les femmes ne sont pas compétentes, c’est sexiste.', 'Personne ne pense que les immigrés ne sont pas fiables.',
  'C’est faux de dire que les musulmans ne sont jamais honnêtes.', 'Il a dit que les trans sont le problème. C’est honteux.',
  'Arrêtez de dire que les autochtones n’ont pas de morale.', 'Quand j’entends que les Haïtiens me font peur, ça me choque.',
];
describe('counter-speech around these frames stays clean', () => {
  for (const text of counter) it(text, () => expect(errors(text)).toEqual([]));
});
