/**
 * A misspelt content word of the grammar (3.2 disguise: « détetse », « musumans », « réfguiés »,
 * « étrnagler »): one letter missing or two neighbours swapped, read back as the listed word it
 * stands for (patterns.ts, `coreWords`: group nouns, predicates, emotion nouns, hate and violence
 * verbs — never the paradigms of ordinary verbs). Listed words of 5 letters or more, and the feminine
 * of a participle listed in the masculine (« réfugiées »).
 *
 * Guard: a real French word is never corrected. The words of a 336 000-word dictionary that lie one
 * such edit away from a listed word (« cancre » ~ « cancer », « alpine » ~ « lapine ») are kept as
 * 20-bit prints (near-words.ts, ≈ 9 KB, generated from the dictionary by src/build/near-words.ts and
 * checked word by word in test/unit/engine/disguise-near.test.ts); a print shared by accident only
 * leaves a misspelling uncorrected. Cost: one lookup per edit, bounded by MAX letters.
 *
 * Words joined by a missing space (« jedéteste », « poignarderces », « orduresderéfugiés ») are cut
 * the same way, under the same guard: into two or three known words, one of them a listed word.
 */
import { kindOf, vocabulary } from '../vocabulary.ts';
import { NEAR_WORDS } from './near-words.ts';
import { verbForms } from './inflect.ts';
import { lemma } from '../lemma.ts';
import { coreWords, isGrammarWord, slot } from './patterns.ts';
import { groups, slurs } from './lexicon-groups.ts';

/** The shortest listed word a correction may land on, and the longest word tried. */
export const MIN_TARGET = 5;
/** Shorter words are corrected only to a SHORT word, by a swap or a doubled letter (never a missing one). */
const SHORT_TARGET = 4;
const MAX = 24;

let deletions: Map<string, string> | undefined;
/** Each listed word with one letter taken out → the word (« musulmans » ← « musumans »). */
function deletionIndex(): Map<string, string> {
  if (deletions) return deletions;
  const index = new Map<string, string>();
  // Built once the grammar's lexicons are compiled (a text read before that is read without it).
  if (coreWords().size > 0) deletions = index;
  // Long function words of the frames as well (« dvrait », « deraient »), and the plural of the word
  // lists' nouns (« oties » ← « osties »).
  const plurals = [...vocabulary().forms.keys()].filter((w) => /^[a-z]{4,}[^sxz]$/.test(w)).map((w) => w + 's');
  for (const c of [...coreWords(), ...FUNCTION, ...plurals]) {
    if (c.length < (FUNCTION.has(c) ? 6 : MIN_TARGET)) continue;
    // The feminine of a participle the lexicons list in the masculine (« réfugiées », « immigrée »).
    const feminine = c.endsWith('es') ? c.slice(0, -1) + 'es' : c.endsWith('e') ? c + 'e' : undefined;
    for (const t of feminine === undefined ? [c] : [c, feminine]) {
      if (AUXILIARY.has(t)) continue;
      // Without its last « s » or the « e » after a vowel a word is its singular or masculine (« musulman »,
      // « détesté »), which the lemma reads already; « sauvag » and « animau » are still misspellings, and
      // so is « tran » for a group noun that is its own singular (« trans »).
      const last = /(s|[aeiou]e)$/.test(t) && !(heads().has(t) && !heads().has(t.slice(0, -1))) ? t.length - 1 : t.length;
      for (let k = 0; k < last; k += 1) {
        const d = t.slice(0, k) + t.slice(k + 1);
        if (!index.has(d)) index.set(d, t);
      }
    }
  }
  // The frames' modal and auxiliary verbs of 6 letters or more (« pouvit », « etaent »).
  for (const c of modalForms()) {
    if (c.length < 6 || !/^[a-z]+$/.test(c)) continue;
    for (let k = 0; k < c.length; k += 1) {
      const d = c.slice(0, k) + c.slice(k + 1);
      if (!index.has(d)) index.set(d, c);
    }
  }
  // The word lists' own forms of 6 letters without an inner letter (« chiur »; not the first or last, which
  // makes names: « chris », « cali »; longer ones: disguise.ts, nearListed).
  for (const c of vocabulary().forms.keys()) {
    if (!/^[a-z]{6}$/.test(c)) continue;
    for (let k = 1; k + 1 < c.length; k += 1) {
      const d = c.slice(0, k) + c.slice(k + 1);
      if (!index.has(d)) index.set(d, c);
    }
  }
  return index;
}

/** FNV-1a over the word with a seed. */
function hash(word: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let k = 0; k < word.length; k += 1) h = Math.imul(h ^ word.charCodeAt(k), 0x01000193) >>> 0;
  return h;
}

/**
 * The guard's print of a word: 20 bits, a width fixed in advance. A disguise is taken for a guarded word
 * when its print is one of theirs (about 0.7 % of the time for ≈ 7 700 words), and adding a word to the
 * dictionary or the grammar never changes the others' prints: regenerating keeps every other answer
 * (the Bloom filter it replaces was sized by its count, so each regeneration moved its false positives).
 */
export const NEAR_BITS = 20;
export const nearPrint = (word: string): number => hash(word, 0) >>> (32 - NEAR_BITS);
/** Low bits of each gap between the guarded prints written out in near-words.ts (the rest in unary). */
export const NEAR_RICE = 7;

/**
 * A 24-bit fingerprint of a word (the guard's collisions let through are kept by it). A word that
 * shares one with them is let through too: it was corrected before the guard, and no dictionary word
 * near a grammar word shares one (near-words.ts checks).
 */
export const fingerprint = (word: string): number => hash(word, 0x9e3779b9) & 0xffffff;

/** Low bits of each gap between the let-through fingerprints written out in near-words.ts (the rest in unary). */
export const PASS_BITS = 14;

/** Sorted numbers written as Rice-coded gaps (`low` bits written out, the rest in unary), most significant bit first. */
export function riceEncode(sorted: readonly number[], low: number): string {
  const bits: number[] = [];
  let previous = 0;
  for (const x of sorted) {
    const gap = x - previous;
    previous = x;
    for (let q = gap >> low; q > 0; q -= 1) bits.push(1);
    bits.push(0);
    for (let i = low - 1; i >= 0; i -= 1) bits.push((gap >> i) & 1);
  }
  const bytes = new Uint8Array(Math.ceil(bits.length / 8));
  bits.forEach((b, i) => (bytes[i >> 3]! |= b << (7 - (i & 7))));
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text);
}

/** The numbers riceEncode wrote; the last byte's padding is shorter than one. */
function riceDecode(base64: string, low: number): Set<number> {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const bit = (i: number): number => (bytes[i >> 3]! >> (7 - (i & 7))) & 1;
  const out = new Set<number>();
  for (let i = 0, value = 0; i + low < bytes.length * 8; ) {
    let q = 0;
    while (bit(i++)) q += 1;
    for (let k = 0; k < low; k += 1) q = q * 2 + bit(i++);
    out.add((value += q));
  }
  return out;
}

let guarded: Set<number> | undefined;
let passes: Set<number> | undefined;
/** True when the word is (probably) a French word next to a listed one: never corrected. */
function dictionaryNeighbour(word: string): boolean {
  guarded ??= riceDecode(NEAR_WORDS.prints, NEAR_RICE);
  if (!guarded.has(nearPrint(word))) return false;
  // A disguise of a group noun whose print a guarded word shares by accident (see near-words.ts).
  passes ??= riceDecode(NEAR_WORDS.passGaps, PASS_BITS);
  return !passes.has(fingerprint(word));
}

/** The listed word one edit away from `word`, before the dictionary guard (used to build the guard). */
export function nearCoreUnguarded(word: string): string | undefined {
  // A silent « h » left out of a short listed word is a spelling by ear (« omo »); the guard spares « air », « ait ».
  if (word.length === SHORT_TARGET - 1 && SHORT.has('h' + word)) return 'h' + word;
  if (word.length === SHORT_TARGET - 1 && /^[a-z]+$/.test(word)) return vowelBack(word) ?? skeletonOf(word) ?? shortHeadBack(word);
  if (word.length <= SKELETON_MAX && /^[b-df-hj-np-tv-xz]+$/.test(word)) return skeletonOf(word);
  if (word.length < SHORT_TARGET || word.length > MAX || isGrammarWord(word) || SHORT.has(word) || !/^[a-z]+$/.test(word) || kindOf(word) !== undefined) return undefined;
  const core = coreWords();
  const target = (w: string): boolean => (w.length >= MIN_TARGET && (core.has(w) || plural(w)) && !AUXILIARY.has(w)) || SHORT.has(w);
  // A doubled letter first (« déteeste », « hommo »: « viieux » is « vieux », not « vicieux »); in a
  // function word, a doubled vowel (« soont », « toous ») or any doubled letter from four letters (« sontt »;
  // « less » is English, not « les »).
  for (let k = 0; k + 1 < word.length; k += 1) {
    if (word[k] !== word[k + 1]) continue;
    // « ée » at the end is a feminine (« détestée »), not a doubled letter.
    if (word[k] === 'e' && (k + 2 === word.length || (k + 3 === word.length && word.endsWith('s')))) continue;
    const single = word.slice(0, k) + word.slice(k + 1);
    // The word lists' own words too (« merrde », « chieurr »).
    if (target(single) || frameVerb(single) || (FUNCTION.has(single) && (VOWELS.has(word[k]!) || single.length >= 4)) || (single.length >= MIN_TARGET && vocabulary().forms.has(single))) return single;
  }
  // Two neighbours swapped (« musluman »); a short word keeps its first letter (« mrot », not « omrt ») and
  // is read as a short listed word before a longer one missing a letter (« teur » is « tuer », not « tueur »).
  const short = word.length < MIN_TARGET;
  const swappedTo = (): string | undefined => {
    for (let k = 0; k + 1 < word.length; k += 1) {
      if (word[k] === word[k + 1]) continue;
      const swapped = word.slice(0, k) + word[k + 1] + word[k] + word.slice(k + 2);
      // The frames' own function words too (« snot », « osnt », « tuos », « fuat »).
      if ((target(swapped) && (k > 0 || !short)) || (swapped.length >= 4 && FUNCTION.has(swapped)) || (k > 0 && frameVerb(swapped))) return swapped;
    }
    return undefined;
  };
  if (short) return swappedTo() ?? deletionIndex().get(word);
  return deletionIndex().get(word) ?? swappedTo();
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

let shortHeads: Map<string, string | null> | undefined;
/**
 * A four-letter group noun or slur missing one vowel (« hmo », « jif », « gys »): the one such word it fits, or
 * undefined (a dictionary word of three letters is kept by the guard, a texting abbreviation by ABBREVIATIONS).
 */
function shortHeadBack(word: string): string | undefined {
  if (ABBREVIATIONS.has(word)) return undefined;
  if (!shortHeads) {
    shortHeads = new Map();
    for (const w of SHORT) {
      if (w.length !== SHORT_TARGET || !heads().has(w)) continue;
      for (let k = 0; k < w.length; k += 1) {
        // A vowel only: a consonant dropped leaves texting words (« jui » is « je suis », not « juif »).
        if (!VOWELS.has(w[k]!)) continue;
        const d = w.slice(0, k) + w.slice(k + 1);
        shortHeads.set(d, shortHeads.has(d) && shortHeads.get(d) !== w ? null : w);
      }
    }
  }
  return shortHeads.get(word) ?? undefined;
}

/**
 * Three letters and no vowel are no French word (« mrt », « snt », « rts »): the short listed or
 * function word its one vowel was taken from, when only one fits.
 */
function vowelBack(word: string): string | undefined {
  if (ABBREVIATIONS.has(word)) return undefined;
  for (const c of word) if (VOWELS.has(c)) return undefined;
  let found: string | undefined;
  for (let k = 0; k <= word.length; k += 1) {
    for (const v of VOWELS) {
      const w = word.slice(0, k) + v + word.slice(k);
      if (!SHORT.has(w) && !FUNCTION.has(w)) continue;
      if (found !== undefined && found !== w) return undefined;
      found = w;
    }
  }
  return found;
}

/** The longest vowel-less word read as a skeleton (« trns », « ngrs »), and the targets' length range. */
const SKELETON_MAX = 5;
const SKELETON_TARGET = [4, 7];
/** Texting abbreviations that happen to be a listed word's consonants (« mrd » is « merde » already). */
const ABBREVIATIONS = new Set(['grc', 'jvs', 'sct', 'twt', 'pss', 'ptn', 'hmm', 'mtn', 'cnn', 'jms', 'txt']);
let skeletons: Map<string, string | null> | undefined;
let headForms: Set<string> | undefined;
/** Every form of the group nouns and slurs (« pede », « juifs », « trans »). */
const heads = (): ReadonlySet<string> => (headForms ??= new Set([...groups, ...slurs].flatMap((e) => [...slot(e).forms])));

/**
 * A short group noun or insult written without its vowels (« trns », « jfs », « ngr »): the one listed
 * word of 4 to 7 letters with these consonants in this order, or undefined when none or several fit
 * (a vowel-less dictionary word is never read: the dictionary guard and ABBREVIATIONS keep it).
 */
function skeletonOf(word: string): string | undefined {
  if (word.length < 3 || ABBREVIATIONS.has(word)) return undefined;
  if (!skeletons) {
    skeletons = new Map();
    const targets = [...heads(), ...SHORT, ...vocabulary().forms.keys()].filter((w) => /^[a-z]+$/.test(w) && w.length >= SKELETON_TARGET[0]! && w.length <= SKELETON_TARGET[1]! && !AUXILIARY.has(w));
    // Fewest vowels dropped first (« trns » is « trans », not « transe » or « tirons »); a tie is
    // read only between words of one family or one kind (« ngrs »: « negres », « negros »).
    const best = new Map<string, { w: string; drop: number; tie: boolean }>();
    for (const w of targets) {
      const key = w.replace(/[aeiouy]/g, '');
      const drop = w.length - key.length;
      if (key.length < 3 || drop === 0) continue;
      const had = best.get(key);
      if (!had || drop < had.drop) best.set(key, { w, drop, tie: false });
      else if (drop === had.drop && had.w !== w && lemma(had.w) !== lemma(w) && (kindOf(w) === undefined || kindOf(w) !== kindOf(had.w))) had.tie = true;
    }
    for (const [key, b] of best) skeletons.set(key, b.tie ? null : b.w);
  }
  return skeletons.get(word) ?? undefined;
}

/**
 * Forms of être, avoir, aller and faire (and joual « taient »): some lexicon entries list them
 * literally, but they are no content word a disguise stands for, nor a listed part of a glued word
 * (« anglais|aient »).
 */
const AUXILIARY = new Set([...['etre', 'avoir', 'aller', 'faire'].flatMap((v) => verbForms(v)), 'taient', 'tait', 'tais']);

let modals: Set<string> | undefined;
/** Every form of the modal and auxiliary verbs the frames are built on (« pouvait », « étaient », « allons »). */
const modalForms = (): ReadonlySet<string> => (modals ??= new Set(['pouvoir', 'vouloir', 'devoir', 'aller', 'faire', 'etre', 'avoir'].flatMap((v) => verbForms(v))));
/**
 * A frame's verb of five letters or more, read back from a swap, a doubled letter or (from six letters) a missing
 * one (« étaeint », « pourrront », « pouvit »): never a content word, but the frame needs it.
 */
const frameVerb = (w: string): boolean => w.length >= 5 && modalForms().has(w);

/** The plural of a listed word of the word lists (« osties », « calisses »). */
const plural = (w: string): boolean => w.endsWith('s') && vocabulary().forms.has(w.slice(0, -1));

/** Words already read (the grammar and the word lists ask about the same words); emptied when large. */
const seenNear = new Map<string, string | null>();
const seenCut = new Map<string, string[] | null>();
const MEMO = 4096;

/** The listed word a misspelt word stands for, or undefined (a known or real word is left alone). */
export function nearCore(word: string): string | undefined {
  if (word.length < SHORT_TARGET - 1 || coreWords().size === 0) return undefined;
  const had = seenNear.get(word);
  if (had !== undefined) return had ?? undefined;
  const found = nearCoreUnguarded(word);
  const out = found !== undefined && !dictionaryNeighbour(word) ? found : undefined;
  if (seenNear.size >= MEMO) seenNear.clear();
  seenNear.set(word, out ?? null);
  return out;
}

/** Short words glued before a listed one (« je|déteste », « me|dégoûtent », « de|mourir », « juste|pitoyables »). */
const BEFORE = new Set(
  `je me te se le la les de des du ces ce cette un une leurs leur vos nos mes tes ses votre notre au aux que qui ils elles nous vous tu
  sont est etes suis pas ne sale sales gros grosse comme pour par sur avec contre chez dans tous toutes tout juste vraiment absolument
  tellement trop tres maudit maudits on il ai faut devrait devraient doit doivent vais vont veux veut peut font fait
  cet va vas etre aux au mon ma ton ta son sa`
    .split(/\s+/)
    .filter(Boolean),
);
/** Determiners glued after a listed verb (« poignarder|ces », « emmerde|tous|les »). */
const AFTER = new Set(
  'ces ce cet cette les des tous toutes leurs leur vos nos tes ses un une de du la le au aux comme que qui sont est etaient seront me nous vous ils elles pour avec dans sur contre chez mon ma ton ta son sa notre votre'.split(' '),
);
/**
 * Function words that may be glued to one another with no content word (« sont|des », « tous|les »,
 * « il|faut », « on|devrait »): cut so that the grammar reads its frames; a real word is never cut (guard).
 */
const FUNCTION = new Set(
  `je tu il elle on nous vous ils elles me te se le la les de des du ces un une que qui sont est suis etes faut devrait devraient
  doit doivent peut peuvent vais vas vont va font fait tous toutes tout pour par avec contre dans sur etre au aux ce cet cette leur leurs
  ne valent vaut rien`
    .split(/\s+/)
    .filter(Boolean),
);
/** A listed content word: of the grammar (core forms, see patterns.ts) or of the word lists, 5 letters or more. */
const listed = (w: string): boolean => SHORT.has(w) || (w.length >= 5 && !AUXILIARY.has(w) && (coreWords().has(w) || vocabulary().forms.has(w) || plural(w)));
/**
 * The listed words of 4 letters that are a threat, hatred, a slur or a group by themselves
 * (« faut|tuer », « je|hais|les », « mort|aux », « des|rats », « cet|homo »): glued parts, and
 * targets of a swap or a doubled letter (« mrot », « hommo »).
 */
const SHORT = new Set([
  ...['tuer', 'tuez', 'tues', 'tuee', 'hais', 'hait', 'hair', 'mort', 'homo', 'gais', 'gays', 'juif', 'rats', 'porc', 'viol'],
  // The word lists' own words of four letters (« pute », « pédé », « cons », « osti »).
  ...[...vocabulary().forms.keys()].filter((w) => /^[a-z]{4}$/.test(w)),
]);
/** A short word the grammar reads, spelled out letter by letter (« s o n t », « m o r t », « t o u s »). */
/** The short words and frame words read back from a misspelling: the build lets their disguises through the guard too. */
export const shortTargets = (): string[] => [...SHORT, ...[...FUNCTION].filter((w) => w.length >= 4)];
export const spelledWord = (w: string): boolean => SHORT.has(w) || FUNCTION.has(w) || BEFORE.has(w) || AFTER.has(w);

/**
 * The words a space slipped inside may break (« fem mes », « tr ans », « handi capés », « bri ser »): the
 * group nouns, slurs and word lists' forms of 4 letters or more, and the listed content words of 6 letters
 * at most (a longer one is joined only from two unknown halves, tokens.ts); the build enumerates the same set.
 */
export const joinTarget = (w: string): boolean => w.length >= 4 && (heads().has(w) || vocabulary().forms.has(w) || (w.length <= 6 && listed(w)));

/**
 * True when « a b » is one listed word broken by a space (« fem mes » → femmes), and not two dictionary words that happen to spell one (« pour ri », « mal ade » never join:
 * the build puts every such pair of a listed word in the guard).
 */
export function splitWord(a: string, b: string): boolean {
  // Read once the grammar's lexicons are compiled, as nearCore (listing the group nouns before would compile them half).
  if (coreWords().size === 0) return false;
  // A frame's function word stays a word (« des sin|ges » is « des singes », not « dessin »).
  if (a.length + b.length > MAX || !/^[a-z]+$/.test(a) || !/^[a-z]+$/.test(b) || spelledWord(a) || !splitTarget(a, b)) return false;
  // A half of one or two letters is checked here (« a battre », « re tuer », « de mourir » stay apart), a longer one by the guard.
  if (a.length <= 2 || b.length <= 2) return !TINY_WORDS.has(a.length <= 2 ? a : b);
  return !dictionaryNeighbour(`${a} ${b}`);
}

/**
 * The dictionary's words of one or two letters (folded), « ok », « ya », and the letters written for a word
 * in texting or an elision without its apostrophe (« j aime », « c est », « g pas », « é tu »): never half of
 * a broken word.
 */
const TINY_WORDS = new Set(
  'c d e g j k l m n o q s t pr ds tt vs pq ts ns nn jm bg bb a ah ai an as au bu cc ce cf cg ch ci cl cm de dg dl dm do du eh en es et eu ex fa fi go ha hi ho he if il in je kg km la le li lu ma me mg mi ms mu na ne ni nu no oc oh on or os ou ph pi pu ra ri ru re sa se si su ta te tu un us ut va vu xi y ca ok ya'.split(' '),
);

/** A listed word cut anywhere, or a longer content word with one or two letters cut off (« assassin er », « n oyer »). */
export const splitTarget = (a: string, b: string): boolean => joinTarget(a + b) || (Math.min(a.length, b.length) <= 2 && listed(a + b));

/** The longest glue word. */
const GLUE_MAX = 10;
/** The longest glued token tried (a few words, not a paste). */
const MAX_GLUED = 24;

/**
 * The shape of words run together: listed words, each glue word before a listed one (« je|déteste »,
 * « réfugiés|me|dégoûtent ») or a determiner at the end (« poignarder|ces »).
 */
function shaped(parts: readonly string[]): boolean {
  let any = false;
  for (let k = 0; k < parts.length; k += 1) {
    const p = parts[k]!;
    // A four-letter group noun or slur after « de » (« typique|de|pede »; « le|noir » is Lenoir, a name).
    if (listed(p) || (k > 0 && parts[k - 1] === 'de' && p.length === 4 && heads().has(p))) any = true;
    else if (!(k + 1 < parts.length ? gluedBefore(p) : AFTER.has(p))) return false;
  }
  return any;
}

/**
 * A word glued before a listed one: a glue word, a form of a modal or auxiliary verb (« faire|souffrir »,
 * « pouvait|étrangler », « allons|torturer »), a degree word (« plus|stupides », « sans|valeur ») or an
 * adverb in -ment (« probablement|stupide »). Not any word of the frames: « anti|musulman » and
 * « Dieu|donné » stay whole.
 */
const DEGREE = new Set(['plus', 'moins', 'aussi', 'sans', 'bien']);
const gluedBefore = (p: string): boolean => BEFORE.has(p) || (p.length >= 7 && p.endsWith('ment')) || DEGREE.has(p) || modalForms().has(p);

/** Two or three known words behind a glued token, one of them listed, before the dictionary guard. */
export function segmentUnguarded(word: string): string[] | undefined {
  if (word.length < 5 || word.length > MAX_GLUED || isGrammarWord(word) || listed(word) || !/^[a-z]+$/.test(word)) return undefined;
  // A listed word glued to the « à » after it (« mortà tous », « merdà »: the accent is folded away here).
  if (word.endsWith('a') && listed(word.slice(0, -1))) return [word.slice(0, -1), 'a'];
  // Two words before three (« tuerai|tous », not « tuer|ai|tous »).
  for (let i = 2; i + 2 <= word.length; i += 1) {
    const a = word.slice(0, i);
    const rest = word.slice(i);
    // A subject glued to its « ne » too (« handicapésne valent »).
    if ((i <= GLUE_MAX || listed(a) || gluedBefore(a)) && (shaped([a, rest]) || (FUNCTION.has(a) && FUNCTION.has(rest)) || (rest === 'ne' && listed(a)))) return [a, rest];
  }
  for (let i = 2; i + 2 <= word.length; i += 1) {
    const a = word.slice(0, i);
    // A glue word is short: past its length, the first part must be listed.
    if (i > GLUE_MAX && !listed(a)) continue;
    const rest = word.slice(i);
    // A listed verb by its lemma (« emmerde|tous|les »), looked up only for a short first part.
    const first = listed(a) || (i >= 6 && i <= GLUE_MAX + 2 && kindOf(a) !== undefined);
    if (!BEFORE.has(a) && !AFTER.has(a) && !first) continue;
    for (let j = 2; j + 2 <= rest.length; j += 1) {
      const parts = [a, rest.slice(0, j), rest.slice(j)];
      if (shaped(parts) || (first && AFTER.has(parts[1]!) && AFTER.has(parts[2]!))) return parts;
    }
  }
  return undefined;
}

/** The words behind a glued token, or undefined (a real word is never cut). */
export function segment(word: string): string[] | undefined {
  if (word.length < 5) return undefined;
  const had = seenCut.get(word);
  if (had !== undefined) return had ?? undefined;
  const found = segmentUnguarded(word);
  const out = found !== undefined && !dictionaryNeighbour(word) ? found : undefined;
  if (seenCut.size >= MEMO) seenCut.clear();
  seenCut.set(word, out ?? null);
  return out;
}

/** What hides a letter in a masked word (« d*******t »). */
const MASK = /[*#]/;
let byLength: Map<number, string[]> | undefined;

/**
 * The one content word of the grammar a masked word can stand for (same length, same visible
 * letters, the first one shown), or undefined when none or several fit: a mask is resolved against
 * the vocabulary, never guessed.
 */
export function unmaskCore(word: string): string | undefined {
  if (word.length < 5 || word.length > MAX || !MASK.test(word) || MASK.test(word[0]!)) return undefined;
  if (!byLength) {
    byLength = new Map();
    for (const t of coreWords()) {
      const list = byLength.get(t.length);
      if (list) list.push(t);
      else byLength.set(t.length, [t]);
    }
  }
  let found: string | undefined;
  for (const t of byLength.get(word.length) ?? []) {
    let ok = true;
    for (let k = 0; k < word.length && ok; k += 1) ok = word[k] === '*' || word[k] === '#' || word[k] === t[k];
    if (!ok) continue;
    if (found !== undefined) return undefined;
    found = t;
  }
  return found;
}
