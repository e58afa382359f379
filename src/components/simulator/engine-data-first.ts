/**
 * Imported first by the engine's workers, to set the order of the modules in the bundle: the
 * near-words guard's data (10,3 Ko: its base64 and its edits) and four word-list modules (literals only, no import)
 * ahead of every other module, then the reading of disrespect and of the reply's acts with what
 * they import, instead of where their first importers put them. gzip then codes code with code
 * around it, not across the filter. The modules are pure (nothing runs but their definitions), so
 * evaluating them earlier changes no output (same equivalence hash, on `dist` and `dist:evaluate`
 * too). Each line was kept because it measured smaller, one module at a time; the other word lists
 * (lexicon-predicates, lexicon-threat, incoming…) measured larger here. Measured (gzip): the built
 * engine.worker −1,8 Ko and engine-evaluate.worker −2,0 Ko for the five data modules, −0,4 Ko more
 * each for the four others; esbuild --minify with gzip -9 (engine.worker.ts) −1,3 Ko. Since the worker's
 * build moves the strings read at load first (src/build/minify-worker.ts, stringsFirst), the order of the
 * modules still sets the order of the code and of those strings: language.ts after the filter and
 * inflect.ts before text/disrespect measured −0,1 Ko more on each worker (size14 round; every other
 * module tried at those places measured larger).
 */
import '../../engine/text/grammar/near-words';
import '../../engine/text/language';
import '../../engine/text/grammar/lexicon-groups';
import '../../engine/lexicon/disrespect';
import '../../engine/text/grammar/lexicon-insult';
import '../../engine/lexicon/replies';
import '../../engine/text/grammar/inflect';
import '../../engine/text/disrespect';
import '../../engine/acts/acts';
import '../../engine/classify';
import '../../engine/rules/s3-2-writing';
