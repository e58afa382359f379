/**
 * The lemma of a folded word (lowercase, no accents): the form shared by its plural, feminine and
 * verb forms, so a lexicon entry written once (« immigre », « parasite », « calisser ») matches
 * every inflection. Placeholder contract: `lemma(form)` is pure, total and linear in the word's
 * length; the 3.2 analyser (branch `lexical`) owns its implementation.
 */

/** Lemma (or stem) of one folded word. */
export function lemma(form: string): string {
  // Minimal first version: plural -s/-x dropped on words of 4+ letters.
  if (form.length >= 4 && (form.endsWith('s') || form.endsWith('x')) && !form.endsWith('ss')) return form.slice(0, -1);
  return form;
}
