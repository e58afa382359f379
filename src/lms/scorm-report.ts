/**
 * What the learning platform records, derived from progress: the lesson status, the score, and one
 * `cmi.interactions.n` record per question answered (its first answer, which is the one scored).
 * Pure: `reportChanges` returns the CMI values to write; the store writes them.
 */
import { moduleKey, type Progress } from '../quiz/progress';
import type { TrainedAudience } from '../quiz/audiences';
import { pathStanding } from '../quiz/standing';
import type { PathIndex } from './path-index';
import { cmiTime, cmiTimespan } from './scorm12';

export type LessonStatus = 'incomplete' | 'passed' | 'failed';

/** Status and score of the whole path: passed or failed once every module's first pass is done. */
export function pathStatus(progress: Progress, audience: TrainedAudience, index: PathIndex, masteryScore: number) {
  // The same standing as the site's attestation (src/quiz/standing.ts).
  const s = pathStanding(
    index.modules.map((m) => ({ id: m.id, total: m.questions.length })),
    (id) => progress.results[moduleKey(audience, id)],
    masteryScore,
  );
  const status: LessonStatus = !s.complete ? 'incomplete' : s.passed ? 'passed' : 'failed';
  return { status, raw: s.percent, right: s.right, total: s.total };
}

/** An interaction id: CMIIdentifier (no spaces, at most 255 characters). */
export const interactionId = (moduleId: string, scenarioId: string): string =>
  `${moduleId}__${scenarioId}`.replace(/[^A-Za-z0-9_.-]/g, '-').slice(0, 255);

export interface ReportState {
  /** Questions already reported (interaction ids). */
  reported: Set<string>;
  /** Next interaction index (cmi.interactions._count when the session opened). */
  next: number;
  /** When each module's current question was shown (ms), for the latency. */
  shownAt: Map<string, { question: string; at: number }>;
}

/** The state at the start of a session: what the saved progress had already answered was reported then. */
export function initialReportState(progress: Progress, audience: TrainedAudience, index: PathIndex, count: number, now: number): ReportState {
  const reported = new Set<string>();
  for (const m of index.modules) {
    const a = progress.attempts[moduleKey(audience, m.id)];
    for (const id of Object.keys(a?.first ?? {})) reported.add(interactionId(m.id, id));
  }
  const state: ReportState = { reported, next: count, shownAt: new Map() };
  noteShown(state, progress, audience, index, now);
  return state;
}

/** Remembers when the question now on screen in each module appeared. */
function noteShown(state: ReportState, progress: Progress, audience: TrainedAudience, index: PathIndex, now: number): void {
  for (const m of index.modules) {
    const a = progress.attempts[moduleKey(audience, m.id)];
    const current = a && a.index < a.queue.length ? a.queue[a.index]! : '';
    if (state.shownAt.get(m.id)?.question !== current) state.shownAt.set(m.id, { question: current, at: now });
  }
}

/** The CMI values to write after a change of progress, in order. Updates `state`. */
export function reportChanges(
  state: ReportState,
  progress: Progress,
  audience: TrainedAudience,
  index: PathIndex,
  masteryScore: number,
  now: Date,
): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const m of index.modules) {
    const a = progress.attempts[moduleKey(audience, m.id)];
    if (!a) continue;
    for (const q of m.questions) {
      const choice = a.first[q.id];
      const id = interactionId(m.id, q.id);
      if (choice === undefined || state.reported.has(id)) continue;
      const letter = q.letters[choice] ?? choice;
      const shown = state.shownAt.get(m.id);
      const latency = shown && shown.question === q.id ? now.getTime() - shown.at : 0;
      const n = state.next;
      out.push(
        [`cmi.interactions.${n}.id`, id],
        [`cmi.interactions.${n}.type`, 'choice'],
        [`cmi.interactions.${n}.time`, cmiTime(now)],
        [`cmi.interactions.${n}.student_response`, letter],
        [`cmi.interactions.${n}.result`, q.right.includes(letter) ? 'correct' : 'wrong'],
        [`cmi.interactions.${n}.latency`, cmiTimespan(latency)],
        ...q.right.slice(0, 1).map((r): [string, string] => [`cmi.interactions.${n}.correct_responses.0.pattern`, r]),
      );
      state.reported.add(id);
      state.next += 1;
    }
  }
  noteShown(state, progress, audience, index, now.getTime());
  const { status, raw } = pathStatus(progress, audience, index, masteryScore);
  out.push(
    ['cmi.core.score.min', '0'],
    ['cmi.core.score.max', '100'],
    ['cmi.core.score.raw', String(raw)],
    ['cmi.core.lesson_status', status],
    // While incomplete, the platform keeps the attempt to resume it; once done, a new visit starts clean.
    ['cmi.core.exit', status === 'incomplete' ? 'suspend' : ''],
  );
  return out;
}
