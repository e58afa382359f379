/**
 * Vermin naming people (3.2): a dehumanising noun with no group word, subject of what only people do
 * (« ces animaux-là parlent même pas français », « cette vermine-là chiale contre la Ville », « les parasites qui
 * dorment au parc »). The verb is what makes the noun a person, so pests, waste and things stay clean (« ces rats-là
 * ont rongé les fils », « ces déchets-là traînent dans le parc », « ces parasites-là dans mon ordi »). An error when only
 * a person does the act; a warning for acts beasts or things may do, and in a question. Linear: each vile noun looks at
 * most a few words on.
 */
import { peopleActsWith, peopleMostlyActs, peopleOnlyActs } from './lexicon-predicates.ts';
import { VERMIN } from './hate.ts';
import { askedSentences } from './question.ts';
import { fills, keyOf, wordSet } from './patterns.ts';
import { isReported, type Scope } from './scope.ts';
import type { Stream } from './stream.ts';
import type { WordHit } from './hit.ts';
import type { Token } from '../tokens.ts';

const split = (w: string): Set<string> => new Set(w.split(' '));
/** Nouns no beast or waste bears in talk: these alone are read with acts beasts or things also do. */
const FIGURE = split('parasite parasites sangsue sangsues charogne charognes');
const ONLY = wordSet(peopleOnlyActs);
const MOSTLY = wordSet(peopleMostlyActs);
const WITH = wordSet(peopleActsWith);
const POINTING = split('ces les cette la ce des');
/** What may stand between the noun and its verb: « -là », « qui », clitics, negation, adverbs, a modal. */
const GAP = split('la qui ne n y se s leur tous toutes encore meme toujours jamais pas ils elles vont veulent viennent');
/** What makes speaking, paying or sleeping a person's act: a language, taxes or a cheque, a bench in the park. */
const HUMAN_OBJECT = split('francais anglais langue impots taxes cheque bs aide welfare parc rue dehors banc bancs ruelle terminus');

/** Kind of act at word v (0: none, 1: only people, 2: beasts or things too), reading its complement. */
function actAt(s: Stream, v: number): number {
  const t = s.words[v]!;
  const k = keyOf(t);
  // « manifestent des signes », « conduisent à »: a thing's verb.
  if (fills(ONLY, t)) return /^(manifest|condui)/.test(k) && /^(a|au|aux|de|des|du|un|une)$/.test(keyOf(s.words[v + 1] ?? t)) ? 0 : 1;
  if (fills(MOSTLY, t)) return 2;
  if (fills(WITH, t)) for (let j = v + 1; j < s.words.length && j - v <= 5 && s.clause[j] === s.clause[v]; j += 1) if (HUMAN_OBJECT.has(keyOf(s.words[j]!))) return /^(dor|couch|viv)/.test(k) ? 2 : 1;
  return 0;
}

export function findVermin(s: Stream, sc: Scope, tokens: readonly Token[]): WordHit[] {
  const out: WordHit[] = [];
  const n = s.words.length;
  for (let i = 1; i < n; i += 1) {
    const noun = keyOf(s.words[i]!);
    const d = i - 1;
    // « c'est pas des parasites », « traiter de… », « comme des rats »: denied, denounced or a simile, read elsewhere; « les
    // parasites de mon ordi », « les déchets de construction »: the noun completed is a thing.
    if (!VERMIN.has(noun) || !POINTING.has(keyOf(s.words[d]!)) || s.sentence[d] !== s.sentence[i] || (d > 0 && /^(pas|jamais|comme|de)$/.test(keyOf(s.words[d - 1]!))) || /^d(e|u|es)?$/.test(keyOf(s.words[i + 1] ?? s.words[i]!))) continue;
    for (let v = i + 1; v < n && v - i <= 6 && s.sentence[v] === s.sentence[i]; v += 1) {
      const w = keyOf(s.words[v]!);
      const act = actAt(s, v);
      // « les animaux étudiés »: a participle right after the noun describes it.
      if (act > 0 && !(v === i + 1 && /(es|ee)$/.test(w))) {
        if (act > 1 && !FIGURE.has(noun)) break;
        const doubt = act > 1 || askedSentences(s, tokens)[s.sentence[i]!];
        out.push({ kind: 'hate', severity: isReported(s, sc, d, v + 1) ? 'clear' : doubt ? 'warning' : 'error', a: d, b: v + 1, ...(doubt ? { doubtful: 'vermin' as const } : {}) });
        break;
      }
      // A clause break is crossed only by a pronoun taking the noun up (« ces animaux-là, ils… »).
      if ((s.brk[v] !== 0 && w !== 'ils' && w !== 'qui') || !GAP.has(w)) break;
    }
  }
  return out;
}
