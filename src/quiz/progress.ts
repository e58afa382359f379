/**
 * What the training saves: results per module, attempts under way, the name typed for the
 * attestation. Plain data, validated by hand when read (no schema library in the browser bundle):
 * anything unexpected is dropped rather than trusted.
 */
import { TRAINED_AUDIENCES, type TrainedAudience } from './audiences';
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

export type ParseProblem = 'corrupt' | 'old-version';
export type ParseResult = { progress: Progress; problem: ParseProblem | null };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isStringRecord = (v: unknown): v is Record<string, string> =>
  isRecord(v) && Object.values(v).every((x) => typeof x === 'string');

function readResult(v: unknown): ModuleResult | null {
  if (!isRecord(v) || !isCount(v['score']) || !isCount(v['total']) || v['score'] > v['total']) return null;
  if (typeof v['completedAt'] !== 'string' || Number.isNaN(Date.parse(v['completedAt']))) return null;
  return { score: v['score'], total: v['total'], completedAt: v['completedAt'] };
}

function readAttempt(v: unknown): Attempt | null {
  if (!isRecord(v)) return null;
  const { seed, round, queue, index, selected, checked, first, latest } = v;
  if (!isCount(seed) || !isCount(round) || round < 1 || !isCount(index)) return null;
  if (!Array.isArray(queue) || !queue.every((q) => typeof q === 'string')) return null;
  if (!(selected === null || typeof selected === 'string') || typeof checked !== 'boolean') return null;
  if (!isStringRecord(first) || !isStringRecord(latest)) return null;
  return { seed, round, queue: queue as string[], index, selected, checked, first, latest };
}

/**
 * Reads saved progress. Missing → empty, no problem. Unreadable JSON or a wrong shape → empty,
 * 'corrupt'. Another version → empty, 'old-version' (there is no earlier format to migrate from;
 * a future version adds its migration here). Entries that do not validate are dropped one by one.
 */
export function parseProgress(raw: string | null): ParseResult {
  if (raw === null) return { progress: emptyProgress(), problem: null };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { progress: emptyProgress(), problem: 'corrupt' };
  }
  if (!isRecord(data)) return { progress: emptyProgress(), problem: 'corrupt' };
  if (data['version'] !== PROGRESS_VERSION) return { progress: emptyProgress(), problem: 'old-version' };
  const progress = emptyProgress();
  let dropped = false;
  const results = isRecord(data['results']) ? data['results'] : {};
  const attempts = isRecord(data['attempts']) ? data['attempts'] : {};
  const names = isRecord(data['names']) ? data['names'] : {};
  for (const [key, v] of Object.entries(results)) {
    const r = readResult(v);
    if (r) progress.results[key] = r;
    else dropped = true;
  }
  for (const [key, v] of Object.entries(attempts)) {
    const a = readAttempt(v);
    if (a) progress.attempts[key] = a;
    else dropped = true;
  }
  for (const audience of TRAINED_AUDIENCES) {
    const name = names[audience];
    if (typeof name === 'string') progress.names[audience] = name.slice(0, MAX_NAME_LENGTH);
  }
  return { progress, problem: dropped ? 'corrupt' : null };
}

/** Records a completed first pass, keeping the better score if the module was done before. */
export function recordResult(p: Progress, key: string, result: ModuleResult): Progress {
  const previous = p.results[key];
  const keep = previous && previous.score > result.score ? previous : result;
  return { ...p, results: { ...p.results, [key]: keep } };
}
