/**
 * Imported first by the engine’s workers, so that the bundler places these data modules (literals
 * only, no import) ahead of every other module instead of between code modules: gzip then codes the
 * code with code around it, not across the near-words filter's random base64 (9,6 Ko) and word
 * lists. Evaluating pure data earlier changes no output (same equivalence hash, on `dist` too).
 * The order is the best measured, one module at a time; the other data modules (lexicon-predicates,
 * lexicon-threat, incoming…) weigh more here than where their importers put them. Measured (gzip):
 * the built engine.worker 158 431 → 156 607 o, engine-evaluate.worker 151 388 → 149 403 o; esbuild
 * --minify with gzip -9 (engine.worker.ts) 168 451 → 167 908 o.
 */
import '../../engine/text/grammar/near-words';
import '../../engine/text/grammar/lexicon-groups';
import '../../engine/lexicon/disrespect';
import '../../engine/text/grammar/lexicon-insult';
import '../../engine/lexicon/replies';
