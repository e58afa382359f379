/**
 * Round 18 (session 15): general shapes the read sets showed missing or misread, each with clean counterparts written the
 * same way. A group's own possession after its name still names it (« les … avec leur turban »); the Hasidim and other
 * communities of faith named alone; words reported with where they were said (« quelqu'un a écrit plus haut que… »);
 * help as a programme (« l'aide sociale ») is no cry for help; what a group is « (encore) en train de » do is said of it like
 * the verb itself; a place named by a noun and its own complement (« du centre de jour ») still names where people are. Written for this round, not copied from any set.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, describeReading } from './grammar-helpers.ts';

describeReading(
  'general shapes found (round 18, lead): an error and a disrespectful comment',
  [
    'Les Sikhs avec leur turban ont rien à faire dans la police.',
    'Les femmes avec leur voile sont toutes des soumises.',
    'Les hassidiques me lèvent le cœur.',
    'Les mennonites sont des arriérés.',
    'Les Chinois sont encore en train d\'acheter toutes les maisons du quartier.',
    'les musulmans toujours en train de comploter contre nous',
    'Les juifs en train de tirer les ficelles, comme d\'habitude.',
    'Ils sont encore en train de voler nos jobs, les immigrants.',
    'Les immigrants de la ville de Montréal sont des voleurs.',
    'Les autistes du centre de jour ont pas d\'affaire dans l\'autobus.',
  ],
  [
    'Les Sikhs avec leur turban ont défilé samedi, c\'était beau.',
    'Les musulmans avec leurs enfants sont venus à la fête de quartier.',
    'Les hassidiques de Boisbriand ont ouvert une école.',
    'Une méthode pas très orthodoxe, mais ça a marché.',
    'Les Chinois sont en train de préparer le Nouvel An au parc.',
    'Les juifs en train de prier à la synagogue, c\'est beau à voir.',
    'Ils sont encore en train de réparer le trottoir, les cols bleus.',
    'Les itinérants du centre de jour ont reçu des tuques.',
    'Les aînés de la ville de Québec ont droit au transport gratuit.',
  ],
);

describeReading(
  'words reported with where they were said stay reported (round 18)',
  [],
  [
    'Quelqu\'un a écrit plus haut qu\'il faudrait « renvoyer les immigrants chez eux ». Non. Ce genre de commentaire a pas sa place ici.',
    'Un gars a dit ici que les immigrants sont des parasites. C\'est faux et c\'est méchant.',
  ],
);

describe('help as a programme is no cry for help (round 18)', () => {
  it('social assistance', () => expect(classifyIncoming('Les nouveaux arrivants devraient avoir droit à l\'aide sociale pis à un médecin de famille.')).not.toBe('emergency-report'));
  it('by means of a tool', () => expect(classifyIncoming('On a ouvert le bac à l\'aide d\'un tournevis.')).not.toBe('emergency-report'));
  it('a cry for help still is', () => expect(classifyIncoming('À l\'aide! Mon voisin est tombé dans l\'escalier pis il bouge pus.')).toBe('emergency-report'));
  it('help with an emergency after a means still is', () => expect(classifyIncoming('J\'ai ouvert la porte à l\'aide d\'un pied-de-biche, ma voisine est inconsciente.')).toBe('emergency-report'));
});

describeReading(
  'a sacred object with its provenance is an object (round 18)',
  ['Mon tabarnak de char est encore brisé.', 'Ce calvaire de maire comprend rien.'],
  ['On pourra voir le calice, les hosties et le tabernacle d\'origine.', 'Un calice d\'époque est exposé au musée.', 'Le vieux ciboire d\'antan a été restauré.'],
);

describeReading(
  'ping-pong is a game, not a fist (round 18)',
  ['Je vais te mettre mon poing dans la face.'],
  ['Je vais t\'écraser au ping-pong samedi, prépare-toi!', 'Je vais te battre au ping pong à la salle communautaire.'],
);
