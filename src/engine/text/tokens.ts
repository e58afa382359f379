/**
 * Words, not strings: the text cut into tokens, each with its offsets in the ORIGINAL text, its
 * folded form and its lemma. Every analyser that reasons on words (3.2 lexicon, hate and threat
 * grammar, what a reply does) reads these tokens instead of running its own regular expressions.
 *
 * One linear pass over the normalised text (see normalize.ts); no regular expression that could
 * backtrack. Disguise is undone here (see disguise.ts): a word may hold digits, symbols and masks
 * (« m3rde », « c*****e »), and letters spaced or dotted one by one (« o s t i e », « m.e.r.d.e »)
 * make one token when together they spell a listed word or a word of the grammar.
 */
import { charClass as charClassImport, charsSlot } from './chars.ts';
import { LEET as LEET_IMPORT, MASKS as MASKS_IMPORT, resolveWord } from './disguise.ts';
import { lemma } from './lemma.ts';
import { kindOf, vocabulary } from './vocabulary.ts';
import { verbForms } from './grammar/inflect.ts';
import { coreWords, grammarWordsVersion, isGrammarWord } from './grammar/patterns.ts';
import { splitTarget, splitWord } from './grammar/near.ts';
import { mostlyEnglish } from './language.ts';
import { normalize, type Normalized } from './normalize.ts';
import { letterOf, textingWord } from './texting.ts';
import { groups, slurs } from './grammar/lexicon-groups.ts';
/** Local bindings of the character helpers and tables, read once: used for every character of a long text. */
const charClass = charClassImport;
const LEET = LEET_IMPORT;
const MASKS = MASKS_IMPORT;

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

export interface Token {
  /** UTF-16 offsets in the original text, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** Offsets in the normalised text (`Normalized.text`). */
  readonly nStart: number;
  readonly nEnd: number;
  readonly kind: TokenKind;
  /** Folded form: lowercase, no accents, apostrophes as ', dashes as -. An elided word keeps its
   *  apostrophe (« l' », « qu' », « j' »). */
  readonly norm: string;
  /** The word with disguise undone (digits or symbols for letters, repeated letters…); equals
   *  `norm` for an ordinary word. */
  form: string;
  /** Dictionary form (singular, masculine, infinitive) or stem shared by every inflection of the
   *  word; equals `form` when nothing better is known. */
  lemma: string;
}

/** A letter, by UTF-16 unit (a surrogate is none): lowercase ASCII, or \p{L} beyond ASCII. */
const isLetter = (code: number): boolean => (code < 128 ? code >= 97 && code <= 122 : charClass(code) === 1);
const isDigit = (code: number): boolean => code >= 48 && code <= 57;
/** Words that end in an apostrophe when elided (« l'eau », « qu'ils », « aujourd'hui » stays whole). */
const ELIDED = new Set(['l', 'd', 'j', 'm', 't', 's', 'n', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu']);
/** Symbols that may stand inside a word for a letter or a mask. */
const DISGUISE_CHARS = new Set([...Object.keys(LEET), ...MASKS]);
const isDisguise = (ch: string): boolean => DISGUISE_CHARS.has(ch);
/** The same by UTF-16 unit (each is one): asked of the character after every word, without a string. */
const DISGUISE_CODES = new Uint8Array(0x10000);
for (const ch of DISGUISE_CHARS) DISGUISE_CODES[ch.charCodeAt(0)] = 1;
/** Symbols that may open a disguised word (« $alope »); the others (« @Ville », « #hashtag », « !!! ») start a token of their own. */
const OPENERS = new Set(['$']);
/** Symbols that may close a disguised word (« f*** », « tou$ »); « merde! » ends before its « ! ». */
const CLOSERS = new Set(['*', '#', '$']);
/** Punctuation (a symbol otherwise), one expression for the module: a literal is a new object each time it is run. */
const PUNCT = /[\p{P}]/u;
/** Separators between letters spelled one by one. */
const SPELLING_SEPARATORS = new Set([' ', '.', '-', '_']);
/** Words already resolved (form and lemma): texts repeat their words, and resolving is the costly step. */
const WORDS = new Map<string, { form: string; lemma: string }>();
const MAX_CACHED = 20_000;
/** Keeps `value` for `key` in one of the caches below (emptied when large) and returns it. */
function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(key, value);
  return value;
}
/**
 * The same words found by their characters in the text, before any string is cut: one slot per hash
 * of the characters (a newer word takes the slot of an older one). A long paste repeats a few
 * thousand words; each is then read without cutting a string and hashing it for WORDS, and its
 * tokens share one `norm` string.
 */
interface Resolved {
  readonly norm: string;
  readonly form: string;
  readonly lemma: string;
}
const SEEN_BITS = 14;
const SEEN = new Array<Resolved | undefined>(1 << SEEN_BITS).fill(undefined);
/** The slot of the characters text[from, to) in SEEN. */
const seenSlot = (text: string, from: number, to: number): number => charsSlot(text, from, to, SEEN_BITS);
/** Longest word put back together across a space (« musul mans »). */
const MAX_REJOINED = 32;
/** Codes of the characters read after a word (by code: most words are followed by a space, looked up in no set). */
const SPACE = 32;
const APOSTROPHE = 39;
const HYPHEN = 45;
const DOT = 46;
const SLASH = 47;
const UNDERSCORE = 95;
/** A word the engine knows as it is (listed, or named by the grammar): never half of a split word. */
const knownWord = (w: string): boolean => isGrammarWord(w) || kindOf(w) !== undefined;
/** Longest run of letters spelled one by one that is looked up. */
const MAX_SPELLED = 24;
/**
 * Whether two words with one character between them join into one (spaceInside), by the three
 * (« musul mans »): the answer reads only them and the word lists, and a long paste repeats its pairs
 * of words. Emptied when the grammar's words grow (a lexicon compiled later) or when large.
 */
const JOINS = new Map<string, boolean>();
/**
 * The word letters spelled one by one spell (« ostie » for « o s t i e »), or '' when none listed or
 * of the grammar, by the letters: a long paste repeats its runs, and resolving is the costly step.
 * Emptied as JOINS.
 */
const SPELLINGS = new Map<string, string>();
/** JOINS by the characters of the pair, as SEEN: one slot per hash. Emptied as JOINS. */
const JOINED = new Array<{ readonly pair: string; readonly joins: boolean } | undefined>(1 << SEEN_BITS).fill(undefined);
let joinsVersion = -1;
/** Empties the answers read from the grammar's words when these have grown since. */
function freshCaches(): void {
  if (joinsVersion === grammarWordsVersion()) return;
  JOINS.clear();
  JOINED.fill(undefined);
  SPELLINGS.clear();
  joinsVersion = grammarWordsVersion();
}

/**
 * The last text tokenised, per kind of offsets: one evaluation reads the same text in several
 * analysers (3.2 words, reply acts, the comment's kind), and a 100 000-character paste should be cut
 * once. Tokens are never changed after the scan, so sharing them is safe.
 */
let lastOriginal: { key: string; tokens: Token[] } | undefined;
let lastNormalised: { key: string; tokens: Token[] } | undefined;

/** Tokens of `n.text` (a normalised text), in order. */
export function tokensOf(n: Normalized): Token[] {
  if (lastOriginal?.key !== n.original) {
    // The same words as the normalised text's tokens, with their offsets mapped back to the original
    // (as toOriginal does; written out: this runs once per token of a long paste). Where normalising
    // kept the offsets (most words of most texts: one space between words, no ligature), the
    // normalised token already says the same and is shared (tokens are never changed): one object
    // less per token. When every token is shared, so is the array (token arrays are never changed
    // either): no copy, which for a long paste is a large object of its own.
    const inNorm = tokensOfText(n.text);
    let tokens: Token[] | undefined;
    const fallback = n.original.length;
    for (let k = 0; k < inNorm.length; k += 1) {
      const t = inNorm[k]!;
      const start = n.starts[t.nStart] ?? fallback;
      const e = n.ends[t.nEnd - 1] ?? start;
      const end = e > start ? e : start;
      if (start === t.start && end === t.end) continue;
      tokens ??= inNorm.slice();
      tokens[k] = { start, end, nStart: t.nStart, nEnd: t.nEnd, kind: t.kind, norm: t.norm, form: t.form, lemma: t.lemma };
    }
    lastOriginal = { key: n.original, tokens: tokens ?? inNorm };
  }
  return lastOriginal.tokens;
}

/** Heads of compound insults (« tête de con », « face de cul », « espèce de con »). */
const COMPOUND_HEADS = new Set(['tete', 'tetes', 'face', 'faces', 'gueule', 'gueules', 'espece', 'bande', 'gang']);
/** The word lists' three-letter words by their two consonants (« cn » → « con »), when one fits. */
let twoConsonants: Map<string, string | null> | undefined;
function threeLetterWord(skeleton: string): string | undefined {
  if (!twoConsonants) {
    twoConsonants = new Map();
    for (const w of vocabulary().forms.keys()) {
      const key = w.replace(/[aeiouy]/g, '');
      if (w.length !== 3 || key.length !== 2 || !/^[a-z]+$/.test(w)) continue;
      twoConsonants.set(key, twoConsonants.has(key) ? null : w);
    }
  }
  return twoConsonants.get(skeleton) ?? undefined;
}
/**
 * Where « rien » is said and « rein » (a kidney) makes no sense: after a form of valoir (« ne valent
 * absolument rein »), and after « à / pour / que » that follow servir, bon, compter or moins (« bons à
 * rein », « comptent pour rein », « moins que rein »).
 */
let worthForms: Set<string> | undefined;
let worthBefore: Set<string> | undefined;
const WORTH_LINKS = new Set(['a', 'pour', 'que', "qu'"]);
/** Words that may stand between the verb and its object (« ne valent absolument / vraiment / même pas rein »). */
const BETWEEN = new Set(['pas', 'plus', 'meme', 'juste', 'rien', 'jamais', 'absolument', 'vraiment', 'strictement', 'carrement', 'tellement', 'franchement']);

/**
 * Disguise that only the neighbouring words reveal, in one pass (linear): a compound insult cut to
 * its consonants (« tête de cn »), a swap that makes another word where that word makes no sense
 * (« valent rein »). Returns the same array
 * when nothing is read.
 */
function inContext(tokens: Token[]): Token[] {
  let out: Token[] | undefined;
  worthForms ??= new Set(verbForms('valoir'));
  worthBefore ??= new Set([...verbForms('servir'), ...verbForms('compter'), 'bon', 'bons', 'bonne', 'bonnes', 'moins']);
  /** A form of valoir (or servir à…) was read, with only BETWEEN words since. */
  let worth = false;
  let prev = '';
  for (let k = 0; k < tokens.length; k += 1) {
    const t = tokens[k]!;
    let read: Token | undefined;
    const texting = t.kind === 'word' && t.norm.length <= 3 ? textingWord(t.norm, prev, tokens[k + 1]?.kind === 'word' ? tokens[k + 1]!.form : '') : undefined;
    if (texting !== undefined) read = { ...t, form: texting, lemma: lemma(texting) };
    else if (t.kind === 'word' && t.norm === 'rein' && worth) read = { ...t, form: 'rien', lemma: 'rien' };
    else if (t.kind === 'word' && t.norm.length === 2 && k >= 2 && /^[b-df-hj-np-tv-xz]{2}$/.test(t.norm)) {
      const de = tokens[k - 1]!.form;
      const w = (de === 'de' || de === "d'") && COMPOUND_HEADS.has(tokens[k - 2]!.form) ? threeLetterWord(t.norm) : undefined;
      if (w !== undefined) read = { ...t, form: w, lemma: lemma(w) };
    }
    worth = t.kind === 'word' && (worthForms.has(t.form) || (WORTH_LINKS.has(t.form) && worthBefore.has(prev)) || (worth && BETWEEN.has(t.form)));
    prev = t.kind === 'word' ? t.form : '';
    if (read) out ??= tokens.slice(0, k);
    out?.push(read ?? t);
  }
  return out ?? tokens;
}

const MAX_INITIALS = 6;
/** The groups' and slurs' initials (words of consonants only: « bs », « sdf », « pd », « lgbt »), read once. */
let INITIALISMS: Set<string> | undefined;
/** Every beginning of them (« s », « sd », « sdf »): a run of spelled letters that is none stops at once (« m.e.r.m.e.r… »). */
const INITIAL_PREFIXES = new Set<string>();
function initialisms(): Set<string> {
  if (!INITIALISMS) {
    INITIALISMS = new Set();
    for (const entry of [...groups, ...slurs]) for (const w of entry.split(/[ |]/)) {
      const bare = w.replace(/^\+/, '').replace(/[+?]$/, '');
      if (/^[b-df-hj-np-tv-z]{2,6}$/.test(bare)) INITIALISMS.add(bare);
    }
    for (const w of INITIALISMS) for (let k = 1; k <= w.length; k += 1) INITIAL_PREFIXES.add(w.slice(0, k));
  }
  return INITIALISMS;
}

/** Tokens of a text that is already normalised, with offsets into it (`start` = `nStart`). */
export function tokensOfText(text: string): Token[] {
  if (lastNormalised?.key !== text) lastNormalised = { key: text, tokens: inEnglish(inContext(scan(text))) };
  return lastNormalised.tokens;
}

/**
 * A comment written in English (language.ts): its plain words are English, not French misspelt (« made » is no « marde »,
 * « batch » no « bitch »): each keeps its own letters. Disguises with digits or symbols are still undone.
 */
function inEnglish(tokens: Token[]): Token[] {
  if (!mostlyEnglish(tokens, true)) return tokens;
  return tokens.map((t) => (t.kind === 'word' && t.form !== t.norm && /^[a-z]+$/.test(t.norm) ? { ...t, form: t.norm, lemma: lemma(t.norm) } : t));
}

/** Titles before a name: a name masked after them (« Mme T******* ») is kept private, not a hidden word. */
const TITLES = new Set(['m', 'mme', 'mmes', 'mlle', 'mr', 'me', 'dr', 'monsieur', 'madame', 'messieurs', 'mesdames']);
/** The last word scanned, past one period (« M. »). */
function lastWord(out: readonly Token[]): string {
  const t = out[out.length - 1]?.norm === '.' ? out[out.length - 2] : out[out.length - 1];
  return t?.kind === 'word' ? t.norm : '';
}

/** The tokens of a normalised text, their offsets into it (start = nStart, end = nEnd). */
function scan(text: string): Token[] {
  const out: Token[] = [];
  const letterAt = (k: number): boolean => k < text.length && isLetter(text.charCodeAt(k));
  const wordish = (k: number): boolean => {
    if (k >= text.length) return false;
    const code = text.charCodeAt(k);
    return isLetter(code) || isDigit(code) || DISGUISE_CODES[code] === 1;
  };
  const push = (from: number, to: number, kind: TokenKind, form?: string): void => {
    if (kind === 'word' && form === undefined) {
      const slot = seenSlot(text, from, to);
      const seen = SEEN[slot];
      if (seen !== undefined && seen.norm.length === to - from && text.startsWith(seen.norm, from)) {
        out.push({ start: from, end: to, nStart: from, nEnd: to, kind, norm: seen.norm, form: seen.form, lemma: seen.lemma });
        return;
      }
      const norm = text.slice(from, to);
      const known = WORDS.get(norm);
      const f = known?.form ?? resolveWord(norm);
      const l = known?.lemma ?? lemma(f);
      if (!known) remember(WORDS, norm, { form: f, lemma: l });
      SEEN[slot] = { norm, form: f, lemma: l };
      out.push({ start: from, end: to, nStart: from, nEnd: to, kind, norm, form: f, lemma: l });
      return;
    }
    const norm = text.slice(from, to);
    if (kind !== 'word') {
      out.push({ start: from, end: to, nStart: from, nEnd: to, kind, norm, form: norm, lemma: norm });
      return;
    }
    const known = form === undefined ? WORDS.get(norm) : undefined;
    const f = form ?? known?.form ?? resolveWord(norm);
    const l = known?.lemma ?? lemma(f);
    if (form === undefined && !known) remember(WORDS, norm, { form: f, lemma: l });
    out.push({ start: from, end: to, nStart: from, nEnd: to, kind, norm, form: f, lemma: l });
  };
  /** Letters spelled one by one from i (« o s t i e »): the end of the run when it spells a listed word. */
  let spelledTried = -1;
  /** The word the last run found by spelled spells. */
  let spelledRead = '';
  const spelled = (i: number): number => {
    if (i <= spelledTried) return -1;
    const sep = text[i + 1] ?? '';
    if (!SPELLING_SEPARATORS.has(sep) || (i > 0 && wordish(i - 1))) return -1;
    let letters = '';
    let j = i;
    let last = i;
    while (letters.length < MAX_SPELLED && (letterAt(j) || (text[j] ?? '') in LEET) && !wordish(j + 1)) {
      letters += LEET[text[j] ?? ''] ?? text[j];
      last = j;
      if (text[j + 1] === sep && (letterAt(j + 2) || (text[j + 2] ?? '') in LEET)) j += 2;
      else break;
    }
    spelledTried = Math.max(j, last);
    if (letters.length < 3) return -1;
    freshCaches();
    let word = SPELLINGS.get(letters);
    if (word === undefined) {
      const resolved = resolveWord(letters);
      word = remember(SPELLINGS, letters, kindOf(resolved) === undefined && !isGrammarWord(resolved) ? '' : resolved);
    }
    spelledRead = word;
    return word === '' ? -1 : last + 1;
  };
  /**
   * A space or a dot slipped inside a long word (« musul mans », « para.sites »): the end of the word after
   * it when neither half is a word the engine knows and together they are a listed word or a
   * content word of the grammar (7 letters or more); else -1. Reads the next word once more at most.
   */
  const spaceInside = (i: number, j: number): number => {
    let m = j + 1;
    while (letterAt(m) && m - i <= MAX_REJOINED) m += 1;
    if (m === j + 1 || m - i > MAX_REJOINED || wordish(m)) return -1;
    // « continent s'accélèrent »: an elided word is no half.
    if (text[j - 1] === "'" || text[m] === "'") return -1;
    freshCaches();
    // Found by its characters first (as SEEN): most words of a paste are followed by a word, and no string is cut for a pair seen.
    const slot = seenSlot(text, i, m);
    const seen = JOINED[slot];
    if (seen !== undefined && seen.pair.length === m - i && text.startsWith(seen.pair, i)) return seen.joins ? m : -1;
    const pair = text.slice(i, m);
    const joins = JOINS.get(pair) ?? remember(JOINS, pair, joinsAt(i, j, m));
    JOINED[slot] = { pair, joins };
    return joins ? m : -1;
  };
  /** Whether the word [i, j) and the word [j + 1, m) are one word (see spaceInside): reads only these characters. */
  const joinsAt = (i: number, j: number, m: number): boolean => {
    const a = text.slice(i, j);
    const b = text.slice(j + 1, m);
    const joined = a + b;
    // What each way of joining needs first (most pairs of words join into nothing listed): a word broken
    // by a space, a hyphen or an underscore (« can-cer », « mép_ris »: splitWord's own first test, under the same
    // dictionary guard), or a long listed word from two unknown halves.
    const broken = (text[j] === ' ' || text[j] === '-' || text[j] === '_') && coreWords().size > 0 && splitTarget(a, b);
    const long = joined.length >= 7 && (coreWords().has(joined) || kindOf(joined) !== undefined);
    if (!broken && !long) return false;
    // A shorter word, or a half that is a word, joins only when the two halves are not two dictionary words (near.ts).
    if (joined.length < 7 || knownWord(a) || knownWord(b)) return broken && splitWord(a, b);
    return long;
  };
  /**
   * Initials spelled with letter names or letters joined by hyphens or dots (« bé-ès », « b-s », « ess-dé-èf »), from the
   * first part [i, j): the end of the run when the letters make a group's initials (« bs », « sdf »), else -1.
   * Sets `initialsRead`. Bounded: at most MAX_INITIALS parts.
   */
  let initialsRead = '';
  const initials = (i: number, j: number): number => {
    let letters = letterOf(text.slice(i, j)) ?? '';
    if (letters === '' || (i > 0 && wordish(i - 1))) return -1;
    const sep = text[j]!;
    let end = j;
    initialisms();
    while (letters.length < MAX_INITIALS && text[end] === sep && letterAt(end + 1)) {
      // Letters that begin no initials are none, however many follow.
      if (!INITIAL_PREFIXES.has(letters)) return -1;
      let k = end + 1;
      while (letterAt(k) && k - end <= 5) k += 1;
      const letter = letterOf(text.slice(end + 1, k));
      if (letter === undefined || wordish(k)) break;
      letters += letter;
      end = k;
    }
    if (end === j || !initialisms().has(letters)) return -1;
    initialsRead = letters;
    return end;
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    const code = text.charCodeAt(i);
    if (code === 32) {
      i += 1;
      continue;
    }
    if (letterAt(i) || isDigit(code) || OPENERS.has(ch)) {
      const end = spelled(i);
      if (end > 0) {
        push(i, end, 'word', spelledRead);
        i = end;
        continue;
      }
    }
    // « !mmigrés »: an exclamation mark glued before letters is an « i » when the word it spells is listed (below).
    const bang = ch === '!' && letterAt(i + 1);
    if (isDigit(code) || bang) {
      let j = i + 1;
      while (j < text.length && isDigit(text.charCodeAt(j))) j += 1;
      // « 0st1e », « 0rdures »: a word that starts with a digit read as a letter, kept only when it spells a
      // listed word or a word of the grammar.
      if (letterAt(j)) {
        let k = j;
        while (wordish(k) && k - i <= 32) k += 1;
        const seg = text.slice(i, k);
        const word = [...seg].every((c) => c in LEET || MASKS.has(c) || /\p{L}/u.test(c)) ? resolveWord(seg) : '';
        if (word !== '' && (kindOf(word) !== undefined || isGrammarWord(word))) {
          push(i, k, 'word', word);
          i = k;
          continue;
        }
      }
      push(i, j, bang ? 'punct' : 'number');
      i = j;
    } else if (letterAt(i) || (OPENERS.has(ch) && letterAt(i + 1))) {
      // Letters first (most words are nothing else), then any digits or symbols glued on.
      let j = i + 1;
      while (letterAt(j)) j += 1;
      const lead = letterAt(i) ? j : i;
      while (wordish(j)) j += 1;
      const plain = lead === j;
      let maskedTail = false;
      if (!plain) {
        // A word masked after its first letters (« c***** », « n***** »): the masks are its hidden letters, kept in the word
        // (disguise.ts reads it); other symbols closing a word are not part of it.
        let tail = lead;
        while (tail < j && MASKS.has(text[tail]!)) tail += 1;
        maskedTail = lead - i <= 3 && tail === j && tail - lead >= 2 && !TITLES.has(lastWord(out));
        while (!maskedTail && j > i + 1 && !letterAt(j - 1) && !isDigit(text.charCodeAt(j - 1)) && !CLOSERS.has(text[j - 1] ?? '')) j -= 1;
      }
      if (plain) {
        // What joins initials spelled one by one: « - » or « . » (« bé-ès », « b.s »).
        const after = text.charCodeAt(j);
        const spelledEnd = after === HYPHEN || after === DOT ? initials(i, j) : -1;
        if (spelledEnd > 0) {
          push(i, spelledEnd, 'word', initialsRead);
          i = spelledEnd;
          continue;
        }
        if (after === APOSTROPHE && ELIDED.has(text.slice(i, j))) j += 1;
        const next = text.charCodeAt(j);
        // What may be slipped inside a word to break it: a space, « . », « - », « _ » or « / » (« musul mans », « immi-grants », « para.sites »).
        const rejoined = next === SPACE || next === DOT || next === HYPHEN || next === UNDERSCORE || next === SLASH ? spaceInside(i, j) : -1;
        if (rejoined > 0) {
          push(i, rejoined, 'word', text.slice(i, j) + text.slice(j + 1, rejoined));
          i = rejoined;
          continue;
        }
        push(i, j, 'word');
      } else {
        // Letters with digits or symbols: one disguised word when at least two are letters
        // (« m3rde », « c*****e ») and every other character reads as a letter; otherwise the
        // letters alone (« covid19 » → « covid », « 19 »).
        let letters = 0;
        let readable = true;
        for (let k = i; k < j; k += 1) {
          if (letterAt(k)) letters += 1;
          else if (!isDisguise(text[k] ?? '')) readable = false;
        }
        // A two-letter frame word with one letter disguised (« n3 », « l4 ») is one word too (disguise.ts decides).
        const short = j - i === 2 && letters === 1 && resolveWord(text.slice(i, j)) !== text.slice(i, j);
        if ((letters < 2 && !short && !maskedTail) || !readable) {
          let k = i;
          while (letterAt(k)) k += 1;
          j = Math.max(k, i + 1);
        }
        push(i, j, 'word');
      }
      i = j;
    } else {
      // A surrogate pair (emoji) stays one token.
      const len = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
      push(i, i + len, PUNCT.test(ch) ? 'punct' : 'symbol');
      i += len;
    }
  }
  return out;
}

/** Tokens of an original text (normalises it first). */
export function tokenize(original: string): Token[] {
  return tokensOf(normalize(original));
}
