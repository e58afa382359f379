/**
 * Every rule's own examples, run the way LanguageTool runs its rules:
 * - mustFlag: the rule reports a finding; when words are marked ⟦like this⟧, the rule's spans are
 *   exactly the marked words; the suggestion (a whole replacement text) does not trigger the rule again;
 * - mustPass: the rule reports nothing;
 * - a text rule has at least 5 examples of each; a structured rule at least one of each.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, rules, type RuleMeta, type Situation } from '../../../src/engine/index.ts';
import { allRules } from '../../../src/engine/rules/index.ts';

/** Removes the ⟦ ⟧ marks and returns the text with the marked spans (offsets in the clean text). */
function unmark(marked: string): { text: string; spans: Array<{ start: number; end: number }> } {
  const spans: Array<{ start: number; end: number }> = [];
  let text = '';
  let open = -1;
  for (const ch of marked) {
    if (ch === '⟦') open = text.length;
    else if (ch === '⟧') {
      spans.push({ start: open, end: text.length });
      open = -1;
    } else text += ch;
  }
  return { text, spans };
}

function situationOf(rule: RuleMeta, example: string | Situation): Situation {
  if (typeof example !== 'string') return example;
  if (!rule.context || rule.context.kind === 'create-account') throw new Error(`${rule.id}: a text example needs a context`);
  return { ...rule.context, text: example };
}

/** The rule's findings in the verdict (after exceptions: an exception's own findings stay, as info). */
const findingsOf = (rule: RuleMeta, situation: Situation) => evaluate(situation).findings.filter((f) => f.rule === rule.id);

describe.each(rules.map((r) => [r.id, r] as const))('rule %s', (_id, rule) => {
  const minimum = rule.kind === 'text' ? 5 : 1;
  it(`has at least ${minimum} mustFlag and ${minimum} mustPass examples`, () => {
    expect(rule.examples.mustFlag.length).toBeGreaterThanOrEqual(minimum);
    expect(rule.examples.mustPass.length).toBeGreaterThanOrEqual(minimum);
  });

  it.each(rule.examples.mustFlag.map((e) => [typeof e === 'string' ? e : JSON.stringify(e), e] as const))('flags %s', (_label, example) => {
    if (rule.id === 'invalid-situation') {
      const verdict = evaluate(example as Situation);
      expect(verdict.findings.map((f) => f.rule)).toContain('invalid-situation');
      return;
    }
    const { text, spans } = typeof example === 'string' ? unmark(example) : { text: '', spans: [] };
    const situation = situationOf(rule, typeof example === 'string' ? text : example);
    const found = findingsOf(rule, situation);
    expect(found.length, `${rule.id} should flag: ${text}`).toBeGreaterThan(0);
    if (spans.length > 0) {
      const got = found.map((f) => (f.span ? text.slice(f.span.start, f.span.end) : '(no span)')).sort();
      expect(got).toEqual(spans.map((s) => text.slice(s.start, s.end)).sort());
    }
    // The engine's suggestions are whole replacement texts: used as the text, they must not trigger the rule again.
    for (const suggestion of new Set(found.map((f) => f.suggestion).filter((x): x is string => typeof x === 'string'))) {
      expect(findingsOf(rule, situationOf(rule, suggestion)), `suggestion retriggers ${rule.id}`).toEqual([]);
    }
    // Where a suggestion names the words it replaces (`replaces`, or else the span), putting it there clears the finding.
    for (const f of found.filter((x) => x.suggestion && x.replaces)) {
      const fixed = text.slice(0, f.replaces!.start) + f.suggestion + text.slice(f.replaces!.end);
      const again = findingsOf(rule, situationOf(rule, fixed)).filter((g) => g.span && fixed.slice(g.span.start, g.span.end) === text.slice(f.span!.start, f.span!.end));
      expect(again, `la suggestion mise à la place de « ${text.slice(f.replaces!.start, f.replaces!.end)} » laisse ${rule.id}`).toEqual([]);
    }
  });

  it.each(rule.examples.mustPass.map((e) => [typeof e === 'string' ? e : JSON.stringify(e), e] as const))('passes %s', (_label, example) => {
    const found = findingsOf(rule, situationOf(rule, example));
    expect(found, `${rule.id} should not flag`).toEqual([]);
  });
});

describe('rule list', () => {
  it('documents every rule the evaluator runs, in the same order, with the same identity', () => {
    expect(rules.map((r) => [r.id, r.section, r.severity, r.kind, r.exceptionTo])).toEqual(
      allRules.map((r) => [r.id, r.section, r.severity, r.kind, r.exceptionTo]),
    );
  });
  it('has unique ids, and every exception names an existing rule', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of rules) if (r.exceptionTo) expect(ids).toContain(r.exceptionTo);
  });
  it('writes every title and description in French, without placeholders', () => {
    for (const r of rules) {
      expect(r.title.length).toBeGreaterThan(5);
      expect(r.description.length).toBeGreaterThan(20);
    }
  });
});
