/**
 * The predicate lists compiled once: groups.ts, hate.ts and insult.ts read the same sets, and compiling a list is
 * the costly step when the engine loads.
 */
import { degrading, dehumanising } from './lexicon-predicates.ts';
import { compile } from './patterns.ts';

/** Dehumanising nouns (« parasites », « vermine »): degrading by themselves. */
export const DEHUMANISING = compile(dehumanising);
/** Degrading attributes, which need a verb or a name (« sont des voleurs »). */
export const DEGRADING = compile(degrading);
