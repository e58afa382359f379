/**
 * Time an engine call on adversarial text: the minimum of several runs (a busy machine only ever
 * adds time), and the growth from a short to a long input measured in the same run.
 */
import { classifyIncoming, evaluate, type Situation } from '../../src/engine/index.ts';
import { INCOMINGS } from '../../src/engine/labels.ts';

/** Every kind of situation that carries text, so every text rule reads the input. */
export function situations(text: string): Situation[] {
  return [
    ...INCOMINGS.map((incoming): Situation => ({ kind: 'reply', incoming, author: 'communications', account: 'city', text, when: 'weekend' })),
    { kind: 'reply', incoming: 'comment', author: 'employee', account: 'personal', text },
    { kind: 'publish', author: 'communications', account: 'city', content: 'city-event', text },
    { kind: 'publish', author: 'elected', account: 'personal', content: 'opinion', text },
  ];
}

/** Everything the engine does with one text: evaluate in every situation, and classifyIncoming. */
export function runAll(text: string): void {
  for (const s of situations(text)) evaluate(s);
  classifyIncoming(text);
}

/** Minimum time in ms of `runs` calls of `f`. */
export function minTime(f: () => void, runs = 3): number {
  let best = Number.POSITIVE_INFINITY;
  for (let k = 0; k < runs; k += 1) {
    const t = performance.now();
    f();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}
