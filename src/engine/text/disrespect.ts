/**
 * Detects disrespectful or unprofessional words (3.2) in normalised text; see lexicon/disrespect.ts.
 */
import { contempt, hate, insults, profanity, properSense, sacres, threats, unprofessional } from '../lexicon/disrespect.ts';
import { compileTerms, findAll, type Match } from './match.ts';
import { blankIdioms, isNegated } from './negation.ts';
import { analyseNormalized } from './grammar/index.ts';

export type DisrespectKind = 'sacre' | 'profanity' | 'insult' | 'hate' | 'threat' | 'contempt' | 'unprofessional';

export interface DisrespectHit extends Match {
  kind: DisrespectKind;
  /** True for a sacre word that also has a proper sense, used in that sense (see `sacred-object-sense`). */
  properSense: boolean;
}

const PATTERNS: ReadonlyArray<readonly [DisrespectKind, RegExp]> = [
  ['threat', compileTerms(threats)],
  ['hate', compileTerms(hate)],
  ['contempt', compileTerms(contempt)],
  ['profanity', compileTerms(profanity)],
  ['sacre', compileTerms(sacres)],
  ['insult', compileTerms(insults)],
  ['unprofessional', compileTerms(unprofessional)],
];
const PROPER = compileTerms(properSense);
const DETERMINER_BEFORE =
  /(?:(?<![\p{L}])(?:le|la|un|une|du|au|ce|cet|cette|son|sa|ses|notre|votre|leur|des|les|aux|jesus|paroisse|eglise)[ -]|(?<![\p{L}])l')$/u;
const INTENSIFIER_AFTER = /^ d(?:e |')/u;
const ARTICLE = /^(?:(?:le|la|les|un|une|des|du|cette|ce|notre|votre|son|sa)(?![\p{L}])|l')/u;

/** True when a proper-sense word at [start, end) is used in its proper sense (see lexicon). */
function usedInProperSense(norm: string, start: number, end: number): boolean {
  const word = norm.slice(start, end);
  PROPER.lastIndex = 0;
  const m = PROPER.exec(word);
  PROPER.lastIndex = 0;
  if (!m || m[0].length !== word.length) return false;
  if (!DETERMINER_BEFORE.test(norm.slice(Math.max(0, start - 16), start))) return false;
  // « un calvaire de chantier » is an intensifier; « le ciboire de l'église » is an object.
  const after = norm.slice(end, end + 24);
  const de = INTENSIFIER_AFTER.exec(after);
  return !de || ARTICLE.test(after.slice(de[0].length));
}

/** Every disrespect hit, without overlaps (the stronger kind wins, in the order of PATTERNS). */
export function findDisrespect(norm: string): DisrespectHit[] {
  const hits: DisrespectHit[] = [];
  const blanked = blankIdioms(norm);
  const taken = new Uint8Array(norm.length);
  // Hate, threats and contempt read as grammar (grammar/); a warning there (a slur quoted in
  // counter-speech, an eye-roll) is a question of tone, so it is reported as unprofessional. What the
  // grammar reads as negated or reported speech is not flagged as hate by the phrase lists either.
  const grammar = analyseNormalized(norm);
  const cleared = new Uint8Array(norm.length);
  for (const c of grammar.cleared) cleared.fill(1, c.nStart, c.nEnd);
  for (const h of grammar.hits) {
    taken.fill(1, h.nStart, h.nEnd);
    hits.push({ start: h.nStart, end: h.nEnd, text: norm.slice(h.nStart, h.nEnd), kind: h.severity === 'error' ? h.kind : 'unprofessional', properSense: false });
  }
  for (const [kind, re] of PATTERNS) {
    for (const m of findAll(re, norm)) {
      if (taken.subarray(m.start, m.end).some((x) => x === 1)) continue;
      if ((kind === 'hate' || kind === 'threat' || kind === 'contempt') && cleared[m.start] === 1) continue;
      if (kind === 'insult' && isNegated(norm, m.start, m.end, blanked)) continue;
      taken.fill(1, m.start, m.end);
      hits.push({ ...m, kind, properSense: kind === 'sacre' && usedInProperSense(norm, m.start, m.end) });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
