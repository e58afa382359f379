/**
 * Search ranking, measured on the built index with the search page's own code (run.ts, ranking.ts):
 * every everyday query of search-queries.ts must bring its answer first or into the first three,
 * and at least 90 % of them into the first three. Runs in Node, no browser: Pagefind's own script
 * reads dist/pagefind/ from disk (test/support/pagefind.ts).
 */
import { expect, test } from '@playwright/test';
import { searchOptions } from '../../src/components/search/ranking.ts';
import { runSearch, type PagefindApi, type ResultData } from '../../src/components/search/run.ts';
import { loadPagefind } from '../support/pagefind.ts';
import { queries, type QueryCase } from './search-queries.ts';

let pagefind: PagefindApi;
test.beforeAll(async () => {
  pagefind = await loadPagefind('dist', searchOptions);
});

/** Rank (from 0) of the expected answer: the result itself, or a page whose heading it is. */
const rankOf = (results: ResultData[], expected: string): number =>
  results.findIndex((r) => r.url === expected || (r.url === expected.split('#')[0] && r.sub_results.some((s) => s.url === expected)));

const ranks = new Map<QueryCase, number>();

for (const c of queries) {
  test(`« ${c.query} » → ${c.expect} ${c.top === 1 ? 'en premier' : 'dans les trois premiers'}`, async () => {
    const { read } = await runSearch(pagefind, c.query);
    const rank = rankOf(read, c.expect);
    ranks.set(c, rank);
    expect(rank, `résultats : ${read.slice(0, 5).map((r) => r.url).join(', ')}`).toBeGreaterThanOrEqual(0);
    expect(rank).toBeLessThan(c.top);
  });
}

test('au moins 40 requêtes, et 90 % ou plus trouvent leur réponse dans les trois premiers', async () => {
  expect(queries.length).toBeGreaterThanOrEqual(40);
  let inTopThree = 0;
  for (const c of queries) {
    const rank = ranks.get(c) ?? rankOf((await runSearch(pagefind, c.query)).read, c.expect);
    if (rank >= 0 && rank < 3) inTopThree += 1;
  }
  expect(inTopThree / queries.length).toBeGreaterThanOrEqual(0.9);
});
