/**
 * Pagefind returns excerpts as HTML with <mark> around the matched words. We never inject that HTML:
 * the excerpt is split on the marks and rebuilt from text nodes, so no markup from the index can run.
 */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

const decode = (s: string): string => s.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e] ?? e);

/** Splits Pagefind's excerpt into plain-text parts, marked or not; any other tag is dropped. */
export function parseExcerpt(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const re = /<mark>(.*?)<\/mark>/gs;
  let last = 0;
  for (let m = re.exec(excerpt); m; m = re.exec(excerpt)) {
    if (m.index > last) parts.push({ text: excerpt.slice(last, m.index), marked: false });
    parts.push({ text: m[1] ?? '', marked: true });
    last = m.index + m[0].length;
  }
  if (last < excerpt.length) parts.push({ text: excerpt.slice(last), marked: false });
  return parts
    .map((p) => ({ ...p, text: decode(p.text.replace(/<[^>]*>/g, '')) }))
    .filter((p) => p.text.length > 0);
}
