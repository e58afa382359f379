/**
 * Where a learner stands in a path against its pass mark: the one computation behind the SCORM
 * package's « passed / failed » (src/lms/scorm-report.ts) and the site's attestation, so the two can
 * never disagree. The score is the right answers on each module's first pass (the best first pass if
 * the module was started over), over all the path's questions, rounded to a whole percent.
 */
import type { ModuleResult } from './progress';

export interface PathStanding {
  /** Every module's first pass is done. */
  complete: boolean;
  right: number;
  total: number;
  /** Whole percent of the path's questions right on the first pass (0 when the path has none). */
  percent: number;
  passMark: number;
  /** Complete and at or above the pass mark. */
  passed: boolean;
  /** Modules not finished yet, in path order. */
  missing: string[];
  /** Finished modules with questions missed, the most missed first: the ones to start over. */
  toRedo: string[];
}

export function pathStanding(
  modules: ReadonlyArray<{ id: string; total: number }>,
  resultOf: (moduleId: string) => ModuleResult | undefined,
  passMark: number,
): PathStanding {
  const total = modules.reduce((n, m) => n + m.total, 0);
  let right = 0;
  const missing: string[] = [];
  const missed: Array<{ id: string; missed: number; order: number }> = [];
  modules.forEach((m, order) => {
    const r = resultOf(m.id);
    if (!r) {
      missing.push(m.id);
      return;
    }
    right += r.score;
    if (r.score < r.total) missed.push({ id: m.id, missed: r.total - r.score, order });
  });
  const percent = total === 0 ? 0 : Math.round((right / total) * 100);
  const complete = missing.length === 0;
  return {
    complete,
    right,
    total,
    percent,
    passMark,
    passed: complete && total > 0 && percent >= passMark,
    missing,
    toRedo: missed.sort((a, b) => b.missed - a.missed || a.order - b.order).map((m) => m.id),
  };
}
