/**
 * Progress ⇄ `cmi.suspend_data`. SCORM 1.2 keeps at most 4 096 characters, so progress is written
 * compactly: modules and questions by their position in the path, not by their ids. Anything that
 * does not fit the path any more (content changed between two sessions) is dropped, never trusted.
 */
import * as v from 'valibot';
import { emptyProgress, moduleKey, type ModuleResult, type ParseProblem, type Progress } from '../quiz/progress';
import { attemptSchema } from '../quiz/progress-schema';
import type { TrainedAudience } from '../quiz/audiences';
import type { Attempt } from '../quiz/session';
import type { PathIndex } from './path-index';

/** SCORM 1.2's limit for cmi.suspend_data (CMIString4096). */
export const SUSPEND_DATA_LIMIT = 4096;
const FORMAT = 1;

/** [seed, round, index, selected, checked, queue, first, latest] with questions by position. */
type PackedAttempt = [number, number, number, string | null, 0 | 1, number[], Record<number, string>, Record<number, string>];
/** [score, total, completed at (seconds since 1970)]. */
type PackedResult = [number, number, number];
interface Packed {
  v: number;
  a: Record<number, PackedAttempt>;
  r: Record<number, PackedResult>;
}

const packAnswers = (answers: Record<string, string>, ids: string[]): Record<number, string> =>
  Object.fromEntries(Object.entries(answers).flatMap(([id, c]) => (ids.includes(id) ? [[ids.indexOf(id), c]] : [])));

const unpackAnswers = (packed: unknown, ids: string[]): Record<string, string> | null => {
  if (typeof packed !== 'object' || packed === null) return null;
  const out: Record<string, string> = {};
  for (const [i, c] of Object.entries(packed)) {
    const id = ids[Number(i)];
    if (id === undefined || typeof c !== 'string') return null;
    out[id] = c;
  }
  return out;
};

export function encodeSuspendData(progress: Progress, audience: TrainedAudience, index: PathIndex): string {
  const packed: Packed = { v: FORMAT, a: {}, r: {} };
  index.modules.forEach((m, i) => {
    const ids = m.questions.map((q) => q.id);
    const key = moduleKey(audience, m.id);
    const a = progress.attempts[key];
    if (a) {
      packed.a[i] = [
        a.seed,
        a.round,
        a.index,
        a.selected,
        a.checked ? 1 : 0,
        a.queue.filter((id) => ids.includes(id)).map((id) => ids.indexOf(id)),
        packAnswers(a.first, ids),
        packAnswers(a.latest, ids),
      ];
    }
    const r = progress.results[key];
    if (r) packed.r[i] = [r.score, r.total, Math.round(Date.parse(r.completedAt) / 1000)];
  });
  return JSON.stringify(packed);
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function unpackAttempt(packed: unknown, ids: string[]): Attempt | null {
  if (!Array.isArray(packed) || packed.length !== 8) return null;
  const [seed, round, index, selected, checked, queue, first, latest] = packed as unknown[];
  if (!isCount(seed) || !isCount(round) || round < 1 || !isCount(index)) return null;
  if (!(selected === null || typeof selected === 'string') || (checked !== 0 && checked !== 1)) return null;
  if (!Array.isArray(queue) || !queue.every((q) => isCount(q) && q < ids.length)) return null;
  const f = unpackAnswers(first, ids);
  const l = unpackAnswers(latest, ids);
  if (!f || !l) return null;
  const attempt: Attempt = { seed, round, index, selected, checked: checked === 1, queue: queue.map((q) => ids[q]!), first: f, latest: l };
  // Only a state the quiz can reach, as for the browser's storage (progress-schema.ts).
  return v.is(attemptSchema, attempt) ? attempt : null;
}

function unpackResult(v: unknown): ModuleResult | null {
  if (!Array.isArray(v) || v.length !== 3 || !v.every(isCount)) return null;
  const [score, total, seconds] = v as number[];
  if (score! > total!) return null;
  return { score: score!, total: total!, completedAt: new Date(seconds! * 1000).toISOString() };
}

/**
 * Reads suspend data. Empty → empty progress; unreadable → empty progress, 'corrupt'; entries that
 * do not validate are dropped one by one, the rest kept, 'partial'.
 */
export function decodeSuspendData(
  raw: string,
  audience: TrainedAudience,
  index: PathIndex,
): { progress: Progress; problem: ParseProblem | null } {
  const progress = emptyProgress();
  if (raw.trim() === '') return { progress, problem: null };
  let data: Packed;
  try {
    data = JSON.parse(raw) as Packed;
  } catch {
    return { progress, problem: 'corrupt' };
  }
  if (typeof data !== 'object' || data === null || data.v !== FORMAT) return { progress, problem: 'corrupt' };
  let dropped = false;
  index.modules.forEach((m, i) => {
    const ids = m.questions.map((q) => q.id);
    const key = moduleKey(audience, m.id);
    if (data.a?.[i] !== undefined) {
      const a = unpackAttempt(data.a[i], ids);
      if (a) progress.attempts[key] = a;
      else dropped = true;
    }
    if (data.r?.[i] !== undefined) {
      const r = unpackResult(data.r[i]);
      if (r) progress.results[key] = r;
      else dropped = true;
    }
  });
  return { progress, problem: dropped ? 'partial' : null };
}
