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
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import type { EngineRequest, EngineResponse, EngineTask } from '../../src/components/simulator/engine-protocol.ts';
import { ACCOUNTS, CONTENTS, INCOMINGS, ROLES, rules, type Situation } from '../../src/engine/index.ts';
import { filesUnder, literals } from './corpus.ts';

const root = resolve(import.meta.dirname, '../..');

const texts = new Set<string>();
const add = (t: string): void => {
  const clean = t.replace(/[⟦⟧]/g, '');
  if (clean.trim().length >= 2) texts.add(clean);
};
const situations: Situation[] = [];
for (const rule of rules) {
  for (const example of [...rule.examples.mustFlag, ...rule.examples.mustPass]) {
    if (typeof example === 'string') add(example);
    else situations.push(example as Situation);
  }
}
for (const file of filesUnder(join(root, 'test/unit'), /\.ts$/)) for (const t of literals(file)) add(t);
for (const file of filesUnder(join(root, 'content'), /\.(md|mdx|ya?ml|json|txt)$/)) {
  for (const line of readFileSync(file, 'utf8').split('\n')) add(line.replace(/^\s*(-\s+)?([\w-]+:\s*)?/, ''));
}
const corpus = [...texts].sort();
const realPath = resolve(process.env.REALDATA ?? join(root, '../shared/data/realdata-dev.json'));
const real: string[] = existsSync(realPath)
  ? Object.values((JSON.parse(readFileSync(realPath, 'utf8')) as { groups: Record<string, { items: Array<{ text: string }> }> }).groups).flatMap((g) =>
      g.items.map((i) => i.text),
    )
  : [];

const tasks: EngineTask[] = [];
for (const situation of situations) tasks.push({ kind: 'evaluate', situation });
for (const requester of ROLES) for (const dgApproved of [true, false]) tasks.push({ kind: 'evaluate', situation: { kind: 'create-account', requester, dgApproved } });
for (const author of ROLES) for (const account of ACCOUNTS) for (const content of CONTENTS) tasks.push({ kind: 'evaluate', situation: { kind: 'publish', author, account, content } });
for (const text of corpus) {
  tasks.push({ kind: 'classify', text });
  for (const incoming of INCOMINGS) tasks.push({ kind: 'evaluate', situation: { kind: 'reply', incoming, author: 'communications', account: 'city', text, when: 'weekend' } });
  tasks.push({ kind: 'evaluate', situation: { kind: 'reply', incoming: 'comment', author: 'employee', account: 'personal', text } });
  tasks.push({ kind: 'evaluate', situation: { kind: 'reply', incoming: 'question', author: 'elected', account: 'personal', text, emergencyOngoing: true } });
  for (const content of ['city-event', 'opinion', 'share-official'] as const) tasks.push({ kind: 'evaluate', situation: { kind: 'publish', author: 'communications', account: 'city', content, text } });
  tasks.push({ kind: 'evaluate', situation: { kind: 'publish', author: 'employee', account: 'personal', content: 'opinion', text } });
}
for (const text of real) {
  tasks.push({ kind: 'classify', text });
  tasks.push({ kind: 'evaluate', situation: { kind: 'reply', incoming: 'comment', author: 'communications', account: 'city', text } });
  tasks.push({ kind: 'evaluate', situation: { kind: 'publish', author: 'employee', account: 'personal', content: 'opinion', text } });
}

/** A built worker, run through its own message handler. */
function builtWorker(pattern: RegExp): (task: EngineTask, id: number) => unknown {
  const dir = join(root, 'dist/_astro');
  const name = readdirSync(dir).find((f) => pattern.test(f));
  if (!name) throw new Error(`no ${pattern} in dist/_astro: run \`npm run build\` first`);
  let last: EngineResponse | undefined;
  const self: { onmessage?: (e: { data: EngineRequest }) => void; postMessage(r: EngineResponse): void } = {
    postMessage: (r) => {
      last = r;
    },
  };
  // What a worker scope offers that the engine uses (atob: the disguise guard's filter, near.ts).
  runInNewContext(readFileSync(join(dir, name), 'utf8'), { self, Intl, console, atob });
  return (task, id) => {
    self.onmessage!({ data: { ...task, id } as EngineRequest });
    if (!last || !last.ok) throw new Error(`${name} failed on task ${id}`);
    const { id: _id, ok: _ok, ...result } = last;
    // Copied as postMessage would (structured clone), so both sides compare as plain data.
    return JSON.parse(JSON.stringify(result));
  };
}

/** Runs one task: through the source, or through the built workers. */
async function runner(which: string): Promise<(task: EngineTask, id: number) => unknown> {
  if (!which.startsWith('dist')) {
    const { runTask } = await import('../../src/components/simulator/engine-protocol.ts');
    const engine = await import('../../src/engine/index.ts');
    return (task) => runTask(engine, task);
  }
  const full = builtWorker(/^engine\.worker-.*\.js$/);
  if (which !== 'dist:evaluate') return full;
  const evaluateOnly = builtWorker(/^engine-evaluate\.worker-.*\.js$/);
  return (task, id) => (task.kind === 'evaluate' ? evaluateOnly : full)(task, id);
}

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
