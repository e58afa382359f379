/**
 * Round 29 (longer harm wishes, threats and exclusion): the wished person described by a relative clause (« le gars qui a
 * écrit ça »), a place whose own « pas » negates a participle (« un trottoir pas déneigé »), a disaster wished on a place with
 * the people inside, a beating promised to whoever comes next or under the speaker's condition, a people hunted one by one,
 * and a hiring refused to a people while one of ours waits. Clean counterparts share the surface. A threat or a forecast
 * (« va repartir en ambulance », « ça va finir en accident ») is no emergency report; real reports stay emergencies.
 * Written for this round, not copied from any set.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, describeKnownDoubts, describeReading, tone } from './grammar-helpers.ts';

describeReading(
  'a harm wished on a person described by a relative clause (round 29; the saying relatives are known misses below)',
  [
    'J\'espère que la madame qui a publié ça pogne le cancer',
  ],
  [
    'J\'espère que la personne qui a écrit ce commentaire sur le cancer de ma mère va s\'excuser',
    'J\'espère que le gars qui a dit que les immigrés pognent le cancer va se faire bannir',
    'J\'espère que la madame qui a parlé du cancer du sein au conseil va revenir',
    'J\'espère que la fille qui a écrit ce message va guérir de son cancer',
    'Le gars qui a écrit ce commentaire a le cancer, soyez indulgents',
  ],
  { flaggedMayWarn: true },
);

describeReading(
  'a fall wished on a place whose own « pas » negates a participle (round 29)',
  [
    'J\'espère que le maire va glisser sur un de ses trottoirs pas déneigés pis se casser le cou',
    'J\'souhaite au conseiller de se péter les deux jambes sur un trottoir pas déneigé 😂 karma',
    'j\'espere que la mairesse va tomber dans une rue pas deneigee pis se casser le cou',
    'Je souhaite au directeur de se casser les deux jambes sur sa patinoire pas entretenue',
  ],
  [
    'J\'espère que personne va se casser le cou sur les trottoirs pas déneigés',
    'J\'espère que le maire va pas se casser le cou sur un trottoir pas déneigé, ce serait la honte',
    'J\'ai peur que ma mère se casse une jambe sur un trottoir pas déneigé',
    'Un trottoir pas déneigé, c\'est comme ça qu\'on se casse les deux jambes',
    'Les trottoirs sont pas déneigés, mon voisin s\'est cassé la jambe',
  ],
  { flaggedMayWarn: true },
);

describeReading(
  'a disaster wished on a place of people, with the people inside (round 29)',
  [
    'Souhaitons un bon incendie dans le nouveau refuge, avec tout le monde dedans',
    'On souhaite un beau feu à la mosquée, avec tout le monde dedans',
    'Espérons un bon incendie au refuge un soir de tempête',
    'nous souhaitons un gros feu dans leur mosquée avec eux autres dedans',
  ],
  [
    'Souhaitons que les pompiers maîtrisent l\'incendie au refuge, tout le monde est sorti',
    'On souhaite un prompt rétablissement à tout le monde qui était dans l\'incendie du refuge',
    'Espérons qu\'il y a eu personne dedans, au refuge, pendant l\'incendie',
    'On souhaite un bon feu de camp à tout le monde ce soir au parc',
    'On souhaite que les gens du refuge soient relogés après l\'incendie',
  ],
  { flaggedMayWarn: true },
);

describeReading(
  'a beating promised to whoever comes next or under the speaker\'s condition (round 29)',
  [
    'Le prochain itinérant qui dort devant mon commerce va repartir en ambulance, je vous le garantis',
    'La fille à l\'accueil va se faire ramasser dans le stationnement si a me reparle de même',
    'Le voisin va se faire tabasser s\'il touche encore à ma clôture',
    'ton chum va se faire planter s\'y me regarde encore de même',
    'Il va se faire tabasser si y me reparle encore',
  ],
  [
    'Le prochain cycliste qui passe sur ce coin va repartir en ambulance, mettez une lumière svp',
    'Mets ton casque sinon tu vas repartir en ambulance',
    'Que tu mettes ton casque ou non, si tu tombes, tu vas repartir en ambulance',
    'Qu\'il fasse attention sur la glace, sinon il va repartir en ambulance',
    'Mon colis va se faire ramasser demain si je suis pas là',
    'Que ce soit clair, il va repartir en ambulance si personne déneige',
    'Qu\'est-ce que tu veux, il va manger une volée au hockey',
    'Que le gars soit saoul ou pas, il est mort sur le coup',
    'Les cyclistes vont se faire frapper si la ville met pas de piste cyclable',
    'Mon gars va se faire ramasser par l\'autobus s\'il traverse là',
    'Le voisin va se faire ramasser par la police s\'il me vole encore mes outils',
    'Les piétons vont se faire frapper si personne me répond sur ce coin de rue',
  ],
  { flaggedMayWarn: true },
);

describeReading(
  'a people hunted one by one (round 29)',
  [
    'On va aller les chercher un par un les réfugiés dans l\'ancien motel, vous allez voir',
    'Les immigrants du centre-ville, on va les ramasser un par un',
    'on va aller les sortir un par un de leur mosquée, les musulmans',
    'Les Haïtiens du quartier, je vais aller les chercher une par une',
  ],
  [
    'On va aller les chercher un par un à l\'aéroport, les réfugiés, pour les amener au refuge',
    'Les bénévoles vont aller chercher les aînés un par un pour le vaccin',
    'On va les ramasser un par un, les déchets du parc',
    'On va corriger les examens un par un',
  ],
  { flaggedMayWarn: true },
);

describeReading(
  'a hiring or a home refused to a people while one of ours waits (round 29)',
  [
    'Pas d\'embauche d\'immigrants à la ville tant qu\'y reste un seul Québécois au chômage',
    'Aucune embauche d\'immigrés tant qu\'il reste un chômeur québécois',
    'Pas d\'embauche pour les immigrants tant qu\'y reste un Québécois au chômage',
    'Pas de logement pour les réfugiés tant qu\'il reste un Québécois dans la rue',
    'Zéro embauche de Haïtiens à la ville',
  ],
  [
    'Pas d\'embauche à la ville cet été, le budget est gelé',
    'Pas d\'embauche d\'étudiants tant que le budget est pas voté',
    'Pas de logement pour les réfugiés cet hiver, c\'est inhumain',
    'La ville fait de l\'embauche d\'immigrants pour combler les postes, bravo',
    'Pas d\'engagement des femmes dans les pompiers? Voyons donc, c\'est 2025',
  ],
  { flaggedMayWarn: true },
);

describe('a threat or a forecast is no emergency report; real reports stay emergencies (round 29)', () => {
  it.each([
    'Qu\'un fif vienne tourner autour de mon gars, y va repartir en ambulance',
    'Le prochain osti de BS qui dort devant mon commerce va repartir en ambulance',
  ])('not an emergency: %s', (text) => expect(classifyIncoming(text)).toBe('disrespectful'));
  it.each([
    'Les femmes au volant, ça va finir en accident, sont pas capables de se concentrer',
    'Les chauffards sur Laviolette, ça va finir à l\'hôpital cette histoire-là',
  ])('a forecast in a hostile comment, no emergency: %s', (text) => expect(classifyIncoming(text)).not.toBe('emergency-report'));
  it.each([
    'Il y a eu un accident sur le boulevard des Forges, il y a des blessés',
    'Appelez une ambulance, y\'a un homme qui saigne au coin de la rue',
    'y\'a un homme qui saigne devant le dépanneur',
    'Accident sur le pont Laviolette, une ambulance est là',
    'Un gars va repartir en ambulance, il s\'est fait frapper sur le boulevard, appelez le 911',
    'Le feu est pris dans le bloc à côté, vite',
    'Il y a un accident pis le gars est inconscient',
    'Une ambulance s\'en vient, un enfant est tombé dans la piscine',
    // (Imminent danger on the road, and a patient leaving as it happens: still reports, erring on the side of safety.)
    'Y\'a un char qui roule à contresens sur la 40, il va y avoir un accident',
    'Mon voisin va repartir en ambulance, il respire mal',
    'Mon voisin va partir en ambulance',
    // (Second read: one's own named in a hostile comment are reported, not threatened.)
    'Maudit cave de chauffeur, ma mère va partir en ambulance',
    'Ces maudits immigrants conduisent comme des fous, mon fils va partir en ambulance',
    'Les immigrants conduisent comme des malades, ils ont frappé ma fille, elle va partir en ambulance',
  ])('still an emergency: %s', (text) => expect(classifyIncoming(text)).toBe('emergency-report'));
});

/**
 * Known misses of this round, cut for the size cap (a fix makes one pass: move it up). A fate promised to whoever comes next on
 * the speaker's ground or after a subjunctive « qu'un … vienne », read by grammar (threat.ts `whoever`, PROMISED), cost 0,17 KB
 * gzip: only the hostile comment's classification is fixed (classify.ts). A danger foretold in a calm comment (« ça va finir en
 * accident ») is still read as an emergency (0,05 KB more in incoming.ts).
 */
describe('known misses (round 29, cut for size; a fix makes these fail: move them up)', () => {
  it.fails.each([
    // (The wished person described by a relative clause that says or writes after « que »: misfortune.ts `described` read it
    // for « je souhaite à … qui … » only; reading it after « que », with the relative's own « que » and a preposition's
    // misfortune left out, cost 0,07 KB gzip.)
    'J\'espere que le gars qui a ecrit ce post attrape le covid, y le mérite',
    'j\'espère que la fille qui a dit ça au conseil pogne une bonne pneumonie',
    'J\'espère que le monsieur qui a écrit ce commentaire attrape le cancer, tu le mérites mon homme',
    'Le prochain qui touche à mon char va repartir en ambulance',
    'Qu\'un itinérant vienne dormir dans ma cour, y va repartir en ambulance',
    'Qu\'un jeune vienne skater dans mon entrée, y va manger une volée',
    // (Read by the learned net alone at the end of the round; the net retrained after the merges left it under its line.)
    'La prochaine qui se stationne devant mon garage va sortir en civière',
  ])('%s', (text) => {
    expect(tone(text).length).toBeGreaterThan(0);
    expect(classifyIncoming(text)).toBe('disrespectful');
  });
  it.fails.each([
    'Le coin Royale et des Forges, ça va finir en accident, mettez une lumière',
    'Avec la glace sur le trottoir, quelqu\'un va finir en ambulance',
  ])('a forecast, no emergency: %s', (text) => expect(classifyIncoming(text)).not.toBe('emergency-report'));
});

/** Clean sentences of this round that a doubt still reaches (never an error; a fix makes these fail: move them up). */
describeKnownDoubts([
  // (Fetching « un par un » is a veiled threat's kind 3 and 4 (lexicon-threat.ts `stalking`): a pick-up reads the same.)
  'Les réfugiés arrivent demain, on va aller les chercher un par un en autobus',
  'On va aller les chercher un par un à l\'aéroport, les réfugiés, pour les amener au refuge',
  'On va les ramasser un par un, les déchets du parc',
  // (A beating foretold under a condition on the speaker: the agent named after the condition is not read.)
  'Le voisin va se faire ramasser par la police s\'il me vole encore mes outils',
  // (Before this round: a misfortune beside a wish, the preposition not read.)
  'J\'espère que la madame qui a parlé du cancer du sein au conseil va revenir',
]);
