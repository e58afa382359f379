/**
 * Someone else's words on the clean side (3.2): a slur or a degrading word repeated inside a
 * quotation, or in the clause of a speech verb governed by a denouncing, negated, deontic or
 * conditional matrix, is at most a warning (a question of tone on the City's account), never an
 * error. Each row has its counterpart said in one's own voice, which stays an error; threats stay
 * errors unless they are quoted.
 */
import { describe, expect, it } from 'vitest';
import { errors, warnings } from './grammar-helpers.ts';

/** [reported (no error), said (error)] */
const pairs: ReadonlyArray<readonly [string, string]> = [
  ['Arrête donc de traiter tes voisins de cons.', 'Tes voisins sont des cons.'],
  ['C’est pas acceptable d’appeler les employés des crétins.', 'Les employés sont des crétins.'],
  ['Comment tu peux écrire que les cyclistes sont des abrutis ?', 'Les cyclistes sont des abrutis, point.'],
  ['Vous ne pouvez pas vraiment penser que les locataires sont tous des imbéciles.', 'Les locataires sont tous des imbéciles.'],
  ['Il mériterait d’être sanctionné pour avoir traité la brigadière de grosse conne.', 'La brigadière est une grosse conne.'],
  ['Écrire que les gens du quartier sont des débiles, ça aide personne.', 'Les gens du quartier sont des débiles.'],
  ['Il a reçu des courriels du genre "t’es juste un maudit cave" toute la semaine.', 'T’es juste un cave.'],
  ['Cessez d’appeler les itinérants des déchets.', 'Les itinérants sont des déchets.'],
];

/** Paraphrases of the reporting frames (round 3): other verbs, persons, matrices; [reported, said]. */
const paraphrases: ReadonlyArray<readonly [string, string]> = [
  ['C’est dégueulasse d’écrire que les femmes sont des idiotes.', 'Les femmes sont des idiotes.'],
  ['Je trouve honteux qu’il traite les handicapés de débiles.', 'Les handicapés sont des débiles.'],
  ['C’est inacceptable de traiter les femmes de salopes.', 'Les femmes sont des salopes.'],
  ['Ça me choque que tu appelles les femmes des salopes.', 'Les femmes, c’est des salopes.'],
  ['Les gens qui traitent les immigrants de parasites sont ignorants.', 'Les immigrants sont des parasites.'],
  ['Quiconque insinue que les Noirs sont des animaux devrait être puni.', 'Les Noirs sont des animaux.'],
  ['Comment peut-on raconter que les réfugiés sont des criminels?', 'Les réfugiés sont des criminels.'],
  ['Il faut arrêter de raconter que les réfugiés sont des voleurs.', 'Je vous le dis : les réfugiés sont des voleurs.'],
  ['Arrête de comparer les immigrants à des animaux.', 'Les immigrants sont des animaux.'],
  ['Nous n’acceptons pas qu’on traite les trans de malades mentaux.', 'Les trans sont des malades mentaux.'],
  // A verdict after the words, in the sentence or the next; the one named rather than the namer.
  ['Tu as appelé les femmes des salopes hier, c’est inacceptable.', 'Les femmes sont toutes des salopes.'],
  ['Il compare les juifs à des rats, c’est antisémite.', 'Les juifs sont des rats.'],
  ['Elle s’est fait traiter de grosse vache au travail.', 'T’es une grosse vache.'],
  // Someone else named as the sayer just before the verb.
  ['Certains disent que les femmes sont des salopes.', 'Les femmes sont des salopes.'],
  ['Ils nous traitent de sauvages depuis des années.', 'Vous êtes des sauvages depuis des années.'],
  // Words read or heard, weariness of them, a shame asked about.
  ['Je suis tanné de lire que les autochtones sont des ivrognes.', 'Les autochtones sont des ivrognes.'],
  ['J’ai entendu dire que les Haïtiens sont des parasites, c’est n’importe quoi.', 'Les Haïtiens sont des parasites.'],
  ['T’as pas honte de dire que les femmes sont des salopes?', 'Les femmes sont des salopes, c’est tout.'],
  // An order reported to a third party is someone else's words, a threat in it too.
  ['Si vous dites aux immigrants d’aller se faire foutre, attendez-vous pas à du respect.', 'Allez vous faire foutre, les immigrants.'],
];

describe('a word repeated in reported or quoted speech is at most a warning', () => {
  for (const [reported, said] of paraphrases) {
    it(reported, () => {
      expect(errors(reported)).toEqual([]);
      expect(errors(said).length).toBeGreaterThan(0);
    });
  }
  for (const [reported, said] of pairs) {
    it(reported, () => {
      expect(errors(reported)).toEqual([]);
      expect(errors(said).length).toBeGreaterThan(0);
    });
  }
  it('the repeated slur still gets a warning', () => {
    expect(warnings('Arrête donc de traiter tes voisins de cons.').length).toBeGreaterThan(0);
  });
});

const stillErrors = [
  // A threat is the speaker's even after a speech verb or a supposition, unless it is quoted.
  'Si tu redis ça encore je vais te tuer.',
  'Si t’étais devant moi, je te tuerais.',
  // A clause break ends the reported words: the vocative is said.
  'Arrête de dire que c’est faux, espèce de cave.',
  // A short scare quote is not a quotation.
  'Vous êtes des "imbéciles".',
  // The speaker's own saying.
  'Je dis que vous êtes des imbéciles.',
  // The speaker vouching for it, or denying the verdict on the words.
  'On peut dire que les Arabes sont des terroristes.',
  'Faut dire que les immigrants sont des voleurs.',
  'J’ai dit que les immigrants sont des parasites, c’est pas raciste.',
  'Il faut tuer les immigrants, je dis que c’est la solution.',
  'C’est pas raciste de dire que les femmes sont des salopes.',
  'J’ai lu que les femmes sont des salopes et c’est vrai.',
  // The speaker's own saying, a few words before the verb, even under « si ».
  'Si tu continues, je vais dire à mes chums de te casser la gueule.',
  'Je vais leur dire que les immigrants sont des parasites.',
];

describe('threats, vocatives, scare quotes and one’s own saying stay errors', () => {
  for (const text of stillErrors) it(text, () => expect(errors(text).length).toBeGreaterThan(0));
});

/** [denied or excepted (no error), asserted (error)] */
const denied: ReadonlyArray<readonly [string, string]> = [
  ['Aucun réfugié ne mérite d’être exécuté.', 'Les réfugiés méritent d’être exécutés.'],
  ['Les chauffeurs d’autobus sont tout sauf des idiots.', 'Les chauffeurs d’autobus sont des idiots.'],
  ['Les bénévoles sont loin d’être stupides.', 'Les bénévoles sont stupides.'],
  // A counterfactual answered in the conditional is a supposition, not a statement.
  ['Si les réfugiés étaient des criminels, ça se saurait depuis longtemps.', 'Les réfugiés sont des criminels, ça se sait depuis longtemps.'],
];

describe('negative quantifiers and exceptives deny', () => {
  for (const [clean, said] of denied) {
    it(clean, () => {
      expect(errors(clean)).toEqual([]);
      expect(errors(said).length).toBeGreaterThan(0);
    });
  }
});

describe('figurative or adverbial senses of sacred words are not sacres', () => {
  const rows: ReadonlyArray<readonly [string, boolean]> = [
    ['Ma mère a vécu un vrai calvaire à l’hôpital.', false],
    ['Le spectacle était sacrément bon.', false],
    ['C’est un vrai calvaire de chantier.', true],
    ['Sacrement, encore fermé !', true],
  ];
  for (const [text, error] of rows) it(text, () => expect(errors(text).length > 0).toBe(error));
});
