/**
 * The whole engine's Web Worker, for the received-comment tool (it classifies the comment, then
 * evaluates the reply). Written out in full so that Vite bundles the worker as its own file.
 * The pages that only judge a reply or a post use engine-evaluate-worker.ts instead (`evaluate`
 * alone, about 5 Ko gzip lighter). Each island imports only the one it needs, in its own module, so
 * a page downloads one worker (the budget gate follows every `new Worker(new URL(…))` of a page's
 * modules). A task a worker cannot run fails over to the main thread (engine-client.ts).
 */
import { chooseWorker } from './engine-client';

export const chooseFullWorker = (): void =>
  chooseWorker(() => new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' }));
