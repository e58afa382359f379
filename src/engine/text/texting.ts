/**
 * Texting and joual spellings of the small words that frame a sentence (« ki », « pi », « dan », « su », « pu »; « lé »,
 * « dé », « cé » are read by normalize.ts, which still sees the accent), of plurals (« tranz », « junkiz », « mentalz ») and of initials spelled with their letter names (« bé-ès »):
 * read as the words they stand for, so that every analyser sees « les trans c'est des… » in « lé tranz c dé… ». A
 * word is read so only where its own sense cannot stand: « Dan pis moi », « y en a pu », « j'ai su la vérité » stay.
 * Linear: each token is looked at once, with the word before and after it.
 */

/** What follows a preposition or opens a noun phrase: « dan la rue », « su notre dos », « pu la pisse ». */
const PHRASE_OPENERS = new Set(['l\'', 'la', 'le', 'les', 'un', 'une', 'des', 'du', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'notre', 'nos', 'votre', 'vos', 'leur', 'leurs', 'ce', 'cet', 'cette', 'ces']);
/** The articles that a smell's cause opens with (« pu la pisse », « pu le swing », « pu des pieds »). */
const SMELL_OPENERS = new Set(['l\'', 'la', 'le', 'les', 'du', 'des']);
/** Subjects before « pu » read as « pue » (« ki pu », « ça pu »); after « a » or « en », « pu » is « plus » (« y en a pu »). */
const SMELLERS = new Set(['qui', 'ki', 'ca', 'sa', 'il', 'ils', 'elle', 'elles', 'y', 'yz', 'on', 'tu', "t'"]);
/** Auxiliaries before « su », the participle of savoir (« j'ai su la vérité »). */
const AUXILIARIES = new Set(['ai', 'as', 'a', 'avons', 'avez', 'ont', 'avait', 'avais', 'aurais', 'aurait', 'auraient', 'avaient', 'pas', 'jamais', 'rien', 'tout', 'su']);

/** Words whose texting spelling needs no context. */
const PLAIN: Readonly<Record<string, string>> = { ki: 'qui', ke: 'que', koi: 'quoi', pi: 'pis' };

/** The word a texting spelling stands for, from the folded word and its neighbours (folded forms), or undefined. */
export function textingWord(word: string, before: string, after: string): string | undefined {
  const plain = PLAIN[word];
  if (plain !== undefined) return plain;
  if (word === 'dan') return PHRASE_OPENERS.has(after) ? 'dans' : undefined;
  if (word === 'su') return PHRASE_OPENERS.has(after) && !AUXILIARIES.has(before) ? 'sur' : undefined;
  if (word === 'pu') return SMELLERS.has(before) && SMELL_OPENERS.has(after) ? 'pue' : undefined;
  return undefined;
}

/**
 * A plural written with « z » (« tranz », « junkiz », « arabz », « mentalz »): the plural it stands for when `fits` says
 * it is a known word; never a verb in « -ez » (« tuez ») or a short word (« riz », « gaz »).
 */
export function zPlural(word: string, fits: (w: string) => boolean): string | undefined {
  if (word.length < 4 || !word.endsWith('z') || word.endsWith('ez') || word.endsWith('zz') || !/^[a-z]+$/.test(word)) return undefined;
  const stem = word.slice(0, -1);
  const candidates = [stem + 's', stem + 'es', stem + 'x'];
  if (stem.endsWith('i')) candidates.push(stem.slice(0, -1) + 'ies');
  if (stem.endsWith('al')) candidates.push(stem.slice(0, -1) + 'ux');
  return candidates.find(fits);
}

/** Letter names, folded (« bé » → « be »), and the letter each spells; single letters spell themselves. */
const LETTER_NAMES: Readonly<Record<string, string>> = {
  be: 'b', ce: 'c', de: 'd', ef: 'f', effe: 'f', ge: 'g', ache: 'h', ach: 'h', ji: 'j', ka: 'k', el: 'l', elle: 'l', em: 'm', emme: 'm',
  en: 'n', enne: 'n', pe: 'p', ku: 'q', cu: 'q', er: 'r', erre: 'r', es: 's', esse: 's', te: 't', ve: 'v', ix: 'x', iks: 'x', zed: 'z', zede: 'z',
};
/** The letter a part of spelled initials stands for (« bé », « b »), or undefined. No name is longer than four letters: a longer
 *  word (asked of every word before a period) is not looked up. */
export const letterOf = (part: string): string | undefined => (part.length === 1 && part >= 'a' && part <= 'z' ? part : part.length > 4 ? undefined : LETTER_NAMES[part]);
