/**
 * findAll and hasMatch try, at each place, only the terms that can start with its character: they
 * must find exactly what the whole expression finds when it scans the text itself (same places,
 * same alternative winning), on every term list of the lexicons and on arbitrary text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as disrespect from '../../../src/engine/lexicon/disrespect.ts';
import * as incoming from '../../../src/engine/lexicon/incoming.ts';
import * as replies from '../../../src/engine/lexicon/replies.ts';
import { compileTerms, findAll, hasMatch, type Match } from '../../../src/engine/text/match.ts';

/** The reference: the expression's own global scan. */
function scan(re: RegExp, text: string): Match[] {
  const plain = new RegExp(re.source, re.flags);
  const out: Match[] = [];
  for (let m = plain.exec(text); m !== null; m = plain.exec(text)) {
    if (m[0].length === 0) {
      plain.lastIndex += 1;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

const termLists = Object.entries({ ...disrespect, ...incoming, ...replies }).filter(
  (e): e is [string, string[]] => Array.isArray(e[1]) && e[1].every((x) => typeof x === 'string'),
);
const lists = termLists.map(([name, terms]) => [name, compileTerms(terms)] as const);

/** Texts made of the lists' own words, glued by spaces, punctuation, digits, emoji and odd letters. */
const vocabulary = [...new Set(termLists.flatMap(([, terms]) => terms.join(' ').split(/[^a-z']+/)).filter(Boolean))];
const pieces = fc.oneof(
  fc.constantFrom(...vocabulary),
  fc.constantFrom(' ', ' ', ' ', '-', "'", ', ', '. ', '!', '\n', '3', 'é', '😀', 'x', 'ß', '\ud83d', '市'),
);
/** Long enough for the indexed search (from 2 000 characters; shorter texts go to the expression itself). */
const long = (t: string): string => (t.length === 0 ? t : t.repeat(Math.ceil(2100 / t.length)));
const texts = fc.oneof(fc.array(pieces, { maxLength: 40 }).map((a) => long(a.join(''))), fc.string({ unit: 'grapheme', maxLength: 40 }).map(long));

describe('findAll finds what the whole expression finds', () => {
  it.each(lists)('%s', (_name, re) => {
    fc.assert(
      fc.property(texts, (text) => {
        const expected = scan(re, text);
        expect(findAll(re, text)).toEqual(expected);
        expect(hasMatch(re, text)).toBe(expected.length > 0);
      }),
      { numRuns: 100, seed: 14 },
    );
  });

  it('keeps the term syntax: optional letters and groups, separators, stars, classes and counts', () => {
    const re = compileTerms([
      "(n')?importe quoi", 'a?bc', '(x|y)?z', 'tabarn*', 'n[o0]n', 'ha{2,3}', 'o{0,2}k', 'wx+y', "l'eau", 'saint sacrement', 'q', 'j (v|f)ais', '\\d+ ans', 'ga(ga)+', 'u+v',
    ]);
    for (const sample of [
      'importe quoi', "n'importe quoi", 'bc abc', 'z xz yz', 'tabarnak', 'non n0n', 'haa haaa', 'k ok ook', 'wxy wxxxy', 'l eau leau', 'saint-sacrement saintsacrement', 'q', 'j vais j-fais jvais', '12 ans', 'ga gaga gagaga', 'uuuv uv',
    ]) {
      const text = long(`${sample}, `);
      expect(findAll(re, text)).toEqual(scan(re, text));
      expect(findAll(re, text).length).toBeGreaterThan(0);
    }
  });
});
