/**
 * Contact with a people refused (grammar/contact.ts): the speaker would never eat, drink, touch, sit or share with one
 * of them (« je ne mangerais jamais un plat cuisiné par un … », « je refuse de serrer la main d'un … »). A past told
 * (« je n'ai jamais mangé un plat … aussi bon »), a refusal about food, and someone singled out by a deed stay clean.
 * Written for this file.
 */
import { describeReading } from './grammar-helpers.ts';

const hateful = [
  'Je ne mangerais jamais un plat cuisiné par un immigré.',
  'Je refuse de serrer la main d’un musulman.',
  'Je ne m’assoirais jamais à côté d’un Noir dans l’autobus.',
  'Je ne boirais jamais dans un verre touché par un gai.',
  'Je refuse de m’asseoir à côté d’une femme voilée.',
];
const clean = [
  'Je n’ai jamais mangé un plat cuisiné par un immigré aussi bon.',
  'Je ne mangerais jamais un plat cuisiné avec des arachides, je suis allergique.',
  'Je refuse de serrer la main d’un homme qui insulte les femmes.',
  'Je mangerais volontiers un plat cuisiné par une réfugiée syrienne.',
];

describeReading('contact with a people refused', hateful, clean);
