/**
 * A call to say asked in the negative with the verb inverted (grammar/scope.ts, askedToSay): « N'est-il pas temps de
 * dire que… ? » asserts what follows, so it is the speaker's. Not inverted (« Ce n'est pas le moment de dire
 * que… »), it is a rebuke and stays at most a warning; a denied claim inside stays clean. Written for this file.
 */
import { describeReading } from './grammar-helpers.ts';

const asserted = ['N’est-il pas temps de dire que les immigrés sont des parasites?', 'N’est-ce pas le moment de dire que les musulmans sont des terroristes?'];
const notAsserted = ['Ce n’est pas le moment de dire que les immigrés sont des parasites.', 'Il n’est pas temps de dire que les réfugiés sont des rats.', 'N’est-il pas temps de dire que les immigrés ne sont pas des parasites?'];

describeReading('a call to say, asked in the negative', asserted, notAsserted, { cleanLabel: 'not the speaker’s claim' });
