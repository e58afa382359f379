/**
 * Round 30 (threats and harm wishes misread as emergencies): a flood or a fire inside a wish, a fate promised to the reader's
 * property, a people's habit of a weapon, are no report; the speaker's arson under a condition is a threat (the bullet foretold,
 * a role taken up before a weapon, blows on a pronoun, a night's « ménage » were cut for size: known misses below). Real
 * reports stay emergencies, insults or not: an emergency always wins when something happens.
 * Written for this round, not copied from any set.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, describeKnownMisses, describeReading, tone } from './grammar-helpers.ts';

describeReading(
  'a flood, a fire or a collapse wished on a person or a people (round 30)',
  [
    'J\'espère que la rivière va inonder la maison du conseiller, y le mérite',
    'j\'espere que le dégât d\'eau va noyer le bureau du maire',
    'J\'espère que le refuge brûle avec les bums dedans',
    'j\'espere que leur centre communautaire flambe avec les jeunes dedans',
    'J\'espère que le garage du maire va brûler au complet',
    'Les locataires qui chialent contre la hausse, j\'espère que leur bloc va s\'effondrer sur eux',
    'Pourvu que la crue inonde la cour du directeur, y l\'a cherché',
  ],
  [
    'J\'espère que la pluie va pas inonder le sous-sol de mon voisin',
    'J\'espère que la rivière va pas inonder la maison de ma mère',
    'J\'espère que les pompiers vont éteindre le feu chez le maire',
    'J\'espère que le maire va s\'occuper des inondations, c\'est la troisième fois',
    'J\'espère que l\'eau va baisser, mon sous-sol est inondé',
    'Les gens qui chialent contre le déneigement, j\'espère qu\'ils vont trouver une solution',
  ],
  { flaggedMayWarn: true },
);

describeReading(
  'the speaker\'s conditional arson (round 30)',
  [
    'Si y construisent un refuge dans ma rue je mets le feu au chantier',
    'Si la ville bâtit des HLM icitte, on met le feu au chantier, promis',
    'Si je vois encore un drapeau de la fierté sur le balcon, j\'vais aller y mettre le feu',
    'Si jamais ils ouvrent leur centre ici, j\'va aller y mettre le feu moi-même',
  ],
  [
    'Si y fait beau, on va faire un feu de camp au chalet',
    'Si le DJ joue ma toune, j\'vais mettre le feu à la piste de danse',
    'Si on a un permis, on va y mettre le feu, aux branches',
    'Le chevreuil va finir avec une balle dans la tête',
    'Au paintball, tu vas finir avec une balle dans la face',
    'Le maire va finir avec un couteau dans le dos, ses conseillers le lâchent',
    'Le gars a fini avec une balle dans la jambe, la police l\'a arrêté',
  ],
  { flaggedMayWarn: true },
);

describeReading(
  'blows or a weapon with a people named (round 30; a role or a people taken up by a pronoun are known misses below)',
  [
    'Je vais les sortir à coups de pied, les quêteux du métro',
    'La conseillère arrive lundi, on va l\'attendre dans le stationnement avec des bâtons',
    'On va les chasser à coups de bâton, les musulmans du parc',
  ],
  [
    'Le maire arrive demain? On va l\'attendre à l\'aéroport avec des pancartes',
    'Je vais les sortir à coups de balai, les tapis',
    'Un de ces soirs on va faire le ménage du garage',
    'Les bénévoles, on va aller faire le ménage du parc une nuit',
    'Les réfugiés arrivent, on va faire le ménage un soir pour préparer les chambres',
    'On va les chasser à coups de bâton, les ratons laveurs',
  ],
  { flaggedMayWarn: true },
);

describe('a wish, a promise or a people\'s habit is no emergency report; real reports stay emergencies (round 30)', () => {
  it.each([
    'Continue de niaiser pis tu vas retrouver ta maison en feu, ostie de vendu',
    'Toé le maire, continue comme ça pis tu vas retrouver ton garage en cendres',
    'Ces crisses de Syriens c\'est violent de nature, ça règle toute avec un couteau',
    'Les maudits immigrés ça règle tout à coups de couteau',
    'J\'espère que la rivière va inonder la maison du conseiller, y le mérite',
    'Le conseiller qui s\'occupe des inondations, c\'est un ostie de mongol',
  ])('not an emergency: %s', (text) => expect(classifyIncoming(text)).toBe('disrespectful'));
  it.each([
    'Y\'a le feu au bloc sur la rue Hart, appelez les pompiers',
    'Un gars avec un couteau au parc Champlain, il menace du monde',
    'Ma rue est inondée, l\'eau rentre dans le sous-sol',
    'Mon voisin menace de mettre le feu à sa maison',
    'Mon voisin dit qu\'il va mettre le feu à l\'immeuble, il est saoul',
    'Maudit maire incompétent, ma rue est inondée pis personne vient',
    'Ostie de gang de caves, y\'a le feu au chantier pis personne répond',
    'J\'espère que les pompiers vont arriver vite, le feu est pris dans le bloc',
    'J\'espère que personne est blessé, y\'a un gars avec un couteau au dépanneur',
    'Ostie de malade, j\'espère que personne est blessé, y\'a un gars avec un couteau au dépanneur',
    'J\'espère que l\'eau va baisser, mon sous-sol est inondé',
    'Les Haïtiens du bloc sont en train de se battre avec un couteau, vite',
    'Ostie, le feu est pris chez mon voisin, tu vas retrouver ta maison en feu si t\'appelles pas',
    'Maudits caves, le feu est pris au bloc d\'à côté pis personne répond',
    'Mon osti de voisin a sorti son couteau, il est dans la cour',
    'Maudit fou, y\'a un gars qui se promène avec un couteau tout le temps au parc',
    'Le gars mongol au dépanneur a un couteau pis il menace la caissière',
    'Les maudits itinérants ont mis le feu dans le parc, ça brûle encore',
    'Le gars qui a mis le feu au chantier est encore là, il a un couteau',
    'Si vous voyez de la fumée, appelez le 911',
    // Someone threatening to kill or to die, told by a witness (incoming.ts).
    'Un gars crie qu\'il va tirer une balle dans la tête du caissier, vite',
    'Y\'a un homme qui menace de tuer quelqu\'un au dépanneur, appelez la police',
    'Quelqu\'un menace de se suicider sur le pont',
    'Une femme menace de sauter du pont Laviolette',
    'Mon voisin dit qu\'il va tuer sa femme',
    'y a un gars qui hurle qu\'il va poignarder le chauffeur dans l\'autobus',
    // Someone waiting for, chasing or hitting a person with a bat, a stick, an axe or a bar (incoming.ts).
    'Un gars attend mon fils avec un bat dans le stationnement de l\'école',
    'Deux gars poursuivent un jeune avec des bâtons au parc',
    'Un homme frappe sa femme avec une barre de fer',
    'Mon voisin m\'attend avec une hache',
  ])('still an emergency: %s', (text) => expect(classifyIncoming(text)).toBe('emergency-report'));
});

describeKnownMisses([
  // (Cut for the size cap, +0,25 KB gzip: each read below was written and measured, then removed, about 0,1 KB each.)
  // A fate foretold with an impact after « va finir avec » (threat.ts findImpacts: no dative, no owner).
  'Le maire va finir avec une balle dans tête si y monte encore les taxes',
  'La mairesse risque de se ramasser avec une balle dans la face si a continue',
  // A role taken up by « l' » before « attendre » with a weapon, from the sentence before (findArmed reads the sentence only).
  'Le maire revient de Cuba? On va l\'attendre à l\'aéroport avec un bat de baseball',
  // Blows that drive out people taken up by « les » when no people is named.
  'Qu\'ils viennent faire leur party dans MA cour, j\'va les sortir à coups de batte',
  // « faire le ménage » with a people named and a night, read like « on va s'occuper d'eux » (findVeiled).
  'Les réfugiés au motel, on va aller faire le ménage une nuit avec les gars',
  'Les itinérants du parc, un de ces soirs on va faire le ménage, vous allez voir',
  // (A wish opened by « j'aimerais ça que »: misfortune.ts's WISH has « j'aimerais voir », not « aimer … que ».)
  'J\'aimerais ça que l\'hôtel de ville passe au feu avec le conseil dedans',
  // (« nettoyer » with a people and a night: only « s'occuper » and « faire le ménage » are read.)
  'Les itinérants du parc, on va aller les nettoyer une nuit, vous allez voir',
], []);


describe('a warning, never an error, for the looser readings of this round', () => {
  it.each([
    'Si je vois encore un drapeau de la fierté sur le balcon, j\'vais aller y mettre le feu',
    'Si jamais ils ouvrent leur centre ici, j\'va aller y mettre le feu moi-même',
  ])('%s', (text) => expect(tone(text).some((f) => f.severity === 'warning')).toBe(true));
});

describe('someone threatening, told by a witness: only killing or dying is an emergency (round 30)', () => {
  it.each([
    'Le maire menace de couper le budget des loisirs',
    'Il dit qu\'il va tirer au but demain au match',
    'Les gens disent que le conseil va tuer le projet',
    'Les jeunes jouent avec un bat au parc',
    'Le club attend des nouveaux bâtons de hockey',
  ])('not an emergency: %s', (text) => expect(classifyIncoming(text)).not.toBe('emergency-report'));
});
