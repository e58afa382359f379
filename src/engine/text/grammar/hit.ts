/** A grammar finding, in words of the stream; see index.ts for the offsets it becomes. */
export type GrammarKind = 'hate' | 'threat' | 'contempt';
export type GrammarSeverity = 'error' | 'warning';

export interface WordHit {
  readonly kind: GrammarKind;
  readonly severity: GrammarSeverity;
  /** Words [a, b) of the stream that trigger the finding. */
  readonly a: number;
  readonly b: number;
}
