/**
 * The universals' restatement of « on n'a jamais vu un … + infinitive » (grammar/universal.ts) takes a verb, not a
 * preposition spelt like one (« entre », « contre »): a people equated with vermin after « aucune différence
 * entre » stays read. Written for this file.
 */
import { describeReading } from './grammar-helpers.ts';

const hateful = ['Je vois aucune différence entre un déchet et un immigré.', 'Y a pas de différence entre un rat pis un réfugié.', 'On n’a jamais vu un immigré dire merci.'];
const clean = ['Je ne vois aucune différence entre un immigré et un Québécois de souche.', 'On n’a jamais vu un réfugié contre le projet.'];

describeReading('a preposition ends no restatement', hateful, clean);
