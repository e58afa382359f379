/**
 * French typography, applied once, to the built pages (after Astro, before the search index): curly
 * apostrophes in prose, narrow no-break spaces (U+202F) inside « » and before : ; ! ?.
 *
 * Never touched: the official text (`data-official-section`, and any element marked
 * `data-verbatim`), quoted words as someone typed them (<q>), code, scripts, styles, form fields,
 * and interactive islands (<astro-island>: they render again in the browser from their props, so
 * their text must not differ from the server's). Only text between tags changes; attributes and
 * markup are copied as they are.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { listHtmlFiles } from './html-files.ts';
import { frenchProse } from '../engine/prose.ts';

export { frenchProse, NNBSP } from '../engine/prose.ts';

/** Elements whose text is left exactly as written. */
const KEEP_ELEMENTS = new Set(['script', 'style', 'code', 'pre', 'kbd', 'samp', 'textarea', 'q', 'template', 'astro-island', 'title']);
const KEEP_ATTRIBUTE = /\sdata-(?:official-section|verbatim)\b/;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** Applies `frenchProse` to the text of a page, outside the elements kept as written. */
export function frenchTypography(html: string): string {
  const out: string[] = [];
  /** The element being kept as written, and how deep we are inside elements of its name. */
  let keep: { name: string; depth: number } | undefined;
  for (const token of html.match(/<!--[\s\S]*?-->|<![^>]*>|<\/?[a-zA-Z][^>]*>|[^<]+|</g) ?? []) {
    if (token.startsWith('<')) {
      out.push(token);
      const m = /^<(\/?)([a-zA-Z][\w-]*)/.exec(token);
      if (!m) continue;
      const name = m[2]!.toLowerCase();
      const closing = m[1] === '/';
      const selfClosing = VOID.has(name) || token.endsWith('/>');
      if (keep) {
        if (name === keep.name && !selfClosing) keep.depth += closing ? -1 : 1;
        if (keep.depth === 0) keep = undefined;
      } else if (!closing && !selfClosing && (KEEP_ELEMENTS.has(name) || KEEP_ATTRIBUTE.test(token))) {
        keep = { name, depth: 1 };
      }
      continue;
    }
    out.push(keep ? token : frenchProse(token));
  }
  return out.join('');
}

/** Rewrites every page of `dist`; returns how many changed. */
export function applyTypography(dist: string): number {
  let changed = 0;
  for (const file of listHtmlFiles(dist)) {
    const html = readFileSync(file, 'utf8');
    const fixed = frenchTypography(html);
    if (fixed !== html) {
      writeFileSync(file, fixed);
      changed += 1;
    }
  }
  return changed;
}
