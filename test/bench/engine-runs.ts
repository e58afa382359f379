/**
 * The engine's outputs over the project's own texts, run through the sources or through the BUILT workers (dist/_astro),
 * each by its own message handler. Shared by `npm run bench:equivalence` (every task, one hash) and the gate « le moteur
 * construit répond comme ses sources » (test/gates/engine-built.ts, fewer tasks, in `npm test`): the build renames
 * internal properties (src/build/minify-worker.ts), and code that reads a property by a string (`token[field]`) works in
 * the sources but not in the page.
 *
 * The corpus: every rule's examples, every string literal of the unit tests (test/unit/**), every line of the content
 * (content/**), and, when given, real texts (the development file, never in a user's clone, never read by `npm test`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import type { EngineRequest, EngineResponse, EngineTask } from '../../src/components/simulator/engine-protocol.ts';
import { ACCOUNTS, CONTENTS, INCOMINGS, ROLES, rules, type Situation } from '../../src/engine/index.ts';
import { filesUnder, literals } from './corpus.ts';

export const root = resolve(import.meta.dirname, '../..');

/** The project's own texts (sorted, deduplicated) and the situations the rules give as examples. */
export function projectCorpus(): { texts: string[]; situations: Situation[] } {
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
  return { texts: [...texts].sort(), situations };
}

/** Real texts of the development file at `path`, or none when it is absent. */
export function realTexts(path: string): string[] {
  if (!existsSync(path)) return [];
  const data = JSON.parse(readFileSync(path, 'utf8')) as { groups: Record<string, { items: Array<{ text: string }> }> };
  return Object.values(data.groups).flatMap((g) => g.items.map((i) => i.text));
}

/** Every task: each situation kind, each incoming kind, each content kind, over each text. */
export function allTasks(situations: readonly Situation[], corpus: readonly string[], real: readonly string[]): EngineTask[] {
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
  return tasks;
}

/** A built worker, run through its own message handler. */
export function builtWorker(pattern: RegExp, dist = join(root, 'dist')): (task: EngineTask, id: number) => unknown {
  const dir = join(dist, '_astro');
  const name = existsSync(dir) ? readdirSync(dir).find((f) => pattern.test(f)) : undefined;
  if (!name) throw new Error(`no ${pattern} in ${dir}: run \`npm run build\` first`);
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

/** The built workers' file names: the whole engine, and `evaluate` alone (the simulator pages other than « commentaire reçu »). */
export const FULL_WORKER = /^engine\.worker-.*\.js$/;
export const EVALUATE_WORKER = /^engine-evaluate\.worker-.*\.js$/;

/** Runs one task: through the source (`src`), the built full worker (`dist`), or evaluate through the evaluate-only worker (`dist:evaluate`). */
export async function runner(which: string, dist?: string): Promise<(task: EngineTask, id: number) => unknown> {
  if (!which.startsWith('dist')) {
    const { runTask } = await import('../../src/components/simulator/engine-protocol.ts');
    const engine = await import('../../src/engine/index.ts');
    return (task) => runTask(engine, task);
  }
  const full = builtWorker(FULL_WORKER, dist);
  if (which !== 'dist:evaluate') return full;
  const evaluateOnly = builtWorker(EVALUATE_WORKER, dist);
  return (task, id) => (task.kind === 'evaluate' ? evaluateOnly : full)(task, id);
}
