/**
 * Generates src/engine/text/grammar/near-words.ts: the French dictionary words (an-array-of-french-words, a
 * devDependency) that lie one missing letter, one doubled letter or one swap away from a content word of the
 * grammar, or that cut into known words, so that grammar/near.ts never corrects or cuts a real word. Each is
 * written exactly, as the word it is near (its index in near.ts's anchorWords()) and an edit (near.ts, applyEdit):
 * the anchors by gaps, each with its set of edits, sets and edits by their rank among those already written (move
 * to front), all Exp-Golomb coded (GUARD_CODE); the edits' texts once, in order of first use. The output depends
 * only on the dictionary and the grammar's lexicons (deterministic). Run it again when the grammar's lexicons change
 * (test/unit/engine/disguise-near.test.ts says when):
 *   npx node src/build/near-words.ts
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import '../engine/index.ts';
import { anchorWords, applyEdit, decodeGuard, GUARD_CODE, nearCoreUnguarded, splitTarget, segmentUnguarded, shortTargets, spelledWord } from '../engine/text/grammar/near.ts';
import { groups, slurs } from '../engine/text/grammar/lexicon-groups.ts';
import { coreWords, isGrammarWord, slot } from '../engine/text/grammar/patterns.ts';
import { kindOf, vocabulary } from '../engine/text/vocabulary.ts';
import { fold } from '../engine/text/normalize.ts';

const require = createRequire(import.meta.url);
/**
 * The dictionary, with the ordinary words of Québec French and of municipal life that it lacks: a word
 * missing here is not guarded, and a disguise one letter away could « correct » it (« kessé » read as a
 * sacre, « nonogramme » as an insult glued to « gramme »).
 */
const QUEBEC_ORDINARY = [
  'kesse', 'kosse', 'kessé', 'kossé', 'quessé', 'coudonc', 'pantoute', 'icitte', 'asteure', 'astheure', 'toé', 'moé', 'chus', 'chui', 'tsé',
  'mettons', 'placoter', 'magasiner', 'dépanneur', 'nonogramme', 'nonogrammes', 'sudoku', 'sudokus', 'pickleball', 'poutine', 'poutines', 'ping', 'pong',
  // Everyday clippings, which the dictionary lacks (« les rénos » are renovations, « les négos » negotiations, not a slur
  // missing a letter): the whole class, so that no short word of ordinary speech is read back as a listed word.
  'réno', 'rénos', 'rénov', 'rénovs', 'négo', 'négos', 'appart', 'apparts', 'proprio', 'proprios', 'coloc', 'colocs', 'dép', 'déps', 'dépan',
  'resto', 'restos', 'prof', 'profs', 'ado', 'ados', 'frigo', 'frigos', 'ordi', 'ordis', 'biblio', 'biblios', 'ciné', 'cinés', 'expo', 'expos',
  'manif', 'manifs', 'info', 'infos', 'promo', 'promos', 'pub', 'pubs', 'labo', 'labos', 'dispo', 'dispos', 'perso', 'persos', 'compét', 'compèt',
  'compet', 'compets', 'récré', 'exam', 'exams', 'anniv', 'apéro', 'apéros', 'démo', 'démos', 'sécu', 'fac', 'prépa', 'coproprio', 'coop', 'coops',
  'condo', 'condos', 'physio', 'ergo', 'ortho', 'psy', 'psys', 'véto', 'vétos', 'écolo', 'écolos', 'intello', 'intellos', 'gynéco', 'cardio', 'kiné',
  'toune', 'tounes', 'ptit', 'ptite', 'ptits', 'ptites', 'tite', 'tites', 'allos', 'cégep', 'cégeps', 'bixi', 'bixis', 'skidoo', 'skidoos',
  'déj', 'dej', 'stat', 'stats', 'hosto', 'hostos', 'mécano', 'mécanos', 'impro', 'impros', 'rando', 'randos', 'vélo', 'vélos', 'sandwich',
  // Country names the dictionary lacks, one letter from a slur (« Mongolie » is no « mongolien » missing its n).
  'Mongolie',
];
const dictionary = [...(require('an-array-of-french-words/index.json') as string[]), ...QUEBEC_ORDINARY];
const near = new Set<string>();
for (const entry of dictionary) {
  const word = fold(entry);
  if (/^[a-z]+$/.test(word) && (nearCoreUnguarded(word) !== undefined || segmentUnguarded(word) !== undefined)) near.add(word);
}
// Two dictionary words of 3 letters or more that spell a listed word when joined (« mal propre »): never joined
// (near.ts, splitWord, which checks a shorter half itself).
const wordLike = new Set(dictionary.map((w) => fold(w)));
const halfIsWord = (w: string): boolean => wordLike.has(w) || isGrammarWord(w) || kindOf(w) !== undefined || spelledWord(w);
const joinTargets = new Set<string>([...coreWords(), ...vocabulary().forms.keys(), ...shortTargets()]);
for (const entry of [...groups, ...slurs]) for (const f of slot(entry).forms) joinTargets.add(f);
for (const t of joinTargets) {
  if (!/^[a-z]{4,}$/.test(t)) continue;
  for (let k = 3; k + 3 <= t.length; k += 1) {
    const [a, b] = [t.slice(0, k), t.slice(k)];
    if (splitTarget(a, b) && halfIsWord(a) && halfIsWord(b)) near.add(`${a} ${b}`);
  }
}
/** Each guarded word as an anchor of anchorWords() and an edit (near.ts, applyEdit). */
const anchors = anchorWords();
const index = new Map(anchors.map((w, i) => [w, i]));
const sets = new Map<number, Set<string>>();
/** The edit that writes `word` from `anchor`, if it is one of applyEdit's. */
function editOf(word: string, anchor: string): string | undefined {
  const tries: string[] = ['k', 'f1', 'f2', 'f3', 'f4'];
  for (let k = 0; k <= anchor.length; k += 1) tries.push(`d${k}`, `i${k}`, `s${k}`, `p${k}`);
  return tries.find((e) => index.has(anchor) && applyEdit(anchor, e) === word);
}
const add = (anchor: string, edit: string): void => {
  const set = sets.get(index.get(anchor)!) ?? new Set<string>();
  sets.set(index.get(anchor)!, set.add(edit));
};
/** A word cut into known words: each of its parts that is an anchor, with the others glued before and after. */
const glued = (w: string): [string, string][] => {
  const parts = segmentUnguarded(w) ?? [];
  return parts.flatMap((p, k) => (index.has(p) ? [[p, `${parts.slice(0, k).join('')}|${parts.slice(k + 1).join('')}`] as [string, string]] : []));
};
// The glue that most words share is chosen (fewer edits to write), then the longest anchor.
const glueCount = new Map<string, number>();
for (const w of near) if (!w.includes(' ') && nearCoreUnguarded(w) === undefined) for (const [, e] of glued(w)) glueCount.set(e, (glueCount.get(e) ?? 0) + 1);
for (const w of [...near].sort()) {
  if (w.includes(' ')) {
    const k = w.indexOf(' ');
    add(w.replace(' ', ''), `p${k}`);
    continue;
  }
  const target = nearCoreUnguarded(w);
  const edit = target === undefined ? undefined : editOf(w, target);
  if (target !== undefined && edit !== undefined) {
    add(target, edit);
    continue;
  }
  const best = glued(w).sort((a, b) => glueCount.get(b[1])! - glueCount.get(a[1])! || b[0].length - a[0].length)[0];
  if (!best) throw new Error(`near-words: « ${w} » has no anchor (near.ts, anchorWords)`);
  add(best[0], best[1]);
}
const bits: number[] = [];
/** Exp-Golomb of order k (decodeGuard, read). */
const write = (v: number, k: number): void => {
  const x = v + (1 << k);
  const l = 31 - Math.clz32(x);
  for (let i = k; i < l; i += 1) bits.push(0);
  for (let i = l; i >= 0; i -= 1) bits.push((x >> i) & 1);
};
const keys = [...sets.keys()].sort((a, b) => a - b);
const setList: string[] = [];
const editList: string[] = [];
const table: string[] = [];
let previous = -1;
/** The bits of Exp-Golomb of order k. */
const length = (v: number, k: number): number => 2 * (31 - Math.clz32(v + (1 << k))) - k + 1;
for (const i of keys) {
  write(i - previous - 1, GUARD_CODE.gap);
  previous = i;
  const edits = [...sets.get(i)!].sort();
  const key = edits.join();
  const r = setList.indexOf(key);
  // The set by its rank, or written out again when that is shorter.
  let explicit = length(0, GUARD_CODE.set) + length(edits.length - 1, GUARD_CODE.size);
  const trial = [...editList];
  for (const e of edits) {
    const q = trial.indexOf(e);
    explicit += length(q + 1, GUARD_CODE.edit);
    if (q >= 0) trial.splice(q, 1);
    trial.unshift(e);
  }
  if (r >= 0) setList.splice(r, 1);
  setList.unshift(key);
  if (r >= 0 && length(r + 1, GUARD_CODE.set) <= explicit) {
    write(r + 1, GUARD_CODE.set);
    continue;
  }
  write(0, GUARD_CODE.set);
  write(edits.length - 1, GUARD_CODE.size);
  for (const e of edits) {
    const q = editList.indexOf(e);
    if (q >= 0) editList.splice(q, 1);
    else table.push(e);
    editList.unshift(e);
    write(q + 1, GUARD_CODE.edit);
  }
}
const bytes = new Uint8Array(Math.ceil(bits.length / 8));
bits.forEach((b, i) => (bytes[i >> 3]! |= b << (7 - (i & 7))));
let text = '';
for (const b of bytes) text += String.fromCharCode(b);
const data = { edits: table.join(','), bits: btoa(text), anchors: keys.length };
// Read back exactly the guarded words.
const back = decodeGuard(data);
if (back.size !== near.size || [...near].some((w) => !back.has(w))) throw new Error('near-words: the guard does not read back its words');
const out = `/** Generated by src/build/near-words.ts from an-array-of-french-words (${near.size} words near a grammar word, kept exactly): do not edit. */
export const NEAR_WORDS = { edits: '${data.edits}', bits: '${data.bits}', anchors: ${data.anchors} };
`;
writeFileSync(new URL('../engine/text/grammar/near-words.ts', import.meta.url), out);
console.log(`near-words: ${near.size} dictionary words on ${keys.length} anchors, ${bytes.length} bytes and ${data.edits.length} characters of edits`);
