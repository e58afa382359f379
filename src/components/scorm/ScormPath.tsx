/**
 * A whole training path as one SCORM 1.2 SCO: finds the platform's API, then runs each module with the
 * site's own quiz island, saving through the platform (cmi.suspend_data) and reporting status, score and
 * interactions. Outside a platform it works as on the site, with progress in this browser.
 * Navigation between modules uses the URL's fragment (#module-…), so every asset stays relative.
 */
import '../quiz/quiz.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { scormText } from '../../i18n/scorm';
import type { PathIndex } from '../../lms/path-index';
import { pathStatus } from '../../lms/scorm-report';
import { scormProgressStore } from '../../lms/scorm-store';
import { cmiTimespan, findScorm12Api, Scorm12Session } from '../../lms/scorm12';
import type { TrainedAudience } from '../../quiz/audiences';
import { moduleKey } from '../../quiz/progress';
import { localProgressStore, memoryProgressStore, type ProgressStore } from '../../quiz/progress-store';
import type { QuizProps } from '../../quiz/props';
import QuizIsland from '../quiz/QuizIsland';

export interface ScormPathProps {
  audience: TrainedAudience;
  masteryScore: number;
  /** Every module's quiz props, in path order, with links already pointing inside the package. */
  modules: QuizProps[];
  index: PathIndex;
}

type Mode = 'connecting' | 'lms' | 'standalone' | 'lms-failed';

const MODULE_PREFIX = '#module-';
export const moduleFragment = (moduleId: string): string => `${MODULE_PREFIX}${moduleId}`;
export const MODULES_FRAGMENT = '#modules';

const moduleFromHash = (hash: string, modules: QuizProps[]): string | null => {
  const id = hash.startsWith(MODULE_PREFIX) ? decodeURIComponent(hash.slice(MODULE_PREFIX.length)) : '';
  return modules.some((m) => m.moduleId === id) ? id : null;
};

export default function ScormPath(props: ScormPathProps) {
  const { audience, modules, index, masteryScore } = props;
  const [mode, setMode] = useState<Mode>('connecting');
  const [error, setError] = useState('');
  const store = useRef<ProgressStore | null>(null);
  const [current, setCurrent] = useState<string | null>(null);
  const [, setVersion] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const api = findScorm12Api(window);
    if (!api) {
      store.current = localProgressStore();
      setMode('standalone');
    } else {
      const session = new Scorm12Session(api, (e) => setError(e.message));
      if (session.start()) {
        store.current = scormProgressStore({ session, audience, index, masteryScore });
        setMode('lms');
        const started = Date.now();
        // The platform records the time spent when the learner leaves (or the platform closes the frame).
        window.addEventListener(
          'pagehide',
          () => {
            session.set('cmi.core.session_time', cmiTimespan(Date.now() - started));
            session.commit();
            session.finish();
          },
          { once: true },
        );
      } else {
        store.current = memoryProgressStore();
        setMode('lms-failed');
      }
    }
    const onHash = () => {
      setCurrent(moduleFromHash(window.location.hash, modules));
      setVersion((v) => v + 1);
    };
    onHash();
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on load
  }, []);

  useEffect(() => {
    if (mode !== 'connecting') heading.current?.focus();
  }, [current]);

  const progress = store.current?.load().progress;
  const mod = modules.find((m) => m.moduleId === current);

  return (
    <div class="scorm-path">
      {error && (
        <p class="note scorm-error" role="alert">
          {error}
        </p>
      )}
      <p class="scorm-mode" role="status">
        {mode === 'connecting' ? scormText.connecting : mode === 'lms' ? scormText.inLms : mode === 'lms-failed' ? scormText.lmsStartFailed : scormText.standalone}
      </p>
      {store.current && mod ? (
        <section aria-labelledby="scorm-module-title">
          <p>
            <a href={MODULES_FRAGMENT}>{scormText.backToModules}</a>
          </p>
          <h2 id="scorm-module-title" tabIndex={-1} ref={heading}>
            {mod.title}
          </h2>
          <QuizIsland key={mod.moduleId} {...mod} store={store.current} />
        </section>
      ) : (
        <section id={MODULES_FRAGMENT.slice(1)} aria-labelledby="scorm-modules-title">
          <h2 id="scorm-modules-title" tabIndex={-1} ref={heading}>
            {scormText.modulesHeading}
          </h2>
          {progress && <PathSummary {...props} progress={progress} />}
          <ol class="scorm-modules">
            {modules.map((m) => {
              const key = moduleKey(audience, m.moduleId);
              const r = progress?.results[key];
              const status = r ? scormText.status.done(r.score, r.total) : progress?.attempts[key] ? scormText.status.started : scormText.status.todo;
              return (
                // The id lets the fragment of each module's link exist in the page (and in its static HTML).
                <li id={moduleFragment(m.moduleId).slice(1)}>
                  <a href={moduleFragment(m.moduleId)}>{m.title}</a> : <span class="scorm-status">{status}</span>
                </li>
              );
            })}
          </ol>
        </section>
      )}
    </div>
  );
}

function PathSummary(p: ScormPathProps & { progress: NonNullable<ReturnType<ProgressStore['load']>['progress']> }) {
  const { status, raw } = pathStatus(p.progress, p.audience, p.index, p.masteryScore);
  const done = p.modules.filter((m) => p.progress.results[moduleKey(p.audience, m.moduleId)]).length;
  return (
    <p class="scorm-summary">
      {status === 'incomplete' ? scormText.pathProgress(done, p.modules.length, p.masteryScore) : scormText.pathResult(raw, p.masteryScore, status === 'passed')}
    </p>
  );
}
