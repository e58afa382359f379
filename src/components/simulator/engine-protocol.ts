/** The messages between the page and engine.worker.ts: plain data, copied by postMessage. */
import type { IncomingReading } from '../../engine/index';
import type { Situation, Verdict } from '../../engine/types';

export type EngineTask = { kind: 'evaluate'; situation: Situation } | { kind: 'classify'; text: string };

export type EngineRequest = EngineTask & { id: number };

export type EngineResult = { kind: 'evaluate'; verdict: Verdict } | { kind: 'classify'; reading: IncomingReading };

export type EngineResponse = ({ ok: true } & EngineResult & { id: number }) | { id: number; ok: false };

/** What a task needs from the engine, so the worker and the main-thread fallback run the same code. */
export interface EngineFunctions {
  evaluate(situation: Situation): Verdict;
  classifyIncomingDetailed(text: string): IncomingReading;
}

export function runTask(engine: EngineFunctions, task: EngineTask): EngineResult {
  return task.kind === 'evaluate'
    ? { kind: 'evaluate', verdict: engine.evaluate(task.situation) }
    : { kind: 'classify', reading: engine.classifyIncomingDetailed(task.text) };
}
