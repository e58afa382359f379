/**
 * Contempt without a bad word (3.2): condescension about the reader's mind or schooling, sarcasm
 * (« bravo », « brillant », « génial »… in a sentence that turns negative or next to 🙄), the
 * eye-roll alone (a warning), pejorative labels. Sincere praise and ordinary advice stay clean.
 */
import { describe, expect, it } from 'vitest';
import { findGrammar } from '../../../src/engine/text/grammar/index.ts';
import { tokenize } from '../../../src/engine/text/tokens.ts';
import { errors, grammarErrors, marked, tone, warnings } from './grammar-helpers.ts';

const flagged = [
  '⟦Apprenez à lire⟧',
  '⟦apprends à lire⟧ avant d’écrire',
  '⟦C’est pourtant pas compliqué⟧',
  '⟦c’est pourtant simple⟧',
  '⟦Même un enfant comprendrait⟧',
  '⟦Même un enfant de cinq ans saurait⟧ le faire',
  '⟦Retournez à l’école⟧',
  'Faut-il ⟦vous faire un dessin⟧?',
  '⟦Sers-toi de ta tête⟧',
  '⟦Réfléchissez un peu⟧ avant de commenter',
  '⟦Félicitations⟧ pour ce fiasco',
  '⟦Savez-vous lire⟧?',
  '⟦Tu sers à rien⟧',
  '⟦T’es juste un parasite⟧',
  '⟦Ouvrez les yeux⟧',
  '⟦Lisez le site avant d’écrire⟧',
  '⟦Bravo⟧, la rue est toujours pas déneigée',
  '⟦Sale type⟧',
  '⟦sale gauchiste⟧',
  'C’est ⟦pas la tête à Papineau⟧',
  '⟦Êtes-vous capable de lire⟧?',
];

describe('contempt is found with its words marked', () => {
  for (const source of flagged) {
    const { text, spans } = marked(source);
    it(text, () => {
      const got = grammarErrors(text);
      expect(got).toEqual(spans);
      expect(errors(text).length).toBeGreaterThan(0);
    });
  }
});

describe('sarcasm next to an eye-roll or a clown is an error, the emoji a warning', () => {
  for (const text of ['Brillant, vraiment. Trois semaines pour boucher un trou 🙄', 'Génial, encore une fermeture. Bravo la Ville 🤡', 'Bravo 🙄']) {
    it(text, () => {
      expect(errors(text).length).toBeGreaterThan(0);
      expect(warnings(text).length).toBeGreaterThan(0);
    });
  }
  it('an eye-roll alone is a warning, not an error', () => {
    expect(errors('Ok 🙄')).toEqual([]);
    expect(warnings('Ok 🙄').length).toBe(1);
  });
});

describe('a pejorative label is a warning', () => {
  for (const text of ['Encore un gauchiste', 'Les complotistes vont adorer', 'un vrai facho']) {
    it(text, () => {
      expect(errors(text)).toEqual([]);
      expect(warnings(text).length).toBeGreaterThan(0);
    });
  }
});

const clean = [
  'Bravo à nos bénévoles!',
  'Félicitations aux finissants',
  'Génial, la piscine ouvre samedi!',
  'Brillant travail de l’équipe des loisirs',
  'Les enfants apprennent à lire à la bibliothèque',
  'L’école est fermée lundi',
  'Le programme aide les adultes à apprendre à lire',
  'Même un petit geste compte',
  'Bravo pour votre implication, encore une fois merci',
  'C’est simple : remplissez le formulaire en ligne',
  'Lisez le règlement sur le site Web, à la section 4.',
  'Réfléchissez à votre projet et appelez-nous',
  'Bravo aux pompiers pour leur intervention rapide',
  'Super nouvelle pour le quartier!',
  'Génial! Merci beaucoup',
  'Retournez le formulaire signé à l’hôtel de ville',
  'Un vrai plaisir de vous accueillir',
  'Les gens sont invités à ouvrir l’œil sur les nids-de-poule',
  'Ce n’est pas compliqué : le formulaire est en ligne',
];

describe('sincere praise and ordinary advice stay clean', () => {
  for (const text of clean) {
    it(text, () => {
      expect(findGrammar(tokenize(text))).toEqual([]);
      expect(tone(text).filter((f) => f.rule === 'respectful-language')).toEqual([]);
    });
  }
});

/** A pejorative said to the reader (« t'es », « vous êtes ») or after « espèce de », « gros », « bande de »: an error. */
const addressed = [
  '⟦T’es attardé⟧ ou quoi?',
  '⟦t’es un fragile⟧, mon gars',
  '⟦Vous êtes des hypocrites⟧',
  '⟦Vous êtes vraiment laids⟧',
  '⟦tu es tellement moche⟧',
  '⟦T’es rien qu’un rageux⟧',
  '⟦vous êtes tous des racistes⟧',
  '⟦Espèce de raciste⟧!',
  '⟦bande de rageux⟧',
  '⟦bande d’escrocs⟧',
  '⟦Vous êtes des arnaqueurs⟧',
  '⟦gros patapouf⟧',
  '⟦T’es malade mental⟧',
  '⟦espèce de détraqué⟧',
  // A pejorative label becomes an insult when said to the reader or insulted further.
  '⟦gros gauchiste⟧',
  '⟦T’es juste un woke⟧',
  '⟦ordure de gauchiste⟧',
  '⟦Ces gauchistes de marde⟧',
  // Being said another way: « t'as l'air de », « tu sembles ».
  '⟦T’as l’air d’être un énorme taré⟧',
  '⟦Vous avez l’air d’un clown⟧',
  '⟦tu sembles hypocrite⟧',
];

describe('a pejorative addressed to the reader is contempt', () => {
  for (const source of addressed) {
    const { text, spans } = marked(source);
    it(text, () => {
      const got = grammarErrors(text);
      expect(got).toEqual(spans);
      expect(errors(text).length).toBeGreaterThan(0);
    });
  }
});

/** The same words about things, or said kindly to the reader, or negated. */
const notAddressed = [
  'Le colis est fragile, manipulez-le avec soin',
  'Vous êtes fragiles après une opération? Appelez le service d’aide',
  'Si vous êtes malade, restez chez vous',
  'Vous êtes incapable de vous déplacer? On peut passer chez vous',
  'Tu t’es attardé au parc après la fête?',
  'Le temps est moche, la patinoire reste fermée',
  'Vous n’êtes pas des hypocrites, on le sait',
  'Vous êtes nombreux à nous écrire',
  'Le gros camion passe lundi',
  'Une bande de jeunes a nettoyé le parc',
  'Méfiez-vous des escrocs qui appellent en se faisant passer pour la Ville.',
  'Attention aux arnaqueurs au téléphone, la Ville ne demande jamais vos données.',
  'Un petit criminel a été arrêté près du parc',
  'T’as l’air fatigué, repose-toi',
  'Vous êtes frustré par les travaux? On vous comprend.',
  'Vous êtes crotté après la course? Douches au chalet',
  'Vous êtes analphabète? Le service d’alphabétisation peut vous aider',
  'Si vous êtes chômeur, le programme d’emploi peut vous aider',
  'Vous êtes une grosse famille? Le tarif familial s’applique',
  'Vous êtes handicapé? Le transport adapté passe chez vous',
  'Le cadeau était petit mais apprécié',
]

describe('the same words about things, said kindly or negated, stay clean', () => {
  for (const text of notAddressed) {
    it(text, () => {
      expect(errors(text)).toEqual([]);
    });
  }
});
