/**
 * What a rule is: one self-contained piece of the policy, LanguageTool style — a stable id, the
 * section it applies, a severity, French title and description, its examples, and its check.
 */
import type { Context } from '../context.ts';
import type { SectionNumber } from '../sections.ts';
import type { Finding, Severity, Situation } from '../types.ts';

/**
 * An example: a text (wrapped in the rule's `context` situation; in `mustFlag`, the words the
 * finding must span are marked ⟦like this⟧) or a whole situation (structured rules).
 */
export type RuleExample = string | Situation;

/** What the /regles/ page, the quizzes and the tests read about a rule. */
export interface RuleMeta {
  /** Stable id, kebab-case, never reused. */
  readonly id: string;
  /** The policy section it applies. */
  readonly section: SectionNumber;
  /** The highest severity it reports (text rules may report a lower one when unsure). */
  readonly severity: Severity;
  /** 'text' rules read the words of a reply or a post; 'structured' rules read the facts. */
  readonly kind: 'text' | 'structured';
  /** French, short. */
  readonly title: string;
  /** French: what the rule checks and why, in the text's own words where possible. */
  readonly description: string;
  /** This rule is an exception to another: its findings cancel that rule's findings they cover. */
  readonly exceptionTo?: string;
  /** For text rules: the situation each text example is placed in (its `text` is replaced). */
  readonly context?: Situation;
  readonly examples: { readonly mustFlag: readonly RuleExample[]; readonly mustPass: readonly RuleExample[] };
}

/** A rule with its check. The check is total: it never throws, it returns findings. */
export interface Rule extends RuleMeta {
  readonly check: (ctx: Context) => Finding[];
}

/** Declares a rule (identity function that fixes the type). */
export const defineRule = (rule: Rule): Rule => rule;
