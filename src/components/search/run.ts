/**
 * One search, as the search page runs it and as the ranking test measures it:
 * 1. the query loses its function words (query.ts);
 * 2. Pagefind ranks (options in ranking.ts). Pagefind returns only the pages holding EVERY word, so
 *    « ouvrir un compte Instagram » would find nothing: with several words, each word is searched on
 *    its own and a page's scores are added up (Pagefind's scores are BM25: summing them per word is
 *    BM25's own rule for a query of several words, where a page holding more of the words, and the
 *    rarer ones, comes first);
 * 3. for a one-word query, the results holding the word exactly as typed come before those that only
 *    share its stem: « Nouvelliste » is the newspaper, not « nouvelle » (Pagefind's French stemmer
 *    makes both « nouvel »). Singular and plural count as the same word; accents and case do not count.
 */
import { searchTerms } from './query.ts';

export interface ResultData {
  url: string;
  excerpt: string;
  content?: string;
  meta: { title?: string; section?: string; keywords?: string };
  sub_results: Array<{ title: string; url: string; excerpt: string }>;
}
export interface PagefindHit {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}
export interface PagefindApi {
  search(q: string): Promise<{ results: PagefindHit[] } | null>;
}

/** How many results are read and re-ordered at once (Pagefind's fragments are small). */
export const RERANK_WINDOW = 30;

const fold = (text: string): string => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
/** Words, and compounds also joined up as the index reads them: « 9-1-1 » is also « 911 », « nid-de-poule » « nid de poule ». */
const wordsOf = (text: string): string[] =>
  (fold(text).match(/[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*/gu) ?? []).flatMap((w) => (/[-.]/.test(w) ? [w.replace(/[-.]/g, ''), ...w.split(/[-.]/)] : [w]));
/** « journalistes » and « journaliste », « élus » and « élu », « travaux » and « travail » are one word here. */
const singular = (w: string): string => (w.length > 3 && /[sx]$/.test(w) ? w.slice(0, -1) : w);

/** True when every telling word of the query appears, as typed, in the result's text, title or search words. */
export function holdsEveryWordAsTyped(result: ResultData, query: string): boolean {
  const wanted = wordsOf(query).map(singular);
  if (wanted.length === 0) return false;
  const text = new Set([result.content ?? result.excerpt, result.meta.title ?? '', result.meta.keywords ?? ''].flatMap(wordsOf).map(singular));
  return wanted.every((w) => text.has(w));
}

export interface SearchRun {
  /** What was sent to Pagefind. */
  terms: string;
  total: number;
  /** The results in order; the first RERANK_WINDOW already read. */
  read: ResultData[];
  /** Reads the results after the window, in Pagefind's order. */
  readMore(from: number, count: number): Promise<ResultData[]>;
}

/** Every page holding at least one of the words, best summed score first. */
async function anyWord(pf: PagefindApi, words: string[]): Promise<PagefindHit[]> {
  const perWord = await Promise.all(words.map(async (w) => (await pf.search(w))?.results ?? []));
  const total = new Map<string, { hit: PagefindHit; score: number }>();
  for (const hits of perWord) {
    for (const hit of hits) {
      const entry = total.get(hit.id);
      if (entry) entry.score += hit.score;
      else total.set(hit.id, { hit, score: hit.score });
    }
  }
  return [...total.values()].sort((a, b) => b.score - a.score).map((e) => e.hit);
}

export async function runSearch(pf: PagefindApi, query: string): Promise<SearchRun> {
  const terms = searchTerms(query);
  const words = [...new Set(terms.split(' ').filter(Boolean))];
  const found = words.length > 1 ? await anyWord(pf, words) : ((await pf.search(terms))?.results ?? []);
  const window = await Promise.all(found.slice(0, RERANK_WINDOW).map((r) => r.data()));
  const exact = words.length > 1 ? [] : window.filter((r) => holdsEveryWordAsTyped(r, terms));
  const read = [...exact, ...window.filter((r) => !exact.includes(r))];
  return {
    terms,
    total: found.length,
    read,
    readMore: (from, count) => Promise.all(found.slice(Math.max(from, RERANK_WINDOW), from + count).map((r) => r.data())),
  };
}
