/**
 * Reads an unknown value (it may come from JSON) as a Situation. Nothing is guessed: a missing or
 * unexpected fact is reported as a problem (French), never read as false.
 */
import type { Account, Content, Incoming, Role, Situation, When } from './types.ts';

export const roles = ['communications', 'police', 'fire', 'department', 'employee', 'elected'] as const satisfies readonly Role[];
export const accounts = ['city', 'service', 'personal'] as const satisfies readonly Account[];
export const contents = [
  'city-event', 'recognized-org-event', 'non-partner-event', 'city-press-release', 'external-press-release', 'tender',
  'public-notice', 'bylaw', 'job-offer', 'city-ad', 'third-party-ad', 'emergency-info', 'awareness-campaign', 'share-official', 'opinion',
] as const satisfies readonly Content[];
export const incomings = [
  'question', 'complaint', 'request', 'media-request', 'emergency-report', 'disrespectful', 'needs-validation', 'comment',
] as const satisfies readonly Incoming[];
export const whens = ['business-hours', 'after-hours', 'weekend', 'holiday'] as const satisfies readonly When[];

const oneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

export type ReadResult = { ok: true; situation: Situation } | { ok: false; problems: string[] };

/** Reads `input` as a Situation, or lists what is missing or unexpected (in French). */
export function readSituation(input: unknown): ReadResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, problems: ['la situation décrite n’est pas un objet'] };
  }
  const o = input as Record<string, unknown>;
  const problems: string[] = [];
  const need = <T extends string>(key: string, list: readonly T[], what: string): T | undefined => {
    const v = o[key];
    if (oneOf(list, v)) return v;
    problems.push(v === undefined || v === null ? `${what} n’est pas précisé` : `${what} n’est pas reconnu`);
    return undefined;
  };
  const kind = o['kind'];
  if (kind === 'publish') {
    const author = need('author', roles, 'l’auteur');
    const account = need('account', accounts, 'le compte');
    const content = need('content', contents, 'le contenu');
    const text = o['text'];
    if (text !== undefined && text !== null && typeof text !== 'string') problems.push('le texte n’est pas du texte');
    if (!author || !account || !content || problems.length > 0) return { ok: false, problems };
    return typeof text === 'string'
      ? { ok: true, situation: { kind, author, account, content, text } }
      : { ok: true, situation: { kind, author, account, content } };
  }
  if (kind === 'reply') {
    const incoming = need('incoming', incomings, 'le type de message reçu');
    const author = need('author', roles, 'l’auteur');
    const account = need('account', accounts, 'le compte');
    const text = o['text'];
    if (typeof text !== 'string') problems.push(text === undefined || text === null ? 'le texte de la réponse n’est pas précisé' : 'le texte de la réponse n’est pas du texte');
    const when = o['when'];
    if (when !== undefined && when !== null && !oneOf(whens, when)) problems.push('le moment n’est pas reconnu');
    const emergencyOngoing = o['emergencyOngoing'];
    if (emergencyOngoing !== undefined && emergencyOngoing !== null && typeof emergencyOngoing !== 'boolean') {
      problems.push('la présence d’une mesure d’urgence n’est ni oui ni non');
    }
    if (!incoming || !author || !account || typeof text !== 'string' || problems.length > 0) return { ok: false, problems };
    const situation: Situation = { kind, incoming, author, account, text };
    if (oneOf(whens, when)) situation.when = when;
    if (typeof emergencyOngoing === 'boolean') situation.emergencyOngoing = emergencyOngoing;
    return { ok: true, situation };
  }
  if (kind === 'create-account') {
    const requester = need('requester', roles, 'le demandeur');
    const dgApproved = o['dgApproved'];
    if (typeof dgApproved !== 'boolean') {
      problems.push('l’approbation de la Direction générale n’est pas précisée (oui ou non)');
    }
    if (!requester || typeof dgApproved !== 'boolean') return { ok: false, problems };
    return { ok: true, situation: { kind, requester, dgApproved } };
  }
  return { ok: false, problems: [kind === undefined ? 'le genre de situation n’est pas précisé' : 'le genre de situation n’est pas reconnu'] };
}
