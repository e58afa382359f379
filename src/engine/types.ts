/**
 * The engine's public types, exactly as the contract (docs: README, « Le moteur de règles ») defines them.
 * Identifiers are English; every message a person reads is French (fr-CA).
 */

/** Who acts. */
export type Role =
  | 'communications' // the Communications team, or a person it delegated (4.1)
  | 'police' // Direction de la police (1.1)
  | 'fire' // Direction de la sécurité incendie et de la sécurité civile (1.1)
  | 'department' // any other City department or service
  | 'employee' // an employee acting on their own behalf
  | 'elected'; // an elected official

/** Where it is posted. */
export type Account =
  | 'city' // an official account of the City
  | 'service' // an official account of the author's own department
  | 'personal'; // the person's own account

/** What is published. */
export type Content =
  | 'city-event'
  | 'recognized-org-event'
  | 'non-partner-event'
  | 'city-press-release'
  | 'external-press-release'
  | 'tender'
  | 'public-notice'
  | 'bylaw'
  | 'job-offer'
  | 'city-ad'
  | 'third-party-ad'
  | 'emergency-info'
  | 'awareness-campaign'
  | 'share-official' // sharing or relaying an official City message
  | 'opinion'; // a personal stance on a City matter

/** What kind of citizen message a reply answers. */
export type Incoming =
  | 'question'
  | 'complaint'
  | 'request'
  | 'media-request'
  | 'emergency-report'
  | 'disrespectful'
  | 'needs-validation'
  | 'comment';

/** When the incoming message arrived. */
export type When = 'business-hours' | 'after-hours' | 'weekend' | 'holiday';

export type Situation =
  | { kind: 'publish'; author: Role; account: Account; content: Content; text?: string }
  | {
      kind: 'reply';
      incoming: Incoming;
      author: Role;
      account: Account;
      text: string;
      when?: When;
      emergencyOngoing?: boolean;
    }
  | { kind: 'create-account'; requester: Role; dgApproved: boolean };

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  /** Stable id of the rule, e.g. 'complaint-redirect'. */
  rule: string;
  /** The policy section it applies, e.g. '3.1.5'. */
  section: string;
  severity: Severity;
  /** French, plain language: what is wrong or worth knowing, and what to do. */
  message: string;
  /** UTF-16 offsets into the situation's text, end exclusive. */
  span?: { start: number; end: number };
  /** French text the person could use instead. */
  suggestion?: string;
  /**
   * Extra field (the contract allows more): the part of the text the suggestion replaces, when it is
   * more than the span — a whole sentence, for a suggestion that is a whole sentence. Defaults to `span`.
   */
  replaces?: { start: number; end: number };
}

export interface Verdict {
  outcome: 'allowed' | 'not-allowed' | 'not-covered';
  findings: Finding[];
}
