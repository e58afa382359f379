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

/** What the evaluator needs of a rule: its identity and its check. */
export interface Rule {
  /** Stable id, kebab-case, never reused. */
  readonly id: string;
  /** The policy section it applies. */
  readonly section: SectionNumber;
  /** The highest severity it reports (text rules may report a lower one when unsure). */
  readonly severity: Severity;
  /** 'text' rules read the words of a reply or a post; 'structured' rules read the facts. */
  readonly kind: 'text' | 'structured';
  /** This rule is an exception to another: its findings cancel that rule's findings they cover. */
  readonly exceptionTo?: string;
  /**
   * More specific rules that, when they report anything, make this rule's findings moot: « permis,
   * c'est une opinion personnelle » must not stand beside « vous parlez au nom de la Ville ».
   */
  readonly yieldsTo?: readonly string[];
  /**
   * The rule's finding says the case is allowed (« Permis : … »). It is withdrawn as soon as any
   * rule reports an error: a verdict « non permis » never carries a « permis » beside it.
   */
  readonly grants?: boolean;
  /** The check is total: it never throws, it returns findings. */
  readonly check: (ctx: Context) => Finding[];
}

/**
 * What people read about a rule, and its examples. Declared right under the rule, in the same file,
 * but as its own constant: the simulator's bundle, which needs only the checks, can drop it.
 */
export interface RuleDoc {
  /** French, short. */
  readonly title: string;
  /** French: what the rule checks and why, in the text's own words where possible. */
  readonly description: string;
  /** For text rules: the situation each text example is placed in (its `text` is replaced). */
  readonly context?: Situation;
  readonly examples: { readonly mustFlag: readonly RuleExample[]; readonly mustPass: readonly RuleExample[] };
}

/** What the /regles/ page, the quizzes and the tests read about a rule: everything but the check. */
export type RuleMeta = Omit<Rule, 'check'> & RuleDoc;

/** Declares a rule (identity function that fixes the type). */
export const defineRule = (rule: Rule): Rule => rule;

/** Declares a rule's documentation and examples. Free of side effects, so bundlers may drop it. */
/* @__NO_SIDE_EFFECTS__ */
export function defineDoc(rule: Rule, doc: RuleDoc): RuleMeta {
  const { check: _check, ...core } = rule;
  return { ...core, ...doc };
}
