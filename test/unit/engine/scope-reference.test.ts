/**
 * Reference across clauses (3.2): what a predicate is said of when a relative clause or an act
 * stands between it and a group, and counter-speech that names hate without saying it. Each row
 * pairs a sentence with its counterpart: the group spoken of (an error) and the group only
 * the object of someone's act or words (no error).
 */
import { describe, expect, it } from 'vitest';
import { errors, tone } from './grammar-helpers.ts';

/** [said of the group through its relative clause (error), the group only an object in it (no error)] */
const relatives: ReadonlyArray<readonly [string, string]> = [
  ['Les immigrés que je connais sont tous des voleurs.', 'Les gens qui haïssent les immigrés sont des malades.'],
  ['Les réfugiés qu’on accueille ici sont des profiteurs.', 'Ceux qui attaquent les réfugiés sont des criminels.'],
  ['Les immigrés qui arrivent ici sont des parasites.', 'Les hommes qui frappent les femmes sont des monstres.'],
  ['Je pense que les musulmans qui vivent ici sont des terroristes.', 'Les gens qui insultent les musulmans sont des lâches.'],
  ['Les immigrants dont on parle sont des criminels.', 'Le monde qui méprise les immigrants sont dans l’erreur.'],
  ['Les femmes qui travaillent sont des voleuses.', 'Ceux qui détestent les femmes sont des malades.'],
  ['Franchement, les Haïtiens qu’on voit au centre-ville sont des parasites.', 'Les personnes qui s’en prennent aux Haïtiens sont des criminels.'],
];

/** Neutral relatives and neutral predicates stay clean. */
const neutral = [
  'Les femmes qui travaillent sont courageuses.',
  'Les immigrés qui arrivent ici sont des gens courageux.',
  'Les musulmans que je connais sont très gentils.',
  'Les immigrants que les racistes traitent de voleurs sont des travailleurs.',
  'Les réfugiés dont on parle sont arrivés hier.',
];

/** [an act named to be condemned (no error), the same act called for or the group judged (error)] */
const judgedActs: ReadonlyArray<readonly [string, string]> = [
  ['Appeler à tuer les juifs est criminel.', 'Il faut tuer les juifs.'],
  ['Détester les femmes, c’est pathétique.', 'Les femmes, c’est pathétique.'],
  ['Tuer les immigrants, c’est criminel.', 'Les immigrants, c’est des criminels.'],
  ['Menacer de tuer les gais est tout simplement ignoble.', 'On devrait tuer les gais.'],
  ['Insulter les autochtones, c’est vraiment minable.', 'Les autochtones sont des minables.'],
  ['Frapper une femme, c’est un crime.', 'Il faut frapper les femmes.'],
];

/** [someone else's words or feelings named (no error), the speaker's own (error)] */
const othersWords: ReadonlyArray<readonly [string, string]> = [
  ['Votre haine des trans est dégoûtante.', 'Les trans me dégoûtent.'],
  ['Ta haine envers les musulmans te rend aveugle.', 'J’ai de la haine envers les musulmans.'],
  ['Leur mépris des Noirs est écoeurant.', 'Mon mépris des Noirs est total.'],
  ['La haine des immigrants est un fléau.', 'Je hais les immigrants.'],
  ['Quand vous écrivez que les femmes sont stupides, vous vous discréditez.', 'J’écris que les femmes sont stupides.'],
  ['Les personnes qui écrivent que les handicapés devraient être éliminés seront bannies.', 'Les handicapés devraient être éliminés.'],
  ['Quand j’ai lu que les handicapés devraient mourir, j’ai pleuré.', 'Les handicapés devraient mourir.'],
  ['Lorsqu’il dit que les réfugiés sont des rats, il se trompe.', 'Les réfugiés sont des rats.'],
  ['Personne ne mérite d’être appelé une sale pute.', 'T’es une sale pute.'],
  ['Ta volonté de chasser les réfugiés me dégoûte.', 'Les réfugiés me dégoûtent.'],
  ['Souhaiter que les trans meurent, c’est ignoble.', 'Les trans, c’est ignoble.'],
  ['Les menaces de mort contre les trans doivent cesser.', 'Menace de mort : je vais te tuer.'],
  ['Ceux qui veulent exterminer les juifs sont des monstres.', 'On veut exterminer les juifs.'],
  ['On entend trop souvent que les autochtones sont des paresseux.', 'J’entends bien, mais les autochtones sont des paresseux.'],
  ['On lit partout que les immigrants sont des voleurs.', 'Partout, les immigrants sont des voleurs.'],
];

describe('a relative clause carries its group to the predicate, or holds only its object', () => {
  for (const [said, object] of relatives) {
    it(said, () => expect(errors(said).length).toBeGreaterThan(0));
    it(object, () => expect(errors(object)).toEqual([]));
  }
  for (const text of neutral) it(text, () => expect(errors(text)).toEqual([]));
});

describe('an act opening the sentence and judged is named, not called for', () => {
  for (const [judged, said] of judgedActs) {
    it(judged, () => expect(errors(judged)).toEqual([]));
    it(said, () => expect(errors(said).length).toBeGreaterThan(0));
  }
  // A verdict denied judges nothing (« c'est pas grave »), and praise is no verdict.
  for (const text of ['Tuer les immigrants, c’est la solution.', '@user eh ben avec un mongol comme vous est mal barré !']) it(text, () => expect(errors(text).length).toBeGreaterThan(0));
});

describe('someone else’s words or hatred, named to be denounced, are not the speaker’s', () => {
  for (const [others, own] of othersWords) {
    it(others, () => expect(errors(others)).toEqual([]));
    it(own, () => expect(errors(own).length).toBeGreaterThan(0));
  }
});

describe('an adjective after an impersonal « c’est » judges a situation, not a person', () => {
  const rows: ReadonlyArray<readonly [string, boolean]> = [
    ['C’est fou le nombre de monde au marché.', false],
    ['C’était vraiment débile comme règlement.', false],
    ['C’est complètement fou, cette histoire.', false],
    ['T’es fou.', true],
    ['Vous êtes complètement débiles.', true],
  ];
  for (const [text, error] of rows) it(text, () => expect(errors(text).length > 0).toBe(error));
});

/** [a group set out after the pronoun that takes it up (error), a group inside a clause of its own (no error)] */
const cataphora: ReadonlyArray<readonly [string, string]> = [
  ['C’est des parasites, les immigrants.', 'C’est fou le nombre de gens qui disent que les immigrants sont des parasites.'],
  ['Ils sont vraiment sales, ces réfugiés.', 'C’est triste quand on entend que les réfugiés sont sales.'],
];

describe('a pronoun takes up a group named after it only when the group is set out beside it', () => {
  for (const [said, clause] of cataphora) {
    it(said, () => expect(errors(said).length).toBeGreaterThan(0));
    it(clause, () => expect(errors(clause)).toEqual([]));
  }
});

/** [a group taken up in the next sentence (error), the same words with no group before (no error)] */
const anaphora: ReadonlyArray<readonly [string, string]> = [
  ['Les immigrants arrivent. Ces derniers sont des parasites.', 'Ces derniers jours, les immigrants ont travaillé fort.'],
  ['Les femmes veulent voter. Ces dernières sont des idiotes.', 'Les dernières arrivées sont des bénévoles.'],
  ['Les musulmans sont arrivés. Ceux-ci sont des terroristes.', 'Voir ci-dessous les parasites du jardin.'],
  ['Les réfugiés sont là. Celles-ci sont des voleuses.', 'Les réfugiés sont là. Celles-ci sont des bénévoles.'],
  ['Les gais défilent. Je les ai toujours détestés.', 'Les légumes, je les ai toujours détestés.'],
  ['Les immigrants? On les a toujours haïs.', 'Les immigrants? On les a toujours aimés.'],
];

describe('« ceux-ci », « ces derniers » take up the last group named', () => {
  for (const [said, clean] of anaphora) {
    it(said, () => expect(errors(said).length).toBeGreaterThan(0));
    it(clean, () => expect(errors(clean)).toEqual([]));
  }
});

/** Counterfactuals with a long subject, and a fallacy named: suppositions and quotations, not statements. */
describe('a long counterfactual subject and a named fallacy still clear the statement', () => {
  const rows: ReadonlyArray<readonly [string, boolean]> = [
    ['Si les 1 milliard et demi de musulmans étaient des terroristes, on l’aurait su rapidement.', false],
    ['Si tous les immigrants de la province étaient des voleurs, on le saurait.', false],
    ['Donc tous les musulmans sont terroristes. Ce raisonnement est un sophisme.', false],
    ['Tous les immigrants de la province sont des voleurs, on le sait.', true],
  ];
  for (const [text, error] of rows) it(text, () => expect(errors(text).length > 0).toBe(error));
});

/** [a proposition named, asked about or denied (no error), the same asserted (error)] */
const propositions: ReadonlyArray<readonly [string, string]> = [
  ['Ton idée que les immigrants sont des parasites est ridicule.', 'J’ai l’idée que les immigrants sont des parasites.'],
  ['L’idée que les femmes seraient inférieures est dépassée.', 'Mon idée, c’est que les femmes sont inférieures.'],
  ['Il faut déconstruire la croyance que les trans sont des malades.', 'Je crois vraiment que les trans sont des malades.'],
  ['Je ne crois pas une seconde que les Haïtiens sont des voleurs.', 'Je crois bien que les Haïtiens sont des voleurs.'],
  ['Où as-tu pris que les trans sont des malades mentaux?', 'Les trans sont des malades mentaux, je l’ai pris à la télé.'],
  ['Depuis quand les immigrants sont des criminels?', 'Les immigrants sont des criminels depuis toujours.'],
  ['Comme si les femmes étaient inférieures!', 'Comme si c’était pas assez, les femmes sont inférieures.'],
];

describe('a proposition named, asked about or denied is not asserted', () => {
  for (const [named, said] of propositions) {
    it(named, () => expect(errors(named)).toEqual([]));
    it(said, () => expect(errors(said).length).toBeGreaterThan(0));
  }
});

/** [a group carried over an aside or a modifier to its predicate (error), a clean counterpart (no error)] */
const asides: ReadonlyArray<readonly [string, string]> = [
  ['Les Arabes, même les gentils, sont des ordures.', 'Les Arabes, même les plus jeunes, sont des bénévoles.'],
  ['Les immigrés, quand ils arrivent, sont des parasites.', 'J’aime les immigrés, mais les racistes, eux, sont des lâches.'],
  ['Les immigrants, je pense, sont des parasites.', 'Les immigrants, je pense, sont des gens courageux.'],
  ['Même les Haïtiens éduqués sont des parasites.', 'Même les Haïtiens éduqués sont des gens comme les autres.'],
  // The aside's own negation is not the statement's; the statement's negation still is.
  ['Ces musulmans, qu’ils soient gentils ou pas, sont des terroristes.', 'Les musulmans ne sont pas, selon moi, des terroristes.'],
  ['Les immigrants, dont la plupart ne travaillent pas, sont des parasites.', 'Les immigrants, dont la plupart ne travaillent pas encore, sont des gens comme nous.'],
];

describe('a group reaches its predicate across an aside or a modifier', () => {
  for (const [said, clean] of asides) {
    it(said, () => expect(errors(said).length).toBeGreaterThan(0));
    it(clean, () => expect(errors(clean)).toEqual([]));
  }
});

/** [a threat against a group reported from a third party or under a judging matrix (no error), said (error)] */
const reportedThreats: ReadonlyArray<readonly [string, string]> = [
  ['Il a menacé de tuer les musulmans et il a été arrêté.', 'Je vais tuer les musulmans.'],
  ['Il a dit qu’il allait tuer tous les gais.', 'Je vais tuer tous les gais.'],
  ['Il faut arrêter de dire qu’on devrait tuer les trans.', 'On devrait tuer les trans.'],
  ['Ils ont écrit que les réfugiés devraient être pendus.', 'Les réfugiés devraient être pendus.'],
];

describe('a threat against a group in someone else’s words is theirs; one aimed at the reader stays a warning at least', () => {
  for (const [reported, said] of reportedThreats) {
    it(reported, () => expect(errors(reported)).toEqual([]));
    it(said, () => expect(errors(said).length).toBeGreaterThan(0));
  }
  it('Arrête de dire que je vais te tuer.', () => expect(tone('Arrête de dire que je vais te tuer.').length).toBeGreaterThan(0));
});

describe('a restriction (« rien qu’un… », « rien d’autre qu’une… ») asserts the insult; a negation denies it', () => {
  const rows: ReadonlyArray<readonly [string, boolean]> = [
    ['Tu n’es qu’une femme à mes yeux. Rien d’autre qu’une idiote.', true],
    ['T’es rien qu’un imbécile.', true],
    ['Ce n’est pas une question idiote.', false],
    ['Vous n’êtes pas des idiots.', false],
  ];
  for (const [text, error] of rows) it(text, () => expect(errors(text).length > 0).toBe(error));
});
