/**
 * Cuts a text into pieces for the highlighted preview: plain pieces, marked pieces (with the numbers
 * of the findings whose span covers them) and gaps. Pure, so it is tested without a browser.
 *
 * A long text (a 100 000-character paste) is never rendered whole: only windows around the marked
 * passages are kept, and at most `maxMarks` spans are drawn, so the page stays responsive.
 */

export interface Span {
  start: number;
  end: number;
}

export type Piece =
  | { kind: 'text'; text: string }
  | { kind: 'mark'; text: string; findings: number[]; endsHere: number[] }
  | { kind: 'gap' };

export interface PreviewOptions {
  /** Texts up to this length are shown whole. */
  maxChars?: number;
  /** In a long text, characters kept on each side of a marked passage. */
  context?: number;
  /** At most this many spans are drawn (the findings list still names the words). */
  maxMarks?: number;
}

/** A finding's place(s) in the text: none, one span, or several (findings merged by rule). */
export type Spans = Span | undefined | ReadonlyArray<Span>;

/** Keeps only spans that point inside the text, in order, each with its finding's number (from 1). */
function validSpans(text: string, spans: ReadonlyArray<Spans>, maxMarks: number): Array<Span & { n: number }> {
  const out: Array<Span & { n: number }> = [];
  spans.forEach((entry, i) => {
    const list: ReadonlyArray<Span> = entry === undefined ? [] : 'start' in entry ? [entry] : entry;
    for (const s of list) {
      if (Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= text.length) {
        out.push({ start: s.start, end: s.end, n: i + 1 });
      }
    }
  });
  return out.sort((a, b) => a.start - b.start || a.n - b.n).slice(0, maxMarks);
}

/** The pieces of `text[from, to)`, with marks where spans cover it (spans may overlap). */
function piecesBetween(text: string, from: number, to: number, spans: Array<Span & { n: number }>): Piece[] {
  const cuts = new Set<number>([from, to]);
  for (const s of spans) {
    if (s.start > from && s.start < to) cuts.add(s.start);
    if (s.end > from && s.end < to) cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const covering = spans.filter((s) => s.start <= a && s.end >= b);
    const piece = text.slice(a, b);
    if (covering.length === 0) pieces.push({ kind: 'text', text: piece });
    else {
      pieces.push({
        kind: 'mark',
        text: piece,
        findings: covering.map((s) => s.n),
        endsHere: covering.filter((s) => s.end === b).map((s) => s.n),
      });
    }
  }
  return pieces;
}

/** The preview of `text` with the findings' spans marked (`spans[i]` belongs to finding i + 1). */
export function previewPieces(text: string, spans: ReadonlyArray<Spans>, options: PreviewOptions = {}): Piece[] {
  const { maxChars = 4000, context = 80, maxMarks = 60 } = options;
  const marks = validSpans(text, spans, maxMarks);
  if (text.length <= maxChars) return piecesBetween(text, 0, text.length, marks);

  // Long text: windows around each marked passage, merged when they touch; gaps between them.
  const windows: Span[] = [];
  for (const s of marks) {
    const w = { start: Math.max(0, s.start - context), end: Math.min(text.length, s.end + context) };
    const last = windows.at(-1);
    if (last && w.start <= last.end) last.end = Math.max(last.end, w.end);
    else windows.push(w);
  }
  if (windows.length === 0) windows.push({ start: 0, end: Math.min(text.length, context * 4) });

  const pieces: Piece[] = [];
  let cursor = 0;
  for (const w of windows) {
    if (w.start > cursor) pieces.push({ kind: 'gap' });
    pieces.push(...piecesBetween(text, w.start, w.end, marks.filter((s) => s.end > w.start && s.start < w.end)));
    cursor = w.end;
  }
  if (cursor < text.length) pieces.push({ kind: 'gap' });
  return pieces;
}

/** The words of each span, each once, joined for the findings list (« calvaire », « maudit »). */
export function quotedAll(text: string, spans: ReadonlyArray<Span>, max = 80): string[] {
  const words = spans.map((s) => quotedWords(text, s, max)).filter((w): w is string => !!w);
  return [...new Set(words)];
}

/** The words a span points at, shortened for the findings list when very long. */
export function quotedWords(text: string, span: Span | undefined, max = 80): string | undefined {
  if (!span || span.start < 0 || span.end > text.length || span.start >= span.end) return undefined;
  const words = text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  return words.length > max ? `${words.slice(0, max - 1)}…` : words;
}
