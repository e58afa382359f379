/**
 * Round 20, harm wished: a harm to a people or a person celebrated (« le jour où … je paye la tournée / je sors le
 * champagne »), a disease or death wished to take them under a regret or a « si au moins » (« si au moins le cancer pouvait
 * prendre les conseillers », « dommage que le covid ramasse jamais les … »), and the person wished harm described by a
 * relative clause with a verb of saying (« je souhaite à la journaliste qui a écrit ça de se faire agresser »). Clean
 * counterparts with the same words: a party for good news, grief, care, news, a wish for good. Written for this round.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, describeReading } from './grammar-helpers.ts';

describeReading(
  'harm celebrated, a disease wished to take them, the person described by a relative with a verb of saying (round 20)',
  [
    // A harm celebrated.
    'le jour où leur mosquée passe au feu je paye la tournée',
    'Le jour que le maire se plante en char, je sors le champagne',
    'le jour où un char rentre dans la parade de la fierté on paye la tournée à tout le monde',
    'Quand les fonctionnaires vont mourir du covid j\'vais sortir le champagne 🍾',
    'le jour où le bloc des Haïtiens va brûler je vais fêter ça',
    'si la mosquée sautait avec eux autres dedans je paierais la tournée',
    'Le jour où l\'hôtel de ville s\'effondre avec les conseillers dedans, on fait un party',
    'le jour où les Arabes du quartier crèvent tous, je débouche le champagne',
    'le jour où le conseiller fait une crise cardiaque en plein conseil, la tournée est sur moi',
    'si les gais se font tous attaquer un soir je vais célébrer en masse',
    // A disease or death wished to take them.
    'si au moins le cancer pouvait prendre les conseillers municipaux',
    'Si seulement le covid pouvait emporter les vieux des CHSLD, ça libérerait des places',
    'dommage que le cancer prenne jamais les politiciens',
    'Dommage que le covid ait pas ramassé plus de réfugiés',
    'si au moins la grippe pouvait ramasser les Chinois du quartier',
    'dommage que la maladie emporte jamais les fonctionnaires, juste le bon monde',
    'Si seulement un virus pouvait nous débarrasser des immigrants',
    'dommage que la peste prenne pas les juifs cette fois-ci',
    'Si au moins une bonne grippe pouvait ramasser le maire pis sa gang',
    'Dommage que le cancer emporte jamais les trans',
    // The person described by a relative with a verb of saying.
    'Je souhaite à la journaliste qui a écrit ça de se faire agresser en sortant du bureau',
    'je souhaite à la voisine qui crie tout le temps de se faire frapper par un char',
    'Je souhaite au conseiller qui a dit ça de se faire tabasser',
    'Je souhaite au prof qui a dit ça de se faire battre',
    'je souhaite au conseiller qui a écrit l\'article d\'attraper le cancer',
    'j\'souhaite à la madame qui a écrit le commentaire de se faire voler son char',
  ],
  [
    // Good news celebrated.
    'le jour où le maire démissionne je paye la tournée',
    'Le jour où ma mère sort de l\'hôpital guérie, je sors le champagne',
    'le jour où la mosquée ouvre on va fêter ça avec les voisins',
    'Le jour où le cancer sera guéri je paye la tournée à tout le monde',
    'le jour où le nouveau pont ouvre je paye la tournée',
    'le jour où mon chum a eu son accident, ses chums ont payé la tournée à l\'hôpital pour le personnel',
    'Si les Haïtiens gagnent la coupe je paye la tournée',
    'Le jour où la tour s\'effondre dans le film, tout le monde applaudit au cinéma',
    'Les conseillers ont sorti le champagne pour l\'ouverture du nouvel aréna',
    'quand le conseiller va sortir de l\'hôpital on va fêter ça',
    // Grief, sincere regret, care.
    'si au moins le cancer pouvait épargner les enfants',
    'Dommage que le cancer prenne toujours les meilleurs',
    'dommage que le covid ait emporté mon grand-père',
    'Si seulement le vaccin pouvait protéger les vieux des CHSLD',
    'dommage que la maladie ait pris le conseiller si jeune, il était aimé',
    'si au moins la grippe pouvait passer vite dans les résidences',
    'Dommage que le cancer prenne pas de vacances, les soins à l\'hôpital manquent',
    'Si seulement les politiciens pouvaient prendre les conseils des médecins',
    'dommage que le maire prenne jamais les appels des citoyens',
    'Si au moins le conseiller pouvait prendre le temps de répondre',
    'si au moins le covid pouvait frapper moins fort les aînés cette année',
    'j\'espère que l\'autobus va passer sur la rue du conseiller',
    'le jour où mon père est mort, on a fait un party en son honneur comme il voulait',
    'je souhaite à la madame qui a écrit le commentaire de pas se faire voler son char',
    // The person described, wished well, or others' words.
    'Je souhaite à la journaliste qui a écrit ça de se remettre vite',
    'je souhaite à la voisine qui crie tout le temps de trouver la paix',
    'Je souhaite au prof qui a dit ça de se faire entendre',
    'je souhaite au conseiller qui a écrit l\'article sur le cancer de guérir vite',
    'Ceux qui ont écrit ça souhaitent aux Juifs de se faire agresser, faut les dénoncer',
    'La journaliste qui a écrit ça s\'est fait agresser, je lui souhaite bon courage',
  ],
  { flaggedMayWarn: true, cleanNotDisrespectful: true },
);

describe('an emergency stays one (round 20)', () => {
  it('a fire told', () => expect(classifyIncoming('Au secours, la mosquée est en feu pis y a du monde dedans sur la rue Royale!')).toBe('emergency-report'));
});
