/**
 * Round 16 (session 13): shapes that hid a reading the grammar already had. An order followed by « c'est pas … » (read as an
 * act judged), a group with a complement of time (« les jeunes d'aujourd'hui »), a habit said with a clause of time
 * (« … mentent quand ça les arrange »), « rien … plus que » (a superlative, no negation), a place taken up by « y »
 * (« on va y mettre le feu »), a role said beyond a people (« pas faites pour conduire »), help refused them, and a refusal
 * said as a slogan without a verb (a warning). Written for this round, not copied from the home sets; the clean rows are
 * the same shapes said fairly: an act judged, a lack deplored, « personne » who hates no one, a party set going.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, describeReading, errors, warnings } from './grammar-helpers.ts';

describeReading(
  'hidden readings found again (round 16): an error and a disrespectful comment',
  [
    'Renvoyez les Haïtiens chez eux, la ville c\'est pas un hôtel.',
    'Expulsez les immigrés, c\'est pas compliqué.',
    'Les jeunes d\'aujourd\'hui me lèvent le cœur, toute une génération de paresseux.',
    'Les jeunes d\'aujourd\'hui sont des parasites.',
    'Les musulmans mentent quand ça les arrange, renseignez-vous.',
    'Si la mosquée ouvre dans le quartier, on va y mettre le feu.',
    'Leur temple, on va y mettre le feu une nuit.',
    'Les femmes sont pas faites pour conduire un autobus.',
    'les femmes sont pas faites pour être pompières',
    'Les handicapés devraient pas avoir de logements subventionnés.',
    'Les immigrants devraient plus recevoir d\'aide.',
    'Quand les réfugiés vont arriver, qu\'ils brûlent toute.',
    'Les immigrés sont partout en ville. C\'est dégoûtant.',
    'Je suis d\'accord que les immigrants sont des voleurs.',
    'On devrait fermer la frontière aux immigrants.',
    'Les musulmanes devraient pas pouvoir enseigner au primaire.',
    'Les Juifs hassidiques ont pas d\'affaire à acheter des terrains dans le coin.',
    'Les Mexicains devraient pas avoir accès à l\'urgence, ils cotisent pas.',
    'Les immigrants ont rien à faire au Québec.',
    'Un musulman de moins, une bonne nouvelle de plus.',
    'Un trans de moins sur la planète, personne va s\'en ennuyer.',
    'Renvoyez les Haïtiens en Haïti, on les a pas invités.',
    'Faudrait interdire les musulmans aux piscines municipales.',
    'On devrait arrêter d\'accueillir des réfugiés.',
    'Les itinérants du centre-ville, j\'leur souhaite de faire une overdose.',
    'Le chauffeur de la souffleuse, j\'y souhaite de se faire ramasser par un autobus.',
    'Je souhaite qu\'il se fasse happer par un camion, ce conseiller-là.',
    'Dommage qu\'Hitler ait pas fini la job.',
    'Gang de tapettes à la parade, préparez-vous à saigner.',
    'Maudites tapettes à la parade.',
    'C\'est des parazites, ces immigrés-là.',
    'Les Arabes sont tous des kriminels.',
  ],
  [
    'Expulser les familles immigrantes, c\'est pas humain.',
    'Renvoyer les Haïtiens chez eux, c\'est pas humain.',
    'Pas de place pour les aînés au CHSLD, c\'est une honte.',
    'Personne ici déteste les anglophones, on veut juste être servis en français.',
    'Une personne qui déteste les immigrants n\'a pas sa place au conseil.',
    'Quelqu\'un qui insulte les immigrants n\'a pas sa place ici.',
    'Les jeunes d\'aujourd\'hui ont besoin de plus de parcs.',
    'Les femmes restent chez elles quand il neige trop, la ligne est fermée.',
    'On va mettre le feu au party ce soir!',
    'On va y mettre le feu, au BBQ, ce soir.',
    'Les aînés ne devraient pas avoir à attendre un an pour un logement.',
    'Les immigrants ne devraient pas avoir de difficulté à trouver un logement.',
    'Les enfants sont pas faits pour rester assis toute la journée.',
    'Il faut qu\'ils brûlent les feuilles mortes avant l\'hiver.',
    'Un piéton s\'est fait happer par un camion hier soir, soyez prudents.',
    'Le film sur Hitler passe au cinéma ce soir.',
    'J\'ai acheté une tapette à mouches au dépanneur.',
    'Préparez-vous à la tempête de neige de ce soir.',
    'Je souhaite qu\'il ait fini ses travaux avant l\'hiver.',
    'Le kiosque du parc est fermé, la cache à vélos aussi.',
    'On ne devrait pas fermer la frontière aux immigrants, on manque de monde partout.',
    'Personne devrait refuser un logement à des musulmans, c\'est illégal pis c\'est écœurant.',
    'Des travailleurs mexicains meurent de coups de chaleur dans les serres. Faut des normes, c\'est une honte.',
    'Je suis pas d\'accord que les jeunes sont paresseux. Ma fille travaille pis va à l\'école.',
    'J\'ai honte de lire autant de haine contre les Autochtones sous cette publication.',
    'Les jeunes ont rien à faire dans le parc le soir, il faudrait des activités.',
    'Les ados devraient pas avoir accès aux réseaux sociaux avant 14 ans.',
    'Une femme de moins au conseil, dommage.',
    'Un cône de moins sur la rue, enfin!',
    'Renvoyez le formulaire en ligne avant vendredi.',
    'Faudrait interdire les chiens au parc Pie-XII.',
    'Il faut arrêter d\'engager des consultants à gros prix.',
    'Les immigrants illégaux, ça n\'existe pas : personne n\'est illégal.',
    'Je déteste voir des immigrants maltraités.',
  ],
);

describeReading(
  '« rien … plus que » asserts (round 16): flagged, at least as a warning to check',
  ['Rien me dégoûte plus que les itinérants qui quêtent au coin de la rue.', 'Personne déteste les immigrants plus que moi.'],
  ['Rien ne me dérange chez les immigrants du quartier.', 'Personne mérite de se faire insulter, même pas les BS.'],
  { flaggedMayWarn: true, cleanNotDisrespectful: true },
);

/** A misfortune of theirs welcomed (« tant mieux, un de moins », « bon débarras »): a warning to check. */
describeReading(
  'a misfortune welcomed (round 16): flagged, at least as a warning to check',
  ['Un autre accident de travail pour un Guatémaltèque? Tant mieux, un de moins.', 'Encore un itinérant mort de froid? Bon débarras.'],
  ['Un incendie chez les Haïtiens du 3e, personne est blessé, tant mieux.', 'Un immigrant mort au travail? C\'est terrible, toutes nos condoléances.', 'Le chien du voisin est mort. Tant mieux, il jappait tout le temps.'],
  { flaggedMayWarn: true },
);

/** Insinuation beside a people named (hint.ts): a warning to check; the same words about the City's services, or naming prejudice, stay quiet. */
describeReading(
  'a hint beside a people named (round 16): flagged as a warning to check',
  [
    'Depuis que les Somaliens sont arrivés dans le bloc, ça sent drôle dans le corridor. On se comprend.',
    'Les Roms campent encore au parc. Pure coïncidence si les vélos disparaissent.',
    'Encore une bagarre au parc, encore des « jeunes », toujours les mêmes comme par hasard.',
    'Nouveau dépanneur tenu par des Arabes, si vous voyez ce que je veux dire.',
  ],
  [
    'Comme par hasard, le déneigement passe jamais chez nous.',
    'Devinez qui a gagné au bingo du centre? Les aînés, comme d\'habitude!',
    'Encore un préjugé raciste : comme par hasard, les immigrants seraient des voleurs? Voyons donc.',
    'Les Haïtiens du quartier organisent une fête samedi, on se comprend, tout le monde est invité!',
  ],
  { flaggedMayWarn: true, cleanNotDisrespectful: true },
);

/** A refusal said as a slogan, without a verb: a warning to check (the same words may tell a lack), a disrespectful comment as a doubt. */
const slogans = [
  'Aucun logement social pour les réfugiés tant que nos aînés attendent.',
  'Pas une cenne aux BS.',
  'Les Anglos veulent des services en anglais? Aucun service pour eux.',
  'Zéro aide pour les immigrants illégaux.',
  'Zéro réfugié icitte.',
  'Pas de réfugiés à l\'ancien couvent, on en veut pas dans le secteur.',
];
const lacks = [
  'Pas de logement pour les réfugiés cet hiver, c\'est inhumain.',
  'Aucun service pour les résidents de la rue Papineau demain matin.',
  'Plus de place pour les enfants au camp de jour, désolé.',
  'Il y a pas de logement pour les immigrants qui arrivent.',
  'Pas de réfugiés cette année au programme d\'accueil, faute de budget.',
  'Aucun enfant au parc après 21 h, c\'est le règlement.',
];
describe('a refusal said as a slogan is a warning to check (round 16)', () => {
  it.each(slogans)('%s', (text) => {
    expect(errors(text)).toEqual([]);
    expect(warnings(text).length, text).toBeGreaterThan(0);
    expect(classifyIncoming(text)).toBe('disrespectful');
  });
  it.each(lacks)('a lack, not a refusal: %s', (text) => {
    expect(errors(text)).toEqual([]);
    expect(classifyIncoming(text)).not.toBe('disrespectful');
  });
});
