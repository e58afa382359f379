/**
 * Gate « le moteur construit répond comme ses sources »: the workers the pages load (dist/_astro/engine.worker-*.js and the
 * evaluate-only one) must give the same answers as src/engine on the project's own texts. The build renames the engine's
 * internal properties to save bytes (src/build/minify-worker.ts): code that reads a property by a string works in the
 * sources, and the tests pass, but the page answers otherwise (round 31: English comments read as French misspellings,
 * « made » as « marde », in the built worker only). Each text of the corpus is classified and evaluated as a reply to a
 * comment on the City's account, once through each side; the full hash over every situation stays
 * `npm run bench:equivalence -- dist` (minutes, not for `npm test`).
 */
import type { EngineTask } from '../../src/components/simulator/engine-protocol.ts';
import { EVALUATE_WORKER, FULL_WORKER, builtWorker, projectCorpus, runner } from '../bench/engine-runs.ts';
import type { GateResult } from './site.ts';

/** How many differing texts are listed: the first few are enough to find the cause. */
const SHOWN = 5;

export async function engineBuiltGate(dist: string): Promise<GateResult> {
  const { texts, situations } = projectCorpus();
  const tasks: EngineTask[] = situations.map((situation) => ({ kind: 'evaluate', situation }));
  for (const text of texts) {
    tasks.push({ kind: 'classify', text });
    tasks.push({ kind: 'evaluate', situation: { kind: 'reply', incoming: 'comment', author: 'communications', account: 'city', text } });
  }
  const source = await runner('src');
  const full = builtWorker(FULL_WORKER, dist);
  const evaluateOnly = builtWorker(EVALUATE_WORKER, dist);
  const problems: string[] = [];
  tasks.forEach((task, id) => {
    const expected = JSON.stringify(source(task, id));
    const built = [['moteur complet', full] as const, ...(task.kind === 'evaluate' ? [['moteur « evaluate » seul', evaluateOnly] as const] : [])];
    for (const [name, run] of built) {
      if (JSON.stringify(run(task, id)) === expected) continue;
      if (problems.length < SHOWN) {
        const what = task.kind === 'classify' ? `classifyIncoming(« ${task.text.slice(0, 80)} »)` : `evaluate(${JSON.stringify(task.situation).slice(0, 120)})`;
        problems.push(`${name} : ${what} ne répond pas comme src/engine (npm run bench:equivalence -- dist pour tout comparer)`);
      } else if (problems.length === SHOWN) problems.push('… et d’autres réponses différentes.');
    }
  });
  return { name: 'Le moteur construit répond comme ses sources', checked: `${tasks.length} tâches, ${texts.length} textes du projet`, problems };
}
