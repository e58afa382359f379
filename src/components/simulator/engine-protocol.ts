/** The messages between the page and the engine's workers (engine-serve.ts): plain data, copied by postMessage. */
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

/** Runs `task`; throws when `engine` lacks its function (a worker built with `evaluate` alone). */
export function runTask(engine: Partial<EngineFunctions>, task: EngineTask): EngineResult {
  if (task.kind === 'evaluate') {
    if (!engine.evaluate) throw new Error('evaluate is not in this engine');
    return { kind: 'evaluate', verdict: engine.evaluate(task.situation) };
  }
  if (!engine.classifyIncomingDetailed) throw new Error('classifyIncomingDetailed is not in this engine');
  return { kind: 'classify', reading: engine.classifyIncomingDetailed(task.text) };
}
