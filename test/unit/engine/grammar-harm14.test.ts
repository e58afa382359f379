/**
 * Round 14, wishes of harm and threats (grammar/misfortune.ts, threat.ts, doom.ts): a harm outcome wished on a people or
 * a person (« j'espère que les … vont geler », « qu'ils se noient »), an agent of harm wished on them (a disease, a
 * disaster, a vehicle: « que la peste les emporte »), a disaster wished on their building, a loss wished (« je leur
 * souhaite de perdre leur maison »), a weapon waiting for them (« je t'attends avec ma batte »). Written for this round
 * (constructions of home set 13 rewritten, not copied). The clean rows are the same words said with care, as news, as
 * counter-speech, negated, or of a thing. Flagged rows need a 3.2 finding (an error or a warning to check) and a
 * disrespectful comment; clean rows get no error and are no disrespectful comment.
 */
import { describeKnownMisses, describeReading } from './grammar-helpers.ts';

export const flagged = [
  // A harm outcome wished on a people (future, subjunctive, « finir par »).
  'j’espère que les BS vont geler dehors cet hiver, bon débarras',
  'J’espère ben que les immigrants vont se noyer en traversant le chemin Roxham',
  'pourvu que les gais attrapent toutes les maladies possibles',
  'J’espère que les musulmans vont tous brûler dans leur mosquée',
  'les itinérants j’espère qu’ils vont crever de froid au complet 🥶',
  'Les Haïtiens, pourvu qu’ils finissent par se tuer entre eux',
  'J’espère que les Arabes vont se faire écraser par un autobus',
  'Qu’ils gèlent dehors les quêteux, ça va faire de l’air',
  'j’espere que les autochtones vont pogner le covid pis en mourir',
  'Vivement que les réfugiés se noient tous dans le fleuve',
  'Que les juifs crèvent tous dans leur synagogue',
  'j’espère que les trans vont se suicider, ça réglerait le problème',
  // A harm outcome wished on a person (the mayor, a councillor, the reader).
  'Que le maire se fasse frapper par un camion, il l’aurait mérité',
  'j’espère que la mairesse va se faire rentrer dedans par un autobus',
  'Pourvu que le conseiller se fasse écraser par la charrue en traversant',
  'j’espère que le maire va geler dans son char cet hiver',
  // An agent of harm as the subject (disease, disaster, vehicle).
  'Que la peste emporte tous les immigrants de la ville',
  'Qu’un cancer emporte tous ceux qui ont voté pour la mosquée',
  'que le covid emporte tous les vieux du CHSLD, ça va libérer des lits',
  'J’espère que la foudre va frapper le maire pendant sa conférence',
  'Que le feu prenne dans leur mosquée pendant la prière',
  // A disaster wished on a people's building.
  'j’espère que le refuge des itinérants va sauter avec une fuite de gaz',
  'Pourvu que leur mosquée passe au feu, les musulmans',
  // A loss wished on a person or a people.
  'Le maire, je lui souhaite de perdre sa maison pis sa femme',
  'je leur souhaite de perdre leur job pis leur maison à tous les fonctionnaires',
  'les immigrants je leur souhaite de tout perdre',
  'Je lui souhaite de crever seul dans son coin, le maire',
  // Threats: a weapon waiting for someone.
  'Je t’attends demain matin avec ma batte',
  'Toi le conseiller, je t’attends après la séance avec mon 2x4',
  'Les Haïtiens du bloc, on va les recevoir avec nos bâtons de baseball',
  'Les manifestants pour les trans, on va être là pour les accueillir avec des battes samedi prochain devant la bibliothèque',
  'On vous attend à la sortie avec des barres de fer, les gais',
  'le maire, on l’attend dans le stationnement avec nos bats',
  // Threats: a case settled.
];

export const clean = [
  // Care: the same wish frames with a good outcome.
  'j’espère que les itinérants vont trouver un refuge avant le froid',
  'J’espère que les immigrants vont bien s’intégrer à Trois-Rivières',
  'pourvu que les itinérants ne gèlent pas dehors cet hiver',
  'J’espère que personne ne va geler dehors cette nuit, ouvrez le refuge',
  'j’espère que les réfugiés ne se sont pas noyés en traversant',
  'Que le meilleur gagne!',
  'Qu’ils viennent nombreux au souper de la mosquée',
  'J’espère que le maire va guérir vite de son cancer',
  'Pourvu que les autochtones aient accès au vaccin contre le covid',
  'J’espère que les musulmans vont passer une belle fête de l’Aïd',
  'j’espère que la mairesse va se faire réélire',
  'Je lui souhaite bonne chance dans son nouveau poste, le conseiller',
  'Je leur souhaite de trouver une job pis une maison rapidement',
  'Je souhaite aux réfugiés de ne jamais perdre leur maison encore',
  'je lui souhaite de retrouver sa job au plus vite',
  // News: the agent of harm told, not wished.
  'Le cancer a emporté mon père l’an passé',
  'La peste a emporté le tiers de l’Europe au Moyen Âge',
  'Un autobus a frappé un piéton sur le boulevard des Forges',
  'La charrue a passé sur le trottoir pis a scrapé ma clôture',
  'La foudre a frappé le clocher de l’église hier',
  'Le covid a emporté beaucoup de résidents des CHSLD',
  'Le feu a pris dans le garage du voisin cette nuit',
  'Une fuite de gaz a forcé l’évacuation du refuge pour itinérants',
  'Le centre des migrants a eu une inondation au sous-sol',
  // Counter-speech and denial.
  'Quelqu’un a écrit qu’il espérait que les itinérants gèlent dehors, c’est honteux',
  'Souhaiter que les immigrants se noient, c’est de la haine pure',
  'Je souhaite pas que le maire perde sa job, je veux juste qu’il écoute',
  // Care for the building.
  'J’espère que l’hôtel des migrants a des détecteurs de monoxyde',
  'j’espère que le refuge des itinérants va avoir du chauffage cet hiver',
  'Pourvu que la mosquée soit reconstruite après l’incendie',
  // Waiting with things, not weapons.
  'Je t’attends demain avec les documents signés',
  'On vous attend à la sortie avec des fleurs, les finissants',
  'Les réfugiés, on va les accueillir avec des fleurs pis des repas chauds',
  'Je t’attends au parc avec mon bâton de hockey pour la partie',
  'On va recevoir les familles haïtiennes avec des cadeaux',
  'le maire, on l’attend dans le stationnement avec nos pancartes',
  'Je t’attends au chalet avec mon fusil pour l’ouverture de la chasse',
  // A case or a file handled.
  'On va s’occuper de votre dossier dès lundi',
  'Merci pour le signalement, on va s’occuper de son cas rapidement',
  'Votre voisin âgé, on va s’occuper de son cas avec le CIUSSS',
  'L’imam de la mosquée a demandé un permis, on va s’occuper de sa demande',
  'Le conseiller va régler le cas des nids-de-poule',
];

describeReading('round 14: harm wished or threatened gets a 3.2 finding; the same words with care, as news, denied or of things stay clean', flagged, clean, { flaggedMayWarn: true, cleanNotDisrespectful: true });

// Losing only a job is read as an election lost (« j'espère que le maire va perdre sa job »): the deserving said after it is not read.
// A vehicle as the agent (« qu'un train rentre dans… », « qu'une charrue passe sur… »), a building's collapse or flood, a
// case settled on a third person: a structural reader of these (round 14) cost about 2 Ko gzip on the worker, over budget.
describeKnownMisses(
  [
    'Je souhaite au conseiller de perdre sa job, il le mérite',
    'J’espère qu’un train va rentrer dans l’autobus des réfugiés',
    'Qu’une charrue passe sur le conseiller qui a voté ça',
    'J’espère que le centre des migrants va avoir une bonne inondation',
    'J’espère que l’hôtel des réfugiés va s’effondrer une bonne nuit',
    'L’imam de la mosquée, on va s’occuper de son cas',
    'Les Arabes du dépanneur, on va aller s’occuper de leur cas',
    'Le conseiller, je vais m’occuper de son cas personnellement',
    'les BS de la rue Saint-Paul on va régler leur cas',
  ],
  [],
);
