/**
 * Puts a finding's suggestion into the text: it replaces the words the finding points at, or is
 * added at the end when the finding points at no words (something missing, e.g. a redirection).
 */
import type { Span } from './highlight';

export interface Applied {
  text: string;
  /** Where the caret goes afterwards: just after the inserted words. */
  caret: number;
}

export function applySuggestion(text: string, suggestion: string, span?: Span): Applied {
  if (span && span.start >= 0 && span.start < span.end && span.end <= text.length) {
    return { text: text.slice(0, span.start) + suggestion + text.slice(span.end), caret: span.start + suggestion.length };
  }
  const base = text.trimEnd();
  const joined = base.length === 0 ? suggestion : `${base} ${suggestion}`;
  return { text: joined, caret: joined.length };
}
