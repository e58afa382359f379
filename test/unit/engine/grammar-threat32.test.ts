/**
 * Round 32 (threats as grammar for real text): the speaker meeting a person with a weapon as the instrument (« on va l'attendre
 * avec un bat », the verb harmless alone); a violent end foretold to a person or a people (« le maire va finir avec une balle dans
 * la tête si… »); a vigilante « cleanup » with its lesson (« une visite de nuit pis y vont comprendre »). Clean counterparts share
 * the surface: flowers, games, a range, a report, negation, counter-speech, figures, past accidents, cleaning a park.
 * Written for this round, not copied from any set.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, describeKnownMisses, describeReading, errors } from './grammar-helpers.ts';

describeReading(
  'the speaker meets a person with a weapon as instrument (round 32)',
  [
    'On va l\'attendre à la sortie avec un bat',
    'J\'va le recevoir avec ma carabine, lui',
    'on va aller le visiter avec des bâtons de baseball',
    'Je vais lui rendre visite avec une barre de fer',
    'on va jaser avec lui avec un gun',
    'faudrait aller l\'attendre avec des battes',
    'on va l attendre avec un bat',
    'Avec les chums on va la recevoir à coups de bâton',
    'Je vais aller les voir avec ma hache, ces voleurs-là',
    'on devrait l\'accueillir au coin avec un bâton de baseball',
    'M\'as aller le voir avec le gun',
    'Chu prêt à l\'attendre avec une batte',
    'On va attendre le gars avec des bats',
    'on va aller voir le maire avec une hache',
  ],
  [
    'On va l\'attendre à l\'aéroport avec des fleurs',
    'les jeunes jouent avec un bat au parc',
    'on va au champ de tir avec ma carabine',
    'ma fille a gagné avec son bâton de hockey',
    'la police l\'attendait avec un fusil',
    'on va pas l\'attendre avec un bat, calmez-vous',
    'dire qu\'on va l\'attendre avec un bat, c\'est une menace',
    'On va l\'attendre avec nos bâtons de marche au début du sentier',
    'On va les accueillir avec des bâtons lumineux au spectacle',
    'Je vais le couper avec ma hache, cet arbre-là',
    'On va le recevoir avec un gâteau',
    'Le chevreuil, on va l\'attendre avec la carabine à l\'aube',
    'J\'ai attendu le bus avec mon bâton de ski',
    'On l\'attendait avec un fusil, mon grand-père, à la chasse',
    'Je vais la voir avec mon bâton de ski demain sur les pentes',
    'On va le sortir avec un bâton, le chien aime ça',
    'On va aller le voir avec des bâtons de hockey pour jouer au parc',
    'On va l\'attendre avec nos bats pour la partie de balle',
    'On va la voir avec le gun à eau au parc',
  ],
  { flaggedMayWarn: true, cleanNotDisrespectful: true },
);

describe('a witness of someone else armed stays an emergency (round 32)', () => {
  it('a man waiting with a bat is reported', () => {
    expect(classifyIncoming('Un gars attend mon fils avec un bat dans le stationnement')).toBe('emergency-report');
  });
});

describeReading(
  'a violent end foretold to a person or a people (round 32)',
  [
    'Le maire va finir avec une balle dans la tête si y continue',
    'Ce conseiller-là va finir avec une balle dans la face s\'il lâche pas',
    'le DG finirait ben avec une balle dans la tête',
    'La mairesse va se ramasser avec une balle dans la tête',
    'le ministre va finir avec une balle dans la gueule',
    // (Moved up from grammar-threat30's known misses.)
    'Le conseiller va finir avec une balle dans la tête s\'il continue',
  ],
  [
    'le projet va finir dans le fleuve des dépenses',
    'il a fini à l\'hôpital après l\'accident',
    'Il va finir avec une balle dans le pied',
    'Le film finit avec une balle dans la tête du méchant',
    'la rivière va finir dans le fleuve',
    'On va finir au cimetière si on continue de manger de même',
    'il va finir à l\'hôpital s\'il continue de boire',
    'Le ballon va se ramasser dans le fleuve',
    'Mon grand-père va finir ses jours au chalet',
    'Le maire ne va pas finir avec une balle dans la tête, arrêtez vos folies',
    'Ça va finir en morceaux, ce vieux meuble-là',
    'tu vas finir six pieds sous terre si tu continues à fumer',
    'Mon père va finir dans un cercueil en bois comme il voulait',
  ],
  { flaggedMayWarn: true, cleanNotDisrespectful: true },
);

describeReading(
  'a vigilante cleanup with its lesson (round 32): its clean counterparts stay clean (the readings themselves are known misses, below)',
  [],
  [
    'on va faire le ménage du parc samedi, bienvenue aux bénévoles',
    'on va leur faire comprendre le règlement par une lettre',
    'Les élèves vont comprendre vite, la prof explique bien',
    'On fait le ménage du printemps avec les chums samedi',
    'une petite visite chez grand-maman pis on revient',
    'Avec les chums on fait une visite du musée, les enfants vont comprendre l\'histoire',
    'on va leur faire comprendre',
    'La police va leur faire comprendre',
    'Y vont finir par comprendre',
    'On va pas leur faire comprendre nous autres, c\'est le travail de la police',
    // (Second read: « de nuit » and « ils vont comprendre » as signs of a threat warned on these announcements; both taken out.)
    'Le déneigement se fait de nuit, les citoyens ils vont comprendre si on leur explique',
    'Les cols bleus travaillent de nuit cette semaine, soyez patients, ils vont comprendre vos demandes',
    'On va faire le ménage du parc une nuit de juin avec les bénévoles',
  ],
  { flaggedMayWarn: true, cleanNotDisrespectful: true },
);

describe('errors only where as sure as the existing ones (round 32)', () => {
  it.each(['On va l\'attendre à la sortie avec un bat', 'Je vais lui rendre visite avec une barre de fer'])(
    'a warning, not an error: %s',
    (text) => expect(errors(text)).toEqual([]),
  );
  // (A forecast of someone, « un policier »: no error; the learned net's doubt on it was there before this round.)
  it('no error: an indefinite role\'s end foretold', () => expect(errors('Un policier va finir avec une balle dans la tête si on coupe encore leur budget')).toEqual([]));
});

describeKnownMisses(
  [
    // Cut for size (round 32, the cap of +0,3 Ko; commit 1a6e159 on this branch holds a reading of them): a violent end foretold to a pronoun
    // or a people, or with another wound or place than the role reading knows, and the vigilante lesson said with the crew alone.
    'Ce conseiller-là va finir avec une balle dans le front s\'il lâche pas',
    'y vont finir six pieds sous terre',
    'il va se ramasser dans le fleuve avec des blocs aux pieds',
    'ça va finir par une balle perdue pour lui',
    'la mairesse va se retrouver dans le coffre d\'un char',
    'y va finir en morceaux dans un sac de poubelle',
    'on va leur faire comprendre nous autres',
    'Avec les boys on va leur rendre visite, ils vont comprendre',
    // Taken out at the second read (« de nuit », « ils vont comprendre » warned on announcements): the lesson needs its people read.
    'on va aller faire le ménage une nuit avec les chums, y vont comprendre vite',
    'une petite visite de nuit pis y vont comprendre',
    'une ptite visite une nuit, ils vont comprendre',
    'on va faire le menage nous-memes, de nuit, ils vont comprendre',
  ],
  [],
  'known misses (round 32; a fix makes these fail: move them up)',
);
