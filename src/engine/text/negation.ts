/**
 * Negation scoped to its clause. « Nous ne traitons pas les plaintes ici » negates the handling;
 * « N'hésitez pas à appeler le 311 » does NOT negate the redirection: its « ne … pas » belongs to
 * « hésiter », a fixed polite formula, so such formulas are blanked out before looking.
 *
 * A clause runs between punctuation (. ! ? ; : , newline) or a contrastive word (mais, cependant,
 * toutefois, par contre). A match is negated when its clause holds « ne »/« n' » before the match,
 * or « pas/jamais/aucun(e)/rien/nullement » (Québec French often drops the « ne »: « on s'en occupe pas »).
 */
import { compileTerms, findAll } from './match.ts';

const IDIOMS = compileTerms([
  "n'hesite(z)? pas", "n'hesitez surtout pas", 'ne pas hesiter', "n'oublie(z)? pas", 'ne pas oublier',
  'pas de (probleme|souci|soucis|trouble)', 'pas mal', 'pas cher', 'ne manquez pas', 'ne manque pas',
  "n'est-ce pas", 'pas encore', 'si ce n\'est',
]);
const NEGATORS = /(?<![\p{L}])(?:ne|n'|pas|jamais|aucun|aucune|rien|nullement|aucunement|plus aucun)(?![\p{L}])/u;
const CLAUSE_BREAK = /[.!?;:,\n]|(?<![\p{L}])(?:mais|cependant|toutefois|par contre|sinon|or)(?![\p{L}])/gu;

/** Replaces the polite « n'hésitez pas » formulas by spaces (same length, offsets kept). */
export function blankIdioms(norm: string): string {
  const parts: string[] = [];
  let last = 0;
  for (const m of findAll(IDIOMS, norm)) {
    parts.push(norm.slice(last, m.start), ' '.repeat(m.end - m.start));
    last = m.end;
  }
  parts.push(norm.slice(last));
  return parts.join('');
}

/** How far a clause may reach on each side of a match (keeps long pastes linear). */
const REACH = 160;

/** The bounds of the clause around [start, end) in `norm` (at most REACH characters each side). */
export function clauseAround(norm: string, start: number, end: number): { start: number; end: number } {
  const from0 = Math.max(0, start - REACH);
  const window = norm.slice(from0, Math.min(norm.length, end + REACH));
  let from = from0;
  let to = from0 + window.length;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(window); m !== null; m = CLAUSE_BREAK.exec(window)) {
    const mStart = from0 + m.index;
    const mEnd = mStart + m[0].length;
    if (mEnd <= start) from = mEnd;
    else if (mStart >= end) {
      to = mStart;
      break;
    }
  }
  return { start: from, end: to };
}

/**
 * True when the match [start, end) of normalised text `norm` is negated within its clause.
 * Pass the text through {@link blankIdioms} first (or let this function do it).
 */
export function isNegated(norm: string, start: number, end: number, blanked = blankIdioms(norm)): boolean {
  const clause = clauseAround(blanked, start, end);
  const before = blanked.slice(clause.start, start);
  const after = blanked.slice(end, clause.end);
  return NEGATORS.test(before) || /^\s*(?:pas|jamais|plus)(?![\p{L}])/u.test(after) || /(?<![\p{L}])(?:pas|jamais)(?![\p{L}])/u.test(after.slice(0, 40));
}
