/**
 * Where a learner stands against the pass mark: the attestation and the SCORM package compute it the
 * same way (src/quiz/standing.ts), so the attestation stays locked exactly when the platform says « failed ».
 */
import { describe, expect, test } from 'vitest';
import { pathIndex } from '../../../src/lms/path-index';
import { pathStatus } from '../../../src/lms/scorm-report';
import { emptyProgress, moduleKey, type Progress } from '../../../src/quiz/progress';
import { pathStanding } from '../../../src/quiz/standing';
import { pathProps } from '../../support/path-props';

const modules = [
  { id: 'un', total: 4 },
  { id: 'deux', total: 6 },
];
const at = '2026-01-15T10:00:00.000Z';

describe('la position dans un parcours', () => {
  test.each([
    ['rien de fait', {}, { complete: false, passed: false, percent: 0, missing: ['un', 'deux'] }],
    ['un module sur deux, parfait', { un: 4 }, { complete: false, passed: false, percent: 40, missing: ['deux'] }],
    ['tout fait, 7 sur 10 : sous le seuil de 80 %', { un: 2, deux: 5 }, { complete: true, passed: false, percent: 70, toRedo: ['un', 'deux'] }],
    ['tout fait, 8 sur 10 : seuil atteint', { un: 4, deux: 4 }, { complete: true, passed: true, percent: 80, toRedo: ['deux'] }],
  ] as const)('%s', (_name, scores, expected) => {
    const results: Record<string, { score: number; total: number; completedAt: string }> = {};
    for (const [id, score] of Object.entries(scores)) results[id] = { score, total: modules.find((m) => m.id === id)!.total, completedAt: at };
    expect(pathStanding(modules, (id) => results[id], 80)).toMatchObject(expected);
  });

  test('le paquet SCORM et l’attestation disent la même chose, pour chaque score possible d’un vrai parcours', () => {
    const props = pathProps('elected');
    const index = pathIndex(props);
    const totals = index.modules.map((m) => ({ id: m.id, total: m.questions.length }));
    const last = totals.at(-1)!;
    for (let score = 0; score <= last.total; score += 1) {
      const progress: Progress = emptyProgress();
      for (const m of totals) progress.results[moduleKey('elected', m.id)] = { score: m === last ? score : m.total, total: m.total, completedAt: at };
      const scorm = pathStatus(progress, 'elected', index, 80);
      const standing = pathStanding(totals, (id) => progress.results[moduleKey('elected', id)], 80);
      expect(scorm.status === 'passed').toBe(standing.passed);
      expect(scorm.raw).toBe(standing.percent);
    }
  });
});
