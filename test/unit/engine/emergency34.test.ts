/**
 * Round 34 (emergencies, 3.1): an emergency is never routine. Water rising « qui monte », a river or a dam overflowing, someone
 * through the ice or caught in the water (named by what they were doing: a skier, a worker), no sign of life from a neighbour
 * for days, a child lost, a seizure or breath failing, a poisoning, someone lying on the ground or hit by a vehicle, a tree on a
 * car, a dangerous animal, a beating at home, a car in a hole, a door forced, a needle prick, a carbon monoxide alarm, someone
 * about to jump, a wrong-way driver, someone pinned under something or caught in a door, a boiler exploded, a ceiling
 * coming down, and the same alarm in English or Spanish are reports to send to 911. The clean side: overflowing with something
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
  'Un enfant s\'est perdu au parc de l\'Île Saint-Quentin, il a 4 ans',
  'Ma mère fait une crise d\'épilepsie',
  'Il y a un chien enragé qui attaque les passants',
  'Un camion a frappé un piéton sur le boulevard',
  'Mon père a de la misère à respirer',
  'Un arbre est tombé sur une auto, y a quelqu\'un dedans',
  'Un véhicule est tombé dans la rivière',
  'Il y a des enfants qui jouent sur la glace mince de la rivière',
  'Alerte : un ours noir rôde près de l\'école primaire',
  'Mon bébé a avalé un produit ménager',
  'Ma voisine s\'est fait battre par son chum',
  'Un motocycliste est étendu par terre sur la 55',
  'Un gars couché par terre devant le dépanneur',
  'Il y a un gros trou qui vient de s\'ouvrir dans la rue, une auto est tombée dedans',
  'Quelqu\'un a forcé ma porte pis il est encore dans la maison',
  'Un enfant s\'est piqué avec une seringue au parc',
  'La tempête a arraché le toit de l\'école',
  'Mon père est tombé dans l\'escalier pis y se relève pas',
  'Le détecteur de monoxyde de carbone sonne pis ma fille a mal à la tête',
  'Il y a une personne qui veut sauter du pont',
  'Un chauffard roule à contresens sur l\'autoroute 40',
  'Someone collapsed at the bus stop on Boulevard des Forges',
  'There is a man with a gun near the school',
  'My kid is missing at the park',
  'Le bonhomme d\'à côté est pogné sous son tracteur',
  'Un ouvrier est écrasé sous une poutre',
  'Un enfant est resté pris dans la porte de l\'autobus',
  'La chaudière a explosé dans l\'immeuble',
  'Le plafond de l\'aréna est en train de tomber',
  'Y a un gars sur le toit de l\'école qui menace de sauter',
];

const notEmergencies = [
  'Le lac déborde d\'activités cet été!',
  'Le parc déborde de vie depuis la nouvelle patinoire.',
  'Mon fils est pas sorti de sa chambre depuis 2 jours, y joue à Fortnite',
  'La glace est-elle assez solide pour patiner sur le lac?',
  'Les poubelles débordent sur la rue Laviolette.',
  'I love the fireworks at the Amphithéâtre',
  'J\'ai pas vu le maire au conseil depuis des semaines.',
  'Mon chien a mordu son jouet pis l\'a détruit',
  'Le camion de déneigement a frappé notre clôture',
  'Mon fils s\'est perdu dans ses pensées',
  'Ma fille a perdu son chandail au parc, quelqu\'un l\'a vu?',
  'J\'ai de la misère à respirer quand il y a du pollen, vivement la pluie',
  'Le bébé a bu son biberon',
  'Les enfants jouent sur la glace de la patinoire du parc',
  'Il y a des ours au Zoo de Granby',
  'Ils font battre les cœurs avec leur spectacle',
  'Mon fils fait de l\'asthme, les pollens sont terribles cette année',
  'La branche tombée sur le trottoir bloque le passage depuis hier',
  'Les enfants sont couchés à 20 h',
  'Le skieur est tombé dans la neige, il rit',
  'Il se relève pas de sa défaite, le pauvre',
  'Le serrurier a forcé la porte du garage, facture salée',
  'Mon fils est encore dans la maison de ses grands-parents pour l\'été',
  'Les travaux ont arraché les toits des abribus l\'an dernier',
  'Le vaccin m\'a piqué fort, mais tout va bien',
  'Où acheter un détecteur de monoxyde?',
  'Il a pris sous son aile un jeune du quartier',
  'Mon voisin est écrasé sous les dettes',
  'Les prix ont explosé cette année',
  'Le toit de la vieille grange tombe en ruine depuis des années',
  'Le projet de piscine menace de tomber à l\'eau',
  'Il est pris dans le trafic sur le pont Laviolette',
];

describe('emergencies told in more words are emergencies (round 34)', () => {
  it.each(emergencies)('%s', (text) => expect(classifyIncoming(text)).toBe('emergency-report'));
  it.each(notEmergencies)('not an emergency: %s', (text) => expect(classifyIncoming(text)).not.toBe('emergency-report'));
});
