/**
 * Contact with a people refused (3.2, implicit derogation): « je ne mangerais jamais un plat cuisiné par un … »,
 * « je refuse de serrer la main d'un … », « jamais je ne m'assoirais à côté d'une … ». The frame is the speaker's
 * refusal (« je » with a negation, or « refuser »), a verb of touching, eating, drinking, sitting or sharing, then one
 * member of an identity group as who touched, served or sits there (« par », « de », « à côté de », « avec »). A member
 * singled out by what they did (« la main d'un homme qui insulte les femmes ») is no people, and a refusal about food
 * or things (« cuisiné avec des arachides ») names none. Returns spans whose own negation is the frame (hate.ts judges
 * a report around it). Linear: bounded looks before each mention.
 */
import type { Groups } from './groups.ts';
import { fills, wordSet } from './patterns.ts';
import type { Stream } from './stream.ts';

/** Touching, eating, drinking, sitting, sleeping, sharing, marrying. */
const CONTACT = wordSet(['~manger', '~boire', '~toucher', '~serrer', '~asseoir', 'assoirais', 'assoirait', 'assoirions', '~partager', '~dormir', '~nager', '~embrasser', '~marier', '~epouser', '~gouter', '~avaler', '~utiliser', '~porter', '~louer', '~acheter'], false);
/** What links the member to the thing or the seat (« cuisiné par un … », « la main d'un … », « à côté d'un … »). */
const LINK = new Set(['par', 'de', 'd', 'cote', 'avec', 'pres', 'proximite', 'un', 'une']);
/** The speaker's refusal: a negation with « je », or « refuser ». */
const NEGATION = new Set(['ne', 'n', 'jamais', 'pas', 'plus']);
const REFUSE = wordSet(['~refuser'], false);
/** How far the contact verb may stand before the member, and the refusal before the verb. */
const VERB_REACH = 10;
const WOULD = /r(?:ais|ait|ions|iez|aient|ai|a)$/;
const INFINITIVE = /(?:er|ir|re)$/;
const REFUSAL_REACH = 6;

/** Spans [a, b) where the speaker refuses contact with a people's member. */
export function findContactRefused(s: Stream, g: Groups): Array<{ a: number; b: number }> {
  const out: Array<{ a: number; b: number }> = [];
  const n = s.words.length;
  for (const m of g.mentions) {
    if (!m.identity || !['un', 'une'].includes(s.wordKeys[m.a]!) || m.a < 2) continue;
    // « un homme qui insulte… »: someone singled out by a deed, not any member.
    if (m.b < n && s.sentence[m.b] === s.sentence[m.a] && s.wordKeys[m.b]! === 'qui') continue;
    if (!LINK.has(s.wordKeys[m.a - 1]!)) continue;
    // The speaker's contact verb: in the conditional or the future (« je ne mangerais jamais »), or an infinitive after
    // « refuser de »; not a past told (« je n'ai jamais mangé un plat cuisiné par un … aussi bon »).
    let verb = -1;
    for (let k = m.a - 1; k >= 0 && m.a - k <= VERB_REACH && s.sentence[k] === s.sentence[m.a] && verb < 0; k -= 1) {
      if (!fills(CONTACT, s.words[k])) continue;
      const w = s.wordKeys[k]!;
      // (« refuser de m'asseoir »: a clitic may stand between.)
      const refused = (j: number): boolean => j >= 0 && fills(REFUSE, s.words[j]!);
      if (WOULD.test(w) || (INFINITIVE.test(w) && (refused(k - 2) || refused(k - 3)))) verb = k;
    }
    if (verb < 0) continue;
    let speaker = false;
    let negation = false;
    let refuse = false;
    let start = verb;
    for (let k = verb - 1; k >= 0 && verb - k <= REFUSAL_REACH && s.sentence[k] === s.sentence[m.a]; k -= 1) {
      const w = s.wordKeys[k]!;
      if (w === 'je' || w === 'j') (speaker = true), (start = k);
      if (NEGATION.has(w)) (negation = true), (start = Math.min(start, k));
      if (fills(REFUSE, s.words[k])) (refuse = true), (start = Math.min(start, k));
    }
    if (speaker && (negation || refuse)) out.push({ a: start, b: m.b });
  }
  return out;
}

