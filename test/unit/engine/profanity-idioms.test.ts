/**
 * Vulgar idioms of being fed up (lexicon/disrespect.ts, profanity): « j'en ai plein le cul », « ras le cul ». An
 * error on the City's account and a disrespectful comment, whatever they are said of. Written for this file.
 */
import { describeReading } from './grammar-helpers.ts';

const vulgar = ['J’en ai plein le cul des immigrés.', 'J’en ai plein le cul de vos travaux.', 'J’en ai ras le cul.'];
const clean = ['Il a plein de culture.', 'J’en ai plein le dos de ces travaux.', 'J’en ai ras le bol, réparez la rue.'];

describeReading('vulgar idioms of being fed up', vulgar, clean);
