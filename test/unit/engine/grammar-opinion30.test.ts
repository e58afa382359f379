/**
 * Round 30 (opinion questions, exclusion, disguise): a group's ability denied by asking who believes in it (« qui pense
 * vraiment que les … sont capables de gérer… ? »), hiring a people asked « normal » (« c'est-tu normal d'engager des … ? »),
 * a people's feast refused with its people sent home (« aucun local pour l'Aïd, qu'ils aillent… », cut for
 * size: see the known misses), and disguises: one masked letter beside digits (« n*gr3s »), a slur variant in digits (« f1f0n$ »), a sacre glued
 * to a slur by its « d' » (« estidsauvages »), an insult beside a flood named as a job's topic (no emergency). Clean
 * counterparts share the surface. Written for this round, not copied from any set.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, describeReading } from './grammar-helpers.ts';

describeReading(
  'an ability of a people denied by asking who believes in it (round 30)',
  [
    'Qui pense vraiment que les Haïtiens sont capables de diriger un comité?',
    'Qui croit sérieusement que les femmes sont capables de diriger une caserne?',
    'Sérieux, qui peut croire que les autochtones sont capables de s\'occuper de leurs affaires?',
    'qui pense vraiment que les immigrants sont capables d\'apprendre le francais?',
  ],
  [
    'Qui pense que les autochtones devraient gérer leurs propres services?',
    'Qui pense vraiment que les musulmans sont capables de tuer des enfants? C\'est de la propagande.',
    'Qui pense que les aînés sont capables de gérer une tablette? On offre un atelier gratuit.',
    'Qui croit vraiment que les citoyens sont capables de gérer le budget participatif? Moi!',
    'Je pense vraiment que les femmes sont capables de diriger une caserne.',
  ],
  { flaggedMayWarn: true },
);

describeReading(
  'hiring a people asked « normal » (round 30)',
  [
    'Sérieux, c\'tu normal d\'embaucher des trisomiques au garage municipal? Y vont réparer quoi?',
    'Est-ce normal d\'embaucher des autistes à la voirie?',
    'C\'tu normal d\'engager des femmes comme pompiers?',
    'Trouvez-vous ça normal d\'engager des immigrants à la Ville?',
  ],
  [
    'Est-ce normal de ne pas engager de personnes handicapées à la Ville?',
    'Est-ce que la Ville engage des personnes handicapées aux travaux publics? J\'aimerais postuler.',
    'C\'est normal d\'engager des étudiants l\'été?',
    'Est-ce normal d\'attendre trois mois pour un permis?',
  ],
  { flaggedMayWarn: true },
);

describeReading(
  'disguise: digits, a mask beside digits, a sacre glued by its « d\' » (round 30)',
  [
    'Encore des f1f0n$ qui se tiennent au skatepark',
    'encore des n*gr3s au parc à chiens',
    'Les f1fons de la parade, on en veut pas',
    'encore les estidsauvages qui bloquent le pont',
    'criss de mongol de conseiller, y a rien compris',
  ],
  [
    'Le modèle F1F05 de la pompe est en rupture de stock',
    'Le code de la pièce est X3G5R, merci',
    'Les estimés des travaux sont en ligne',
    'Les Alouettes ont gagné 35-3 au stade',
    'L e   p a r c   e s t   o u v e r t',
  ],
);

describe('an insult beside a flood named as a job\'s topic is disrespectful, not an emergency (round 30)', () => {
  it.each([
    'La gestion des inondations, le gars en charge est un ostie de cave pis un criss d\'idiot',
    'La directrice qui s\'occupe des inondations est une incompétente finie',
  ])('%s', (text) => expect(classifyIncoming(text)).toBe('disrespectful'));
  it.each([
    'Au secours, le sous-sol est inondé, l\'eau monte vite',
    'La rue est inondée pis une auto est prise dans l\'eau avec quelqu\'un dedans',
  ])('still an emergency: %s', (text) => expect(classifyIncoming(text)).toBe('emergency-report'));
});

describe('clean counterparts of the cut readings (round 30)', () => {
  it.each([
    'Pas de salle pour le ramadan cette année, la Ville dit que tout est réservé',
    'Pas de salle au centre pour la fête des voisins, qu\'ils aillent fêter ça au parc',
    'Ces voleurs de vélos sont partout dans le parc',
    'Ces exploiteurs de travailleurs étrangers devraient être punis',
    'Qui pense que les cols bleus méritent une augmentation?',
  ])('%s', (text) => expect(classifyIncoming(text)).not.toBe('disrespectful'));
});

/** Known misses of this round (a fix makes one pass: move it up). */
describe('known misses (round 30; a fix makes these fail: move them up)', () => {
  it.fails.each([
    // (« suis-je le seul à penser que… »: the speaker's own opinion asked for agreement, and a people called a way to replace us.)
    'Suis-je le seul à penser que les immigrants sont juste une façon de remplacer les Québécois?',
    // (A flooded street said again beside insults still reads as an emergency: the emergency lane's.)
    'Le directeur est un ostie d\'incompétent, la rue est encore inondée',
    // (Cut for the size cap, kept in commit 09bd4c7: a people's feast after a refused room, read like a house of worship
    // (exclusion.ts deniedSlogan, 0,1 KB gzip); a vice before « de » said of the group it names, « ces paresseux-là d'… »,
    // a doubt when asked under a verb of belief (hate.ts, 0,2 KB gzip).)
    'Aucun local pour l\'Aïd au centre, qu\'ils aillent célébrer ça chez eux',
    'Aucune salle pour le Diwali, qu\'ils aillent fêter ça dans leur pays',
    'Ces paresseux-là d\'immigrants méritent pas un logement',
    'Y\'a-tu vraiment quelqu\'un qui pense que ces paresseux-là d\'immigrants méritent un logement?',
  ])('%s', (text) => expect(classifyIncoming(text)).toBe('disrespectful'));
});
