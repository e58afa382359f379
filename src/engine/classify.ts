/**
 * classifyIncoming(text): what kind of citizen message a reply answers, read on meaning.
 *
 * A message can be several things at once (a rude complaint, a journalist's question about a fire).
 * Every kind that fits is found; the one that protects people first wins:
 * 1. emergency-report — safety first; 3.1: social media is not an emergency service. Recognised
 *    from what is described (a person unconscious or in danger, drowning, fire or smoke, a gas
 *    smell even asked as a question, wires down, water coming in, a sinkhole, violence), not from
 *    the word « urgence »; traffic lights, fireworks, past events and « que faire en cas de… » are not.
 * 2. disrespectful — insults, sacres, hate, threats (3.2, C-2014-0097): the comment is managed under
 *    that policy first, whatever else it asks.
 * 3. media-request — 3.1.6: the City answers media requests « en aucun cas » on its accounts
 *    (a journalist or researcher introducing themself, an outlet at work, a radio call sign).
 * 4. complaint, then 5. request — 3.1.5: the reply redirects to the three channels (complaints
 *    are recognised without a complaint verb: « encore pas déneigé », « ça fait deux semaines »).
 * 6. needs-validation — a rumour, or a question on a future decision, a date, a cost (3.3).
 * 7. question — a question mark or a question opening.
 * 8. comment — anything else (including empty text).
 * The runners-up are kept (`classifyIncomingDetailed`) so a tool can say « peut aussi être… ».
 */
import { PatternList, PatternSet, words, type Matcher, type WordSet } from './acts/pattern.ts';
import { clausesOf, partsOf, type Clause, type Part } from './acts/clauses.ts';
import {
  callSign, complaint, complaintPatterns, emergency, emergencyNegatedPatterns, emergencyPatterns, futureDecisionPatterns, hypothetical,
  incomingClasses, media, mediaPatterns, needsValidation, notEmergency, pastEvent, question, request, requestPatterns, rumourPatterns, weakComplaint, weakComplaintPatterns,
} from './lexicon/incoming.ts';
import { compileTerms, findAll, hasMatch } from './text/match.ts';
import { blankIdioms, isNegated } from './text/negation.ts';
import { findDisrespect, type DisrespectKind } from './text/disrespect.ts';
import type { Doubt } from './text/grammar/hit.ts';
import { normalize, toOriginal } from './text/normalize.ts';
import { tokensOf, type Token } from './text/tokens.ts';
import type { Incoming } from './types.ts';

const EMERGENCY = /* @__PURE__ */ compileTerms(emergency);
const NOT_EMERGENCY = /* @__PURE__ */ compileTerms(notEmergency);
const PAST = /* @__PURE__ */ compileTerms(pastEvent);
const MEDIA = /* @__PURE__ */ compileTerms(media);
const COMPLAINT = /* @__PURE__ */ compileTerms(complaint);
const REQUEST = /* @__PURE__ */ compileTerms(request);
const NEEDS_VALIDATION = /* @__PURE__ */ compileTerms(needsValidation);
const QUESTION = /* @__PURE__ */ compileTerms(question);
const WEAK_COMPLAINT = /* @__PURE__ */ compileTerms(weakComplaint);
/** « J'aimerais savoir quand… », « je me demande si… »: a question without a question mark. */
const WANTS_TO_KNOW = /(?<![\p{L}])(?:(?:aimerais|voudrais|veux|aimerions|voudrions) savoir|je me demande|savez[ -]vous|pouvez[ -]vous me dire|dites[ -]moi)(?![\p{L}])/u;
/** « Quel beau concert! »: an exclamation, not a question. */
const EXCLAMATIVE = /^quel(?:le)?s? (?:beau|beaux|bel|belle|belles|bonne|bon|magnifique|superbe|joli|jolie|grand|grande|plaisir|bonheur|chance|honte|talent)(?![\p{L}])/u;

/* @__NO_SIDE_EFFECTS__ */
function wordClasses(): Record<string, WordSet> {
  const out: Record<string, WordSet> = Object.fromEntries(Object.entries(incomingClasses).map(([k, v]) => [k, words(v)]));
  out.filler = words(["s'", 'se', 'en', 'y', 'le', 'la', 'les', "l'", 'a', 'ai', 'est', 'sont', 'deja', 'pas', 'ne', "n'", 'un', 'une', 'des', 'du']);
  return out;
}
const classes = /* @__PURE__ */ wordClasses();
const set = /* @__PURE__ */ new PatternSet(classes);
/* @__NO_SIDE_EFFECTS__ */
function compile(src: readonly string[]): PatternList<string> {
  return new PatternList([['', src.map((s) => set.compile(s))]]);
}
// Pure: a bundle that never classifies drops this module and its lexicon (when the bundler splits by use).
const P = {
  emergency: /* @__PURE__ */ compile(emergencyPatterns),
  vital: /* @__PURE__ */ compile(emergencyNegatedPatterns),
  hypothetical: /* @__PURE__ */ compile(hypothetical),
  complaint: /* @__PURE__ */ compile(complaintPatterns),
  media: /* @__PURE__ */ compile(mediaPatterns),
  rumour: /* @__PURE__ */ compile(rumourPatterns),
  request: /* @__PURE__ */ compile(requestPatterns),
  weakComplaint: /* @__PURE__ */ compile(weakComplaintPatterns),
  future: /* @__PURE__ */ compile(futureDecisionPatterns),
};

/** Priority order: what the reply must do first. */
export const INCOMING_PRIORITY: readonly Incoming[] = [
  'emergency-report', 'disrespectful', 'media-request', 'complaint', 'request', 'needs-validation', 'question', 'comment',
];

export interface IncomingReading {
  /** The kind that wins (the contract's classifyIncoming). */
  kind: Incoming;
  /** Other kinds that fit too, in priority order (never `kind`, never `comment`). */
  alsoPossible: Incoming[];
  /** The words that make the comment disrespectful (original offsets), so a page can say why. */
  disrespect: Array<{ start: number; end: number; kind: DisrespectKind; /** A doubt to check (Doubt in text/grammar/hit.ts), not a certainty. */ doubtful?: Doubt }>;
}

// Not « plus »: « y a plus de fumée » may mean MORE smoke; an emergency errs on the side of safety.
const NEGATORS = new Set(['ne', "n'", 'pas', 'jamais', 'aucun', 'aucune', 'rien']);

/**
 * The parts of the last clauses read, each with its matcher: one comment is matched against several
 * pattern lists (hits), and the parts and every token's conditions are the same for all of them.
 */
let lastParts: { clauses: readonly Clause[]; parts: Array<Part & { m: Matcher }> } | undefined;
function matchedParts(clauses: readonly Clause[]): Array<Part & { m: Matcher }> {
  if (lastParts?.clauses !== clauses) lastParts = { clauses, parts: partsOf(clauses).map((p) => ({ ...p, m: set.over(p.tokens) })) };
  return lastParts.parts;
}

interface Hit {
  start: number;
  end: number;
  clause: Clause;
}

/**
 * Matches of `patterns` in every part (clauses between sentence ends or contrastive words: a
 * comma does not cut a pattern), with their clause; normalised offsets.
 */
function hits(clauses: readonly Clause[], patterns: PatternList<string>, negatable: boolean): Hit[] {
  const out: Hit[] = [];
  for (const { tokens: t, clauseOf, m } of matchedParts(clauses)) {
    patterns.scan(m, t.length, (_, i, end) => {
      const lo = clauseOf[i]!;
      const hi = clauseOf[end - 1]!;
      let negated = false;
      if (negatable) {
        for (let k = Math.max(0, i - 5); k < Math.min(t.length, end + 2); k += 1) {
          if (clauseOf[k]! >= lo && clauseOf[k]! <= hi && NEGATORS.has(t[k]!.norm)) negated = true;
        }
      }
      if (!negated) out.push({ start: t[i]!.nStart, end: t[end - 1]!.nEnd, clause: clauses[lo]! });
    });
  }
  return out;
}

/** True when a sentence opens like a question (« quand… », « est-ce que… »), or the text has a « ? ». */
function asks(norm: string, clauses: readonly Clause[]): boolean {
  if (norm.includes('?') || WANTS_TO_KNOW.test(norm)) return true;
  return clauses.some((c, i) => {
    if (i > 0 && clauses[i - 1]!.sentence === c.sentence) return false;
    const from = c.tokens[0]?.nStart ?? 0;
    const head = norm.slice(from, from + 40);
    if (EXCLAMATIVE.test(head)) return false;
    const m = findAll(QUESTION, head)[0];
    // « Quand je vois…, j'ai envie de… »: « quand » + a subject, then a main clause, is a time, not a question.
    // (A later clause of the sentence may still ask: « Quand on appelle, est-ce qu'on peut… ».)
    if (m !== undefined && m.start === 0 && WHEN_CLAUSE.test(head) && clauses[i + 1]?.sentence === c.sentence) {
      for (let j = i + 1; j < clauses.length && j - i <= 4 && clauses[j]!.sentence === c.sentence; j += 1) {
        const at = clauses[j]!.tokens[0]?.nStart ?? 0;
        if (findAll(QUESTION, norm.slice(at, at + 40))[0]?.start === 0) return true;
      }
      return false;
    }
    return m !== undefined && m.start === 0;
  });
}
const WHEN_CLAUSE = /^(?:quand|lorsque|lorsqu') ?(?:je|j'|on|tu|t'|il|elle|nous|vous|ils|elles|les|ma|mon|mes|ta|ton|tes)\b/;

/**
 * A reader of negations among the words around matches given in text order, in their comma clause
 * (« il n'y a plus de fumée »). One pointer walks the clauses: linear over all the matches.
 */
function negationReader(clauses: readonly Clause[]): (m: { start: number; end: number }) => boolean {
  let k = 0;
  return (m) => {
    while (k < clauses.length && (clauses[k]!.tokens.length === 0 || clauses[k]!.tokens[clauses[k]!.tokens.length - 1]!.nEnd <= m.start)) k += 1;
    const c = clauses[k];
    if (!c || c.tokens[0]!.nStart > m.start) return false;
    let i = 0;
    while (i < c.tokens.length && c.tokens[i]!.nEnd <= m.start) i += 1;
    return c.tokens.slice(Math.max(0, i - 5), i + 3).some((t) => NEGATORS.has(t.norm));
  };
}

/**
 * True when the text reports an emergency in progress (not a traffic light, fireworks, the past, a
 * « what if »). Words inside a threat (`threats`, normalised spans: « je vais te planter un couteau »,
 * « on va brûler ta maison ») announce harm, they do not report it: the comment is disrespectful.
 */
function isEmergency(norm: string, clauses: readonly Clause[], threats: ReadonlyArray<{ start: number; end: number }> = []): boolean {
  if (hasMatch(PAST, norm)) return false;
  const excluded = [...findAll(NOT_EMERGENCY, norm), ...threats, ...doersJudged(norm)];
  const blanked = blankIdioms(norm);
  const outside = (m: { start: number; end: number }): boolean => !excluded.some((x) => x.start < m.end && m.start < x.end);
  const whatIf = new Set(hits(clauses, P.hypothetical, false).map((h) => h.clause.sentence));
  const described = [...hits(clauses, P.emergency, true), ...hits(clauses, P.vital, false)];
  if (described.some((h) => outside(h) && !whatIf.has(h.clause.sentence))) return true;
  // The term list, read on the normalised text: skip its matches inside a « what if » sentence.
  const hypothetical = clauses.filter((c) => whatIf.has(c.sentence) && c.tokens.length > 0);
  const inWhatIf = (m: { start: number; end: number }): boolean =>
    hypothetical.some((c) => c.tokens[0]!.nStart <= m.start && m.end <= c.tokens[c.tokens.length - 1]!.nEnd + 1);
  const tokenNegated = negationReader(clauses);
  return findAll(EMERGENCY, norm).some((m) => outside(m) && !inWhatIf(m) && !tokenNegated(m) && !isNegated(norm, m.start, m.end, blanked));
}

/**
 * The start of a threat's sentence when it opens on an order or on the speaker's own condition or time (« si j'avais une arme, je
 * tirerais sur… », « quand j'aurai mon fusil, je… », « le jour où j'ai une arme, je… »): the condition belongs to the
 * threat, its weapon reports nothing. Otherwise the threat's own start.
 */
function threatFrom(norm: string, start: number): number {
  let k = start;
  while (k > 0 && start - k < 80 && !'.!?\n'.includes(norm[k - 1]!)) k -= 1;
  while (k < start && norm[k] === ' ') k += 1;
  // Or on an order to others (« Sortez vos fusils et tirez sur les… », « Prenez vos armes, on va… »): a call to arms, no report.
  return /^(?:(?:si|quand|lorsque|le jour ou|des que|aussitot que|une fois que|(?:la )?prochaine fois que|chaque fois que) (?:j|je|on|nous|jamais)|[a-z]+ez)\b/.test(norm.slice(k, k + 32)) ? k : start;
}

/** The end of a threat's clause (« je vais te planter⟦ un couteau⟧ »), at most 40 characters on: its object. */
function threatReach(norm: string, end: number): number {
  let k = end;
  while (k < norm.length && k - end < 40 && !'.!?;,\n'.includes(norm[k]!)) k += 1;
  return k;
}

/** « Ceux qui… », « quiconque… », « les gens qui… »: whoever does it, in general. */
const DOERS = /(?<![\p{L}])(?:ceux|celles|celui|celle|quiconque|les gens|les personnes|tous ceux|toutes celles)(?: qui| qu')?(?![\p{L}])/gu;
/** The verdict on them (« … sont des criminels », « … devraient aller en prison », « … a été arrêté »). */
const VERDICT = /(?<![\p{L}])(?:sont|seront|devraient|doivent|meritent|merite|doit|devrait|iront|finiront|n'ont|ont rien|ne sont|ne meritent|a ete|ont ete)(?![\p{L}])/u;

/**
 * Violence named of whoever does it, to judge them (« Ceux qui tabassent des gais sont des criminels »): a general
 * statement, not an event in progress. The clause from the doers to their verdict (at most 100 characters on).
 */
function doersJudged(norm: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const m of norm.matchAll(DOERS)) {
    const from = m.index + m[0].length;
    const window = norm.slice(from, from + 100);
    const stop = window.search(/[.!?;\n]/);
    const v = VERDICT.exec(stop >= 0 ? window.slice(0, stop) : window);
    if (v) out.push({ start: m.index, end: from + v.index });
  }
  return out;
}

/** A call for help, a « right now » or a plea (« s'il vous plaît »): the message reports, whatever else it says. */
const CALL = /911|secours|a l'aide|appele|vite|en ce moment|en train|urgen|ambulance|(?:vous|te) plai/;
/** An incident told as over: put out, cleared, reopened, back to normal. */
const RESOLVED = /\b(?:est|a ete|ont ete|sont|etait|fut) (?:(?:maintenant|deja|finalement|rapidement|vite) )?(?:regle|eteint|maitrise|termine|rouvert|retabli|repare)e?s?\b|\b(?:tout est|c'est|la situation est) (?:rentree? dans l'ordre|revenue? a la normale|sous controle)\b/;
/** What says it is still going on (« ça brûle encore », « il y a toujours de la fumée »). */
const STILL = /\?|\b(?:encore|toujours|reste|restent|pas (?:encore|fini|regle|eteint))\b/;
/**
 * A sentence that tells no event in progress (normalised text is folded, so `\b` is a word edge): a wish (« qu'ils se
 * battent… », « que ta maison brûle », « j'leur souhaite… », « si ça pouvait brûler… »), a habit or a hypothesis
 * (« chaque fois qu'y a… », « deux fois », « quand ta maison brûle », « quand ma maison va brûler », « s'il a un
 * accident »), who someone was in a story (« la conductrice était… »), or a general statement about a people (« Les X avec
 * leur couteau… sont une menace »). Not a state of danger in the imperfect (« le char était en feu », « était coincée ») nor
 * « sont dans… » (« les enfants sont dans l'auto »): those may still be happening.
 */
const NO_EVENT =
  /(?:^ *|, |\b(?:pis|et|mais) )qu(?:e |')(?!est|c')|souhait|etai[et] (?!en |coinc|bless|pris|incons|bloqu|pogn|seul|dans|sous|pas )|\b(?:(?:chaque|\w+[sx]) fois|quand (?:t\w*|[^,]{0,24} v(?:a|ont))|s(?:i |')(?:ils?|elle|on|tu|[cs]a))\b|^ *[cl]es [^,]* sont (?:une?|des|tou|dang)|\b(?:tu vas|vous allez) (?:re)?trouver (?:ton|ta|tes|votre|vos)\b|\b(?:de nature|a tout bout de champ|regl\w* (?:tout|toute|toutes) (?:avec|au|a coups?))\b/;

const INTRO = new Set(['ici', 'suis', 'est']);
const FROM = new Set(['de', 'du', 'des', "d'", 'pour', 'au', 'a', 'chez']);

/**
 * A name, then an outlet: « Marie Tremblay, Le Nouvelliste », « Julie Roy, L'Écho de Laviolette »,
 * « ici Marc Roy de la radio communautaire », « je suis Karine Lavoie, du journal Le Courrier ».
 */
function namedOutlet(clauses: readonly Clause[], original: string): boolean {
  const capitalised = (t: Token): boolean => {
    const ch = original[t.start] ?? '';
    return t.kind === 'word' && ch !== ch.toLowerCase();
  };
  const outlet = classes.outlet!;
  const isOutlet = (t: Token): boolean => outlet.forms.has(t.form) || outlet.lemmas.has(t.lemma);
  const [first, second] = clauses;
  if (first && second && first.tokens.length >= 2 && first.tokens.length <= 4 && first.tokens.every(capitalised)) {
    if (second.tokens.slice(0, 6).some(isOutlet)) return true;
  }
  // « ici / je suis / c'est » + a capitalised name + « de, du, pour… » + an outlet within five words.
  const all = clauses.slice(0, 6).flatMap((c) => c.tokens);
  for (let i = 0; i < all.length && i < 80; i += 1) {
    if (!INTRO.has(all[i]!.norm)) continue;
    let k = i + 1;
    while (k < all.length && k - i <= 3 && capitalised(all[k]!)) k += 1;
    if (k === i + 1 || !FROM.has(all[k]?.norm ?? '')) continue;
    if (all.slice(k + 1, k + 6).some(isOutlet)) return true;
  }
  return false;
}

/** Every kind that fits, in priority order, and the winner. Total: never throws. */
/** One's own people named (« ma mère », « mon gars », « nos enfants »): what befalls them is reported, not promised. */
const OWN_PEOPLE = /\b(?:mon|ma|mes|notre|nos) (?:\S+ )?(?:mere|pere|fils|fille|filles|femme|mari|chum|blonde|enfants?|gars|bebe|voisine?s?|amie?s?|frere|soeur|parents?|grand-mere|grand-pere|conjointe?|coloc|collegue|oncle|tante|cousine?|petite?s?|client|cliente)\b/;

/** A fate promised under a condition (« qu'un … vienne …, y va… », « le prochain qui … »): one's own named there are the protected. */
const WHOEVER = /^\s*(?:qu'une?|le prochain|la prochaine|si|s')\b/;

export function classifyIncomingDetailed(text: string): IncomingReading {
  try {
    const original = typeof text === 'string' ? text : '';
    const n = normalize(original);
    const norm = n.text;
    if (!/[\p{L}\p{N}]/u.test(norm)) return { kind: 'comment', alsoPossible: [], disrespect: [] };
    const clauses = clausesOf(tokensOf(n), original);
    const disrespectHits = findDisrespect(norm).filter((h) => h.kind !== 'unprofessional' && !h.properSense);
    const offensive = disrespectHits.map((h) => ({ ...toOriginal(n, h.start, h.end), kind: h.kind, ...(h.doubtful ? { doubtful: h.doubtful } : {}) }));
    // A threat's own words (and the object it names right after) are no report of an emergency.
    // Harm the speaker calls for under their own condition (« si j'avais une arme, je tirerais sur les… »), threat or hate.
    // The learned net's doubts are about their sentence (grammar/learned.ts), not a threat's words: an emergency told there stays one.
    const threats = disrespectHits
      .filter((h) => (h.kind === 'threat' || h.kind === 'hate') && !h.doubtful?.startsWith('learned'))
      .map((h) => ({ start: threatFrom(norm, h.start), end: h.kind === 'threat' ? threatReach(norm, h.end) : h.end }));
    // In a comment with hate, contempt or a threat (even a doubt to check) and no call for help, a sentence shaped as a wish, a
    // habit, a hypothesis, a story or a general statement (NO_EVENT) speaks of a people with its weapon or fire words: no report.
    const hostile = disrespectHits.some((h) => /hate|contempt|threat/.test(h.kind));
    if (hostile && !CALL.test(norm)) {
      for (const m of norm.matchAll(/[^.!?\n]+/g)) if (NO_EVENT.test(m[0])) threats.push({ start: m.index, end: m.index + m[0].length });
    }
    // There too, « … va repartir en ambulance », « ça va finir en accident » is a fate promised or foretold, no patient leaving
    // (said alone, « mon voisin va repartir en ambulance, il respire mal », it stays a report). Only beside hate or a threat, not
    // mere contempt, and never when one's own are named before it in the sentence (« maudit chauffard, ma mère va partir en
    // ambulance » is a report with an insult: an emergency is never routine), unless the sentence sets a condition (WHOEVER).
    if (disrespectHits.some((h) => /hate|threat/.test(h.kind)))
      for (const m of norm.matchAll(/\b(?:va|vont|vas) (?:re)?(?:partir|sortir|finir) en (?:ambulance|civiere|accident)/g)) {
        const from = Math.max(norm.lastIndexOf('.', m.index), norm.lastIndexOf('!', m.index), norm.lastIndexOf('?', m.index), norm.lastIndexOf('\n', m.index));
        const before = norm.slice(from + 1, m.index);
        if (!OWN_PEOPLE.test(before) || WHOEVER.test(before)) threats.push({ start: m.index, end: m.index + m[0].length });
      }
    const isQuestion = asks(norm, clauses);
    const strongComplaint = (): boolean =>
      findAll(COMPLAINT, norm).some((m) => !hasMatch(WEAK_COMPLAINT, m.text)) || hits(clauses, P.complaint, false).length > 0;
    const asked = (): boolean => hasMatch(REQUEST, norm) || hits(clauses, P.request, true).length > 0;
    const fits: Record<Incoming, () => boolean> = {
      'emergency-report': () => isEmergency(norm, clauses, threats),
      disrespectful: () => offensive.length > 0,
      'media-request': () => hasMatch(MEDIA, norm) || callSign.test(original) || hits(clauses, P.media, false).length > 0 || namedOutlet(clauses, original),
      complaint: () => hasMatch(COMPLAINT, norm) || hits(clauses, P.complaint, false).length > 0 || hits(clauses, P.weakComplaint, true).length > 0,
      request: asked,
      'needs-validation': () =>
        hits(clauses, P.rumour, true).length > 0 || (isQuestion && (hasMatch(NEEDS_VALIDATION, norm) || hits(clauses, P.future, true).length > 0)),
      question: () => isQuestion,
      comment: () => true,
    };
    const found = INCOMING_PRIORITY.filter((k) => fits[k]());
    // An event told as over (« l'accident… est réglé, la voie est rouverte ») is news, not a call for help; the emergency stays a
    // « peut aussi être » in case it is not over.
    if (found[0] === 'emergency-report' && RESOLVED.test(norm) && !CALL.test(norm) && !STILL.test(norm)) found.push(found.shift()!);
    // An explicit request beside a weak complaint word (« brisé ») is a request first.
    const ci = found.indexOf('complaint');
    const ri = found.indexOf('request');
    if (ci >= 0 && ri > ci && !strongComplaint()) found.splice(ci, 1), found.splice(ri, 0, 'complaint');
    const kind = found[0] ?? 'comment';
    // A question that needs validation is a question: saying it twice would tell nothing.
    const redundant = (k: Incoming): boolean => k === kind || k === 'comment' || (k === 'question' && found.includes('needs-validation'));
    return { kind, alsoPossible: found.filter((k) => !redundant(k)), disrespect: offensive };
  } catch {
    return { kind: 'comment', alsoPossible: [], disrespect: [] };
  }
}

/** Classifies a citizen message. Total: any input returns one of the Incoming values. */
export function classifyIncoming(text: string): Incoming {
  return classifyIncomingDetailed(text).kind;
}
