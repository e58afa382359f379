/**
 * Vermin naming people (3.2): a dehumanising noun with no group word, subject of what only people do
 * (« ces animaux-là parlent même pas français », « cette vermine-là chiale contre la Ville », « les parasites qui
 * dorment au parc »). The verb is what makes the noun a person, so pests, waste and things stay clean (« ces rats-là
 * ont rongé les fils », « ces déchets-là traînent dans le parc », « ces parasites-là dans mon ordi »). An error when only
 * a person does the act; a warning for acts beasts or things may do, and in a question. Linear: each vile noun looks at
 * most a few words on.
 */
import { peopleActsWith, peopleMostlyActs, peopleOnlyActs } from './lexicon-predicates.ts';
import { askedSentences } from './question.ts';
import { fills, keyOf, wordSet } from './patterns.ts';
import { isReported, type Scope } from './scope.ts';
import type { Stream } from './stream.ts';
import type { WordHit } from './hit.ts';
import type { Token } from '../tokens.ts';

const split = (w: string): string[] => w.split(' ');
/** Real beasts: named people only by an act no beast does. */
const BEAST = new Set(split('animal animaux bete betes rat rats coquerelle coquerelles cafard cafards singe singes porc porcs cochon cochons chien chiens pou poux punaise punaises insecte insectes rongeur rongeurs bibitte bibittes tique tiques macaque macaques babouin babouins gorille gorilles hyene hyenes vermine vermines cancrelat cancrelats'));
/** Waste, which lies where people sleep but demands nothing. */
const WASTE = new Set(split('dechet dechets ordure ordures vidange vidanges poubelle poubelles detritus fumier fumiers merde marde excrement excrements'));
/** Nouns no beast or thing bears in talk (« parasites », « sangsues », « racaille »). */
const FIGURE = new Set(split('parasite parasites sangsue sangsues racaille racailles raclure raclures microbe microbes charogne charognes larve larves nuisible nuisibles'));
const ONLY = wordSet(peopleOnlyActs);
const MOSTLY = wordSet(peopleMostlyActs);
const WITH = wordSet(peopleActsWith);
const POINTING = new Set(split('ces les cette la ce cet des'));
/** Insults and quantities between the determiner and the noun (« ces maudits parasites », « toute cette vermine »). */
const BEFORE_NOUN = new Set(split('maudit maudits maudite maudites sale sales gros grosse osti ostie esti crisse calisse tabarnak criss'));
/** What may stand between the noun and its verb: « -là », « qui », clitics, negation, adverbs, a modal or « à » after a verb of habit. */
const GAP = new Set(split('la qui ne n y en se s me m nous vous te t leur lui le les l tous toutes toute tout juste encore meme toujours jamais pu plus pas ils elles yz ca vont va veulent veut viennent vient peuvent peut osent ose savent arretent arrete passent passe leur temps a de d font fait ben'));
const SPOKEN = new Set(split('parler parle parles parlent parlait parlaient jaser jase jasent'));
const LANGUAGE = new Set(split('francais anglais langue langues arabe espagnol creole chinois joual quebecois english french'));
const MONEY = new Set(split('impot impots taxe taxes cheque cheques bs aide allocation allocations welfare prestation prestations chomage pension'));
const PLACE = new Set(split('parc parcs rue rues dehors metro tente tentes banc bancs ruelle ruelles trottoir trottoirs terminus crochets dos'));
/** « manifestent des signes », « conduisent à »: what follows makes it a thing's verb. */
const THING_NEXT = new Set(split('a au aux de des du d un une le la les leur leurs sa son ses beaucoup'));

/** Kind of act at word v (0: none, 1: only people, 2: beasts or things too, 3: sleeping rough), reading its complement. */
function actAt(s: Stream, v: number): number {
  const t = s.words[v]!;
  const k = keyOf(t);
  const next = v + 1 < s.words.length && s.sentence[v + 1] === s.sentence[v] ? keyOf(s.words[v + 1]!) : '';
  if (fills(ONLY, t)) return (k.startsWith('manifest') || k.startsWith('condui')) && THING_NEXT.has(next) ? 0 : 1;
  if (fills(MOSTLY, t)) return 2;
  if (!fills(WITH, t)) return 0;
  for (let j = v + 1; j < s.words.length && j - v <= 5 && s.clause[j] === s.clause[v]; j += 1) {
    const w = keyOf(s.words[j]!);
    if (SPOKEN.has(k) ? LANGUAGE.has(w) : MONEY.has(w)) return 1;
    if (!SPOKEN.has(k) && PLACE.has(w)) return 3;
  }
  return 0;
}

export function findVermin(s: Stream, sc: Scope, tokens: readonly Token[]): WordHit[] {
  const out: WordHit[] = [];
  const n = s.words.length;
  for (let i = 1; i < n; i += 1) {
    const noun = keyOf(s.words[i]!);
    const beast = BEAST.has(noun);
    const waste = WASTE.has(noun);
    if (!beast && !waste && !FIGURE.has(noun)) continue;
    let d = i - 1;
    if (BEFORE_NOUN.has(keyOf(s.words[d]!)) && d > 0) d -= 1;
    const det = keyOf(s.words[d]!);
    if (!POINTING.has(det) || s.sentence[d] !== s.sentence[i]) continue;
    const before = d > 0 && s.sentence[d - 1] === s.sentence[d] ? keyOf(s.words[d - 1]!) : '';
    // « c'est pas des parasites », « traiter de… », « comme des rats »: denied, denounced or a simile, read elsewhere.
    if (before === 'pas' || before === 'jamais' || before === 'comme' || before === 'de') continue;
    // « les parasites de mon ordi », « les déchets de construction »: the noun completed is a thing.
    const after = i + 1 < n && s.sentence[i + 1] === s.sentence[i] ? keyOf(s.words[i + 1]!) : '';
    if (after === 'de' || after === 'du' || after === 'd' || after === 'des') continue;
    for (let v = i + 1; v < n && v - i <= 6 && s.sentence[v] === s.sentence[i]; v += 1) {
      const w = keyOf(s.words[v]!);
      const act = actAt(s, v);
      // « les animaux étudiés »: a participle right after the noun describes it.
      const participle = v === i + 1 && /(?:es|ee)$/.test(w);
      if (act > 0 && !participle) {
        if (beast && act > 1 || waste && act === 2) break;
        const reported = isReported(s, sc, d, v + 1);
        if (act > 1 || askedSentences(s, tokens)[s.sentence[i]!]) out.push({ kind: 'hate', severity: reported ? 'clear' : 'warning', a: d, b: v + 1, doubtful: 'vermin' });
        else out.push({ kind: 'hate', severity: reported ? 'clear' : 'error', a: d, b: v + 1 });
        break;
      }
      // A clause break is crossed only by a pronoun taking the noun up (« ces animaux-là, ils… »).
      if (s.brk[v] !== 0 && !['ils', 'elles', 'y', 'yz', 'ca', 'qui'].includes(w)) break;
      if (!GAP.has(w)) break;
    }
  }
  return out;
}
