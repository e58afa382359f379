/**
 * Round 21 (exclusion and attributes): a right of a citizen denied without « pouvoir » or taken away (« devraient pas voter »,
 * « devraient perdre leur droit de vote »), a people itself banned (« interdisez les … »), the slogan « dehors » after a
 * relative clause, people named by their social condition or their wheelchair, and « au noir » (undeclared work) no people.
 * Written for this round, not copied from any set.
 */
import { describeReading } from './grammar-helpers.ts';

describeReading(
  'exclusion and attributes (round 21): an error and a disrespectful comment',
  [
    'Les musulmans devraient pas voter aux municipales',
    'les haitiens devraient jamais voter icitte',
    'Les femmes devraient pas se présenter aux élections 🙄',
    'Les immigrants devraient perdre leur droit de vote',
    'les réfugiés méritent de perdre leur permis de travail',
    'Les gais devraient pas adopter point final',
    'Faudrait interdire les musulmans au centre-ville',
    'Interdisez les Roms dans nos parcs',
    'Faut bannir les immigrants de la ville',
    'On devrait bannir les trans des vestiaires',
    'Bannissez les gais des écoles primaires.',
    'Les Latinos qui travaillent au noir, dehors.',
    'Les musulmans qui veulent la charia, dehors',
    'Les gens sur l\'aide sociale devraient pas avoir accès aux activités gratuites',
    'Les gens en fauteuil roulant sont des parasites',
    'Les immigrants devraient pus avoir le droit de voter',
  ],
  [
    'Les musulmans ont voté en grand nombre aux municipales',
    'Les femmes devraient se présenter aux élections, on en manque',
    'Les immigrants ne devraient jamais perdre leur droit de vote',
    'Les réfugiés risquent de perdre leur permis de travail, c\'est triste',
    'Faudrait interdire les propos haineux contre les musulmans',
    'On devrait pas interdire les drag queens à la bibliothèque',
    'Interdire les chiens au parc, ça a du bon sens',
    'Les itinérants qui dorment dehors, ça me brise le cœur',
    'Les gars qui travaillent au noir volent l\'État',
    'Les gens sur l\'aide sociale ont droit à un rabais à la piscine',
    'Les gens en fauteuil roulant ont enfin une rampe à l\'hôtel de ville',
    'Les moins de 18 ans devraient pas voter, c\'est la loi',
    'Les gens qui fument, dehors svp',
  ],
);
