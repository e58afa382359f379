/**
 * What the search sends to the index. Pagefind returns only the pages holding every word of the
 * query, so « faire une plainte » missed section 3.1.5 (which never says « faire »): the little
 * words that carry no subject (articles, pronouns, prepositions, light verbs) are left out, as long
 * as one telling word remains. The list is short and written out so anyone can see what is dropped.
 */
const FUNCTION_WORDS = new Set(
  (
    'a à au aux avec c ce ces cet cette comment d dans de des du en est et il ils j je l la le les leur lui m ma me mes moi mon ' +
    'ne nous on ou où par pas pour qu quand que quel quelle quels quelles qui quoi s sa se ses si son sur t ta te tes toi ton tu un une vos votre vous y ' +
    'faire fait puis-je est-ce'
  ).split(' '),
);

/** Lowercase, no accents, for comparing a word with the list (« À » is « a »). */
const fold = (word: string): string => word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** The words of a query, split on spaces and apostrophes (« d'un » → « d », « un »), hyphens kept. */
const words = (query: string): string[] => query.split(/[\s'’]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));

/**
 * The query without its function words, from three words on (« que répondre » is a page's name and
 * stays whole); the query itself when nothing else would remain.
 */
export function searchTerms(query: string): string {
  const all = words(query.trim());
  if (all.length < 3) return all.join(' ');
  const telling = all.filter((w) => !FUNCTION_WORDS.has(fold(w.replace(/[?!.,;:]+$/u, ''))));
  return (telling.length > 0 ? telling : all).join(' ');
}
