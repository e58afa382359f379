/**
 * Adversarial text generators for the engine's linear-time battery (issue 14): each returns a text of
 * exactly `n` UTF-16 code units built to defeat a regular expression that nests or rescans (long runs
 * of one character class, repeated words after each lexicon head word, one very long word…).
 * Shared by test/unit/engine/linear.test.ts (growth ratio) and test/bench/engine.bench.ts (absolute).
 */
import { contempt, hate, insults, profanity, sacres, threats, unprofessional } from '../../src/engine/lexicon/disrespect.ts';

/** Repeats `unit` and cuts to exactly n code units (never splitting a surrogate pair). */
export function fill(unit: string, n: number, tail = ''): string {
  const body = unit.repeat(Math.ceil(Math.max(0, n - tail.length) / unit.length) + 1);
  let cut = body.slice(0, Math.max(0, n - tail.length));
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = `${cut.slice(0, -1)}x`;
  return cut + tail;
}

/** The first plain word of every lexicon entry (« vous », « les », « tabarnak »…). */
function headWords(): string[] {
  const words = new Set<string>(['vous', 'les', 'tu', 'je', 'on', 'merci']);
  for (const term of [...sacres, ...profanity, ...insults, ...hate, ...threats, ...contempt, ...unprofessional]) {
    const head = /^[a-z']+/.exec(term)?.[0];
    if (head && head.length > 1) words.add(head);
  }
  return [...words];
}

export interface Generator {
  name: string;
  make: (n: number) => string;
}

const heads = headWords();

export const generators: Generator[] = [
  { name: 'letters', make: (n) => fill('a', n) },
  { name: 'letters then a word', make: (n) => fill('a', n, ' merci') },
  { name: 'digits', make: (n) => fill('7', n) },
  { name: 'spaces then a word', make: (n) => fill(' ', n, 'merci') },
  { name: 'straight apostrophes', make: (n) => fill("'", n, 'merci') },
  { name: 'curly apostrophes', make: (n) => fill('’', n, 'merci') },
  { name: 'emoji then a word', make: (n) => fill('😀', n, ' merci') },
  { name: 'combining marks', make: (n) => fill('e\u0301\u0302\u0303', n) },
  { name: 'punctuation', make: (n) => fill('.!?,;:…', n, ' merci') },
  { name: 'dashes and hyphens', make: (n) => fill('-—', n, 'merci') },
  { name: 'CJK', make: (n) => fill('市政府', n) },
  { name: 'nested HTML', make: (n) => fill('<div><b><i>', n, 'merci') },
  { name: 'one very long word after vous', make: (n) => `vous ${fill('a', n - 5)}` },
  { name: 'laugh after a reply', make: (n) => `Merci à vous ${fill('ha', n - 13)}` },
  { name: 'repeated words after each head word', make: (n) => fill(heads.map((h) => `${h} ${'mot '.repeat(6)}`).join(''), n) },
  { name: 'head words glued', make: (n) => fill(heads.join(' '), n) },
  { name: 'spaced letters', make: (n) => fill('o s t ', n) },
  { name: 'dotted letters', make: (n) => fill('m.e.r.', n) },
  { name: 'disguise symbols', make: (n) => fill('t@b@rn', n) },
  { name: 'masks', make: (n) => fill('c*****', n) },
  { name: 'stretched letter', make: (n) => `osti${fill('i', n - 5)}e` },
  {
    name: 'repeated rule-triggering sentences',
    make: (n) =>
      fill(
        'Calvaire, LISEZ LE SITE WEB!!! Sorry, we are closed. Nous ne traitons pas les plaintes ici, appelez le 311. Les immigrants sont des voleurs. Au feu! ',
        n,
      ),
  },
  { name: 'foreign sentences', make: (n) => fill('El parque está abierto todo el verano. Der Park ist geöffnet. ', n) },
  { name: 'mixed words', make: (n) => fill('le parc est open enjoy check see ya ', n) },
  // Every sentence gives the grammar's nets something to read: a group, an aside, a harm foretold, a « keep on ».
  { name: 'a group and an aside in every sentence', make: (n) => fill('Les immigrés sont, à vrai dire, des gens. ', n) },
  { name: 'harm foretold in every sentence', make: (n) => fill('Ces musulmans, je vais les voir. Les Juifs finiront tous pendus. Les gais n’arrêtent pas d’être des gens. ', n) },
];
