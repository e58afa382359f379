/** The built site as the gates see it: every HTML page of dist/, read and parsed once. */
import { readFileSync } from 'node:fs';
import { listHtmlFiles, urlPathOf } from '../../src/build/html-files.ts';
import { idsOf, parseTags, type Tag } from './html.ts';

export interface Page {
  file: string;
  /** The URL path it is served at: `/politique/`, `/404.html`. */
  path: string;
  html: string;
  tags: Tag[];
  ids: Set<string>;
}

export interface Site {
  dist: string;
  pages: Page[];
  byPath: Map<string, Page>;
}

export function loadSite(dist: string): Site {
  const pages = listHtmlFiles(dist).map((file): Page => {
    const html = readFileSync(file, 'utf8');
    const tags = parseTags(html);
    return { file, path: urlPathOf(dist, file), html, tags, ids: idsOf(tags) };
  });
  return { dist, pages, byPath: new Map(pages.map((p) => [p.path, p])) };
}

/** A gate's verdict: what it checked (for the summary) and each problem, naming the page. */
export interface GateResult {
  name: string;
  checked: string;
  problems: string[];
}
