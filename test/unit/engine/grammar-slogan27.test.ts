/**
 * Round 27 (slogan27): exclusion said as a slogan or a refusal without a verb — « Non aux … », « Stop aux … », « Assez de … »,
 * « Ça suffit les … », « Plus de … , on en a assez », a hashtag, and a short refusal answered to a people or to a place that
 * stands for one (a house of worship, a school or a cemetery with a people's adjective). Each flagged sentence has clean
 * counterparts with the same heads: a policy or a thing refused, counter-speech, news, a question asking for information.
 * Written for this round, not copied from any set.
 */
import { describe, expect, it } from 'vitest';
import { describeReading, tone } from './grammar-helpers.ts';

describeReading(
  'a people refused by a slogan without a verb (round 27): a finding to check, a disrespectful comment',
  [
    // Slogan heads: non à, stop à, assez de, ça suffit.
    'Non aux immigrés',
    'non aux migrants icitte 😡',
    'NON AUX MUSULMANS DANS NOS ÉCOLES',
    'Non aux mosquées',
    'Non à une mosquée à Trois-Rivières',
    'Stop aux réfugiés',
    'stop au demandeurs d\'asile!!!',
    'Assez d\'immigrés',
    'assez des réfugiés, on est pleins',
    'Assez d\'arabes à Trois-Rivières',
    'Ça suffit les réfugiés',
    'ca suffit avec les migrants',
    // Hashtags written in camel case.
    '#NonAuxMosquées',
    '#StopAuxMigrants',
    '#AssezDeRéfugiés',
    // A short refusal answered to a people's place (worship, school, cemetery) or to a people somewhere.
    'Un cimetière musulman à Trois-Rivières ?? Non merci',
    'Un temple sikh ici ? Jamais',
    'Une synagogue au centre-ville? Non merci',
    'une école musulmane dans le quartier ? pas question',
    'Une mosquée sur le boulevard? Pas chez nous',
    'des réfugiés au cégep? non merci',
    'Non aux écoles juives',
    'Non au cimetière musulman',
    'Une école juive sur la rue Papineau? Refusez le permis, qu\'ils aillent à Montréal',
  ],
  [
    // A policy, a thing, a vice refused.
    'Non à l\'immigration illégale',
    'Stop à la hausse des taxes',
    'Non au racisme',
    '#NonAuRacisme',
    'Assez de cônes orange',
    'Assez de nids-de-poule sur la rue des Forges',
    'Ça suffit les travaux sur le boulevard',
    'Non aux compteurs d\'eau',
    'Stop aux arnaques contre les aînés',
    // Counter-speech: the people are those harmed.
    'Non aux préjugés contre les immigrés',
    'Stop à la haine envers les musulmans',
    'Non à la discrimination des réfugiés',
    'Assez de racisme envers les autochtones',
    'Ça suffit les attaques contre les juifs',
    'Non aux coupures dans l\'aide aux réfugiés',
    'Assez des menaces contre les musulmans',
    // « Plus de » meaning more, and news.
    'Plus d\'immigrés pour combler la pénurie de main-d\'œuvre',
    'Plus de réfugiés sont arrivés cette année à Trois-Rivières',
    'Plus de mosquées, plus de diversité, c\'est ça qu\'on veut',
    // « Non merci » to a thing, a question asking for information, a welcome.
    'Non merci, j\'ai déjà un abonnement',
    'Un café? Non merci',
    'Un cimetière musulman à Trois-Rivières ? Est-ce qu\'il y en a un ?',
    'Un temple sikh ici ? Jamais entendu parler de ça',
    'Une mosquée à Trois-Rivières? Oui pourquoi pas',
    'Les immigrés sur les fermes oui, ils travaillent fort et on les remercie',
    'Mon voisin crie « non aux immigrés », c\'est honteux',
    'Non aux réfugiés? Voyons donc, on les accueille avec plaisir',
    'Non aux produits chinois, achetez local',
    'Assez des Américains qui roulent vite sur la 55',
    'stop à la construction du nouveau temple',
    'Une école juive sur la rue Papineau? Je savais pas, c\'est où exactement?',
    'Les Haïtiens dans les usines oui, ils sont nombreux depuis 2010',
  ],
  { flaggedMayWarn: true },
);

// Read on the branch and left out to keep the worker within its size budget (about +50 B gzip each): « Plus de … » confirmed as
// « no more » by the weariness after it, and one place accepted before another refused (« … oui, dans nos … non merci »). A fix
// makes these fail: move them up.
describe('round 27 (slogan): left for later (a fix makes these fail: move them up)', () => {
  it.fails.each([
    'Plus d\'immigrés, on en a assez',
    'plus de haïtiens icitte on est tannés',
    'les Guatémaltèques sur les fermes oui, dans nos épiceries non merci',
    'les haïtiens dans les usines ok dans nos bars le vendredi non merci',
  ])('%s', (text) => {
    expect(tone(text).length).toBeGreaterThan(0);
  });
});
