/**
 * The hate frames said in other ways: other persons (on, nous), tenses, orders, the speaker's opinion around
 * them (« j'ai toujours pensé que… »), questions (« comment peuvent-ils être… », « ne sont-ils pas… »), and a
 * group taken up in the next sentence. Each class has clean counterparts with the same frame.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, errors, fill, warnings } from './grammar-helpers.ts';

const groups = ['les immigrants', 'les musulmans', 'les Noirs', 'les gais', 'les autochtones'];

const classes: Record<string, { hateful: string[]; clean: string[] }> = {
  'degrading attributes': {
    hateful: ['{G} sont tellement cupides.', '{G}, c’est du monde paresseux.', '{G} sont pas mal tous des profiteux.', '{G} sont, sans exception, des menteurs.', '{G} vont toujours être des parasites.', '{G} étaient toujours sales.', '{G} restent des bons à rien.', 'Chaque fois, {g} sont des hypocrites.', '{G} icitte sont toute des paresseux.', '{G} sont moins intelligents que nous.', '{G} semblent tellement paresseux.', '{G} ont l’air de singes.', '{G} sentent mauvais.', '{G} ont toujours été des parasites.', '{G} ont été des voleurs.'],
    clean: ['{G} sont tellement accueillants.', '{G}, c’est du monde travaillant.', '{G} ne vont jamais être des parasites.', '{G} sont, sans exception, les bienvenus.', 'Les cônes orange sont pas mal tous laids, disent {g}.', '{G} ne sont pas moins intelligents que nous.', '{G} sont moins nombreux que prévu.', '{G} semblent tellement heureux ici.', '{G} ont l’air fatigués.', '{G} ont l’air malades cet hiver.', '{G} ne sentent pas mauvais.', 'Les cols bleus sentent mauvais après le quart.', '{G} ont été malades cet hiver.', '{G} n’ont jamais été des parasites.', '{G} ont toujours été des voisins.'],
  },
  'implicit derogation: abilities denied, a place assigned': {
    hateful: ['{G} ne savent pas conduire.', '{G} savent rien faire.', '{G} sont pas faits pour diriger.', '{G} sont juste bons pour le ménage.', '{G} devraient savoir rester à leur place.', '{G} devraient retourner à leurs fourneaux.', '{G} devraient se taire.', '{G} sont pas des vrais Québécois.'],
    clean: ['{G} savent conduire l’hiver.', '{G} savent faire des merveilles.', 'Les cyclistes ne savent pas conduire.', 'Les cuisiniers devraient rester à la cuisine.', '{G} sont faits forts.', '{G} sont bons pour la ville.', 'Les aînés ne sont pas faits pour courir un marathon, dit le médecin.', '{G} sont des vrais Québécois.'],
  },
  'the speaker’s feeling, any person': {
    hateful: ['On déteste {g}.', 'Nous méprisons {g}.', 'On hait {g} ici.', '{G}, je les méprise.', 'J’éprouve du mépris pour {g}.', 'Ça m’écœure, {g}.', '{G} nous dégoûtent.', 'Chu écœuré de {g}.', 'J’ai toujours détesté {g}.', '{G} m’ont toujours dégoûté.', 'Je tolère pas {g}.', 'Je supporterai jamais {g}.', 'Tout le monde déteste {g}.', 'Personne n’aime {g}.', 'Rien ne me dégoûte plus que {g}.', 'Mon dégoût pour {g} est total.', 'J’ai une haine profonde de {g}.', '{G} me tombent sur les nerfs.', '{G} me tapent sur le gros nerf.'],
    clean: ['On déteste les nids-de-poule.', 'Nous détestons les retards.', 'On ne déteste pas {g}.', 'Nous respectons {g}.', 'J’éprouve du respect pour {g}.', 'Chu écœuré des travaux.', 'J’ai toujours aimé {g}.', '{G} ne m’ont jamais dégoûté.', 'Je tolère pas le racisme envers {g}.', 'Personne n’aime les nids-de-poule.', 'Tout le monde aime {g}.', 'Mon respect pour {g} est total.', '{G} ne me tombent pas sur les nerfs.', 'Les travaux me tombent sur les nerfs.'],
  },
  'the speaker’s opinion around it': {
    hateful: ['J’ai toujours pensé que {g} étaient des parasites.', 'J’ai toujours cru que {g} étaient des voleurs.', 'Je pense vraiment que {g} sont sales.', 'Je suis convaincu que {g} sont des parasites.', 'Tout le monde sait que {g} sont paresseux.', 'Pour moi, {g} sont des déchets.', 'On s’entend que {g} sont des parasites?'],
    clean: ['J’ai jamais pensé que {g} étaient des parasites.', 'Je n’ai jamais cru que {g} étaient des voleurs.', 'J’ai toujours pensé que {g} étaient des voisins comme les autres.', 'J’ai toujours pensé que les travaux étaient inutiles.', 'Tout le monde sait que {g} travaillent fort.', 'On s’entend que {g} sont des voisins comme les autres?'],
  },
  'questions that assert': {
    hateful: ['Comment {g} peuvent-ils être aussi dégoûtants?', '{G} ne sont-ils pas des parasites?', 'Pourquoi {g} sont-ils si paresseux?', 'Pourquoi est-ce que {g} sont toujours aussi sales?', 'N’est-il pas évident que {g} sont des voleurs?', 'Pourquoi je devrais respecter {g}?', 'Pourquoi faudrait-il respecter {g}?', '{G} sont-tu assez sales?', '{G} sont-tu pas des parasites?', '{G} sont-ils pas des voleurs?'],
    clean: ['Comment {g} peuvent-ils être aidés?', '{G} ne sont-ils pas nos voisins?', 'Pourquoi {g} sont-ils si nombreux cette année?', 'Est-ce que {g} sont admissibles au programme?', 'Pourquoi on devrait respecter les délais?', 'Pourquoi on devrait respecter {g}? Parce que ce sont nos voisins.', '{G} sont-tu des voisins?', '{G} sont-tu pas nos voisins?'],
  },
  'a group taken up in the next sentence': {
    hateful: ['J’ai vu {g} au parc. C’est des parasites.', 'Il y a {g} dans mon quartier. Je les méprise.', '{G} arrivent en ville. Ces gens-là sont des déchets.', '{G}? Leur présence me dégoûte.', 'On parle de {g}. J’ai que du mépris pour eux.', '{G}? Ces gens-là sont sales.', '{G}? Leur culture est arriérée.', 'J’ai vu {g} au parc. Leur religion est barbare.', '{G} sont arrivés. Je les trouve tellement paresseux.', '{G} sont arrivés. Eux autres sont des parasites.', '{G} sont arrivés. On peut pas leur faire confiance.', '{G} sont arrivés. Je leur fais pas confiance.'],
    clean: ['J’ai vu {g} au parc. C’est des gens gentils.', 'Il y a {g} dans mon quartier. Je les salue tous les jours.', '{G} arrivent en ville. Ces gens-là méritent notre accueil.', 'J’ai vu des déchets au parc. Ils sont dégoûtants.', 'Les trottoirs sont sales. On les déteste.', '{G}? Leur culture est riche.', '{G}? Leur présence me réjouit.', 'Les cyclistes? Leur présence me dégoûte.', 'Les cyclistes? Leur présence est un danger.', '{G} sont arrivés. Je ne les trouve pas paresseux.', '{G} sont arrivés. Je les trouve courageux.', 'Les poubelles sont là. Je les trouve dégoûtantes.', '{G} sont arrivés. On peut leur faire confiance.', 'Les employés sont là. Je leur fais pas confiance pour ce dossier.'],
  },
};

/** The new frames quoted, heard or denounced: counter-speech, never an error. */
const counter = [
  'Dire que les immigrants sentent mauvais, c’est raciste.', 'Arrêtez de dire que les femmes ne savent pas conduire.',
  'Mon voisin pense que les immigrants ont toujours été des parasites. C’est faux.', 'Il a dit qu’il déteste les immigrants. C’est honteux.',
  'Je ne dirais jamais que les femmes sont juste bonnes pour le ménage.', 'Quand j’entends que les immigrants sont pas des vrais Québécois, ça me fâche.',
  'J’ai entendu que les musulmans sont des parasites, quelle honte.',
];
describe('counter-speech around these frames stays clean', () => {
  for (const text of counter) it(text, () => expect(errors(text)).toEqual([]));
});

/** Annoyance said of a role is a complaint: a warning, never an error. */
describe('annoyance at a role is a warning', () => {
  for (const text of ['Les cyclistes me tapent sur les nerfs.', 'Les fonctionnaires me tombent sur le gros nerf.']) it(text, () => {
    expect(errors(text)).toEqual([]);
    expect(warnings(text).length).toBeGreaterThan(0);
  });
});

describe('hate frames said in other ways are an error and a disrespectful comment', () => {
  for (const [name, { hateful }] of Object.entries(classes)) {
    for (const group of groups) {
      for (const frame of hateful) {
        const text = fill(frame, group).replace(/\bde les /g, 'des ').replace(/\bà les /g, 'aux ');
        it(`${name}: ${text}`, () => {
          expect(errors(text).length).toBeGreaterThan(0);
          expect(classifyIncoming(text)).toBe('disrespectful');
        });
      }
    }
  }
});

describe('the same frames, negated, positive or not about people, stay clean', () => {
  for (const [name, { clean }] of Object.entries(classes)) {
    for (const group of groups) {
      for (const frame of clean) {
        const text = fill(frame, group).replace(/\bde les /g, 'des ').replace(/\bà les /g, 'aux ');
        it(`${name}: ${text}`, () => {
          expect(errors(text)).toEqual([]);
          expect(classifyIncoming(text)).not.toBe('disrespectful');
        });
      }
    }
  }
});
