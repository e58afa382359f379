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
  /** From the net under the frames (cooccur.ts): a doubt to check, weaker than any word list. */
  readonly doubtful?: true;
}
