/**
 * Sends the simulator's questions to the engine's Web Worker, one at a time, so that typing never
 * waits for the engine. Each field is a channel: while the worker is busy, a newer request on the
 * same channel replaces the one still waiting (the latest wins), and a request that has run for a
 * while when a newer one arrives is abandoned by restarting the worker. Without Worker support, or
 * when the worker fails, the same tasks run on the main thread (the engine is then loaded on demand).
 */
import { runTask, type EngineFunctions, type EngineResponse, type EngineResult, type EngineTask } from './engine-protocol';

export interface EngineClient {
  /** Runs `task` for `channel`; `done` is called with its result unless a newer task on the channel replaced it first. */
  run(channel: string, task: EngineTask, done: (result: EngineResult) => void): void;
  /** Starts the worker ahead of the first request (it loads the engine). */
  warm(): void;
}

/** The part of a Worker the client uses (a fake one in unit tests). */
export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((e: MessageEvent<EngineResponse>) => void) | null;
  onerror: ((e: Event) => void) | null;
  onmessageerror: ((e: MessageEvent) => void) | null;
}

export interface EngineClientOptions {
  /** A new worker, or null when the browser has none. */
  createWorker?: () => WorkerLike | null;
  /** The engine on the main thread (fallback). */
  loadEngine?: () => Promise<EngineFunctions>;
  /** A superseded task running longer than this is abandoned (the worker restarts). */
  abandonAfterMs?: number;
  now?: () => number;
}

/** Long enough for any ordinary text (the engine answers in milliseconds), short enough not to be felt. */
export const ABANDON_AFTER_MS = 1000;

/**
 * The page's worker, chosen by its island (engine-full-worker.ts): a page that only evaluates replies
 * loads a worker without classifyIncoming. Until an island chooses one, the main thread works.
 */
let pageWorker: (() => Worker) | undefined;
export function chooseWorker(create: () => Worker): void {
  pageWorker ??= create;
}

function browserWorker(): WorkerLike | null {
  if (typeof Worker === 'undefined' || !pageWorker) return null;
  try {
    return pageWorker() as WorkerLike;
  } catch {
    return null;
  }
}

interface Job {
  channel: string;
  task: EngineTask;
  done: (result: EngineResult) => void;
}

export function createEngineClient(o: EngineClientOptions = {}): EngineClient {
  const createWorker = o.createWorker ?? browserWorker;
  const loadEngine = o.loadEngine ?? (() => import('./engine-main-thread'));
  const abandonAfter = o.abandonAfterMs ?? ABANDON_AFTER_MS;
  const now = o.now ?? (() => Date.now());

  /** undefined: not started yet; null: none (unsupported or failed), so the main thread works. */
  let worker: WorkerLike | null | undefined;
  let mainEngine: Promise<EngineFunctions> | undefined;
  let running: { job: Job; id: number; since: number } | null = null;
  let lastId = 0;
  /** Waiting tasks, at most one per channel, in order of arrival. */
  const waiting = new Map<string, Job>();

  const start = (): WorkerLike | null => {
    if (worker !== undefined) return worker;
    worker = createWorker();
    if (worker) {
      worker.onmessage = (e) => finish(e.data);
      worker.onerror = (e) => {
        e.preventDefault?.();
        fail();
      };
      worker.onmessageerror = () => fail();
    }
    return worker;
  };

  /** The worker cannot run (script blocked, module workers unsupported…): the main thread takes over. */
  const fail = () => {
    worker?.terminate();
    worker = null;
    if (running) requeue(running.job);
    running = null;
    pump();
  };

  const requeue = (job: Job) => {
    if (!waiting.has(job.channel)) waiting.set(job.channel, job);
  };

  const finish = (response: EngineResponse) => {
    if (!running || response.id !== running.id) return;
    const { job } = running;
    running = null;
    if (response.ok) {
      const { id: _id, ok: _ok, ...result } = response;
      job.done(result as EngineResult);
      pump();
    } else {
      onMainThread(job);
    }
  };

  const onMainThread = (job: Job) => {
    const id = ++lastId;
    running = { job, id, since: now() };
    mainEngine ??= loadEngine();
    mainEngine.then(
      (engine) => {
        if (running?.id !== id) return;
        running = null;
        let result: EngineResult | undefined;
        try {
          result = runTask(engine, job.task);
        } catch {
          /* an engine bug: this field gets no answer, the others still do */
        }
        if (result) job.done(result);
        pump();
      },
      () => {
        // Loading failed (offline?): this task is dropped, the next one tries again.
        if (running?.id === id) running = null;
        mainEngine = undefined;
        pump();
      },
    );
  };

  const pump = () => {
    if (running) return;
    const next = waiting.values().next();
    if (next.done) return;
    const job = next.value;
    waiting.delete(job.channel);
    const w = start();
    if (!w) {
      onMainThread(job);
      return;
    }
    const id = ++lastId;
    running = { job, id, since: now() };
    w.postMessage({ ...job.task, id });
  };

  return {
    run(channel, task, done) {
      waiting.set(channel, { channel, task, done });
      // A task of the same field that has run for a while is no longer wanted: stop it, don't wait for it.
      if (running && running.job.channel === channel && worker && now() - running.since > abandonAfter) {
        worker.terminate();
        worker = undefined;
        running = null;
      }
      pump();
    },
    warm() {
      start();
    },
  };
}

let shared: EngineClient | undefined;
/** The page's one client (one worker for every island on the page). */
export const engineClient = (): EngineClient => (shared ??= createEngineClient());
