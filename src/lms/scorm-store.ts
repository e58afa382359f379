/**
 * A ProgressStore backed by the learning platform: progress in `cmi.suspend_data`, and on every save
 * the status, score and interactions the platform records. Platform errors reach the learner through
 * the session's error handler; the answers stay in the page (the store keeps the latest progress in
 * memory and writes it whole at the next save).
 */
import type { TrainedAudience } from '../quiz/audiences';
import type { ParseProblem, Progress } from '../quiz/progress';
import type { ProgressStore } from '../quiz/progress-store';
import { emptyProgress } from '../quiz/progress';
import type { PathIndex } from './path-index';
import { initialReportState, reportChanges, type ReportState } from './scorm-report';
import type { Scorm12Session } from './scorm12';
import { decodeSuspendData, encodeSuspendData, SUSPEND_DATA_LIMIT } from './suspend-data';

export interface ScormStoreOptions {
  session: Scorm12Session;
  audience: TrainedAudience;
  index: PathIndex;
  masteryScore: number;
  now?: () => Date;
}

export function scormProgressStore(o: ScormStoreOptions): ProgressStore {
  const now = o.now ?? (() => new Date());
  let cached: { progress: Progress; problem: ParseProblem | null } | null = null;
  let report: ReportState | null = null;

  const load = () => {
    if (!cached) {
      cached = decodeSuspendData(o.session.get('cmi.suspend_data'), o.audience, o.index);
      const count = Number.parseInt(o.session.get('cmi.interactions._count'), 10);
      report = initialReportState(cached.progress, o.audience, o.index, Number.isFinite(count) ? count : 0, now().getTime());
      if (o.session.get('cmi.core.lesson_status') === 'not attempted') o.session.set('cmi.core.lesson_status', 'incomplete');
    }
    return cached;
  };

  return {
    load() {
      const { progress, problem } = load();
      return { progress, notice: problem };
    },
    save(progress) {
      load();
      cached = { progress, problem: null };
      const data = encodeSuspendData(progress, o.audience, o.index);
      // The format keeps the largest path well under the limit (a unit test proves it); never send more.
      if (data.length <= SUSPEND_DATA_LIMIT) o.session.set('cmi.suspend_data', data);
      for (const [element, value] of reportChanges(report!, progress, o.audience, o.index, o.masteryScore, now())) {
        o.session.set(element, value);
      }
      o.session.commit();
      // Platform failures are shown by the session's error handler; the progress itself is kept.
      return true;
    },
    clear() {
      cached = { progress: emptyProgress(), problem: null };
      // A fresh start: its answers are new interactions (the platform keeps the earlier ones).
      report?.reported.clear();
      o.session.set('cmi.suspend_data', '');
      o.session.commit();
      return true;
    },
  };
}
