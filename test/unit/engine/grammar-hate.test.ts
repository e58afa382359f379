/**
 * Hate as grammar (3.2): a group and what is said of it, in either order, through a pronoun, and
 * slurs. Every category has its clean counterpart: the same groups named in ordinary municipal
 * text, negated statements, reported or denounced speech.
 */
import { describe, expect, it } from 'vitest';
import { findGrammar } from '../../../src/engine/text/grammar/index.ts';
import { tokenize } from '../../../src/engine/text/tokens.ts';
import { classifyIncoming, errors, fill, grammarErrors, marked, tone } from './grammar-helpers.ts';

/** Groups by identity, condition, or where people live or work; each with « ces … » for appositions. */
const groups = [
  'les immigrés', 'les immigrants', 'les réfugiés', 'les musulmans', 'les juifs', 'les Noirs', 'les Arabes', 'les Haïtiens', 'les autochtones',
  'les Chinois', 'les femmes', 'les gais', 'les lesbiennes', 'les trans', 'les personnes handicapées', 'les autistes', 'les vieux', 'les aînés',
  'les BS', 'les assistés sociaux', 'les itinérants', 'les pauvres', 'les cols bleus', 'les fonctionnaires', 'les employés de la Ville',
  'les gens du Cap', 'les élus', 'les Anglais', 'les blacks', 'les homos',
];

/** What may not be said of any group (each frame is a different grammatical class). */
const hateful = [
  '{G} sont des parasites.',
  '{G}, c’est tous des voleurs.',
  '{G} sont juste une bande de fainéants',
  '{G} ne sont que des profiteurs.',
  'Je méprise {g}.',
  'J’ai aucun respect pour {g}',
  '{G} me dégoûtent.',
  '{G} devraient être expulsés.',
  '{G} vivent sur notre dos',
  '{G} ne valent rien.',
  '{G} ? Ils sont tous des criminels.',
];

/** The same groups in text that must stay clean. */
const clean = [
  '{G} sont les bienvenus à la bibliothèque.',
  '{G} ne sont pas des parasites.',
  'Dire que {g} sont des parasites, c’est inacceptable.',
  'Je n’ai rien contre {g}.',
  '{G} ont droit à un rabais à l’aréna.',
  'Nous condamnons les propos haineux envers {g}.',
  'Certains prétendent que {g} sont des voleurs : c’est faux.',
  '{G} ne sont pas tous des criminels, loin de là.',
  'Merci à {g} qui ont participé à la consultation.',
];

describe('a group and a degrading predicate is an error and a disrespectful comment', () => {
  for (const group of groups) {
    for (const frame of hateful) {
      const text = fill(frame, group);
      it(text, () => {
        expect(errors(text).length).toBeGreaterThan(0);
        expect(classifyIncoming(text)).toBe('disrespectful');
      });
    }
  }
});

describe('the same groups in ordinary, negated, reported or denounced text stay clean', () => {
  for (const group of groups) {
    for (const frame of clean) {
      const text = fill(frame, group);
      it(text, () => {
        expect(errors(text)).toEqual([]);
        expect(classifyIncoming(text)).not.toBe('disrespectful');
      });
    }
  }
});

/** Québec French as people write it, with the words that trigger the finding marked. */
const flagged = [
  '⟦Les immigrés sont tous des parasites⟧, c’est pas compliqué',
  '⟦les immigrants c’est juste des profiteurs⟧',
  '⟦Les réfugiés sont des criminels⟧ pis ⟦tout le monde le sait⟧',
  '⟦Les musulmans sont une vermine⟧',
  '⟦les noirs sont des êtres inférieurs⟧',
  '⟦Les femmes ne valent rien⟧',
  '⟦les femmes sont inférieures⟧ aux hommes',
  '⟦Les gais sont des malades mentaux⟧',
  '⟦Les itinérants sont des déchets⟧',
  '⟦les personnes handicapées ne servent à rien⟧',
  '⟦Je méprise les personnes handicapées⟧',
  '⟦J’haïs les Arabes⟧',
  '⟦Je peux pas sentir les musulmans⟧',
  '⟦Ces maudits BS me font vomir⟧',
  '⟦Les réfugiés devraient tous être renvoyés⟧ chez eux',
  'J’espère ⟦qu’on va tous les chasser, ces immigrés-là⟧',
  '⟦il faut expulser les musulmans⟧',
  'Qu’ils ⟦retournent chez eux⟧',
  '⟦Retourne dans ton pays⟧',
  '⟦Dehors les immigrés⟧',
  '⟦Mort aux juifs⟧',
  'Encore ⟦des réfugiés qui vivent sur notre dos⟧',
  '⟦Ces immigrés profitent du système⟧',
  '⟦Les Chinois se reproduisent comme des lapins⟧',
  '⟦des parasites, ces immigrés⟧',
  '⟦Ces parasites d’immigrés⟧',
  '⟦Les cols bleus sont des fainéants⟧',
  '⟦Les fonctionnaires de la Ville sont tous des paresseux⟧',
  '⟦Les gens du Cap sont des attardés⟧',
  '⟦les arabes c’est tous des voleurs⟧',
  '⟦Les Mexicains volent nos jobs⟧',
  '⟦Les immigrés détruisent notre pays⟧',
  '⟦Il faudrait tous les tuer⟧',
  '⟦les migrants méritent de crever⟧',
  'Les Noirs, ⟦je les déteste⟧',
  '⟦les étrangers n’ont rien à faire ici⟧',
  '⟦les immigrants n’ont pas leur place⟧ au Québec',
  '⟦Sales immigrés⟧',
  '⟦Ces gens-là sont des animaux⟧',
  '⟦Les musulmans veulent imposer la charia⟧',
  '⟦L’islam est une religion de haine⟧',
  '⟦Les migrants ne s’intègrent jamais⟧',
  '⟦Les immigrés sont incompatibles avec nos valeurs⟧',
  '⟦Un bon Indien est un Indien mort⟧',
  '⟦Les cols bleus foutent rien⟧',
  'Les immigrés? ⟦Ils devraient tous crever⟧.',
  '⟦Maudits BS⟧',
];

describe('hate is found where it is said, with its words marked', () => {
  for (const source of flagged) {
    const { text, spans } = marked(source);
    it(text, () => {
      const got = grammarErrors(text);
      expect(got).toEqual(spans);
      expect(classifyIncoming(text)).toBe('disrespectful');
    });
  }
});

/** Slurs are hate alone (French, Québec, verlan). */
const slurs = ['Sale nègre', 'Gang de tapettes', 'ostie de fif', 'les renois sont tous pareils', 'sale rebeu', 'T’es juste un bougnoule', 'un youpin', 'Retourne chez vous, bloke', 'une gouine', 'ching chong', 'ce gros attardé', 'les travelos'];

describe('a slur alone is an error', () => {
  for (const text of slurs) it(text, () => expect(errors(text).length).toBeGreaterThan(0));
});

describe('a reply that denounces a slur by repeating it is still a warning on the City’s account', () => {
  for (const text of [
    'Il a été traité de « nègre » et nous condamnons ces propos.',
    'Le mot « tapette » est homophobe et n’a pas sa place ici.',
    'Traiter quelqu’un de bougnoule, c’est du racisme.',
    'Une citoyenne s’est fait traiter de « sale Arabe » au parc : c’est inacceptable.',
  ]) {
    it(text, () => {
      expect(errors(text)).toEqual([]);
      expect(tone(text).some((f) => f.severity === 'warning')).toBe(true);
    });
  }
});

/** Ordinary municipal text that shares words with the lexicons. */
const ordinary = [
  'Les employés de la Ville ont fait du bon travail',
  'Les immigrants sont les bienvenus à la bibliothèque',
  'Les aînés ont droit à un rabais',
  'Les cols bleus passeront lundi',
  'Les personnes handicapées ont accès à la piscine',
  'Les itinérants peuvent se réchauffer à la halte',
  'Les musulmans célèbrent le ramadan',
  'Il faut sortir les bacs la veille de la collecte',
  'Il faut renvoyer le formulaire avant vendredi',
  'Il faut renvoyer les citoyens vers le 311',
  'Les aînés ont des questions? Il faut les renvoyer au guichet.',
  'Une tapette à mouches est fournie au camp de jour',
  'L’exposition sur l’empire mongol ouvre samedi',
  'Les rats sont un problème dans le secteur, un exterminateur passera',
  'Les chiens des résidents doivent être tenus en laisse',
  'Retournez chez vous en cas de tempête',
  'Je retourne chez moi après le spectacle',
  'Ils sont retournés chez eux après le feu d’artifice',
  'Les réfugiés retournent dans leur pays cet été',
  'Les aînés ont peur des voleurs',
  'Les immigrants sont victimes de préjugés',
  'Dire que les femmes sont inférieures, c’est du sexisme',
  'Non, les autochtones ne sont pas des paresseux.',
  'Je ne déteste pas les immigrés, au contraire',
  'Les parasites du gazon se traitent au printemps',
  'La vermine dans les logements doit être signalée',
  'Les animaux du refuge sont à adopter',
  'Les terroristes ont été arrêtés par la police',
  'Les policiers ont arrêté des criminels hier',
  'Les jeunes devraient être inscrits avant vendredi',
  'Les cyclistes doivent respecter la signalisation',
  'Les femmes ne sont pas inférieures aux hommes',
  'Les Français sont nombreux à visiter la ville',
  'Le vieux pont sera fermé',
  'Les résidents du quartier se plaignent des rats',
  'Je déteste la neige en avril',
  'J’haïs le lundi matin',
  'Un soleil s’est attardé sur la fenêtre',
  'Le sale temps continue, soyez prudents',
  'Les Québécois aiment l’hiver',
  'L’islam est une religion de paix',
  'Les nouveaux arrivants s’intègrent bien grâce aux bénévoles',
  'Les immigrants veulent s’intégrer et apprendre le français',
  'Le bon voisin est celui qui déneige son trottoir',
  'Les citoyens du secteur sont invités à déplacer leur véhicule',
];

describe('ordinary municipal text stays clean', () => {
  for (const text of ordinary) {
    it(text, () => {
      expect(findGrammar(tokenize(text))).toEqual([]);
      expect(errors(text)).toEqual([]);
    });
  }
});
