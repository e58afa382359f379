/**
 * The 3.2 lexicon split in two: single words, looked up on tokens by form and lemma (so every
 * inflection and every disguise of a word is found, see tokens.ts), and phrases, matched as
 * patterns on the text (see match.ts). An entry is a single word when it holds no space, hyphen,
 * apostrophe or regex class; its alternatives (« (c|k)(a|e)li(ss|s|c)(e)? ») are expanded here once.
 */
import { contempt, hate, insults, profanity, sacres, threats, unprofessional } from '../lexicon/disrespect.ts';
import { lemma } from './lemma.ts';

export type DisrespectKind = 'sacre' | 'profanity' | 'insult' | 'hate' | 'threat' | 'contempt' | 'unprofessional';

/** Lists in order of strength: a word listed under two kinds gets the first. */
export const LISTS: ReadonlyArray<readonly [DisrespectKind, readonly string[]]> = [
  ['threat', threats],
  ['hate', hate],
  ['contempt', contempt],
  ['profanity', profanity],
  ['sacre', sacres],
  ['insult', insults],
  ['unprofessional', unprofessional],
];

/** Shortest lemma matched by stem: shorter words match only in the forms the lexicon lists (« con » is not « cône »). */
export const MIN_STEM = 5;

const SINGLE = /^[a-z()|?]+\*?$/;

/** Every spelling of a single-word entry: groups of alternatives, `?` after a letter or a group. */
export function expand(entry: string): string[] {
  let i = 0;
  // seq := item* ; item := (letter | '(' alt ')') '?'?
  const parseSeq = (): string[] => {
    let acc = [''];
    while (i < entry.length && entry[i] !== ')' && entry[i] !== '|') {
      let options: string[];
      if (entry[i] === '(') {
        i += 1;
        options = parseAlt();
        i += 1; // ')'
      } else {
        options = [entry[i] ?? ''];
        i += 1;
      }
      if (entry[i] === '?') {
        options = [...options, ''];
        i += 1;
      }
      const next: string[] = [];
      for (const a of acc) for (const o of options) next.push(a + o);
      acc = next;
    }
    return acc;
  };
  const parseAlt = (): string[] => {
    const out = parseSeq();
    while (entry[i] === '|') {
      i += 1;
      out.push(...parseSeq());
    }
    return out;
  };
  return [...new Set(parseAlt())];
}

export interface Vocabulary {
  /** Exact folded spellings. */
  forms: Map<string, DisrespectKind>;
  /** Lemmas of MIN_STEM letters or more. */
  lemmas: Map<string, DisrespectKind>;
  /** Entries written `word*` (« fuck* »): any word that starts with them. */
  prefixes: Array<readonly [string, DisrespectKind]>;
  /** Forms by length, for masked words (« c*****e »). */
  byLength: Map<number, string[]>;
  /** Long forms (MIN_FUZZY letters or more) with one letter missing → the form (« tabrnak » → « tabarnak »). */
  missing: Map<string, string>;
  /** The phrase entries, by kind. */
  phrases: Array<readonly [DisrespectKind, string[]]>;
}

/** Forms this long or longer are found with one letter missing, doubled or swapped (shorter ones would hit ordinary words). */
export const MIN_FUZZY = 7;

function build(): Vocabulary {
  const forms = new Map<string, DisrespectKind>();
  const lemmas = new Map<string, DisrespectKind>();
  const prefixes: Array<readonly [string, DisrespectKind]> = [];
  const phrases: Array<readonly [DisrespectKind, string[]]> = [];
  for (const [kind, list] of LISTS) {
    const mine: string[] = [];
    for (const entry of list) {
      if (!SINGLE.test(entry)) {
        mine.push(entry);
        continue;
      }
      if (entry.endsWith('*')) {
        for (const p of expand(entry.slice(0, -1))) prefixes.push([p, kind]);
        continue;
      }
      for (const form of expand(entry)) {
        if (!forms.has(form)) forms.set(form, kind);
        const l = lemma(form);
        if (l.length >= MIN_STEM && !lemmas.has(l)) lemmas.set(l, kind);
      }
    }
    phrases.push([kind, mine]);
  }
  const byLength = new Map<number, string[]>();
  const missing = new Map<string, string>();
  for (const [p] of prefixes) byLength.set(p.length, [...(byLength.get(p.length) ?? []), p]);
  for (const form of forms.keys()) {
    byLength.set(form.length, [...(byLength.get(form.length) ?? []), form]);
    if (form.length >= MIN_FUZZY) {
      for (let k = 0; k < form.length; k += 1) {
        const key = form.slice(0, k) + form.slice(k + 1);
        if (!missing.has(key)) missing.set(key, form);
      }
    }
  }
  return { forms, lemmas, prefixes, byLength, missing, phrases };
}

let built: Vocabulary | undefined;

/** The vocabulary, built on first use. */
export function vocabulary(): Vocabulary {
  built ??= build();
  return built;
}

/** Answers already given, by form (with the lemma they were given for): texts repeat their words. */
const KINDS = new Map<string, { lemma: string; kind: DisrespectKind | undefined }>();
const MAX_KINDS = 20_000;
/** The answers for a form with its own lemma (the common call), by form alone. */
const NOT_LISTED = 'not listed';
const OWN_KINDS = new Map<string, DisrespectKind | typeof NOT_LISTED>();

/** The kind of a (resolved) word, by its form, its lemma or a listed prefix; undefined when not listed. */
export function kindOf(form: string, given?: string): DisrespectKind | undefined {
  // Asked without a lemma (its own): one lookup by form, not a lemma computed before the cache is read.
  if (given === undefined) {
    const own = OWN_KINDS.get(form);
    if (own !== undefined) return own === NOT_LISTED ? undefined : own;
  }
  const wordLemma = given ?? lemma(form);
  const known = KINDS.get(form);
  if (known && known.lemma === wordLemma) return known.kind;
  const kind = lookUp(form, wordLemma);
  if (KINDS.size >= MAX_KINDS) KINDS.clear();
  KINDS.set(form, { lemma: wordLemma, kind });
  if (given === undefined) {
    if (OWN_KINDS.size >= MAX_KINDS) OWN_KINDS.clear();
    OWN_KINDS.set(form, kind ?? NOT_LISTED);
  }
  return kind;
}

/** Nouns in -ment spelt like a sacre's adverb. */
const REAL_ADVERBS = new Set(['crissement', 'crissements']);

function lookUp(form: string, wordLemma: string): DisrespectKind | undefined {
  const v = vocabulary();
  const byForm = v.forms.get(form);
  if (byForm) return byForm;
  // The plural of a short listed word (« ostis », « tarlas »): short words are not matched by lemma.
  if (form.length > 3 && (form.endsWith('s') || form.endsWith('x'))) {
    const singular = v.forms.get(form.slice(0, -1));
    if (singular) return singular;
  }
  if (wordLemma.length >= MIN_STEM) {
    const byLemma = v.lemmas.get(wordLemma);
    if (byLemma) return byLemma;
  }
  for (const [p, kind] of v.prefixes) if (form.startsWith(p)) return kind;
  // A sacre made an adverb (« tabarnakement », « ostiement », « câlissement long »), not a real
  // adverb that happens to share its letters (« le crissement des pneus »).
  if (form.length >= 8 && form.endsWith('ment') && !REAL_ADVERBS.has(form)) {
    const base = form.slice(0, -4);
    const kind = v.forms.get(base) ?? v.forms.get(base.slice(0, -1));
    if (kind === 'sacre') return kind;
  }
  return undefined;
}
