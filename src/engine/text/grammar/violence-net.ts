/**
 * The net under the threat frames (3.2). threat.ts reads a call, a violence verb and its victims when
 * they stand close together; people foretell harm to a group in looser shapes (« cet … va mourir
 * d'une mort lente », « un jour, les … finiront tous pendus », « chaque … de ce pays sera abattu sans
 * pitié », « je rêve de voir les … agoniser »). Here, an identity group that is the SUBJECT of harm
 * announced or wished for it — a suffering verb or a violence verb in the passive, after « aller »,
 * the future, « finir », a duty or a desert, or after « voir » under a wish — is worth a WARNING,
 * never an error: the words are there, the reading is not certain, so the person checks.
 *
 * Kept quiet, over the whole sentence: another reading (the frames judged it), a negation, a
 * hypothesis, a question, a report or quotation, a victim or a defender (cooccur.ts's guards), a risk
 * (« risquent de »), an agent (« tués par »). Dying and suffering need a cruel manner (« d'une mort
 * lente », « dans d'atroces souffrances », « comme des chiens »): « les réfugiés vont mourir de froid »
 * is a worry. Burning needs no object (« ils vont brûler la piste de danse »).
 */
import { groupsOf, type Mention } from './groups.ts';
import type { WordHit } from './hit.ts';
import { suffer, violence } from './lexicon-threat.ts';
import { compile, fills, findAllIn, wordSet } from './patterns.ts';
import { objectOfClause } from './relative.ts';
import { type Scope } from './scope.ts';
import type { Stream } from './stream.ts';
import type { Token } from '../tokens.ts';
import { quietSentences, SUBJECT_LEAD } from './cooccur.ts';
import { MILD } from './threat.ts';

const HARM = compile([...violence, ...suffer]);
/** What announces or wishes the harm, between the group and the harm (« vont », « sera », « finiront », « méritent »). */
const PROSPECT = wordSet([
  'va', 'vont', 'vas', 'allez', 'allons', 'vais', 'sera', 'seront', 'serez', 'seras', 'serons', 'fera', 'feront', 'ferez', 'feras',
  '~finir', '~devoir', '~meriter', 'bientot',
], false);
/** A beating or a bullet deserved or promised (« méritent une bonne claque », « vont recevoir une balle »). */
const BEATING = new Set(['claque', 'claques', 'volee', 'volees', 'raclee', 'raclees', 'baffe', 'baffes', 'gifle', 'gifles', 'degelee', 'taloche', 'mandale', 'rince', 'balle', 'balles']);
/** Better dead (« vous seriez mieux morts »): the state wished, after « mieux ». */
const DEAD = new Set(['mort', 'morts', 'morte', 'mortes', 'creve', 'creves', 'crevee', 'crevees']);
/** « ça se pend », « ça se fait abattre »: the impersonal passive of a kind of people, a norm. */
const IT = new Set(['ca', 'cela']);
/** Wishes that make « voir » a wish (« je rêve de voir les … agoniser », « j'ai hâte de voir… »). */
const WISH = wordSet(['~rever', 'hate', '~vouloir', '~aimer', '~esperer', '~souhaiter', 'vivement'], false);
/** Deaths and sufferings that are as often a worry: they need a cruel manner after them. */
const WORRY = wordSet(['~mourir', '~souffrir', '~bruler', '~perir', '~disparaitre'], false);
/** Verbs the group suffers without being their agent (« crever », « pourrir »); any other violence verb must be passive (« seront pendus », « se faire tabasser »). */
const SUFFERED = compile(suffer);
/** A past participle (« pendus », « abattu », « gazées »). */
const PARTICIPLE = /(?:e|es|i|is|ie|ies|u|us|ue|ues)$/;
const MADE = new Set(['faire', 'font', 'fera', 'feront', 'fassent', 'ferez', 'ferait', 'feraient']);
/** A cruel manner (« d'une mort lente », « dans d'atroces souffrances », « comme des chiens », « brûler vifs »). */
const CRUEL = new Set([
  'mort', 'atroce', 'atroces', 'atrocement', 'souffrance', 'souffrances', 'douleur', 'douleurs', 'lentement', 'lente', 'petit', 'vif', 'vifs', 'vive', 'vives',
  'chien', 'chiens', 'rat', 'rats', 'bete', 'betes', 'porc', 'porcs', 'cochon', 'cochons', 'mouche', 'mouches', 'vermine', 'enfer', 'horrible', 'horriblement',
]);
/** Causes of a worry right after « mourir de, crever de » that are no violence (« de froid »): any « de » not followed by a cruel word. */
const OF = new Set(['de', 'd', 'du', 'des']);
/** A risk or a fear: harm feared for the group, not wished (« ils risquent de se faire tuer »). */
const RISK = wordSet(['~risquer', '+risque', '+peur', '~craindre', '+crainte', '~menacer', '~proteger', 'sinon', 'pendant', 'durant'], false);
/** An agent after the harm (« tués par les bombes »). */
const AGENT = new Set(['par']);
/** How far, in words, the harm may stand after the group. */
const REACH = 10;
/** Words the cruel manner may stand among after the harm. */
const MANNER_REACH = 5;

/** True when the harm at [h, e) is said with a cruel manner, or needs none. */
function cruel(s: Stream, h: number, e: number, sentence: number): boolean {
  const worry = fills(WORRY, s.words[h]);
  for (let k = e; k < s.words.length && k - e < MANNER_REACH && s.sentence[k] === sentence; k += 1) {
    const w = s.wordKeys[k]!;
    if (CRUEL.has(w)) return true;
    if (AGENT.has(w)) return false;
    // « mourir de faim », « crever de froid »: a cause, unless a cruel word follows (« d'une mort lente »).
    if (k === e && OF.has(w) && !(k + 2 < s.words.length && (CRUEL.has(s.wordKeys[k + 1]!) || CRUEL.has(s.wordKeys[k + 2]!)))) return false;
    // « brûler la piste de danse »: burning with an object is no harm to people.
    if (k === e && worry && ['le', 'la', 'les', 'l', 'un', 'une', 'du', 'sa', 'son', 'ses', 'leur', 'leurs'].includes(w)) return false;
  }
  return !worry;
}

/** Warnings for sentences where an identity group is the subject of harm announced or wished; `judged[i]` marks words other readings took. */
export function findViolenceNet(s: Stream, sc: Scope, judged: Uint8Array, tokens: readonly Token[]): WordHit[] {
  const out: WordHit[] = [];
  const n = s.words.length;
  const g = groupsOf(s);
  if (n === 0 || g.mentions.length === 0) return out;
  const quiet = quietSentences(s, sc, judged, tokens, RISK);
  // The first harm word at or after each word (start, end), within its sentence.
  const harmAt = new Int32Array(n).fill(-1);
  for (const [a, b] of findAllIn(s, HARM)) if (harmAt[a]! < 0 && !fills(MILD, s.words[a])) harmAt[a] = b;
  const sufferedAt = new Uint8Array(n);
  for (const [a] of findAllIn(s, SUFFERED)) sufferedAt[a] = 1;
  const subject = (m: Mention): boolean => {
    if (!m.identity || objectOfClause(s, m)) return false;
    const lead = m.a > 0 && s.sentence[m.a - 1] === s.sentence[m.a] && s.brk[m.a] === 0 ? s.wordKeys[m.a - 1]! : '';
    // « Vous, les … », « vous les … »: the group addressed, then what is foretold to it.
    const addressed = m.a > 0 && s.sentence[m.a - 1] === s.sentence[m.a] && s.wordKeys[m.a - 1]! === 'vous' && (m.a === 1 || s.sentence[m.a - 2] !== s.sentence[m.a]);
    return lead === '' || SUBJECT_LEAD.has(lead) || lead === 'voir' || addressed;
  };
  for (const m of g.mentions) {
    const k = s.sentence[m.head]!;
    if (quiet[k] || !subject(m)) continue;
    // « voir » under a wish (« je rêve de voir les … agoniser »): the wish stands before the group.
    let prospect = m.a > 0 && s.wordKeys[m.a - 1]! === 'voir' && [2, 3, 4].some((d) => m.a - d >= 0 && s.sentence[m.a - d] === k && fills(WISH, s.words[m.a - d]));
    for (let h = m.b; h < n && h - m.b <= REACH && s.sentence[h] === k; h += 1) {
      if (g.startingAt[h]! >= 0 && h > m.b) break;
      const e = harmAt[h]!;
      const w = s.wordKeys[h]!;
      // « méritent une bonne claque », « vous seriez mieux morts »: a beating deserved, death as the better state.
      if ((BEATING.has(w) && prospect) || (DEAD.has(w) && s.wordKeys[h - 1]! === 'mieux')) {
        quiet[k] = 1;
        out.push({ kind: 'threat', severity: 'warning', a: m.a, b: h + 1, doubtful: 'violence' });
        break;
      }
      if (e < 0) {
        if (fills(PROSPECT, s.words[h])) prospect = true;
        continue;
      }
      // The harm's own future (« ils crèveront », « ils pourriront »): its form says it.
      const own = /(?:ra|ront|rez|ras)$/.test(w);
      // « ça se pend », « ça se fait abattre »: said of a kind of people, a norm (the future is implied).
      const impersonal = h >= 2 && IT.has(s.wordKeys[h - 2]!) && ['se', 's'].includes(s.wordKeys[h - 1]!);
      const impersonalMade = h >= 3 && IT.has(s.wordKeys[h - 3]!) && ['se', 's'].includes(s.wordKeys[h - 2]!) && s.wordKeys[h - 1]! === 'fait';
      if (impersonal || impersonalMade) prospect = true;
      // A violence verb the group would do is no harm done to it (« les … vont tuer… »): passive or « se faire » only.
      const undergone = impersonal || impersonalMade || sufferedAt[h] === 1 || PARTICIPLE.test(w) || (h > 0 && MADE.has(s.wordKeys[h - 1]!));
      if ((prospect || own) && undergone && cruel(s, h, e, k)) {
        quiet[k] = 1;
        out.push({ kind: 'threat', severity: 'warning', a: m.a, b: e, doubtful: 'violence' });
      }
      break;
    }
  }
  return out;
}
