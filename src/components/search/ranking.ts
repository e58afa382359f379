/**
 * How the search ranks, chosen on purpose and measured (README, « Recherche »): the same options
 * are used by the search page and by the ranking test (test/e2e/search-ranking.spec.ts).
 */
export const searchOptions = {
  excerptLength: 24,
  ranking: {
    termFrequency: 1.0,
    pageLength: 0.75,
    termSaturation: 1.4,
    termSimilarity: 1.0,
    metaWeights: { title: 5, keywords: 10 },
  },
} as const;
