/** The reply guide (for « Que répondre? ») names rules that exist, of the section it cites. */
import { describe, expect, it } from 'vitest';
import { evaluate, INCOMINGS, replyGuide, rules, sectionNumbers } from '../../../src/engine/index.ts';

describe('replyGuide', () => {
  it.each(INCOMINGS)('« %s » a une action, une section qui existe et des règles de cette section', (incoming) => {
    const guide = replyGuide[incoming];
    expect(guide.action).toMatch(/\S.{10,}\.$/);
    expect(sectionNumbers).toContain(guide.section);
    for (const id of guide.rules) {
      const rule = rules.find((r) => r.id === id);
      expect(rule, id).toBeDefined();
      expect(rule!.section, id).toBe(guide.section);
    }
  });

  it.each(INCOMINGS)('les règles qui s’expriment sur une réponse vide à « %s » sont celles du guide', (incoming) => {
    // What the engine itself says about an empty reply must be among the rules the guide names.
    const verdict = evaluate({ kind: 'reply', incoming, author: 'communications', account: 'city', text: '' });
    for (const f of verdict.findings) expect(replyGuide[incoming].rules, f.rule).toContain(f.rule);
  });
});
