/**
 * Lexicon entries as short word patterns, compiled once at module load and matched on the word
 * stream in bounded time (an entry has at most a handful of slots).
 *
 * Entry syntax (folded words: lowercase, no accents), slots separated by spaces:
 * - `a|b|c` one of these words; `?` at the end of a slot makes it optional;
 * - `~tuer` every form of the verb, `+parasite` its plural and feminine forms (see inflect.ts);
 * - `*` any one word.
 * A word matches when its folded form is one of the slot's forms, or when its lemma is the lemma of
 * one of them (forms of 5 letters or more only, so short words never meet by accident).
 */
import { lemma } from '../lemma.ts';
import type { Token } from '../tokens.ts';
import { nounForms, verbForms } from './inflect.ts';
import type { Stream } from './stream.ts';

export interface Slot {
  readonly forms: ReadonlySet<string>;
  readonly lemmas: ReadonlySet<string>;
  readonly optional: boolean;
  readonly any: boolean;
  /** One bit per first letter of its forms and lemmas (a letter's code modulo 32): a word whose first letter has none is looked up in neither. */
  readonly mask: number;
  /** One bit per length of its forms, and of its lemmas (modulo 32, as `mask`): a second cheap test before a set is looked up. */
  readonly formLengths: number;
  readonly lemmaLengths: number;
}

export interface PatternSet {
  /** Patterns by the number in KEY_IDS of their first slot's forms and lemmas (a text's words are looked up once, not once per set), split by what the next word may be. */
  readonly byId: ReadonlyArray<Candidates | undefined>;
  /** The numbers of its keys. */
  readonly ids: Int32Array;
}

/**
 * The patterns that start with one key, by what their second slot accepts: a common first word
 * (« les », « on ») starts hundreds of patterns, and the next word rules out nearly all of them
 * before any is tried.
 */
interface Candidates {
  /** Patterns that may end, or meet `*`, before a required slot after the first: always tried. */
  readonly always: readonly (readonly Slot[])[];
  /** The others, by the forms of their slots up to the first required one after the first slot. */
  readonly byForm: ReadonlyMap<string, readonly (readonly Slot[])[]>;
  /** The same by their lemmas (looked up with a word of 4 letters or more, as fills does). */
  readonly byLemma: ReadonlyMap<string, readonly (readonly Slot[])[]>;
  /** The first letters of both maps' keys, as a slot's `mask`: most next words are looked up in neither. */
  readonly mask: number;
}

function candidatesOf(list: readonly (readonly Slot[])[]): Candidates {
  const always: (readonly Slot[])[] = [];
  const byForm = new Map<string, (readonly Slot[])[]>();
  const byLemma = new Map<string, (readonly Slot[])[]>();
  let mask = 0;
  // A pattern is listed once per key, though several of its slots may hold it.
  const add = (map: Map<string, (readonly Slot[])[]>, k: string, slots: readonly Slot[]): void => {
    const l = map.get(k);
    mask |= 1 << k.charCodeAt(0);
    if (!l) map.set(k, [slots]);
    else if (l.at(-1) !== slots) l.push(slots);
  };
  for (const slots of list) {
    // The next word fills the second slot or, that one being optional, a later one: indexed by all the
    // slots up to the first required one. Always tried when there is none, or a `*` comes first.
    let j = 1;
    while (slots[j]?.optional && !slots[j]!.any) j += 1;
    if (!slots[j] || slots[j]!.any) always.push(slots);
    else
      for (const sl of slots.slice(1, j + 1)) {
        for (const f of sl.forms) add(byForm, f, slots);
        for (const l of sl.lemmas) add(byLemma, l, slots);
      }
  }
  return { always, byForm, byLemma, mask };
}

/** Every first-slot key of every compiled set, numbered: a word's key is looked up here once per text. */
const KEY_IDS = new Map<string, number>();

/** Per stream: the number of each word's key and of its lemma (-1: no set starts with it). */
interface WordIds {
  readonly known: number;
  readonly form: Int32Array;
  readonly lemma: Int32Array;
  /** Each word's key (the stream's). */
  readonly keys: readonly string[];
  /** Each word's lemma, beside its key: the matcher reads both for every word it tries, not the token. */
  readonly lemmas: string[];
  /** The words that have a numbered key or lemma, in order: the only places any pattern can start. */
  readonly keyed: Int32Array;
  /** Where each key number stands (word indexes, in order); built when a set first asks. */
  postings?: Postings;
}
/** The key numbers a stream holds, each with its places (word indexes, in order): `lists[p]` for `present[p]`. */
interface Postings {
  readonly present: readonly number[];
  readonly lists: readonly (readonly number[])[];
  /** The same lists by key number, for a set with fewer keys than the text. */
  readonly at: ReadonlyMap<number, readonly number[]>;
}
const streamIds = new WeakMap<Stream, WordIds>();

function idsOf(s: Stream): WordIds {
  const had = streamIds.get(s);
  if (had && had.known === KEY_IDS.size) return had;
  const n = s.words.length;
  const form = new Int32Array(n);
  const lem = new Int32Array(n);
  const keyed = new Int32Array(n);
  const keys = s.wordKeys;
  const lemmas = new Array<string>(n);
  let count = 0;
  for (let i = 0; i < n; i += 1) {
    const w = s.words[i]!;
    const k = keys[i]!;
    lemmas[i] = w.lemma;
    const f = (form[i] = KEY_IDS.get(k) ?? -1);
    const l = (lem[i] = k.length >= 4 && w.lemma !== k ? (KEY_IDS.get(w.lemma) ?? -1) : -1);
    if (f >= 0 || l >= 0) keyed[count++] = i;
  }
  const ids: WordIds = { known: KEY_IDS.size, form, lemma: lem, keys, lemmas, keyed: keyed.subarray(0, count) };
  streamIds.set(s, ids);
  return ids;
}

function postingsOf(ids: WordIds): Postings {
  if (ids.postings) return ids.postings;
  const postings = new Map<number, number[]>();
  const add = (id: number, i: number): void => {
    const list = postings.get(id);
    if (list) list.push(i);
    else postings.set(id, [i]);
  };
  for (const i of ids.keyed) {
    if (ids.form[i]! >= 0) add(ids.form[i]!, i);
    if (ids.lemma[i]! >= 0) add(ids.lemma[i]!, i);
  }
  ids.postings = { present: [...postings.keys()], lists: [...postings.values()], at: postings };
  return ids.postings;
}

/** Elided forms' keys, cut once: the readings ask a word's key dozens of times. */
const ELIDED = new Map<string, string>();
function elided(f: string): string {
  let k = ELIDED.get(f);
  if (k === undefined) {
    if (ELIDED.size >= 1_000) ELIDED.clear();
    ELIDED.set(f, (k = f.slice(0, -1)));
  }
  return k;
}
/** A text word's key: its folded form without the elision apostrophe (« qu' » ≡ « qu »). */
export const keyOf = (t: Token): string => (t.form.charCodeAt(t.form.length - 1) === 39 ? elided(t.form) : t.form);
/** « que » or its elided « qu' » (a key): asked of every word by several readings, without an array each time. */
export const isQue = (w: string | undefined): boolean => w === 'que' || w === 'qu';
/** « de » or its elided « d' » (a key), as isQue. */
export const isDe = (w: string | undefined): boolean => w === 'de' || w === 'd';
/** The negations of a verb said without « ne », as people write (« faut pas », « j'veux pu »): a denial between a wish and its verb. */
export const NO_LONGER: ReadonlySet<string> = new Set(['pas', 'jamais', 'plus', 'pu']);
/** The reader addressed directly (« t'es un parasite », « tu sers à rien »; « tas », « tes » written without the apostrophe). */
export const SECOND_PERSON: ReadonlySet<string> = new Set(['tu', 't', 'vous', 'toi', 'tes', 'tas']);
/** Plural subject pronouns, Québec « y / yz » included (« y sont », « yz'ont »): the ones that take a people up. */
export const PLURAL_SUBJECTS: readonly string[] = ['ils', 'elles', 'y', 'yz'];
/** Articles, demonstratives and possessives (folded): what opens a noun phrase. Each reading adds its own (« du », « aux », « chaque »…). */
export const DETERMINER_WORDS: readonly string[] = ['le', 'la', 'l', 'les', 'un', 'une', 'des', 'ce', 'cet', 'cette', 'ces', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'notre', 'nos', 'votre', 'vos', 'leur', 'leurs'];

/** Every word of 4 letters or more some grammar entry names: what a disguised word may stand for, never corrected itself (« roms »). */
const GRAMMAR_WORDS = new Set<string>();
/** True when `w` is a word of the grammar's lexicons (see stream.ts, which undoes held and spaced letters). */
export const isGrammarWord = (w: string): boolean => GRAMMAR_WORDS.has(w);
/**
 * The content words among them: listed nouns and adjectives with their plural and feminine, and of
 * each listed verb only its infinitive, present and past participle (not the auxiliaries'
 * paradigms, whose near neighbours are other forms of ordinary verbs). What a misspelt word may be
 * corrected to (stream.ts).
 */
const CORE_WORDS = new Set<string>();
export const coreWords = (): ReadonlySet<string> => CORE_WORDS;
/** Grows whenever a slot adds grammar or core words (the sets are never emptied): what a cache of answers read from them keys on. */
export const grammarWordsVersion = (): number => CORE_WORDS.size + GRAMMAR_WORDS.size;
/** Endings kept for a regular verb's core forms (after its stem): present, past participle, future, conditional. */
const CORE_VERB_ENDINGS = [
  'e', 'ent', 'es', 'ee', 'ees', 'is', 'it', 'issent', 'u', 'us',
  // Future and conditional, where threats are said (« je les tuerai », « on les égorgerait »).
  'erai', 'era', 'eront', 'erait', 'eraient', 'erais',
  // Orders and calls to act together (« exterminez-les », « massacrons… »).
  'ez', 'ons',
];
/** Verbs of every sentence, whose forms are never what a misspelling stands for. */
const ORDINARY_VERBS = new Set('etre avoir aller faire vouloir pouvoir devoir falloir valoir servir savoir vivre mettre prendre comprendre dire lire croire voir venir sentir suffire connaitre sortir repartir'.split(' '));
/** A regular verb's infinitive, present and past participle; every written-out form of an irregular one. */
const coreForm = (inf: string, f: string, irregular: boolean): boolean =>
  !ORDINARY_VERBS.has(inf) && (irregular || f === inf || (f.startsWith(inf.slice(0, -2)) && CORE_VERB_ENDINGS.includes(f.slice(inf.length - 2))));

/** One slot from its source (`a|~b|+c?`). */
export const slot = (source: string): Slot => slotOf(source, true);

function slotOf(source: string, core: boolean): Slot {
  const optional = source.endsWith('?');
  const body = optional ? source.slice(0, -1) : source;
  const forms = new Set<string>();
  for (const alt of body.split('|')) {
    const bare = alt.endsWith("'") ? alt.slice(0, -1) : alt;
    const verb = bare.startsWith('~');
    const list = verb ? verbForms(bare.slice(1)) : bare.startsWith('+') ? nounForms(bare.slice(1)) : [bare];
    for (const f of list) forms.add(f);
    for (const f of list) if (core && f.length >= 5 && /^[a-z]+$/.test(f) && (!verb || coreForm(bare.slice(1), f, list.length < 20))) CORE_WORDS.add(f);
  }
  const lemmas = new Set<string>();
  for (const f of forms) if (f.length >= 5) lemmas.add(lemma(f));
  for (const f of forms) if (f.length >= 4) GRAMMAR_WORDS.add(f);
  let mask = 0;
  for (const f of [...forms, ...lemmas]) mask |= 1 << f.charCodeAt(0);
  let formLengths = 0;
  for (const f of forms) formLengths |= 1 << f.length;
  let lemmaLengths = 0;
  for (const l of lemmas) lemmaLengths |= 1 << l.length;
  return { forms, lemmas, optional, any: body === '*', mask, formLengths, lemmaLengths };
}

/**
 * A set of single words (one slot), e.g. the heads of identity groups. `core` false for words that
 * only frame a statement (scope's matrices): no disguise is ever read as one of them.
 */
export const wordSet = (words: readonly string[], core = true): Slot => slotOf(words.join('|'), core);

/** True when word `t` fills slot `s`. */
export function fills(s: Slot, t: Token | undefined): boolean {
  if (t === undefined) return false;
  return s.any || holds(s, keyOf(t), t.lemma);
}

/**
 * True when a word of key k and lemma l fills slot s (not `*`). Shifts read their count modulo 32, as the masks were
 * built: a word whose first letter or length no form has is looked up in no set (about half the words a reading asks).
 */
function holds(s: Slot, k: string, l: string): boolean {
  return (
    (((s.mask >>> k.charCodeAt(0)) & (s.formLengths >>> k.length) & 1) === 1 && s.forms.has(k)) ||
    (k.length >= 4 && ((s.mask >>> l.charCodeAt(0)) & (s.lemmaLengths >>> l.length) & 1) === 1 && s.lemmas.has(l))
  );
}

/** The slots of an entry; a hyphenated word is several words in the stream (« sous-race »), the
 *  `+` of its inflection going to its last part (« sous-races »). */
function splitEntry(entry: string): string[] {
  const out: string[] = [];
  for (const part of entry.split(' ')) {
    if (part.length === 0) continue;
    if (!part.includes('-') || part.includes('|') || part.endsWith('?')) {
      out.push(part.includes('-') ? part.replaceAll('-', '') : part);
      continue;
    }
    const plus = part.startsWith('+');
    const pieces = (plus ? part.slice(1) : part).split('-').filter((x) => x.length > 0);
    pieces.forEach((p, k) => out.push(plus && k === pieces.length - 1 ? `+${p}` : p));
  }
  return out;
}

/** Compiles entries (see the syntax above). */
export function compile(entries: readonly string[]): PatternSet {
  const byKey = new Map<string, Slot[][]>();
  const index = (slots: Slot[], entry: string): void => {
    const first = slots[0];
    if (!first || first.any) throw new Error(`pattern must start with a word: ${entry}`);
    // A leading optional slot: the pattern is indexed with and without it.
    if (first.optional) index(slots.slice(1), entry);
    for (const k of new Set([...first.forms, ...first.lemmas])) {
      const list = byKey.get(k) ?? [];
      list.push(slots);
      byKey.set(k, list);
    }
  };
  for (const entry of entries) index(splitEntry(entry).map(slot), entry);
  for (const k of byKey.keys()) if (!KEY_IDS.has(k)) KEY_IDS.set(k, KEY_IDS.size);
  // Dense (filled before it is indexed), so lookups stay fast array reads.
  const byId = new Array<Candidates | undefined>(KEY_IDS.size).fill(undefined);
  for (const [k, list] of byKey) byId[KEY_IDS.get(k)!] = candidatesOf(list);
  return { byId, ids: Int32Array.from(byKey.keys(), (k) => KEY_IDS.get(k)!) };
}

/** End (exclusive word index) of `slots` matched from word i, or -1; optional slots are tried taken first. */
function matchSlots(s: Stream, ids: WordIds, slots: readonly Slot[], k: number, i: number, sentence: number): number {
  if (k === slots.length) return i;
  const sl = slots[k]!;
  // As fills(sl, s.words[i]), with the word's key already known.
  if (i < s.words.length && s.sentence[i] === sentence) {
    if (sl.any || holds(sl, ids.keys[i]!, ids.lemmas[i]!)) {
      const end = matchSlots(s, ids, slots, k + 1, i + 1, sentence);
      if (end >= 0) return end;
    }
  }
  return sl.optional ? matchSlots(s, ids, slots, k + 1, i, sentence) : -1;
}

/** The longest entry of `set` matched from word i (end exclusive), or -1. */
export function matchAt(s: Stream, set: PatternSet, i: number): number {
  return i < s.words.length ? matchIds(s, set, i, idsOf(s)) : -1;
}

function matchIds(s: Stream, set: PatternSet, i: number, ids: WordIds): number {
  const f = ids.form[i]!;
  const l = ids.lemma[i]!;
  const byForm = f >= 0 ? set.byId[f] : undefined;
  const byLemma = l >= 0 ? set.byId[l] : undefined;
  if (!byForm && !byLemma) return -1;
  const sentence = s.sentence[i] ?? 0;
  // What the next word can be for a second slot (none when it is past the sentence).
  const next = i + 1 < s.words.length && s.sentence[i + 1] === sentence ? i + 1 : -1;
  const nextKey = next >= 0 ? ids.keys[next]! : '';
  const nextLemma = next >= 0 && nextKey.length >= 4 ? ids.lemmas[next]! : undefined;
  let best = -1;
  if (byForm) best = Math.max(best, tryCandidates(s, ids, byForm, i, sentence, next, nextKey, nextLemma));
  if (byLemma) best = Math.max(best, tryCandidates(s, ids, byLemma, i, sentence, next, nextKey, nextLemma));
  return best;
}

/** The longest of the candidates matched from word i, or -1 (see matchIds). */
function tryCandidates(s: Stream, ids: WordIds, c: Candidates, i: number, sentence: number, next: number, nextKey: string, nextLemma: string | undefined): number {
  let best = -1;
  for (const slots of c.always) best = Math.max(best, matchSlots(s, ids, slots, 0, i, sentence));
  if (next < 0 || ((c.mask >>> nextKey.charCodeAt(0)) & 1) + ((c.mask >>> (nextLemma ?? '').charCodeAt(0)) & 1) === 0) return best;
  const byForm = c.byForm.get(nextKey);
  if (byForm) for (const slots of byForm) best = Math.max(best, matchSlots(s, ids, slots, 0, i, sentence));
  const byLemma = nextLemma === undefined ? undefined : c.byLemma.get(nextLemma);
  if (byLemma) for (const slots of byLemma) best = Math.max(best, matchSlots(s, ids, slots, 0, i, sentence));
  return best;
}

/** Every match of `set` in the stream, as word ranges [start, end), left to right, not overlapping. */
export function findAllIn(s: Stream, set: PatternSet): Array<[number, number]> {
  const ids = idsOf(s);
  const { present, lists, at } = postingsOf(ids);
  // Only a word with one of the set's keys can start a match: the places of the keys both the text
  // and the set have, key by key. A word's end (matchIds) does not depend on the matches before it,
  // so the places need no merging: the few matches are put in order and kept left to right after.
  // The keys are walked from the smaller side: most sets have a few keys, a varied paste thousands.
  const bySet = set.ids.length < present.length;
  const count = bySet ? set.ids.length : present.length;
  let found: Array<[number, number]> | undefined;
  for (let p = 0; p < count; p += 1) {
    const id = bySet ? set.ids[p]! : present[p]!;
    const list = bySet ? at.get(id) : set.byId[id] === undefined ? undefined : lists[p];
    if (list === undefined) continue;
    for (let k = 0; k < list.length; k += 1) {
      const i = list[k]!;
      // A word listed by its lemma whose form the set also has is tried once, with its form's places.
      const f = ids.form[i]!;
      if (f !== id && f >= 0 && set.byId[f] !== undefined) continue;
      const end = matchIds(s, set, i, ids);
      if (end > i) (found ??= []).push([i, end]);
    }
  }
  const out: Array<[number, number]> = [];
  if (found === undefined) return out;
  found.sort((a, b) => a[0] - b[0]);
  // After a match, the search resumes at its end.
  let from = 0;
  for (const m of found) {
    if (m[0] < from) continue;
    out.push(m);
    from = m[1];
  }
  return out;
}
