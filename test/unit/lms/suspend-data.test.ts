/** Progress survives the trip through cmi.suspend_data, and the largest path fits in SCORM 1.2's 4 096 characters. */
import { describe, expect, it } from 'vitest';
import { pathIndex } from '../../../src/lms/path-index';
import { decodeSuspendData, encodeSuspendData, SUSPEND_DATA_LIMIT } from '../../../src/lms/suspend-data';
import { TRAINED_AUDIENCES, type TrainedAudience } from '../../../src/quiz/audiences';
import { emptyProgress, moduleKey, type Progress } from '../../../src/quiz/progress';
import { pathProps } from '../../support/path-props';

/** The most that can be saved: every module mid-retry, every question answered twice, every result. */
function fullestProgress(audience: TrainedAudience): Progress {
  const p = emptyProgress();
  for (const m of pathProps(audience)) {
    const ids = m.scenarios.map((s) => s.id);
    const last = (s: (typeof m.scenarios)[number]) => s.choices.at(-1)!.id;
    const answers = Object.fromEntries(m.scenarios.map((s) => [s.id, last(s)]));
    const key = moduleKey(audience, m.moduleId);
    // Mid-retry, the last question checked: its selection is its latest answer (a reachable state).
    p.attempts[key] = { seed: 4_294_967_295, round: 99, queue: ids, index: ids.length - 1, selected: answers[ids.at(-1)!]!, checked: true, first: answers, latest: answers };
    p.results[key] = { score: ids.length, total: ids.length, completedAt: '2026-11-24T23:59:59.000Z' };
  }
  return p;
}

describe.each(TRAINED_AUDIENCES)('parcours %s', (audience) => {
  const index = pathIndex(pathProps(audience));
  const progress = fullestProgress(audience);
  const encoded = encodeSuspendData(progress, audience, index);

  it(`tient dans ${SUSPEND_DATA_LIMIT} caractères même au plus plein`, () => {
    expect(encoded.length).toBeLessThan(SUSPEND_DATA_LIMIT);
  });

  it('redonne exactement la progression enregistrée', () => {
    expect(decodeSuspendData(encoded, audience, index)).toEqual({ progress, problem: null });
  });
});

describe('decodeSuspendData', () => {
  const index = pathIndex(pathProps('employees'));
  it.each([
    ['vide', '', null],
    ['pas du JSON', '{oups', 'corrupt'],
    ['un autre format', '{"v":99,"a":{},"r":{}}', 'corrupt'],
    ['une question hors du module', '{"v":1,"a":{"0":[1,1,0,null,0,[999],{},{}]},"r":{}}', 'partial'],
    ['un score plus grand que le total', '{"v":1,"a":{},"r":{"0":[9,3,1700000000]}}', 'partial'],
    ['une question vérifiée sans réponse (impasse)', '{"v":1,"a":{"0":[1,1,0,null,1,[0,1],{},{}]},"r":{}}', 'partial'],
  ])('%s → progression vide ou partielle, sans exception', (_label, raw, problem) => {
    const result = decodeSuspendData(raw, 'employees', index);
    expect(result.problem).toBe(problem);
    expect(Object.keys(result.progress.attempts)).toEqual([]);
  });
});
