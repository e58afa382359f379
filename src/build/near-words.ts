/**
 * Generates src/engine/text/grammar/near-words.ts: the prints (near.ts) of the French dictionary words
 * (an-array-of-french-words, a devDependency) that lie one missing letter or one swap away from a
 * content word of the grammar, or that cut into known words, so that grammar/near.ts never corrects
 * or cuts a real word. Run it again
 * when the grammar's lexicons change (test/unit/engine/disguise-near.test.ts says when):
 *   npx node src/build/near-words.ts
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import '../engine/index.ts';
import { fingerprint, nearCoreUnguarded, NEAR_RICE, nearPrint, PASS_BITS, riceEncode, splitTarget, segmentUnguarded, shortTargets, spelledWord } from '../engine/text/grammar/near.ts';
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
/** The guarded words' prints, sorted (near.ts: 20 bits, a width that does not depend on how many there are). */
const prints = [...new Set([...near].map(nearPrint))].sort((a, b) => a - b);
const printSet = new Set(prints);
/**
 * The guard's collisions among the disguises of the group nouns, slurs, insults and sacres (a letter missing,
 * doubled or swapped, a determiner glued before): each would leave a whole kind of sentence unread,
 * so their fingerprints are kept and the guard lets them through. None is a dictionary word near a
 * grammar word (checked below), so the guard stays exact on the dictionary.
 */
const inFilter = (w: string): boolean => printSet.has(nearPrint(w));
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
// And their calls to the reader and to us (« tuez », « masacrons »): the hortatory threat.
for (const entry of violence) for (const f of slot(entry).forms) if (/^[a-z]{4,}(ez|ons)$/.test(f)) heads.add(f);
// Their future, the tense of a threat (« masacrerai »).
for (const entry of violence) for (const f of slot(entry).forms) if (/^[a-z]{4,}(?:erai|irai|rai)$/.test(f)) heads.add(f);
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
// Quantifier and determiner glued together (« tousles »): a collision of the guard there would hide every frame with « tous les ».
for (const q of ['tous', 'toutes']) for (const g of ['les', 'des', 'ces', 'nos', 'vos', 'leurs']) tryVariant(q + g);
// A subject pronoun glued to its object clitic (« jeles déteste », « onles hait »): the same for every frame with « je les »;
// and to the verb of hatred itself (« jedéteste les … », « jehais les … »).
for (const p of ['je', 'j', 'on', 'tu', 'il', 'ils', 'elle', 'nous', 'vous']) for (const c of ['les', 'leur', 'la', 'le', 'en', 'hais', 'hait', 'deteste', 'meprise']) tryVariant(p + c);
// A space slipped inside a listed word (« bla cks »): a collision of the guard there would leave the word broken.
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
 * Both lists as Rice-coded gaps between sorted numbers (riceEncode): about 9 bits a guarded word and 15.5 bits a
 * let-through fingerprint, which gzip cannot shorten. Decoded by near.ts.
 */
const out = `/** Generated by src/build/near-words.ts from an-array-of-french-words (${near.size} words near a grammar word, ${passList.length} disguises let through): do not edit. */
export const NEAR_WORDS = { prints: '${riceEncode(prints, NEAR_RICE)}', passGaps: '${riceEncode(passList, PASS_BITS)}' };
`;
writeFileSync(new URL('../engine/text/grammar/near-words.ts', import.meta.url), out);
console.log(`near-words: ${near.size} dictionary words, ${prints.length} prints, ${Math.round(riceEncode(prints, NEAR_RICE).length * 0.75)} bytes, ${passList.length} disguises let through`);
