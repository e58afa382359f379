/** Builders for the example situations the rules carry (short, readable examples). */
import type { Account, Content, Incoming, Role, Situation, When } from '../types.ts';

/** A post. */
export const post = /* @__NO_SIDE_EFFECTS__ */ (author: Role, account: Account, content: Content, text?: string): Situation =>
  text === undefined ? { kind: 'publish', author, account, content } : { kind: 'publish', author, account, content, text };

/** A reply by the Communications team on the City's account unless told otherwise. */
export const reply = /* @__NO_SIDE_EFFECTS__ */ (
  incoming: Incoming,
  text = 'Merci pour votre message.',
  more: { author?: Role; account?: Account; when?: When; emergencyOngoing?: boolean } = {},
): Situation => ({ kind: 'reply', incoming, author: more.author ?? 'communications', account: more.account ?? 'city', text, ...(more.when ? { when: more.when } : {}), ...(more.emergencyOngoing !== undefined ? { emergencyOngoing: more.emergencyOngoing } : {}) });

/** A request to create an account. */
export const createAccount = /* @__NO_SIDE_EFFECTS__ */ (requester: Role, dgApproved: boolean): Situation => ({ kind: 'create-account', requester, dgApproved });
