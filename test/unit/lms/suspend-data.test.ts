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
    p.attempts[key] = { seed: 4_294_967_295, round: 99, queue: ids, index: ids.length - 1, selected: m.scenarios[0]!.choices[0]!.id, checked: true, first: answers, latest: answers };
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
    expect(decodeSuspendData(encoded, audience, index)).toEqual({ progress, corrupt: false });
  });
});

describe('decodeSuspendData', () => {
  const index = pathIndex(pathProps('employees'));
  it.each([
    ['vide', '', false],
    ['pas du JSON', '{oups', true],
    ['un autre format', '{"v":99,"a":{},"r":{}}', true],
    ['une question hors du module', '{"v":1,"a":{"0":[1,1,0,null,0,[999],{},{}]},"r":{}}', true],
    ['un score plus grand que le total', '{"v":1,"a":{},"r":{"0":[9,3,1700000000]}}', true],
  ])('%s → progression vide ou partielle, sans exception', (_label, raw, corrupt) => {
    const result = decodeSuspendData(raw, 'employees', index);
    expect(result.corrupt).toBe(corrupt);
    expect(Object.keys(result.progress.attempts)).toEqual([]);
  });
});
