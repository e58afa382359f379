/**
 * The worker with `evaluate` alone, for the pages that only judge a reply or a post (its own module,
 * so that the received-comment page, which needs the whole engine, does not count it too; see
 * engine-full-worker.ts for the whole engine's).
 */
import { chooseWorker } from './engine-client';

export const chooseEvaluateWorker = (): void =>
  chooseWorker(() => new Worker(new URL('./engine-evaluate.worker.ts', import.meta.url), { type: 'module' }));
