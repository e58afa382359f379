/**
 * The island's way to the engine's verdict: the file the build wrote for these answers
 * (pages/aide-a-la-decision/verdicts/[...path].json.ts), read once per set of answers.
 * The engine itself stays out of the browser: its verdicts for the form's finite tree are all known.
 */
import type { Verdict } from '../../engine/index.ts';
import { toVerdictUrl, type Choices } from './tree.ts';

const OUTCOMES: readonly string[] = ['allowed', 'not-allowed', 'not-covered'] satisfies Verdict['outcome'][];

/** A verdict as the build writes it; anything else (a proxy's error page, a truncated file) is refused. */
function isVerdict(data: unknown): data is Verdict {
  if (typeof data !== 'object' || data === null) return false;
  const v = data as { outcome?: unknown; findings?: unknown };
  return typeof v.outcome === 'string' && OUTCOMES.includes(v.outcome) && Array.isArray(v.findings);
}

const cache = new Map<string, Promise<Verdict>>();

/** The verdict of complete answers; rejects when the file cannot be read (the caller then opens the pre-built page). */
export function loadVerdict(c: Choices): Promise<Verdict> {
  const url = toVerdictUrl(c);
  let pending = cache.get(url);
  if (!pending) {
    pending = fetch(url, { headers: { Accept: 'application/json' } })
      .then((res) => (res.ok ? res.json() : Promise.reject(new Error(`${url} : ${res.status}`))))
      .then((data: unknown) => (isVerdict(data) ? data : Promise.reject(new Error(`${url} : verdict illisible`))));
    // A failure is not kept: the next try asks again.
    pending.catch(() => cache.delete(url));
    cache.set(url, pending);
  }
  return pending;
}
