/**
 * Output equivalence of the engine, for changes that must not change what it finds (bundle size
 * work: packing the lexicons, minifier settings, dead code). Runs `evaluate` (every situation kind,
 * every incoming kind, every content kind) and `classifyIncomingDetailed` over a large corpus and
 * prints one SHA-256 of all the outputs, so two runs (before / after a change) compare in one line.
 *
 *   npm run bench:equivalence                    # the engine’s source (src/engine)
 *   npm run bench:equivalence -- dist            # the BUILT worker (dist/_astro/engine.worker-*.js),
 *                                                # run through its own message handler
 *   npm run bench:equivalence -- dist:evaluate   # evaluate tasks through the built evaluate-only
 *                                                # worker (engine-evaluate.worker-*.js), the rest as `dist`
 *   SAVE=/tmp/eq.json npm run bench:equivalence  # also write every output, to diff
 *
 * The corpus: every rule's examples, every string literal of the unit tests (test/unit/**), every
 * line of the content (content/**), and, when it is there (never in a user's clone, never read by
 * `npm test`), the development file named by REALDATA (default ../shared/data/realdata-dev.json).
 * Both runs must see the same corpus: the count is printed beside the hash.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { allTasks, projectCorpus, realTexts, root, runner } from './engine-runs.ts';

const { texts: corpus, situations } = projectCorpus();
const real = realTexts(resolve(process.env.REALDATA ?? join(root, '../shared/data/realdata-dev.json')));
const tasks = allTasks(situations, corpus, real);

const which = process.argv[2] ?? 'src';
const run = await runner(which);
const hash = createHash('sha256');
const outputs: unknown[] = [];
const started = performance.now();
tasks.forEach((task, id) => {
  const line = JSON.stringify(run(task, id));
  hash.update(line).update('\n');
  if (process.env.SAVE) outputs.push([task, JSON.parse(line)]);
});
if (process.env.SAVE) writeFileSync(process.env.SAVE, JSON.stringify(outputs, null, 0).replace(/\],\[/g, '],\n['));
console.log(
  `${which}: ${hash.digest('hex')} — ${tasks.length} tâches (${corpus.length} textes du projet, ${real.length} textes réels), ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
