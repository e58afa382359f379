/**
 * What the training saves: results per module, attempts under way, the name typed for the
 * attestation. Plain data, validated when read against the schema of progress-schema.ts: anything
 * unexpected is dropped rather than trusted, entry by entry, and the learner is told.
 */
import * as v from 'valibot';
import { TRAINED_AUDIENCES, type TrainedAudience } from './audiences';
import { attemptSchema, moduleKeySchema, moduleResultSchema, storedFieldSchema } from './progress-schema';
import type { Attempt } from './session';

export const PROGRESS_VERSION = 1;

export interface ModuleResult {
  /** Right answers on the first pass. */
  score: number;
  total: number;
  /** When the first pass was completed (ISO 8601). */
  completedAt: string;
}

export interface Progress {
  version: typeof PROGRESS_VERSION;
  /** Keyed by `moduleKey(audience, moduleId)`. */
  results: Record<string, ModuleResult>;
  attempts: Record<string, Attempt>;
  /** Name typed for each path's attestation. */
  names: Partial<Record<TrainedAudience, string>>;
}

export const emptyProgress = (): Progress => ({ version: PROGRESS_VERSION, results: {}, attempts: {}, names: {} });

export const moduleKey = (audience: TrainedAudience, moduleId: string): string => `${audience}/${moduleId}`;

/** Longest name kept: an attestation line, not a novel. */
export const MAX_NAME_LENGTH = 120;

/**
 * 'corrupt': nothing could be read; 'old-version': another format; 'partial': some entries were
 * dropped, the rest is kept.
 */
export type ParseProblem = 'corrupt' | 'old-version' | 'partial';
export type ParseResult = { progress: Progress; problem: ParseProblem | null };

/** The entries of `record` that pass `read`, and whether any was dropped. */
function keepValid<T>(record: Record<string, unknown>, read: (key: string, value: unknown) => T | undefined): { kept: Record<string, T>; dropped: boolean } {
  const kept: Record<string, T> = {};
  let dropped = false;
  for (const [key, value] of Object.entries(record)) {
    const r = read(key, value);
    if (r === undefined) dropped = true;
    else kept[key] = r;
  }
  return { kept, dropped };
}

const entry =
  <S extends v.GenericSchema>(schema: S) =>
  (key: string, value: unknown): v.InferOutput<S> | undefined => {
    if (!v.is(moduleKeySchema, key)) return undefined;
    const parsed = v.safeParse(schema, value);
    return parsed.success ? parsed.output : undefined;
  };

/**
 * Reads saved progress. Missing → empty, no problem. Unreadable JSON or not an object → empty,
 * 'corrupt'. Another version → empty, 'old-version' (there is no earlier format to migrate from;
 * a future version adds its migration here). Otherwise each result, attempt and name is checked on
 * its own: what does not validate (a wrong-typed field included) is dropped, the rest is kept, and
 * the problem is 'partial'.
 */
export function parseProgress(raw: string | null): ParseResult {
  if (raw === null) return { progress: emptyProgress(), problem: null };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { progress: emptyProgress(), problem: 'corrupt' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { progress: emptyProgress(), problem: 'corrupt' };
  const stored = data as Record<string, unknown>;
  if (stored['version'] !== PROGRESS_VERSION) return { progress: emptyProgress(), problem: 'old-version' };
  let dropped = false;
  /** A field of the wrong type (`"results": [1, 2]`) is dropped whole, with the notice. */
  const field = (name: 'results' | 'attempts' | 'names'): Record<string, unknown> => {
    const parsed = v.safeParse(storedFieldSchema, stored[name]);
    if (!parsed.success) dropped = true;
    return parsed.success ? parsed.output : {};
  };
  const results = keepValid(field('results'), entry(moduleResultSchema));
  const attempts = keepValid(field('attempts'), entry(attemptSchema));
  const names = keepValid(field('names'), (key, name) =>
    (TRAINED_AUDIENCES as readonly string[]).includes(key) && typeof name === 'string' ? name.slice(0, MAX_NAME_LENGTH) : undefined,
  );
  const progress: Progress = {
    version: PROGRESS_VERSION,
    results: results.kept,
    attempts: attempts.kept satisfies Record<string, Attempt>,
    names: names.kept as Progress['names'],
  };
  dropped ||= results.dropped || attempts.dropped || names.dropped;
  return { progress, problem: dropped ? 'partial' : null };
}

/** Records a completed first pass, keeping the better score if the module was done before. */
export function recordResult(p: Progress, key: string, result: ModuleResult): Progress {
  const previous = p.results[key];
  const keep = previous && previous.score > result.score ? previous : result;
  return { ...p, results: { ...p.results, [key]: keep } };
}
