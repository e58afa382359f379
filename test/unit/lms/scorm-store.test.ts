/**
 * The SCORM progress store against scorm-again's Scorm12API (an LMS-side runtime we did not write):
 * status, score, interactions and suspend data as a platform records them, and a resumed attempt.
 */
import * as scorm12 from 'scorm-again/scorm12';
import { describe, expect, it } from 'vitest';
import { pathIndex } from '../../../src/lms/path-index';
import { scormProgressStore } from '../../../src/lms/scorm-store';
import { Scorm12Session, type Scorm12Api } from '../../../src/lms/scorm12';
import { moduleKey, recordResult, type Progress } from '../../../src/quiz/progress';
import { check, newAttempt, next, select } from '../../../src/quiz/session';
import { pathProps } from '../../support/path-props';

// scorm-again's ES module exports the class by name while its type declarations describe a default export.
const { Scorm12API } = scorm12 as unknown as { Scorm12API: new (settings: object) => Scorm12Api & { cmi: { toJSON(): unknown }; loadFromJSON(json: unknown, element?: string): void } };

const audience = 'elected' as const;
const modules = pathProps(audience);
const index = pathIndex(modules);

/** Answers every question of a module on the first pass, picking right or wrong as told. */
function playModule(p: Progress, m: (typeof modules)[number], pickRight: (i: number) => boolean, save: (p: Progress) => void): Progress {
  const key = moduleKey(audience, m.moduleId);
  let a = newAttempt(m.scenarios, 0);
  let progress = { ...p, attempts: { ...p.attempts, [key]: a } };
  save(progress);
  m.scenarios.forEach((s, i) => {
    const choice = s.choices.find((c) => c.right === pickRight(i))!;
    a = check(select(a, choice.id), m.scenarios);
    progress = { ...progress, attempts: { ...progress.attempts, [key]: a } };
    save(progress);
    a = next(a);
    progress = { ...progress, attempts: { ...progress.attempts, [key]: a } };
  });
  const right = m.scenarios.filter((_, i) => pickRight(i)).length;
  progress = recordResult(progress, key, { score: right, total: m.scenarios.length, completedAt: '2026-11-24T12:00:00.000Z' });
  save(progress);
  return progress;
}

const open = (api: Scorm12Api) => {
  const errors: string[] = [];
  const session = new Scorm12Session(api, (e) => errors.push(e.message));
  session.start();
  return { session, errors, store: scormProgressStore({ session, audience, index, masteryScore: 80 }) };
};

describe('scormProgressStore', () => {
  it('rapporte statut, score et une interaction par question, sans erreur de la plateforme', () => {
    const api = new Scorm12API({ logLevel: 5, autocommit: false });
    const { store, errors } = open(api);
    let p = store.load().progress;
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('incomplete');
    for (const m of modules) p = playModule(p, m, () => true, (x) => store.save(x));
    expect(errors).toEqual([]);
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('passed');
    expect(api.LMSGetValue('cmi.core.score.raw')).toBe('100');
    const total = modules.reduce((n, m) => n + m.scenarios.length, 0);
    expect(api.LMSGetValue('cmi.interactions._count')).toBe(String(total));
    const cmi = JSON.parse(JSON.stringify(api.cmi)) as { interactions: Record<string, { type: string; result: string; student_response: string; id: string }> };
    const first = cmi.interactions['0']!;
    expect(first).toMatchObject({ type: 'choice', result: 'correct' });
    expect(first.id).toContain(modules[0]!.scenarios[0]!.id);
  });

  it('échoue sous le seuil, et le dit à la plateforme', () => {
    const api = new Scorm12API({ logLevel: 5 });
    const { store } = open(api);
    let p = store.load().progress;
    for (const m of modules) p = playModule(p, m, (i) => i === 0, (x) => store.save(x));
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('failed');
    expect(Number(api.LMSGetValue('cmi.core.score.raw'))).toBeLessThan(80);
  });

  it('reprend une tentative interrompue là où elle s’était arrêtée', () => {
    const first = new Scorm12API({ logLevel: 5 });
    const one = open(first);
    playModule(one.store.load().progress, modules[0]!, () => true, (x) => one.store.save(x));
    // What the platform recorded (cmi.core.exit is write-only for the SCO, so it is read here).
    const saved = JSON.parse(JSON.stringify(first.cmi)) as { suspend_data: string; core: { exit: string; lesson_status: string } };
    expect(saved.core.exit).toBe('suspend');

    // A new session, as a platform opens it to resume: the suspend data and the status come back.
    const second = new Scorm12API({ logLevel: 5 });
    second.loadFromJSON({ suspend_data: saved.suspend_data, core: { lesson_status: saved.core.lesson_status, entry: 'resume' } }, 'cmi');
    const two = open(second);
    const { progress, notice } = two.store.load();
    expect(notice).toBeNull();
    const key = moduleKey(audience, modules[0]!.moduleId);
    expect(progress.results[key]).toMatchObject({ score: modules[0]!.scenarios.length });
    expect(Object.keys(progress.attempts[key]!.first)).toHaveLength(modules[0]!.scenarios.length);
  });
});
