/**
 * Generates src/engine/text/grammar/near-words.ts: a Bloom filter of the French dictionary words
 * (an-array-of-french-words, a devDependency) that lie one missing letter or one swap away from a
 * content word of the grammar, or that cut into known words, so that grammar/near.ts never corrects
 * or cuts a real word. Run it again
 * when the grammar's lexicons change (test/unit/engine/disguise-near.test.ts says when):
 *   npx node src/build/near-words.ts
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import '../engine/index.ts';
import { bloomPositions, fingerprint, nearCoreUnguarded, PASS_BITS, splitTarget, segmentUnguarded, shortTargets, spelledWord } from '../engine/text/grammar/near.ts';
import { groups, slurs } from '../engine/text/grammar/lexicon-groups.ts';
import { violence } from '../engine/text/grammar/lexicon-threat.ts';
import { coreWords, isGrammarWord, slot } from '../engine/text/grammar/patterns.ts';
import { dehumanising } from '../engine/text/grammar/lexicon-predicates.ts';
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
  'mettons', 'placoter', 'magasiner', 'dépanneur', 'nonogramme', 'nonogrammes', 'sudoku', 'sudokus', 'pickleball', 'poutine', 'poutines',
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
/** About 10 bits a word and 7 probes: under 1 % of misspellings left uncorrected by accident. */
const size = Math.ceil((near.size * 10) / 8) * 8;
const probes = 7;
const bits = new Uint8Array(size / 8);
for (const w of near) for (const p of bloomPositions(w, size, probes)) bits[p >> 3]! |= 1 << (p & 7);
const b64 = Buffer.from(bits).toString('base64');
/**
 * The filter's false positives among the disguises of the group nouns, slurs, insults and sacres (a letter missing,
 * doubled or swapped, a determiner glued before): each would leave a whole kind of sentence unread,
 * so their fingerprints are kept and the guard lets them through. None is a dictionary word near a
 * grammar word (checked below), so the guard stays exact on the dictionary.
 */
const inFilter = (w: string): boolean => bloomPositions(w, size, probes).every((p) => ((bits[p >> 3] ?? 0) >> (p & 7)) & 1);
const heads = new Set<string>();
// Each word of a multi-word slur too (« attardé » of « attardé mental »).
for (const entry of [...groups, ...slurs]) for (const part of entry.split(' ')) for (const f of slot(part).forms) if (/^[a-z]{4,}$/.test(f)) heads.add(f);
// The word lists' insults and sacres too (« futre »).
for (const f of vocabulary().forms.keys()) if (/^[a-z]{5,}$/.test(f)) heads.add(f);
// Their plurals, which the word lists do not spell out (« ces oties d'… » for « osties »).
for (const f of vocabulary().forms.keys()) if (/^[a-z]{4,}$/.test(f) && !f.endsWith('s') && !f.endsWith('x')) heads.add(`${f}s`);
// Dehumanising words said of a group (« verine », « aniamux »).
for (const entry of dehumanising) for (const f of slot(entry).forms) if (/^[a-z]{5,}$/.test(f)) heads.add(f);
// The violence verbs' infinitives (« nyer », « étrnagler »).
const verbs = new Set<string>();
for (const entry of violence) for (const f of slot(entry).forms) if (/^[a-z]{2,}(er|ir|re)$/.test(f)) heads.add(f), verbs.add(f);
// The frames' short words (« osnt », « fuat »).
for (const f of shortTargets()) heads.add(f);
const passes = new Set<number>();
const tryVariant = (v: string): void => {
  if (near.has(v) || !inFilter(v)) return;
  if (nearCoreUnguarded(v) === undefined && segmentUnguarded(v) === undefined) return;
  passes.add(fingerprint(v));
};
for (const h of heads) {
  for (let k = 0; k < h.length; k += 1) {
    tryVariant(h.slice(0, k) + h.slice(k + 1));
    tryVariant(h.slice(0, k + 1) + h.slice(k));
    if (k + 1 < h.length) tryVariant(h.slice(0, k) + h[k + 1] + h[k] + h.slice(k + 2));
  }
  // Without its vowels (« ngrs », « jfs »).
  tryVariant(h.replace(/[aeiouy]/g, ''));
  // An intensifier glued before an attribute too (« plusstupides », « trèssales »).
  for (const g of ['les', 'des', 'ces', 'de', 'aux', 'tous', 'cet', 'cette', 'ce', 'un', 'une', 'ne', 'on', 'il', 'plus', 'tres', 'trop']) tryVariant(g + h);
  // A violence verb glued to its object's determiner (« poignarderces », « tuerles ») or after its modal (« allerbrûler »).
  if (verbs.has(h)) for (const g of ['les', 'des', 'ces', 'ce', 'cet', 'cette', 'un', 'une', 'tous', 'toutes', 'leur', 'la', 'le']) tryVariant(h + g);
  if (verbs.has(h)) for (const g of ['aller', 'faut', 'faudrait', 'vais', 'va', 'vont', 'veux', 'veut', 'doit', 'devrait', 'devraient', 'pourrait']) tryVariant(g + h);
  // Glued inside the frames that read a slur alone (« typiquedepédé », « espècedenègre », « bandedefifs »).
  for (const g of ['typiquede', 'typiquedes', 'typiqued', 'especede', 'especed', 'bandede', 'banded', 'gangde', 'gangd']) tryVariant(g + h);
  // A function word glued after it (« musulmans|sont », « rats|qui »).
  for (const g of ['sont', 'ne', 'qui', 'me', 'comme', 'devraient', 'doivent']) tryVariant(h + g);
}
// Every word the frames read glued to « la » (« me donnent lanausée »; « le » would cost as much again).
for (const w of coreWords()) if (/^[a-z]{5,}$/.test(w)) tryVariant('la' + w);
// Quantifier and determiner glued together (« tousles »): a filter false positive there would hide every frame with « tous les ».
for (const q of ['tous', 'toutes']) for (const g of ['les', 'des', 'ces', 'nos', 'vos', 'leurs']) tryVariant(q + g);
// A subject pronoun glued to its object clitic (« jeles déteste », « onles hait »): the same for every frame with « je les »;
// and to the verb of hatred itself (« jedéteste les … », « jehais les … »).
for (const p of ['je', 'j', 'on', 'tu', 'il', 'ils', 'elle', 'nous', 'vous']) for (const c of ['les', 'leur', 'la', 'le', 'en', 'hais', 'hait', 'deteste', 'meprise']) tryVariant(p + c);
// A space slipped inside a listed word (« bla cks »): a filter false positive there would leave the word broken.
for (const t of joinTargets) {
  if (!/^[a-z]{6,}$/.test(t)) continue;
  for (let k = 3; k + 3 <= t.length; k += 1) {
    const v = `${t.slice(0, k)} ${t.slice(k)}`;
    if (!near.has(v) && inFilter(v) && splitTarget(t.slice(0, k), t.slice(k))) passes.add(fingerprint(v));
  }
}
for (const w of near) passes.delete(fingerprint(w));
const passList = [...passes].sort((a, b) => a - b);
/**
 * The sorted fingerprints as Rice-coded gaps (PASS_BITS low bits written out, the rest in unary), most
 * significant bit first: about 15.5 bits a fingerprint instead of 24, which gzip cannot shorten (1 Ko
 * less in the simulator's worker). Decoded by near.ts.
 */
const riceBits: number[] = [];
let previous = 0;
for (const x of passList) {
  const gap = x - previous;
  previous = x;
  for (let q = gap >> PASS_BITS; q > 0; q -= 1) riceBits.push(1);
  riceBits.push(0);
  for (let i = PASS_BITS - 1; i >= 0; i -= 1) riceBits.push((gap >> i) & 1);
}
const passBytes = new Uint8Array(Math.ceil(riceBits.length / 8));
riceBits.forEach((b, i) => (passBytes[i >> 3]! |= b << (7 - (i & 7))));
const out = `/** Generated by src/build/near-words.ts from an-array-of-french-words (${near.size} words near a grammar word, ${passList.length} disguises let through): do not edit. */
export const NEAR_WORDS = { size: ${size}, probes: ${probes}, bits: '${b64}', passGaps: '${Buffer.from(passBytes).toString('base64')}' };
`;
writeFileSync(new URL('../engine/text/grammar/near-words.ts', import.meta.url), out);
console.log(`near-words: ${near.size} dictionary words, ${size / 8} bytes, ${passList.length} disguises let through`);
