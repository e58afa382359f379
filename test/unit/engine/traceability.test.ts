/**
 * Traceability that survives change: each section the engine stores is compared with the official
 * text (test/fixtures/CE-2019-0040.txt); a changed section names the rules to review. Every section
 * is applied by a rule or marked not actionable, and every finding cites an existing section.
 */
import { describe, expect, it } from 'vitest';
import { coverage, labels, rules, sectionNumbers, sections } from '../../../src/engine/index.ts';
import { accounts, contents, incomings, roles, whens } from '../../../src/engine/situation.ts';
import { officialSections, sectionHash } from '../../support/official-text.ts';

describe('traceability', () => {
  const official = officialSections();

  it('stores exactly the sections of the official text', () => {
    expect(sectionNumbers).toEqual(official.map((s) => s.number));
  });

  it.each(official.map((s) => [s.number, s] as const))('section %s: stored hash matches the official words', (number, s) => {
    const stored = sections[number as keyof typeof sections]?.textHash;
    const actual = sectionHash(s.text);
    const toReview = rules.filter((r) => r.section === number).map((r) => r.id);
    expect(stored, `Section ${number} changed: review the rules ${toReview.join(', ') || '(none)'} and update sections.ts`).toBe(actual);
  });

  it('covers every section by a rule or a reason', () => {
    for (const c of coverage) {
      expect(c.rules.length > 0 || (c.notActionable ?? '').length > 0, `section ${c.section}`).toBe(true);
    }
    expect(coverage.map((c) => c.section)).toEqual(sectionNumbers);
  });

  it('makes every rule cite a section of the policy', () => {
    for (const r of rules) expect(sectionNumbers).toContain(r.section);
  });

  it('reads exactly the values that have a label (no list out of step with the types)', () => {
    const keys = (o: object) => Object.keys(o).sort();
    expect([...roles].sort()).toEqual(keys(labels.role));
    expect([...accounts].sort()).toEqual(keys(labels.account));
    expect([...contents].sort()).toEqual(keys(labels.content));
    expect([...incomings].sort()).toEqual(keys(labels.incoming));
    expect([...whens].sort()).toEqual(keys(labels.when));
  });

  it('labels every value in French', () => {
    for (const group of Object.values(labels)) for (const label of Object.values(group)) expect(label).toMatch(/\p{L}{3}/u);
  });
});
