/**
 * A misspelt content word of the grammar (3.2 disguise: « détetse », « musumans », « réfguiés »,
 * « étrnagler »): one letter missing or two neighbours swapped, read back as the listed word it
 * stands for (patterns.ts, `coreWords`: group nouns, predicates, emotion nouns, hate and violence
 * verbs — never the paradigms of ordinary verbs). Listed words of 5 letters or more, and the feminine
 * of a participle listed in the masculine (« réfugiées »).
 *
 * Guard: a real French word is never corrected. The words of a 336 000-word dictionary that lie one
 * such edit away from a listed word (« cancre » ~ « cancer », « alpine » ~ « lapine ») are kept exactly,
 * each as the listed word it is near and an edit (near-words.ts, ≈ 7 KB, generated from the dictionary by
 * src/build/near-words.ts and checked word by word in test/unit/engine/disguise-near.test.ts), read once
 * into a set of words. Cost: one lookup per edit, bounded by MAX letters.
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
import { degrading, dehumanising } from './lexicon-predicates.ts';

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

/**
 * The guard's words are written as edits of the words they are near (near-words.ts): each a word of anchorWords()
 * and an edit, `d3` that word without its letter 3, `i3` with its letter 3 doubled, `s3` with letters 3 and 4
 * swapped, `p3` with a space before letter 3, `k` without its vowels, `de|s` with « de » glued before and « s » after.
 */
export function applyEdit(anchor: string, edit: string): string {
  const k = Number(edit.slice(1));
  const [before, after] = edit.split('|');
  if (after !== undefined) return before + anchor + after;
  switch (edit[0]) {
    case 'd': return anchor.slice(0, k) + anchor.slice(k + 1);
    case 'i': return anchor.slice(0, k + 1) + anchor.slice(k);
    case 's': return anchor.slice(0, k) + anchor[k + 1] + anchor[k] + anchor.slice(k + 2);
    case 'p': return `${anchor.slice(0, k)} ${anchor.slice(k)}`;
    // Spelt by ear (soundsLike): s between vowels written z, qu written k, c written k, au written o.
    case 'f': return k === 1 ? anchor.replace(/(?<=[aeiouy])s(?=[aeiouy])/g, 'z') : k === 2 ? anchor.replaceAll('qu', 'k') : k === 3 ? anchor.replace(/c(?!h)/g, 'k') : anchor.replaceAll('au', 'o');
    default: return anchor.replace(/[aeiouy]/g, '');
  }
}

/**
 * Exp-Golomb orders of the guard's four numbers (near-words.ts): the gap to the next anchor, the rank of its set of
 * edits among the sets already read (0: a set written out), a written set's size less one, and the rank of each of
 * its edits among the edits already read (0: the next new edit of the list).
 */
export const GUARD_CODE = { gap: 0, set: 1, edit: 3, size: 0 };

/**
 * The guarded words: for each anchor (its index in anchorWords(), by gaps), its set of edits, read back from the
 * most recent sets and edits first (move to front). Written by src/build/near-words.ts.
 */
export function decodeGuard(data: { edits: string; bits: string; anchors: number }): Set<string> {
  const anchors = anchorWords();
  const bytes = Uint8Array.from(atob(data.bits), (c) => c.charCodeAt(0));
  const table = data.edits.split(',');
  let i = 0;
  let next = 0;
  const bit = (): number => (bytes[i >> 3]! >> (7 - (i++ & 7))) & 1;
  const read = (k: number): number => {
    let z = 0;
    while (!bit()) z += 1;
    let x = 1;
    for (let j = 0; j < z + k; j += 1) x = x * 2 + bit();
    return x - (1 << k);
  };
  const sets: string[] = [];
  const edits: string[] = [];
  const out = new Set<string>();
  for (let n = 0, at = -1; n < data.anchors; n += 1) {
    at += read(GUARD_CODE.gap) + 1;
    const r = read(GUARD_CODE.set);
    let set: string;
    if (r > 0) set = sets.splice(r - 1, 1)[0]!;
    else {
      // A set written out again when that is shorter than its rank: it moves to the front all the same.
      const list: string[] = [];
      for (let m = read(GUARD_CODE.size) + 1; m > 0; m -= 1) {
        const q = read(GUARD_CODE.edit);
        const edit = q > 0 ? edits.splice(q - 1, 1)[0]! : table[next++]!;
        edits.unshift(edit);
        list.push(edit);
      }
      set = list.join();
      if (sets.includes(set)) sets.splice(sets.indexOf(set), 1);
    }
    sets.unshift(set);
    for (const edit of set.split(',')) out.add(applyEdit(anchors[at]!, edit));
  }
  return out;
}

let guarded: Set<string> | undefined;
/** True when the word is a French word next to a listed one: never corrected (nor before the lexicons are compiled). */
function dictionaryNeighbour(word: string): boolean {
  if (coreWords().size === 0) return true;
  guarded ??= decodeGuard(NEAR_WORDS);
  return guarded.has(word);
}

/** The listed word one edit away from `word`, before the dictionary guard (used to build the guard). */
export function nearCoreUnguarded(word: string): string | undefined {
  // A silent « h » left out of a short listed word is a spelling by ear (« omo »); the guard spares « air », « ait ».
  if (word.length === SHORT_TARGET - 1 && SHORT.has('h' + word)) return 'h' + word;
  if (word.length === SHORT_TARGET - 1 && /^[a-z]+$/.test(word)) return vowelBack(word) ?? skeletonOf(word) ?? shortHeadBack(word);
  const consonants = word.length <= SKELETON_MAX && /^[b-df-hj-np-tv-xz]+$/.test(word);
  const skeleton = consonants ? skeletonOf(word) : undefined;
  // A word of consonants only is a skeleton or nothing: short (« trns »), or long, its first and last letters kept (below).
  if (skeleton !== undefined || (consonants && word.length < LONG_SKELETON)) return skeleton;
  // Consonants only (« prsts »), or four inside a word that opens or closes on a vowel (« immgrnts »): French has words of
  // three (« ample », « arbre », « entre »), not of four.
  if (word.length >= LONG_SKELETON && word.length <= MAX && /^(?:[b-df-hj-np-tv-xz]+|[a-z][b-df-hj-np-tv-xz]{4,}[a-z])$/.test(word)) {
    const long = longSkeletonOf(word);
    if (long !== undefined || consonants) return long;
  }
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
  return deletionIndex().get(word) ?? swappedTo() ?? soundsLike(word, target);
}

/**
 * A listed word spelt by ear, letters of the same sound swapped for its own (« parazites », « kriminels », « sôvages »): z
 * between vowels for s, k for c or qu, o for au. Listed words only, under the same dictionary guard.
 */
function soundsLike(word: string, target: (w: string) => boolean): string | undefined {
  if (!/[aeiouy]z[aeiouy]|k|o/.test(word)) return undefined;
  // Every such letter is swapped, none written the usual way beside it (the guard reads the edit back exactly).
  const tries = [
    /(?<=[aeiouy])s(?=[aeiouy])/.test(word) ? word : word.replace(/(?<=[aeiouy])z(?=[aeiouy])/g, 's'),
    word.includes('qu') ? word : word.replaceAll('k', 'qu'),
    /c(?!h)/.test(word) ? word : word.replace(/k(?!h)/g, 'c'),
    // (« sôvages », « chô »: au written o, every o of the word.)
    word.includes('au') || !word.includes('o') ? word : word.replaceAll('o', 'au'),
  ];
  for (const w of tries) if (w !== word && target(w)) return w;
  return undefined;
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
/** Every form of some lexicon entries, in their order. */
const formsOf = (entries: readonly string[]): string[] => entries.flatMap((e) => [...slot(e).forms]);
const heads = (): ReadonlySet<string> => (headForms ??= new Set(formsOf([...groups, ...slurs])));

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

/** The shortest long word read without its inner vowels (« mslmns », « prsts »), and its shortest target. */
const LONG_SKELETON = 5;
const LONG_TARGET = 7;
let longSkeletons: Map<string, string | null> | undefined;

/**
 * A long word of the grammar or the lists written without the vowels between its first and last letters (« mslmns »,
 * « immgrnts », « prsts »): the one word of 7 letters or more with that skeleton, or undefined when none fits or several
 * of different words do (two names of peoples read the same). A French word never has five letters and no vowel
 * inside; texting abbreviations are shorter (« tjrs », « bcp »).
 */
function longSkeletonOf(word: string): string | undefined {
  if (!longSkeletons) {
    longSkeletons = new Map();
    for (const w of [...heads(), ...coreWords(), ...vocabulary().forms.keys()]) {
      if (w.length < LONG_TARGET || !/^[a-z]+$/.test(w) || AUXILIARY.has(w)) continue;
      const key = w[0] + w.slice(1, -1).replace(/[aeiouy]/g, '') + w[w.length - 1];
      if (key.length < LONG_SKELETON || key === w) continue;
      // Fewest vowels dropped first (« prsts » is « parasites », not « parasitées »); a tie between two different words is
      // read only when both name a people.
      const had = longSkeletons.get(key);
      if (had === undefined || (had !== null && w.length < had.length)) longSkeletons.set(key, w);
      else if (had !== null && had !== w && w.length === had.length && lemma(had) !== lemma(w) && !(heads().has(had) && heads().has(w))) longSkeletons.set(key, null);
    }
  }
  return longSkeletons.get(word) ?? undefined;
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

/**
 * Every word a guarded word is written from (near-words.ts): the listed words and their feminines and plurals,
 * the frames' words and modal forms, sorted. The build and the guard compute the same list.
 */
export function anchorWords(): string[] {
  const all = new Set<string>([...coreWords(), ...vocabulary().forms.keys(), ...FUNCTION, ...SHORT, ...BEFORE, ...AFTER, ...modalForms(), ...heads()]);
  const plurals = [...vocabulary().forms.keys()].map((w) => w + 's');
  for (const c of [...coreWords(), ...plurals]) {
    all.add(c);
    if (c.endsWith('e') || c.endsWith('es')) all.add(c.endsWith('es') ? c.slice(0, -1) + 'es' : c + 'e');
  }
  return [...all].filter((w) => /^[a-z]+$/.test(w)).sort();
}

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
  if (word.length < 5 || word.length > MAX_CHAIN || isGrammarWord(word) || listed(word) || !/^[a-z]+$/.test(word)) return undefined;
  if (word.length > MAX_GLUED) return deChain(word);
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
  return deChain(word);
}

/** The longest token read as a chain of words glued by « de » (five words: « gang|de|crisse|de|bs|de|marde »). */
const MAX_CHAIN = 32;
/** Longest word looked for in letters run together, and most words they are cut into. */
const MAX_RUN_WORD = 24;
const MAX_RUN_WORDS = 9;

/**
 * The fewest words, each one `known`, that cover a run of letters (two to MAX_RUN_WORDS of them), or undefined. Each end
 * is tried against at most MAX_RUN_WORD starts: bounded work per run. Spelled letters whose breaks were lost (stream.ts)
 * and words glued by « de » (deChain) are read so.
 */
export function fewestWords(letters: string, known: (w: string) => boolean): string[] | undefined {
  const n = letters.length;
  const words = new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY);
  const from = new Int32Array(n + 1).fill(-1);
  words[0] = 0;
  for (let e = 1; e <= n; e += 1) {
    for (let b = Math.max(0, e - MAX_RUN_WORD); b < e; b += 1) {
      if (words[b]! + 1 < words[e]! && known(letters.slice(b, e))) (words[e] = words[b]! + 1), (from[e] = b);
    }
  }
  if (!(words[n]! >= 2 && words[n]! <= MAX_RUN_WORDS)) return undefined;
  const parts: string[] = [];
  for (let e = n; e > 0; e = from[e]!) parts.unshift(letters.slice(from[e]!, e));
  return parts;
}

let predicates: Set<string> | undefined;
/**
 * A word that makes a chain glued by « de » worth cutting: a word of the word lists, a people's name or a slur, a form of
 * the one-word nouns that dehumanise or degrade (« parasites », « caves », « bs »).
 */
const chainMark = (p: string): boolean => kindOf(p) !== undefined || heads().has(p) || (predicates ??= new Set(formsOf([...dehumanising, ...degrading].filter((e) => !e.includes(' '))))).has(p);
/**
 * « de » between the words of a chain, or « d' » before a vowel (« gang|d|idiots »), or after a sacre, whose « de » joual
 * cuts before any word (« esti|d|sauvages », « crisse|d|caves »).
 */
const chainGlue = (parts: readonly string[], k: number): boolean => parts[k] === 'de' || (parts[k] === 'd' && (/^[aeiouyh]/.test(parts[k + 1]!) || kindOf(parts[k - 1]!) === 'sacre'));

/**
 * Words run together by « de » or « d' » (« gang|de|tapettes », « bande|de|caves », « gang|de|crisse|de|bs|de|marde »):
 * the fewest known words (fewestWords), a word of the grammar (« gang », « bande », « espece ») or a chainMark each, and a
 * glue between each two; one at least a chainMark (« plan|de|ville » stays whole).
 */
export function deChain(word: string): string[] | undefined {
  // A word that is « de » glued to another (« décrisse », « démarde ») is read as the glue and that word.
  const part = (w: string): boolean => w === 'de' || w === 'd' || (w.length > 1 && (isGrammarWord(w) || listed(w) || chainMark(w)) && !(w.startsWith('de') && part(w.slice(2))));
  const parts = fewestWords(word, part);
  return parts && parts.length % 2 && parts.every((_, k) => k % 2 === 0 || chainGlue(parts, k)) && parts.some(chainMark) ? parts : undefined;
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

/** Whether `word` fits the masked word `masked`: the same length, and the same letter wherever one is shown. */
export function fitsMask(masked: string, word: string): boolean {
  if (masked.length !== word.length) return false;
  for (let k = 0; k < masked.length; k += 1) if (masked[k] !== word[k] && masked[k] !== '*' && masked[k] !== '#') return false;
  return true;
}
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
  // Several fits that all name a people or are slurs (« n*gr*s », « j**fs »): any of them reads the same, the first is kept.
  let allPeople = true;
  for (const t of byLength.get(word.length) ?? []) {
    if (!fitsMask(word, t)) continue;
    allPeople &&= heads().has(t);
    if (found !== undefined && !allPeople) return undefined;
    found ??= t;
  }
  return found;
}

/**
 * Where several words fit a mask (« les m*******s », « des p*******s »: dozens of the grammar's words each), the place
 * of the word decides: after a determiner that opens a noun phrase it hides a people (the names of peoples and the
 * slurs), after « sont des », « t'es un », « gang de » what is said of them (a listed insult, then a noun that
 * dehumanises or degrades). Someone masks a word because it offends: the first fit of that class is read, never a
 * neutral word. By length and first letter, built once.
 */
export type MaskRole = 'people' | 'predicate';
const maskClasses = new Map<MaskRole, Map<string, string[]>>();
function maskClass(role: MaskRole): Map<string, string[]> {
  let index = maskClasses.get(role);
  if (index) return index;
  index = new Map();
  const words = role === 'people' ? formsOf([...slurs, ...groups]) : [...[...vocabulary().forms.keys()].filter((w) => kindOf(w) !== 'hate'), ...formsOf([...dehumanising, ...degrading])];
  for (const w of words) {
    if (!/^[a-z]{3,}$/.test(w)) continue;
    const key = `${w.length}${w[0]}`;
    const list = index.get(key);
    if (!list) index.set(key, [w]);
    else if (!list.includes(w)) list.push(w);
  }
  maskClasses.set(role, index);
  return index;
}

/** The first word of a class (`MaskRole`) that a masked word fits (same length, same visible letters), if any. */
export function unmaskAs(word: string, role: MaskRole): string | undefined {
  if (word.length > MAX || MASK.test(word[0]!)) return undefined;
  return maskClass(role).get(`${word.length}${word[0]}`)?.find((w) => fitsMask(word, w));
}
