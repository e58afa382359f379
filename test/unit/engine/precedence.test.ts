/** A verdict never says two contradictory things: a permission or a « policy is silent » yields to an error. */
import { describe, expect, it } from 'vitest';
import { evaluate, rules, type Situation } from '../../../src/engine/index.ts';

const post = (author: 'employee' | 'elected', text: string): Situation => ({ kind: 'publish', author, account: 'personal', content: 'opinion', text });

describe('préséance entre règles', () => {
  it.each([
    ['employee', 'La position officielle de la Ville est que le projet est abandonné.', 'personal-city-voice', 'personal-opinion'],
    ['elected', 'La Ville annonce officiellement la fermeture du pont.', 'elected-city-voice', 'policy-silent'],
  ] as const)('%s : « %s » → %s sans %s', (author, text, decisive, moot) => {
    const verdict = evaluate(post(author, text));
    expect(verdict.outcome).toBe('not-allowed');
    expect(verdict.findings.map((f) => f.rule)).toContain(decisive);
    expect(verdict.findings.map((f) => f.rule)).not.toContain(moot);
  });

  it.each([
    [{ kind: 'publish', author: 'department', account: 'city', content: 'city-event' }, 'publication-authority'],
    [{ kind: 'publish', author: 'elected', account: 'personal', content: 'share-official', text: 'Au nom de la Ville, je vous annonce que le budget est adopté.' }, 'elected-city-voice'],
    [{ kind: 'publish', author: 'employee', account: 'personal', content: 'opinion', text: 'La position officielle de la Ville est que le projet est abandonné.' }, 'personal-city-voice'],
  ] as const)('un « permis » disparaît devant une erreur (%#)', (situation, error) => {
    const verdict = evaluate(situation as Situation);
    expect(verdict.findings.map((f) => f.rule)).toContain(error);
    for (const f of verdict.findings) expect((rules.find((r) => r.id === f.rule) as { grants?: boolean }).grants ?? false, f.rule).toBe(false);
  });

  it('garde l’information quand rien de plus précis ne s’applique', () => {
    expect(evaluate(post('employee', 'Selon moi, ce pont aurait dû être refait avant.')).findings.map((f) => f.rule)).toContain('personal-opinion');
    expect(evaluate(post('elected', 'À mon avis, cette piste cyclable est une bonne idée.')).outcome).toBe('not-covered');
  });

  it('ne fait céder une règle qu’à des règles qui existent', () => {
    const ids = new Set(rules.map((r) => r.id));
    for (const r of rules) for (const id of (r as { yieldsTo?: readonly string[] }).yieldsTo ?? []) expect(ids, `${r.id} → ${id}`).toContain(id);
  });
});
