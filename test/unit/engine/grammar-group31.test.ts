/**
 * Round 31, contempt for a group as real comments write it: a political or ideological label taken as a group with a
 * contempt predicate (« la pourriture gauchiste », « les fachos c'est de la vermine », groups.ts politicalGroups), migration
 * told as a flood or an invasion (« une déferlante de migrants », « un tsunami de réfugiés », lexicon-claims.ts), and a
 * habit named right after a people (« sûrement des … pour changer », « comme d'habitude », hint.ts, a warning to check).
 * The label alone in a political opinion, an opinion on immigration stated without contempt, and the frame reported,
 * denied or denounced stay clean. Written for this round, not copied from any set.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, describeKnownMisses, describeReading, errors, tone } from './grammar-helpers.ts';

describeReading(
  'political labels taken as a group, with contempt (round 31): an error, disrespectful',
  [
    'La pourriture gauchiste est partout à l\'hôtel de ville',
    'vermine gauchiste',
    'Les fachos c\'est de la vermine',
    'Les fachos sont des déchets',
    'les gauchistes sont des parasites qui vivent sur notre dos',
    'Les bobos du Plateau c\'est des parasites',
    'Les wokistes sont des malades mentaux',
    'les islamo-gauchistes sont une plaie pour le pays',
    'Ces gauchistes dégénérés veulent tout détruire',
    'les droitards c\'est tous des ordures',
    'LES GAUCHISTES SONT DES DÉBILES',
    'les gauchistes sont tous des cons finis',
    'ordure de gauchiste, va',
    'T\'es juste un facho',
    'on est jamais à l\'abri d\'un gauchiste dégénéré',
    'le gauchiste est un parasite',
    // A label then an insult (insult.ts, round 31).
    'La mafia gauchiste dégénérée détruit tout',
    'un facho c\'est juste un déchet',
  ],
  [
    'Les gauchistes veulent augmenter les taxes, moi je suis contre',
    'Les fachos défilent samedi au centre-ville, la police sera là',
    'Les souverainistes veulent un autre référendum',
    'Les libéraux ont promis un nouveau pont',
    'Les écolos manifestent devant l\'hôtel de ville pour les arbres',
    'Les gauchistes ne sont pas des parasites, arrêtez',
    'Les conservateurs dans la bouffe transformée, c\'est pas bon pour la santé',
    'Je suis contre l\'immigration massive, faut mieux planifier',
    'Le seul parti qui défend vraiment les régions, c\'est le PQ',
    'Y a pas d\'islamisation au Québec, voyons',
    'le gauchiste n\'est pas un parasite, c\'est un citoyen',
    'un gauchiste est un citoyen comme les autres',
    'un discours gauchiste dangereux pour l\'économie, selon moi',
  ],
);

describeReading(
  'migration told as a flood or an invasion (round 31): an error, disrespectful',
  [
    'Une déferlante de migrants arrive chez nous',
    'C\'est un vrai tsunami de réfugiés à la frontière',
    'un raz-de-marée d\'immigrés pis personne dit rien',
    'Le Québec subit une invasion de musulmans',
    'une vague déferlante de migrants illégaux',
    'Des hordes de migrants débarquent à Montréal',
  ],
  [
    'Parler d\'invasion migratoire c\'est faux et dangereux',
    'Il n\'y a pas d\'invasion migratoire, les chiffres le montrent',
    'Le journaliste rapporte que le député parle d\'invasion migratoire',
    'Arrêtez de crier à l\'invasion, ce sont des familles',
    'L\'idée d\'une submersion migratoire est un fantasme',
    'Une déferlante de touristes cet été au centre-ville',
    'Un tsunami de neige est tombé sur Trois-Rivières',
    'Une vague de réfugiés arrive en Grèce selon Radio-Canada',
    'La vague migratoire de 2015 a marqué l\'Europe',
    'L\'invasion de l\'Ukraine a fait fuir des millions de gens',
  ],
);

describeReading(
  'a habit named right after a people (round 31): a warning to check, disrespectful',
  [
    'Sûrement des Arabes pour changer !',
    'Un autre char volé? Sûrement des Roms pour changer',
    'encore des haitiens, comme d\'habitude',
    'Des graffitis sur l\'école? Des Marocains comme toujours',
    'Des Algériens comme d\'hab',
  ],
  [
    'On va manger des Italiens pour changer',
    'Le festival des Haïtiens a été super, comme d\'habitude',
    'J\'ai fait des pâtes pour changer',
    'Les Canadiens ont perdu comme d\'habitude',
    'Les jeunes comme d\'habitude ont rempli la patinoire',
    'Des Haïtiens comme d\'habitude ont aidé à la guignolée du quartier',
    'Les Portugais comme toujours ont décoré la rue pour la fête',
  ],
  { flaggedMayWarn: true },
);

describe('a habit named after a people is a warning, never an error (round 31)', () => {
  it.each(['Sûrement des Arabes pour changer !', 'encore des haitiens, comme d\'habitude'])('%s', (text) => {
    expect(errors(text)).toEqual([]);
    expect(tone(text).length).toBeGreaterThan(0);
    expect(classifyIncoming(text)).toBe('disrespectful');
  });
});

describeKnownMisses(
  [
    // A label likened to a poison or said of a mind, with no group verb (« un gauchiste c'est comme le poison »).
    'Un gauchiste c\'est comme le poison',
    // The invaders named without their people, a continent sent away, a vice said to be in the blood before its people.
    'Les envahisseurs arrivent par milliers au chemin Roxham',
    'Il est temps de renvoyer l\'Afrique',
    'La violence c\'est dans leur ADN aux Africains',
    // Migration itself called a flood or an invasion, no people named (a tone warning only): a reading was written, then cut
    // for the page's size budget, with the check that a verb of speaking names the frame (« parler d'invasion migratoire »).
    'La submersion migratoire va détruire nos régions',
    'C\'est une invasion migratoire, faut fermer les frontières',
    // A label called a degrading attribute, not a vile word (« un woke c'est juste un malade »): cut, a clean political
    // opinion reached it.
    'un woke c\'est juste un malade',
  ],
  [],
);
