/**
 * The rule engine of Politique n° CE-2019-0040: the one door. Pure TypeScript (no DOM, no Node
 * APIs), relative imports only; runs in the browser and in Node.
 */
import { ruleDocs } from './rules/docs.ts';
import type { RuleMeta } from './rules/rule.ts';

export type { Account, Content, Finding, Incoming, Role, Severity, Situation, Verdict, When } from './types.ts';
export type { RuleDoc, RuleExample, RuleMeta } from './rules/rule.ts';
export type { SectionCoverage } from './coverage.ts';
export type { SectionNumber } from './sections.ts';
export type { DisrespectKind } from './text/vocabulary.ts';

export { evaluate } from './evaluate.ts';
export { classifyIncoming, classifyIncomingDetailed, INCOMING_PRIORITY, type IncomingReading } from './classify.ts';
export { coverage } from './coverage.ts';
export { labels, ROLES, ACCOUNTS, CONTENTS, INCOMINGS, WHENS } from './labels.ts';
export { sections, sectionNumbers } from './sections.ts';
export * as facts from './facts.ts';
export { replyGuide, guideOrder, type ReplyGuide } from './reply-guide.ts';

/** Every rule's metadata and examples (without its check), in the policy's order: for /regles/. */
export const rules: readonly RuleMeta[] = ruleDocs;
