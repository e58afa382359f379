/**
 * The words of a text as the grammar reads them: word tokens only, each with the break that comes
 * before it (none, clause, sentence) and whether it stands inside quotation marks. Hyphens and
 * apostrophes between words are not breaks (« ces immigrés-là », « sers-toi »).
 */
import { squeeze } from '../chars.ts';
import { lemma } from '../lemma.ts';
import type { Token } from '../tokens.ts';
import { isCommonFrench, mostlyEnglish } from '../language.ts';
import { fewestWords, nearCore, segment, spelledWord, unmaskAs, unmaskCore } from './near.ts';
import { isGrammarWord, keyOf } from './patterns.ts';
import { glossed } from './english.ts';
import { restateUniversals } from './universal.ts';

export const NONE = 0;
export const CLAUSE = 1;
export const SENTENCE = 2;

export interface Stream {
  readonly words: readonly Token[];
  /** Each word's key (keyOf), cut once: the readings ask it dozens of times per word. */
  readonly wordKeys: readonly string[];
  /** Break before word i (NONE, CLAUSE or SENTENCE). */
  readonly brk: Uint8Array;
  /** Sentence number of word i. */
  readonly sentence: Uint32Array;
  /** Clause number of word i (a clause never spans two sentences). */
  readonly clause: Uint32Array;
  /** 1 when word i is joined to the previous one by a hyphen (« Trois-Rivières », « immigrés-là »). */
  readonly hyphen: Uint8Array;
  /** 1 when word i stands inside quotation marks. */
  readonly quoted: Uint8Array;
  /** Eye-roll and clown emoji (contempt marks), as token indexes into `all`. */
  readonly marks: readonly Token[];
  /** Index of the first word after each mark. */
  readonly markAt: readonly number[];
  /** Index of the first word after each wink emoji (WINKS): the sentence before it is the one it winks at. */
  readonly winkAt: readonly number[];
  /** Emoji moods for the learned net (MOODS), as pairs: the mood, then the index of the first word after the emoji. */
  readonly moods: readonly (string | number)[];
  /** The last word of each sentence asked (« ? »). */
  readonly askedAt: readonly number[];
}

const SENTENCE_END = new Set(['.', '!', '?', '…']);
const CLAUSE_END = new Set([',', ';', ':', '(', ')', '[', ']', '/', '|', '=', '>', '<']);
/** Words that open a new clause (contrast, cause): « je n'ai rien contre eux, mais ils… ». */
const CLAUSE_WORDS = new Set(['mais', 'cependant', 'toutefois', 'pourtant', 'sauf', 'parce', 'puisque', 'car']);
/** Contempt marks: eye roll, clown, face with rolling eyes variants. */
export const CONTEMPT_MARKS = new Set(['🙄', '🤡', '🤦']);
/**
 * Emoji that wink at the reader, the conclusion left to them like « comme par hasard » (hint.ts): thinking, smirking,
 * winking, upside-down, eye-roll, zipped or no mouth, raised eyebrow, eyes, shrug. Not the grimace (« 😬 »: sympathy as often as a sneer, « les réfugiés attendent encore leur logement 😬 »), not laughter (« 😂 »): jokes among
 * friends laugh too.
 */
const WINKS = new Set(['🤔', '😏', '😉', '🙃', '🙄', '🤐', '😶', '🤨', '👀', '🤷']);
/**
 * Emoji by the mood they give the sentence they close (disgust, anger, laughter or a mocking pose « 💅 », warmth): features of that sentence for the
 * learned net (learned.ts), whose weights say what each mood is worth. Not the winks: hint.ts reads them, with its guards.
 */
const MOODS = new Map<string, string>([
  ...['🤮', '🤢', '💩', '🐀', '🐒', '🐷', '🦠'].map((e): [string, string] => [e, '🤮']),
  ...['😡', '🤬', '👿', '💢', '🔪', '🔫', '💣', '🔥'].map((e): [string, string] => [e, '😡']),
  ...['😂', '🤣', '😆', '😅', '😄', '😁', '💅'].map((e): [string, string] => [e, '😂']),
  ...['❤', '💙', '💛', '💚', '💜', '🥰', '😍', '👏', '🙏', '🎉', '😊', '🙂', '💪', '👍'].map((e): [string, string] => [e, '❤']),
]);

const MASKED = /[*#]/;
/** What may stand between the letters of a dotted word. */
const DOTS = new Set(['.', '-', '_', '*', '/']);

/** A word of the grammar's lexicons behind a held letter (« parasiiiites »), or undefined. */
function unheld(form: string): string | undefined {
  if (form.length < 6 || form.length > 64 || !/(.)\1\1/.test(form)) return undefined;
  const one = squeeze(form, 1);
  if (isGrammarWord(one)) return one;
  const two = squeeze(form, 2);
  return isGrammarWord(two) ? two : undefined;
}

/**
 * The words behind a run of letters spelled one by one whose breaks were lost: the normalised text keeps one space
 * for any run of spaces, so « S A L E S   A R A B E S   C H E Z   V O U S » reaches the word lists as one run of
 * nineteen letters. The fewest words that cover it (near.ts, fewestWords: bounded work per run, so linear in the text),
 * each one the grammar's or a common French word, one at least the grammar's; else undefined (a single word is left
 * to the readings above).
 */
function brokenRun(letters: string): string[] | undefined {
  const parts = letters.length < 6 ? undefined : fewestWords(letters, (w) => (w.length > 1 || w === 'a' || w === 'y') && (isGrammarWord(w) || isCommonFrench(w)));
  return parts?.some(isGrammarWord) ? parts : undefined;
}

/**
 * The tokens with the grammar's own words undisguised: letters held (« immigréééés »), spaced
 * (« m u s u l m a n s »), misspelt (« détetse ») or run together (« jedéteste ») become the words,
 * when they are ones the grammar names (near.ts). The text's tokens are
 * not changed (copies are made); spans cover the letters. Linear: each token is read once.
 */
function undisguised(tokens: readonly Token[]): readonly Token[] {
  let out: Token[] | undefined;
  const single = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && t.norm.length === 1;
  // A comment in English: its unknown words are English, not French misspelt or run together (language.ts).
  const english = mostlyEnglish(tokens, false);
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    // A whole run of single letters, spaced or dotted (« m u s u l m a n s », « h.a.n.d.i.c.a.p.é.s »),
    // is read once (each token visited once: linear).
    let j = i;
    let count = 1;
    if (single(t)) {
      for (;;) {
        const next = tokens[j + 1];
        const after = tokens[j + 2];
        // One space between letters; two or more end the word (« a t t a r d é  m e n t a l »).
        if (single(next) && next!.nStart - tokens[j]!.nEnd === 1 && next!.start - tokens[j]!.end === 1) j += 1;
        else if (next?.kind === 'punct' && DOTS.has(next.norm) && next.nStart === tokens[j]!.nEnd && single(after) && after!.nStart === next.nEnd) j += 2;
        else break;
        count += 1;
      }
    }
    if (j > i) {
      const letters = count >= 3 && count <= 40 ? tokens.slice(i, j + 1).filter(single).map((x) => x.norm).join('') : '';
      // Letters spelled out are a disguise by themselves: any word the grammar reads, short ones too
      // (« s o n t », « m o r t »), a feminine or a misspelling of one (« d é g é n é r é e »), or the
      // words they run into (« m o r t a u x »).
      const near = letters === '' || isGrammarWord(letters) || spelledWord(letters) ? undefined : nearCore(letters);
      // Five letters or more spelled out are a word even when unknown here (« i m m i g r é e s »: its lemma is).
      const parts =
        letters === '' ? undefined : near !== undefined ? [near] : isGrammarWord(letters) || spelledWord(letters) ? [letters] : (segment(letters) ?? brokenRun(letters) ?? (count >= 5 ? [letters] : undefined));
      if (parts !== undefined) {
        out ??= tokens.slice(0, i);
        for (const p of parts) out.push({ ...t, end: tokens[j]!.end, nEnd: tokens[j]!.nEnd, norm: p, form: p, lemma: lemma(p) });
      } else if (out) for (let k = i; k <= j; k += 1) out.push(tokens[k]!);
      i = j;
      continue;
    }
    // A masked word is what the grammar's vocabulary says it can only be, never the word lists' first guess.
    const masked = t.kind === 'word' && MASKED.test(t.norm);
    const held = t.kind !== 'word' ? undefined : masked ? (unmaskCore(t.norm) ?? maskedByPlace(tokens, i) ?? t.norm) : (unheld(t.form) ?? (english ? undefined : nearCore(t.form)));
    // Words run together (« jedéteste », « poignarderces »): each part a word over the same span.
    const parts = held === undefined && t.kind === 'word' && !english ? segment(t.form) : undefined;
    if (parts !== undefined) {
      out ??= tokens.slice(0, i);
      for (const p of parts) out.push({ ...t, form: p, lemma: lemma(p) });
    } else if (held !== undefined) {
      out ??= tokens.slice(0, i);
      out.push({ ...t, form: held, lemma: lemma(held) });
    } else out?.push(t);
  }
  return out ?? tokens;
}

/** Words before « des », « un », « de »… that make the next noun what is said of someone (« sont des », « t'es un », « gang de », « …, des »). */
const SAID_OF = new Set(['sont', 'est', 'es', 'etes', 'etait', 'etaient', 'seront', 'c', 'gang', 'bande', 'espece', 'tas', 'ramassis', 'maudit', 'maudits', 'osti', 'criss', 'tabarnak', ',', ':', '-']);
const NOUN_OPENERS = new Set(['des', 'de', 'd', 'un', 'une', 'du']);
const PLURAL_OPENERS = new Set(['les', 'des', 'ces', 'aux', 'nos', 'vos', 'leurs', 'tous', 'toutes', 'mes', 'tes', 'ses', 'plusieurs', 'certains', 'certaines']);
/** The class a masked word that fits several of the grammar's words hides, by the words before it (near.ts, unmaskAs). */
function maskedByPlace(tokens: readonly Token[], i: number): string | undefined {
  const key = (t: Token | undefined): string => (t === undefined ? '' : t.kind === 'word' ? t.form.replace(/'$/, '') : t.norm);
  const before = key(tokens[i - 1]);
  if (before === '') return undefined;
  if (NOUN_OPENERS.has(before) && SAID_OF.has(key(tokens[i - 2]))) return unmaskAs(tokens[i]!.norm, 'predicate');
  // A people is named in the plural (« les m*******s »); one person's masked name (« Mme T******* ») is privacy, not a slur.
  return PLURAL_OPENERS.has(before) ? unmaskAs(tokens[i]!.norm, 'people') : undefined;
}

/**
 * The speaker's own asides between commas after a copula (« à vrai dire », « selon moi », « je dois le
 * dire », « il faut bien l'admettre »): they say the speaker stands by the sentence, so the grammar reads
 * around them, as if the clause went on (« les … sont, à vrai dire, des … »). Someone else's (« selon
 * certains ») stay.
 */
const OWN_ASIDES = new Set([
  'a vrai dire', 'a mon avis', 'a mon humble avis', 'a mon sens', 'selon moi', 'd apres moi', 'pour moi', 'quant a moi', 'je dois le dire', 'je dois dire',
  'il faut le dire', 'il faut bien le dire', 'faut le dire', 'il faut l admettre', 'il faut bien l admettre', 'faut l avouer', 'il faut l avouer', 'je l avoue',
  'disons le', 'avouons le', 'reconnaissons le', 'soyons honnetes', 'soyons francs', 'soyons clairs', 'en fait', 'en realite', 'au fond', 'de toute evidence',
  'sans aucun doute', 'a n en pas douter', 'bien sur', 'franchement', 'honnetement', 'sincerement', 'clairement', 'evidemment', 'personnellement', 'entre nous', 'pour etre honnete', 'pour etre franc',
]);
/**
 * Words that make an aside someone else's report, a denial or a contrast (« selon certains », « comme le
 * disent les racistes », « contrairement aux préjugés », « pas tous »): such an aside stays. Any other
 * short aside after a copula (« comme chacun le sait », « on le sait tous », « c'est bien connu »,
 * « faut se le dire ») is the speaker's own.
 */
const NOT_OWN = new Set([
  'selon', 'apres', 'dit', 'disent', 'dirait', 'disait', 'disaient', 'pretend', 'pretendent', 'pretendument', 'soi', 'supposement', 'parait', 'paraitrait',
  'semble', 'semblerait', 'certains', 'certaines', 'plusieurs', 'racistes', 'raciste', 'rumeur', 'rumeurs', 'affirme', 'affirment', 'croient', 'croit', 'pensent', 'raconte', 'racontent',
  'contrairement', 'pas', 'jamais', 'non', 'ni', 'mais', 'faux', 'prejuge', 'prejuges', 'cliche', 'cliches', 'stereotype', 'stereotypes', 'ose', 'osent', 'veut', 'veulent',
  'accuse', 'accusent', 'insinue', 'insinuent', 'repetent', 'ecrit', 'ecrivent', 'crie', 'crient', 'hurlent', 'medias', 'journaux',
  'parfois', 'certes', 'quelques', 'rarement', 'souvent', 'comme', 'sauf', 'excepte', 'hormis',
]);
/** « comme » opens an aside of the speaker's only with these (« comme chacun le sait », « comme on le sait », « comme tout le monde sait »); not « comme les autres ». */
const AS_KNOWN = new Set(['chacun', 'on', 'tout', 'nous', 'je', 'j', 'vous']);
const ownAside = (keys: readonly string[]): boolean =>
  OWN_ASIDES.has(keys.join(' ')) || (keys.every((k, x) => !NOT_OWN.has(k) || (x === 0 && k === 'comme' && AS_KNOWN.has(keys[1] ?? ''))) && keys.some((k) => KNOWN.has(k)));
/** Words that make a short aside a statement of what is known or admitted (« on le sait », « c'est connu », « il faut se le dire »). */
const KNOWN = new Set(['sait', 'savons', 'savez', 'savent', 'connu', 'notoire', 'evident', 'evidence', 'clair', 'dire', 'avouer', 'admettre', 'reconnaitre', 'avouons', 'admettons', 'disons', 'sur', 'surement', 'certainement', 'forcement', 'evidemment', 'naturellement', 'realite', 'fait', 'fond', 'vrai', 'verite', 'manifestement', 'visiblement', 'assurement', 'indeniablement', 'incontestablement', 'bref', 'entendu', 'certain', 'certaine', 'convaincu', 'convaincue', 'persuade', 'persuadee', 'repete', 'redis', 'insiste', 'nature', 'definition', 'essence']);
const ASIDE_MAX = 6;
/**
 * A short gloss in parentheses inside a clause (« les Indiens (de l'Inde) puent », « les gens (du quartier) disent »)
 * names or narrows what precedes it; the clause reads on around it. A gloss that denies, doubts or reports
 * (« (pas tous) », « (selon certains) », « (c'est faux) », « (sarcasme) ») stays, as do those that end the clause.
 */
const GLOSS_KEEP = new Set(['ne', 'n', 'rien', 'aucun', 'aucune', 'personne', 'sarcasme', 'ironie', 'blague', 'joke', 'lol', 'mdr', 'sic']);
/** A gloss opens with a place or an origin, or a determiner or pronoun narrowing (« de l'Inde », « ceux du quartier », « les vrais »); an aside that opens otherwise (« (complotistes ou autres clowns) ») is words of its own. */
const GLOSS_OPEN = new Set(['de', 'd', 'du', 'des', 'en', 'au', 'aux', 'a', 'dans', 'ceux', 'celles', 'surtout', 'genre', 'ex', 'les', 'la', 'le', 'l']);
const glossOk = (keys: readonly string[]): boolean => GLOSS_OPEN.has(keys[0]!) && keys.every((k) => !NOT_OWN.has(k) && !GLOSS_KEEP.has(k));
/** The aside is read through only after a copula, where the attribute must follow (« … sont, à vrai dire, des … »). */
const COPULAS = new Set(['est', 'sont', 'etait', 'etaient', 'sera', 'seront', 'serait', 'seraient', 'reste', 'restent', 'demeurent', 'semblent', 'paraissent', 'deviennent', 'es', 'etes']);
/** True when the words before i are a people set out at the head of the sentence (« Les …, je dois le dire, me dégoûtent »): « les / ces » and at most three words. */
function setOut(words: readonly Token[], brk: readonly number[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && i - k <= 3 && brk[k] === NONE) k -= 1;
  return (k === 0 || brk[k] === SENTENCE) && (keyOf(words[k]!) === 'les' || keyOf(words[k]!) === 'ces') && i - k >= 2;
}
/**
 * Removes the speaker's asides that stand between two commas after a copula, joining the clauses
 * around them. One pass that copies what it keeps (an aside is at most ASIDE_MAX words), so linear.
 */
function dropAsides(words: Token[], brk: number[], quoted: number[], hyphen: number[], glosses: readonly number[]): void {
  let out = 0;
  let gloss = 0;
  for (let i = 0; i < words.length; ) {
    // A gloss in parentheses: the clause goes on after it with the break it had before it.
    while (gloss < glosses.length && glosses[gloss]! < i) gloss += 3;
    if (glosses[gloss] === i) {
      const [end, before] = [glosses[gloss + 1]!, glosses[gloss + 2]!];
      gloss += 3;
      brk[end] = before;
      i = end;
      continue;
    }
    let j = i + 1;
    if (i > 0 && brk[i] === CLAUSE) while (j < words.length && j - i < ASIDE_MAX && brk[j] === NONE) j += 1;
    if (i > 0 && brk[i] === CLAUSE && j < words.length && brk[j] === CLAUSE && (COPULAS.has(keyOf(words[i - 1]!)) || setOut(words, brk, i)) && ownAside(words.slice(i, j).map(keyOf))) {
      // The word after the aside continues the clause before it.
      brk[j] = NONE;
      i = j;
      continue;
    }
    words[out] = words[i]!;
    brk[out] = brk[i]!;
    quoted[out] = quoted[i]!;
    hyphen[out] = hyphen[i]!;
    out += 1;
    i += 1;
  }
  words.length = brk.length = quoted.length = hyphen.length = out;
}

/**
 * Where the plain apostrophe at k that opens a quotation (« il a dit 'retournez chez vous' ») is closed, or -1: not glued
 * to the word before it, closed by the next apostrophe that no word is glued after, more than three tokens on and within
 * 30 (an elision inside, « quelqu'un », has its word glued after; a word or two between apostrophes is a word mentioned).
 */
function quoteEnd(tokens: readonly Token[], k: number): number {
  if (tokens[k - 1]?.nEnd === tokens[k]!.nStart) return -1;
  for (let j = k + 1; j < tokens.length && j - k <= 30; j += 1) {
    const c = tokens[j]!;
    if (c.norm === "'" && !(tokens[j + 1]?.kind === 'word' && tokens[j + 1]!.nStart === c.nEnd)) return j - k > 3 ? j : -1;
  }
  return -1;
}

/**
 * Comments written without punctuation chain presentatives (« c'est pas du monde c'est des … »): a second « c'est » in a clause
 * that already opened on one starts a clause of its own, as a comma would have, so each says its own thing and a negation
 * stays in its own. One pass; « c'est » tied to the word before (« ce que c'est », « quand c'est »; not « lorsque », rare before
 * it) stays in its clause.
 */
function splitRunOns(words: readonly Token[], brk: number[]): void {
  let seen = false;
  for (let i = 0; i + 1 < words.length; i += 1) {
    if (brk[i] !== NONE) seen = false;
    if (keyOf(words[i]!) !== 'c' || brk[i + 1] !== NONE || keyOf(words[i + 1]!) !== 'est') continue;
    // (Seen: a « c'est » before this one, so i > 0.)
    const before = seen ? keyOf(words[i - 1]!) : '';
    if (seen && !brk[i] && !/^(?:qu|que|quand|si|comme|puisqu|puisque|pourquoi|ou|ce|quoi)$/.test(before)) brk[i] = CLAUSE;
    seen = true;
  }
}

export function streamOf(input: readonly Token[]): Stream {
  // English words glossed first: the French words they become are then the grammar's own, not disguises.
  const tokens = undisguised(glossed(input));
  // The four lists of words made at their greatest length (the words, numbers and « = » among the tokens) and cut to it
  // after the loop: growing them one push at a time copies each list several times, a large object each time for a long
  // paste (and a text of punctuation makes none of that length).
  let n = 0;
  for (const t of tokens) if (t.kind === 'word' || t.kind === 'number' || t.norm === '=') n += 1;
  const words: Token[] = new Array(n);
  const brkList: number[] = new Array(n);
  const quotedList: number[] = new Array(n);
  const hyphenList: number[] = new Array(n);
  n = 0;
  const marks: Token[] = [];
  const markAt: number[] = [];
  const winkAt: number[] = [];
  const moods: (string | number)[] = [];
  const askedAt: number[] = [];
  let pending = NONE;
  let inQuote = false;
  // Where a quotation between plain apostrophes closes (quoteEnd).
  let closeAt = -1;
  let prev: Token | undefined;
  let prevPrev: Token | undefined;
  // Glosses to read through, as triples (first word, word after, break before the parenthesis).
  const glosses: number[] = [];
  let open = -1;
  let beforeOpen = NONE;
  // Indexed (once per text over every token): no iterator result per token.
  for (let k = 0; k < tokens.length; k += 1) {
    let t = tokens[k]!;
    // « Mosquée = nid à … »: an equals sign between two words is the copula, read as « est ».
    if (t.norm === '=' && tokens[k - 1]?.kind === 'word' && tokens[k + 1]?.kind === 'word') t = { ...t, kind: 'word', form: 'est', lemma: 'etre' };
    prevPrev = prev;
    prev = t;
    if (t.kind === 'word' || t.kind === 'number') {
      const b = CLAUSE_WORDS.has(t.norm) ? Math.max(pending, CLAUSE) : pending;
      const before = tokens.length > 0 ? prevPrev : undefined;
      hyphenList[n] = before !== undefined && before.norm === '-' && before.nEnd === t.nStart && n > 0 && words[n - 1]!.nEnd === before.nStart ? 1 : 0;
      words[n] = t;
      brkList[n] = b;
      quotedList[n++] = inQuote ? 1 : 0;
      pending = NONE;
      continue;
    }
    const ch = t.norm;
    if (ch === '-') continue;
    // Any other mark right after a gloss (« (de l'Inde), ils… ») keeps the clause's break: not read through.
    if (ch !== ')' && glosses.length > 0 && glosses[glosses.length - 2] === n) glosses[glosses.length - 3] = -1;
    if (ch === '(') {
      open = n;
      beforeOpen = pending;
    } else if (ch === ')' && open > 0 && n - open >= 1 && n - open <= ASIDE_MAX && beforeOpen === NONE && glossOk(words.slice(open, n).map(keyOf))) {
      glosses.push(open, n, NONE);
      open = -1;
    } else if (ch === ')' || SENTENCE_END.has(ch)) open = -1;
    if (ch === '«' || ch === '“') inQuote = true;
    else if (ch === '»' || ch === '”') inQuote = false;
    else if (ch === '"') inQuote = !inQuote;
    // (No clause break at these, unlike « »: the learned net's features, trained on clauses, stay as they were.)
    else if (ch === "'" && !inQuote && (closeAt = quoteEnd(tokens, k)) > 0) inQuote = true;
    else if (k === closeAt) inQuote = false;
    if (ch.includes('?') && n > 0) askedAt.push(n - 1);
    if (SENTENCE_END.has(ch)) pending = SENTENCE;
    else if (CLAUSE_END.has(ch) || ch === '«' || ch === '»' || ch === '"') pending = Math.max(pending, CLAUSE);
    else if (t.kind === 'symbol' && ch.length === 2) {
      // An emoji ends a sentence (« Bravo 🙄 Encore fermé »); some are marks of contempt.
      pending = SENTENCE;
      if (WINKS.has(t.norm.slice(0, 2))) winkAt.push(n);
      const mood = MOODS.get(t.norm.slice(0, 2)) ?? MOODS.get(t.norm.slice(0, 1));
      if (mood !== undefined) moods.push(mood, n);
      if (CONTEMPT_MARKS.has(t.norm.slice(0, 2))) {
        marks.push(t);
        markAt.push(n);
      }
    }
  }
  words.length = brkList.length = quotedList.length = hyphenList.length = n;
  // A gloss at the end of its sentence (nothing after it in the clause) is not read through.
  for (let g = 0; g < glosses.length; g += 3) if (glosses[g + 1]! >= n || brkList[glosses[g + 1]!] === SENTENCE) glosses[g] = -1;
  dropAsides(words, brkList, quotedList, hyphenList, glosses);
  restateUniversals(words, brkList, quotedList, hyphenList);
  splitRunOns(words, brkList);
  n = words.length;
  const brk = Uint8Array.from(brkList);
  const sentence = new Uint32Array(n);
  const clause = new Uint32Array(n);
  let s = 0;
  let c = 0;
  for (let i = 0; i < n; i += 1) {
    if (i > 0 && brk[i] === SENTENCE) s += 1;
    if (i > 0 && (brk[i] ?? 0) >= CLAUSE) c += 1;
    sentence[i] = s;
    clause[i] = c;
  }
  return { words, wordKeys: words.map(keyOf), brk, sentence, clause, hyphen: Uint8Array.from(hyphenList), quoted: Uint8Array.from(quotedList), marks, markAt, winkAt, moods, askedAt };
}
