/**
 * Disguise, measured the way a commenter would try it (3.2): take our own hateful sentences that the engine flags,
 * disguise the word it highlights (one letter for a digit or a symbol, letters spaced or dotted, a letter held, two
 * letters swapped, one missing or doubled, a hyphen slipped inside, capitals, no accents, a look-alike Cyrillic letter,
 * an invisible space, full-width letters), and count how many are still flagged and read as disrespectful. Each
 * disguise has a floor a little under what it does today (session 17: 96 to 100 % on this sample; whole-word masks,
 * session 18: 87 and 92 %, from 75 and 70 %; without vowels, 91 % from 75 %): a change that loses ground fails here.
 * Deterministic: the sentences are every k-th of the corpus, the letters chosen by a fixed pseudo-random sequence.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyIncomingDetailed, evaluate } from '../../../src/engine/index.ts';

const CORPUS = new URL('../../../content/language/', import.meta.url);
/** How many corpus sentences are disguised. */
const SAMPLE = 150;

const flagged = (text: string): { ok: boolean; spans: string[] } => {
  const reading = classifyIncomingDetailed(text);
  const findings = evaluate({ kind: 'reply', incoming: 'comment', author: 'communications', account: 'city', text }).findings;
  const ok = reading.kind === 'disrespectful' && findings.some((f) => f.rule === 'respectful-language' && (f.severity === 'error' || f.severity === 'warning'));
  return { ok, spans: reading.disrespect.map((d) => text.slice(d.start, d.end)) };
};

/** The longest word of four letters or more in what the engine highlighted: the word a commenter would disguise. */
const trigger = (spans: readonly string[]): string | undefined =>
  spans.flatMap((s) => [...s.matchAll(/\p{L}{4,}/gu)].map((m) => m[0])).sort((a, b) => b.length - a.length)[0];

let seed = 17;
const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
const LEET: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '$', t: '7' };
const CYRILLIC: Record<string, string> = { a: 'а', e: 'е', o: 'о', c: 'с', p: 'р' };
const at = (w: string, pick: (c: string, i: number) => boolean): number => {
  const places = [...w].map((c, i) => (pick(c, i) ? i : -1)).filter((i) => i >= 0);
  return places.length === 0 ? -1 : places[next(places.length)]!;
};
const swapAt = (w: string, i: number, by: string): string => (i < 0 ? w : w.slice(0, i) + by + w.slice(i + 1));

/** [name, disguise, floor (share still flagged)] */
const DISGUISES: ReadonlyArray<readonly [string, (w: string) => string, number]> = [
  ['une lettre pour un chiffre ou un symbole', (w) => { const i = at(w, (c, k) => k > 0 && c in LEET); return swapAt(w, i, LEET[w[i] ?? ''] ?? ''); }, 0.97],
  ['lettres espacées', (w) => [...w].join(' '), 0.96],
  ['lettres pointées', (w) => [...w].join('.'), 0.97],
  ['une lettre tenue', (w) => w.slice(0, -2) + w[w.length - 2]!.repeat(4) + w.slice(-1), 0.96],
  ['deux lettres inversées', (w) => { const i = 1 + next(w.length - 3); return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2); }, 0.96],
  ['une lettre manquante', (w) => { const i = 1 + next(w.length - 2); return w.slice(0, i) + w.slice(i + 1); }, 0.95],
  ['une lettre doublée', (w) => { const i = 1 + next(w.length - 1); return w.slice(0, i) + w[i - 1] + w.slice(i); }, 0.96],
  ['une voyelle masquée', (w) => swapAt(w, at(w, (c, k) => k > 0 && 'aeiouéè'.includes(c)), '*'), 0.95],
  // Session 18: masks over the whole word (hidden after its first letter, or between its first and last), and a word
  // without the vowels between its first and last letters.
  ['masqué sauf la première et la dernière lettre', (w) => w[0] + '*'.repeat(w.length - 2) + w.slice(-1), 0.85],
  ['masqué après la première lettre', (w) => w[0] + '*'.repeat(w.length - 1), 0.9],
  ['un trait d’union au milieu', (w) => w.slice(0, 3) + '-' + w.slice(3), 0.93],
  ['sans voyelles', (w) => w[0] + w.slice(1, -1).replace(/[aeiouyéèêàâîôû]/g, '') + w.slice(-1), 0.88],
  ['en capitales', (w) => w.toUpperCase(), 0.99],
  ['sans accents', (w) => w.normalize('NFD').replace(/[\u0300-\u036f]/g, ''), 0.97],
  ['une lettre cyrillique', (w) => { const i = at(w, (c) => c in CYRILLIC); return swapAt(w, i, CYRILLIC[w[i] ?? ''] ?? ''); }, 0.98],
  ['une espace invisible', (w) => w.slice(0, 2) + '\u200b' + w.slice(2), 0.99],
  ['lettres pleine chasse', (w) => [...w].map((c) => (/[a-z]/.test(c) ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join(''), 0.99],
];

describe('disguised words in our own hateful sentences are still read (rates, with floors)', () => {
  const rows: Array<{ text: string; word: string }> = [];
  const all = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(new URL(f, CORPUS), 'utf8')) as Array<{ text: string; label: string }>)
    .filter((e) => e.label === 'flag');
  const step = Math.max(1, Math.floor(all.length / (SAMPLE * 2)));
  for (let k = 0; k < all.length && rows.length < SAMPLE; k += step) {
    const { ok, spans } = flagged(all[k]!.text);
    const word = ok ? trigger(spans) : undefined;
    if (word !== undefined && word.length >= 5) rows.push({ text: all[k]!.text, word });
  }
  it('has enough flagged sentences to measure', () => expect(rows.length).toBe(SAMPLE));
  for (const [name, disguise, floor] of DISGUISES) {
    it(`${name} : au moins ${Math.round(floor * 100)} % encore signalées`, { timeout: 60_000 }, () => {
      const lost: string[] = [];
      let tried = 0;
      for (const { text, word } of rows) {
        const changed = text.split(word).join(disguise(word));
        if (changed === text) continue;
        tried += 1;
        if (!flagged(changed).ok) lost.push(changed);
      }
      expect(tried).toBeGreaterThan(SAMPLE / 5);
      expect(1 - lost.length / tried, lost.slice(0, 5).join('\n')).toBeGreaterThanOrEqual(floor);
    });
  }
});
