/** Shared helpers for the grammar tests: a reply on the City's account, ⟦marked⟧ spans, and the table of a reading. */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, evaluate } from '../../../src/engine/index.ts';
import type { Finding } from '../../../src/engine/index.ts';
import { findGrammar } from '../../../src/engine/text/grammar/index.ts';
import { tokenize } from '../../../src/engine/text/tokens.ts';

/** The 3.2 findings (respectful-language, professional-tone) on a reply written on the City's account. */
export function tone(text: string): Finding[] {
  const v = evaluate({ kind: 'reply', incoming: 'comment', author: 'communications', account: 'city', text });
  return v.findings.filter((f) => f.rule === 'respectful-language' || f.rule === 'professional-tone');
}

export const errors = (text: string): Finding[] => tone(text).filter((f) => f.severity === 'error');
export const warnings = (text: string): Finding[] => tone(text).filter((f) => f.severity === 'warning');
export { classifyIncoming };

/** The words of the grammar's errors in `text` (only threats when `kind` says so), in order. */
export const grammarErrors = (text: string, kind?: 'hate' | 'threat' | 'contempt'): string[] =>
  findGrammar(tokenize(text))
    .filter((h) => h.severity === 'error' && (kind === undefined || h.kind === kind))
    .map((h) => text.slice(h.start, h.end));

/** Text without its ⟦ ⟧ marks, and the marked spans in it. */
export function marked(source: string): { text: string; spans: string[] } {
  const spans: string[] = [];
  let text = '';
  let open = -1;
  for (const ch of source) {
    if (ch === '⟦') open = text.length;
    else if (ch === '⟧') {
      spans.push(text.slice(open, text.length));
      open = -1;
    } else text += ch;
  }
  return { text, spans };
}

/** Fills a frame with a group: {G} capitalised, {g} as is. */
export const fill = (frame: string, group: string): string =>
  frame.replaceAll('{G}', group.charAt(0).toUpperCase() + group.slice(1)).replaceAll('{g}', group);

/**
 * The table a reading's test file holds: each flagged sentence gets a 3.2 error (with `flaggedMayWarn`, a 3.2 finding,
 * an error or a warning to check) and is a disrespectful comment; each clean one gets no error (and, with
 * `cleanNotDisrespectful`, is no disrespectful comment either).
 */
export function describeReading(
  title: string,
  flagged: readonly string[],
  clean: readonly string[],
  options: { cleanLabel?: string; cleanNotDisrespectful?: boolean; flaggedMayWarn?: boolean } = {},
): void {
  describe(title, () => {
    it.each(flagged)('%s', (text) => {
      expect((options.flaggedMayWarn ? tone(text) : errors(text)).length, text).toBeGreaterThan(0);
      expect(classifyIncoming(text)).toBe('disrespectful');
    });
    it.each(clean)(`${options.cleanLabel ?? 'clean'}: %s`, (text) => {
      expect(errors(text)).toEqual([]);
      if (options.cleanNotDisrespectful) expect(classifyIncoming(text)).not.toBe('disrespectful');
    });
  });
}

/** A table's known misses, kept as `it.fails`: a fix makes one pass, and the test then fails to say « move it up ». */
export function describeKnownMisses(missed: readonly string[], stillFlagged: readonly string[], title = 'known misses (a fix makes these fail: move them up)'): void {
  describe(title, () => {
    it.fails.each(missed)('%s', (text) => {
      expect(errors(text).length).toBeGreaterThan(0);
      expect(classifyIncoming(text)).toBe('disrespectful');
    });
    if (stillFlagged.length > 0) it.fails.each(stillFlagged)('%s', (text) => expect(errors(text)).toEqual([]));
  });
}

/**
 * Clean sentences that a net's doubt still reaches (a warning « à vérifier », the comment disrespectful as a doubt): never an
 * error; the doubt is kept as `it.fails`, so a fix makes the test fail to say « move it up » to the clean rows.
 */
export function describeKnownDoubts(rows: readonly string[], title = 'known doubts on clean text (never an error; a fix makes these fail: move them up)'): void {
  describe(title, () => {
    it.each(rows)('no error: %s', (text) => expect(errors(text)).toEqual([]));
    it.fails.each(rows)('no doubt: %s', (text) => expect(classifyIncoming(text)).not.toBe('disrespectful'));
  });
}
