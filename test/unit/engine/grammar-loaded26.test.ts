/**
 * Round 26 (loaded26): a loaded question or opinion frame whose presupposition is hostile to a people. A « pourquoi » led by
 * incomprehension (« je comprends pas pourquoi », « quelqu'un peut m'expliquer pourquoi ») asks like a question mark; who
 * decided to hire or place a member of a people; why a people always does a nuisance (complain, impose, flaunt, noise) or
 * really needs one more thing. Advocacy (what they undergo, lack or wait for), negation, a thing done for them and plain news
 * stay clean. Written for this round.
 */
import { describe, expect, it } from 'vitest';
import { describeReading, tone } from './grammar-helpers.ts';

const flagged = [
  'Je comprends pas pourquoi la ville embauche des Haïtiens comme sauveteurs',
  'Quelqu\'un peut m\'expliquer pourquoi un Sikh a le droit de garder son turban dans la police?',
  'Je me demande bien pourquoi les Roms ont le droit de s\'installer au parc',
  'Qui a eu l\'idée d\'engager une femme voilée à la réception de l\'aréna?',
  'Qui a décidé de mettre des immigrants à la garderie municipale??',
  'C\'est qui qui a eu l\'idée de nommer un Autochtone à la tête du comité',
  'Qui a eu la brillante idée d\'embaucher des trans au camp de jour? 🙄',
  'Pourquoi les lesbiennes ont toujours besoin de crier leur orientation sur les toits?',
  'Pourquoi les Noirs se plaignent tout le temps du racisme?',
  'pourquoi les féministes chialent toujours pour rien',
  'Pourquoi faut toujours que les musulmans exigent des accommodements?',
  'Pourquoi les trans doivent toujours imposer leurs pronoms à tout le monde?',
  'Les gais ont-tu vraiment besoin de s\'afficher devant nos enfants à la parade?',
  'Les Autochtones ont-ils vraiment besoin d\'un autre centre payé par nous autres?',
  'Je vois pas pourquoi on devrait loger des réfugiés au centre-ville',
  'Pourquoi les BS se plaignent tout le temps? 🙄',
  'Mon point c\'est que les Mexicains sont bons pour ramasser des légumes, pas pour gérer un commerce.',
  'Les Africains sont juste bons pour le ménage pas pour soigner nos parents',
  'Pourquoi les Haïtiens font toujours du bruit dans la rue?',
  'Je comprends pas pourquoi on accepte encore des réfugiés au Québec.',
  'Je vois pas pourquoi on devrait payer des logements aux immigrants',
  'Pourquoi les Arabes ont toujours besoin de faire du bruit dans le parc?',
  'Pourquoi les immigrants profitent toujours du système?',
  'Quelqu\'un peut m\'expliquer pourquoi on engage des femmes comme pompières?',
  'Qui a décidé d\'embaucher des Syriens au garage municipal? Personne nous a consultés',
  'Pourquoi les jeunes font tout le temps du trouble au parc Champlain',
];

const clean = [
  'Je comprends pourquoi la ville embauche des Haïtiens: il manque de sauveteurs.',
  'Quelqu\'un peut m\'expliquer pourquoi les personnes handicapées ont pas accès à la piscine?',
  'Je comprends pas pourquoi les aînés ont pas le droit de se stationner devant la clinique',
  'Qui a eu l\'idée de mettre des bancs pour les aînés au parc? Merci!',
  'Qui a décidé de fermer la piscine aux enfants?',
  'Qui a eu l\'idée d\'engager une interprète pour les immigrants? Super initiative',
  'Qui a eu l\'idée de mettre une rampe pour les personnes en fauteuil? Bravo',
  'Pourquoi les aînés attendent toujours six mois pour un médecin?',
  'Pourquoi les femmes sont toujours moins payées que les hommes?',
  'Pourquoi les personnes handicapées ont toujours besoin d\'attendre le transport adapté?',
  'Pourquoi les Noirs se font toujours arrêter plus que les autres?',
  'Pourquoi faut toujours que les immigrants attendent des mois pour leurs papiers?',
  'Les aînés ont-tu vraiment besoin de payer le stationnement à l\'hôpital?',
  'Pourquoi nos taxes payent pas plus de services pour les aînés?',
  'Pourquoi on paye pas mieux les préposées?',
  'Est-ce normal que les aînés attendent six mois pour un médecin?',
  'Est-ce normal qu\'on insulte les immigrants sur cette page?',
  'Les bleuets sont bons pour la santé, pas pour le portefeuille',
  'Les cours de francisation sont bons pour les immigrants, pas juste pour les touristes',
  'Pourquoi les réfugiés ont toujours besoin d\'un interprète à la clinique? Y en a pas assez!',
  'Je me demande pourquoi les immigrants quittent la région après deux ans.',
  'Qui a engagé des étudiants pour l\'été? J\'aimerais postuler.',
  'La ville a expliqué pourquoi on engage des immigrants au déneigement.',
  'Est-ce normal que des sans-abri dorment dehors par moins trente?',
  'Je comprends pas pourquoi on traite les réfugiés comme ça.',
  'La personne qui a eu l\'idée d\'engager des Syriens au garage mérite une médaille.',
  'Pourquoi les jeunes se plaignent toujours qu\'il y a rien à faire? Ouvrez des locaux!',
];

describeReading('loaded questions and opinion frames about a people (loaded26)', flagged, clean, { flaggedMayWarn: true });

describe('the loaded frames stay warnings (loaded26)', () => {
  it('who decided is a warning, not an error', () => expect(tone('Qui a décidé de mettre des immigrants à la garderie municipale??').map((f) => f.severity)).toEqual(['warning']));
});

// Round 29: the learned net retrained on the grown lexicon (bibittes, weeds, nausea) no longer doubts this one (a fix makes it fail: move it up).
describe('loaded26: lost to the round-29 retraining', () => {
  it.fails.each(['Expliquez-moi pourquoi les itinérants ont le droit de voter aux municipales'])('%s', (text) => {
    expect(tone(text).length).toBeGreaterThan(0);
  });
});
