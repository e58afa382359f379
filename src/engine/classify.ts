/**
 * classifyIncoming(text): what kind of citizen message a reply answers.
 *
 * A message can be several things at once (a rude complaint, a journalist's question about a fire).
 * One kind wins, in this order, chosen by what the reply must do:
 * 1. emergency-report — safety first; 3.1: social media is not an emergency service.
 * 2. media-request — 3.1.6: the City answers media requests « en aucun cas » on its accounts, so a
 *    journalist's complaint or question must still get only the redirection to media relations.
 * 3. complaint, then 4. request — 3.1.5: the reply must redirect to the channels, even when the
 *    message is rude (a rude complaint is a complaint: the redirection is what the person needs; the
 *    reply stays respectful in every case, 3.2). Complaint before request: a complaint usually asks
 *    for something too, and both get the same redirection.
 * 5. disrespectful — insults, sacres, hate, threats with nothing to redirect (3.2, C-2014-0097).
 * 6. needs-validation — a question whose answer must be validated first (3.3): future dates,
 *    decisions, amounts, cancellations, rumours. Before « question », of which it is a kind.
 * 7. question — a question mark or a question opening.
 * 8. comment — anything else (including empty text).
 */
import { callSign, complaint, emergency, media, needsValidation, notEmergency, pastEvent, question, request } from './lexicon/incoming.ts';
import { compileTerms, findAll, hasMatch } from './text/match.ts';
import { blankIdioms, isNegated } from './text/negation.ts';
import { findDisrespect } from './text/disrespect.ts';
import { normalize } from './text/normalize.ts';
import type { Incoming } from './types.ts';

const EMERGENCY = compileTerms(emergency);
const NOT_EMERGENCY = compileTerms(notEmergency);
const PAST = compileTerms(pastEvent);
const MEDIA = compileTerms(media);
const COMPLAINT = compileTerms(complaint);
const REQUEST = compileTerms(request);
const NEEDS_VALIDATION = compileTerms(needsValidation);
const QUESTION = compileTerms(question);

/** True when the text reports an emergency in progress (not a traffic light, fireworks, or the past). */
function isEmergency(norm: string): boolean {
  if (hasMatch(PAST, norm)) return false;
  const excluded = findAll(NOT_EMERGENCY, norm);
  const blanked = blankIdioms(norm);
  return findAll(EMERGENCY, norm).some(
    (m) => !excluded.some((x) => x.start < m.end && m.start < x.end) && !isNegated(norm, m.start, m.end, blanked),
  );
}

/** Classifies a citizen message. Total: any input returns one of the Incoming values. */
export function classifyIncoming(text: string): Incoming {
  try {
    const original = typeof text === 'string' ? text : '';
    const norm = normalize(original).text;
    if (!/[\p{L}\p{N}]/u.test(norm)) return 'comment';
    if (isEmergency(norm)) return 'emergency-report';
    if (hasMatch(MEDIA, norm) || callSign.test(original)) return 'media-request';
    if (hasMatch(COMPLAINT, norm)) return 'complaint';
    if (hasMatch(REQUEST, norm)) return 'request';
    if (findDisrespect(norm).some((h) => h.kind !== 'unprofessional' && !h.properSense)) return 'disrespectful';
    const isQuestion = norm.includes('?') || hasMatch(QUESTION, norm);
    if (isQuestion && hasMatch(NEEDS_VALIDATION, norm)) return 'needs-validation';
    if (isQuestion) return 'question';
    return 'comment';
  } catch {
    return 'comment';
  }
}
