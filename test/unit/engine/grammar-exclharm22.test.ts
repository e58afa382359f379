/**
 * Round 22 (exclusion): a people refused as such (« refusez les … au CLSC »), a living stopped for a people taken up by
 * « leur » (« arrêtez de leur donner des permis »), a people kept from settling (« faut pas les laisser s'installer »), a people
 * told to go back home in the jussive after a relative clause or a slogan, and « retournez chez vous » with a people hailed
 * next to it. Each with clean counterparts written the same way (a thing refused, an age, care, news, a negation).
 * Written for this round, not copied from any set.
 */
import { describeReading } from './grammar-helpers.ts';

describeReading(
  'exclusion (round 22): an error and a disrespectful comment',
  [
    'Refusez les Ukrainiens au CLSC, nos malades d\'abord',
    'refusez les réfugiés à l\'urgence pis on va voir',
    'La ville devrait refuser les immigrants dans les HLM',
    'Faudrait bloquer les Chinois aux encans de maisons',
    'Bloquez les musulmans à la frontière',
    'trop de Haïtiens dans les taxis faudrait arrêter de leur donner des permis',
    'Les réfugiés ont assez eu, arrêtez de leur donner de l\'aide',
    'Les Roms faut pas les laisser s\'installer icitte',
    'les immigrants faudrait pas les laisser entrer, on a assez de problèmes',
    'Les musulmans, faut pas les laisser construire',
    'Les Africains qui étudient icitte, qu\'ils retournent chez eux après',
    'Les Syriens qui vivent au centre-ville, qu\'ils rentrent dans leur pays',
    'retournez chez vous les musulmans le Québec c\'est pas à vous',
    'Les immigrants, retournez chez vous',
    'Les Haïtiens retournez chez vous 😡',
    'RETOURNEZ CHEZ VOUS LES ARABES',
    'retournez chez vous les musulmans, le Québec c\'est à nous autres',
  ],
  [
    'Refusez les demandes incomplètes au comptoir',
    'La ville a refusé les permis au promoteur du projet',
    'Bloquez les courriels indésirables dans vos paramètres',
    'Faudrait pas refuser les réfugiés à l\'urgence, c\'est inhumain',
    'On devrait pas bloquer les immigrants à la frontière',
    'Les itinérants ont froid, faudrait arrêter de leur couper les services',
    'Arrêtez de leur donner des permis, aux promoteurs qui démolissent',
    'Les enfants, faut pas les laisser entrer seuls dans la piscine',
    'Les chats faut pas les laisser sortir la nuit',
    'Les réfugiés, faut les laisser s\'installer tranquilles',
    'Les grévistes, qu\'ils retournent au travail lundi',
    'Retournez chez vous, les enfants, il pleut',
    'Retournez chez vous les sinistrés, l\'eau a baissé',
    'Les bénévoles, retournez chez vous vous reposer',
    'Les musulmans, retournez chez vous en sécurité après la prière, la tempête arrive',
    'Des Ukrainiens ont été refusés au CLSC hier, c\'est une honte',
    'Les immigrants retournent chez eux pour les Fêtes',
  ],
);
