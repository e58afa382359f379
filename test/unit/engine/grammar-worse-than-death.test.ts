/**
 * Being one of them called worse than death (grammar/worse.ts): a hypothesis on the speaker naming an identity, then
 * the speaker's own death or self-harm (« si j'étais un …, je me suiciderais »). A hypothesis that ends well, a work
 * idiom (« je me tuerais à la tâche ») and a denied answer stay clean. Written for this file.
 */
import { describeReading } from './grammar-helpers.ts';

const hateful = [
  'Si j’étais un musulman, je me suiciderais.',
  'Si je devenais gai, je me tirerais une balle.',
  'Si je me réveillais arabe demain matin, je me pendrais.',
  'Si je me réveillais dans la peau d’une femme, je me suiciderais.',
  'Si j’étais handicapé, je me jetterais en bas d’un pont.',
];
const clean = [
  'Si j’étais un réfugié, je serais reconnaissant de l’accueil.',
  'Si j’étais un réfugié, je me tuerais à la tâche pour réussir.',
  'Si je devenais musulman, je ne me suiciderais pas pour autant.',
  'Si je me réveillais millionnaire, je me paierais un voyage.',
  'Plutôt mourir que d’abandonner mes amis immigrés.',
];

describeReading('being one of them called worse than death', hateful, clean);
