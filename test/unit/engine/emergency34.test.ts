/**
 * Round 34 (emergencies, 3.1): an emergency is never routine. Water rising « qui monte », a river or a dam overflowing, someone
 * through the ice or caught in the water (named by what they were doing: a skier, a worker), no sign of life from a neighbour
 * for days, and the same alarm in English or Spanish are reports to send to 911. The clean side: overflowing with something
 * good, a room one stays in by choice, a question about the ice, fireworks. Written for this round.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming } from './grammar-helpers.ts';

const emergencies = [
  'Y a de l\'eau qui monte dans le sous-sol de l\'école, vite!',
  'Le barrage déborde, on fait quoi?',
  'La rivière déborde sur la rue Notre-Dame',
  'La rivière sort de son lit dans le secteur Pointe-du-Lac',
  'Un skieur est pris dans l\'eau près du pont',
  'Un motoneigiste est passé à travers la glace sur le lac',
  'La glace a cédé sous un enfant au parc',
  'Mon voisin est pas sorti de chez lui depuis trois jours pis ça sent bizarre',
  'Ma voisine âgée donne plus signe de vie',
  'There\'s a fire in the building on Rue des Forges!',
  'Help, my neighbour is not breathing',
  'Hay un incendio en la calle Royale',
];

const notEmergencies = [
  'Le lac déborde d\'activités cet été!',
  'Le parc déborde de vie depuis la nouvelle patinoire.',
  'Mon fils est pas sorti de sa chambre depuis 2 jours, y joue à Fortnite',
  'La glace est-elle assez solide pour patiner sur le lac?',
  'Les poubelles débordent sur la rue Laviolette.',
  'I love the fireworks at the Amphithéâtre',
  'J\'ai pas vu le maire au conseil depuis des semaines.',
];

describe('emergencies told in more words are emergencies (round 34)', () => {
  it.each(emergencies)('%s', (text) => expect(classifyIncoming(text)).toBe('emergency-report'));
  it.each(notEmergencies)('not an emergency: %s', (text) => expect(classifyIncoming(text)).not.toBe('emergency-report'));
});
