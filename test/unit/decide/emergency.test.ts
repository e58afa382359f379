/**
 * An emergency is never « treated later »: on every path of the decision helper that answers an
 * emergency report, the engine's verdict carries no « after hours » note (3.3), whatever the
 * moment chosen, and always the reminder that social media is not an emergency service (3.1).
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/index.ts';
import { allSituations } from '../../../src/components/decide/tree.ts';

const emergencies = allSituations().filter(({ situation }) => situation.kind === 'reply' && situation.incoming === 'emergency-report');

describe('l’aide à la décision devant une urgence', () => {
  it('couvre chaque moment', () => {
    expect(emergencies.length).toBeGreaterThanOrEqual(5);
  });

  it.each(emergencies.map(({ situation }) => [JSON.stringify(situation), situation] as const))('%s : pas de note « hors des heures »', (_label, situation) => {
    const ids = evaluate(situation).findings.map((f) => f.rule);
    expect(ids).not.toContain('after-hours');
  });

  it('rappelle toujours, sur un compte de la Ville, que les médias sociaux ne sont pas un service d’urgence', () => {
    for (const { situation } of emergencies) {
      if (situation.kind !== 'reply' || situation.account === 'personal') continue;
      expect(evaluate(situation).findings.map((f) => f.rule)).toContain('emergency-not-service');
    }
  });
});
