/**
 * Property tests (fast-check): total on any input, deterministic, spans inside the text and on the
 * words they name, outcome consistent with the severities, sections that exist.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyIncoming, evaluate, sectionNumbers, type Situation, type Verdict } from '../../../src/engine/index.ts';
import { accounts, contents, incomings, roles, whens } from '../../../src/engine/situation.ts';

const INCOMINGS = new Set<string>(incomings);

/** Words that make rules fire, mixed with noise, emoji, accents, HTML. */
const piece = fc.oneof(
  fc.constantFrom(
    'Calvaire', 'calvaire', 'CÂLISSE', 'tabarnak', 'le calvaire', 'On s’en occupe', 'une équipe passe', '311', 'site Web', 'Sorry we are closed',
    'au nom de la Ville', 'officiellement', 'n’hésitez pas', 'ne … pas', 'relations médias', 'par courriel', '!!!', 'LA COLLECTE EST ANNULÉE',
    '😊', '👍🏽', '<b>gras</b>', '&amp;', 'é', 'É', '\u0301', '\u200b', '\n', '  ', '’', 'Saint-Sacrement', 'idiot', 'feu', 'CHLN',
  ),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
);
const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(' '));

const situation: fc.Arbitrary<Situation> = fc.oneof(
  fc.record({
    kind: fc.constant('publish' as const),
    author: fc.constantFrom(...roles),
    account: fc.constantFrom(...accounts),
    content: fc.constantFrom(...contents),
    text,
  }),
  fc.record(
    {
      kind: fc.constant('reply' as const),
      incoming: fc.constantFrom(...incomings),
      author: fc.constantFrom(...roles),
      account: fc.constantFrom(...accounts),
      text,
      when: fc.constantFrom(...whens),
      emergencyOngoing: fc.boolean(),
    },
    { requiredKeys: ['kind', 'incoming', 'author', 'account', 'text'] },
  ),
  fc.record({ kind: fc.constant('create-account' as const), requester: fc.constantFrom(...roles), dgApproved: fc.boolean() }),
);

function checkVerdict(verdict: Verdict, input: unknown): void {
  const hasError = verdict.findings.some((f) => f.severity === 'error');
  expect(verdict.outcome === 'not-allowed').toBe(hasError);
  if (verdict.outcome === 'not-covered') {
    expect(verdict.findings.some((f) => f.severity === 'info' && /Communications/u.test(f.message))).toBe(true);
  }
  const t = typeof input === 'object' && input !== null && typeof (input as { text?: unknown }).text === 'string' ? (input as { text: string }).text : '';
  for (const f of verdict.findings) {
    expect(sectionNumbers).toContain(f.section);
    expect(['error', 'warning', 'info']).toContain(f.severity);
    expect(f.message.length).toBeGreaterThan(10);
    if (f.span) {
      expect(f.span.start).toBeGreaterThanOrEqual(0);
      expect(f.span.start).toBeLessThan(f.span.end);
      expect(f.span.end).toBeLessThanOrEqual(t.length);
      // On the words: a span starts and ends on a letter, digit or punctuation, never on a space.
      expect(t.slice(f.span.start, f.span.end)).toBe(t.slice(f.span.start, f.span.end).trim());
    }
  }
}

describe('properties', () => {
  it('evaluate: consistent verdicts on valid situations', () => {
    fc.assert(
      fc.property(situation, (s) => {
        const v = evaluate(s);
        checkVerdict(v, s);
        expect(evaluate(s)).toEqual(v); // deterministic
      }),
      { numRuns: 400 },
    );
  });

  it('evaluate: total on anything JSON can carry', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything(), situation.map((s) => ({ ...s, extra: 1 }))), (input) => {
        const v = evaluate(input as Situation);
        checkVerdict(v, input);
      }),
      { numRuns: 400 },
    );
  });

  it('evaluate: garbage values of known fields give not-covered with a French reason', () => {
    const garbage = fc.oneof(fc.constant(null), fc.integer(), fc.constant('inconnu'), fc.constant(undefined), fc.array(fc.string()));
    fc.assert(
      fc.property(garbage, garbage, (a, b) => {
        for (const s of [
          { kind: 'publish', author: a, account: 'city', content: b },
          { kind: 'reply', incoming: a, author: 'communications', account: 'city', text: b },
          { kind: 'create-account', requester: 'department', dgApproved: a },
        ]) {
          const v = evaluate(s as unknown as Situation);
          expect(v.outcome).toBe('not-covered');
          checkVerdict(v, s);
        }
      }),
    );
  });

  it('spans land on the named words even after emoji and accents', () => {
    fc.assert(
      fc.property(fc.constantFrom('😊😊 ', 'Éééé ', '👍🏽\n', '<p>', 'Œuvre à l’été : '), fc.constantFrom('Calvaire', 'CÂLISSE', 'tabarnak', 'idiot'), (prefix, word) => {
        const t = `${prefix}${word}, lisez bien.`;
        const v = evaluate({ kind: 'reply', incoming: 'comment', author: 'communications', account: 'city', text: t });
        const spans = v.findings.filter((f) => f.rule === 'respectful-language').map((f) => t.slice(f.span!.start, f.span!.end));
        expect(spans).toContain(word);
      }),
    );
  });

  it('classifyIncoming: total and deterministic, returns an Incoming', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.anything()), (t) => {
        const kind = classifyIncoming(t as string);
        expect(INCOMINGS.has(kind)).toBe(true);
        expect(classifyIncoming(t as string)).toBe(kind);
      }),
      { numRuns: 400 },
    );
  });

  it('handles empty and 100 000-character texts', () => {
    const big = 'Bonjour! On s’en occupe 😊 calvaire <b>x</b> '.repeat(2500).slice(0, 100_000);
    for (const t of ['', big]) {
      const s: Situation = { kind: 'reply', incoming: 'complaint', author: 'communications', account: 'city', text: t };
      checkVerdict(evaluate(s), s);
      expect(INCOMINGS.has(classifyIncoming(t))).toBe(true);
    }
  });
});
