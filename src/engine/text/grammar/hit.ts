/** A grammar finding, in words of the stream; see index.ts for the offsets it becomes. */
export type GrammarKind = 'hate' | 'threat' | 'contempt';
export type GrammarSeverity = 'error' | 'warning';

export interface WordHit {
  readonly kind: GrammarKind;
  /** 'clear': a statement the grammar recognised but found negated or reported (counter-speech). */
  readonly severity: GrammarSeverity | 'clear';
  /** Words [a, b) of the stream that trigger the finding. */
  readonly a: number;
  readonly b: number;
  /** A doubt to check, weaker than any word list, and what raised it (see {@link Doubt}). */
  readonly doubtful?: Doubt;
}

/**
 * Why a reading is only a doubt: a group and a degrading word in one clause that no frame reads
 * (cooccur.ts), an identity given as the cause of something (cause.ts), a question that may belittle
 * a group (question.ts), harm announced or wished to a group that no threat frame reads (violence-net.ts),
 * harm foretold to the reader by someone else ('relayed', threat.ts: « il va te tuer »), words that together hint at harm to come ('veiled', threat.ts: « à ta place, je surveillerais mes arrières »), a group's access or presence called a misfortune (access.ts), a service or a right refused a whole people in a
 * slogan without a verb ('denied', exclusion.ts), a people named beside words that leave the conclusion to the reader
 * ('hint', hint.ts), a sentence about a group that reads like the hateful
 * sentences the learned net was trained on (learned.ts), or a sentence that names no group and reads like the threats,
 * harm wishes or contempt it was trained on ('learned-plain').
 * The rule's message says which.
 */
export type Doubt = 'together' | 'cause' | 'question' | 'violence' | 'relayed' | 'veiled' | 'access' | 'denied' | 'hint' | 'learned' | 'learned-plain';
