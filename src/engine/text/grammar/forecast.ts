/**
 * A mocking forecast of what a people, or a service that stands for them, will do to others (3.2, derogation without a
 * degrading word): the shops nearby wished good luck (« bonne chance aux dépanneurs du coin »), the trades that gain from a
 * disorder (« la SAQ va faire son meilleur chiffre », « les serruriers vont être contents »), the neighbours to brace for
 * (« préparez-vous à avoir des nouveaux voisins »), or no change at all where the others are said to be the same already
 * (« on verra aucune différence avec d'habitude » of workers on strike, « ça changera pas grand-chose au monde qui reste
 * là »). Nothing is said of the people: the reader draws the conclusion.
 *
 * The same words are said in earnest every day (« bonne chance aux commerçants pendant les travaux », « préparez-vous à
 * avoir des nouveaux voisins, allez leur dire bonjour »), so a forecast counts only with a sign of irony in its sentence: a
 * wink or an emoji mood other than warmth (stream.ts), a sneer (« hein », « lol », question.ts), a mock reassurance
 * (« faites-vous-en pas »). hint.ts then reads it as one more hint, with its guards and its people in reach (a people named,
 * a clue, a service such as « refuge »); a strike stands for its own workers. A warning to check, never an error.
 */
import { SNEER } from './question.ts';
import { compile, fills, findAllIn, keyOf, wordSet } from './patterns.ts';
import type { Stream } from './stream.ts';

/** Those said to bear a people's arrival: the shops and the neighbours (not the residents or workers of a service). */
const BYSTANDERS = '+commercant|+commerce|+depanneur|+marchand|+magasin|+epicerie|+boutique|+voisin|+proprio';
/** Trades that gain from a disorder: the liquor store, the corner store's beer, locks, glass, pawn. */
const TRADES = 'saq|+depanneur|+serrurier|+vitrier|+pawnshop';
/** What a forecast says of others. */
const FORECASTS = compile([
  // Good luck to those nearby.
  `bonne chance|courage a|aux|au ${BYSTANDERS}`,
  // A trade's windfall (« le dépanneur va faire son meilleur chiffre », « les serruriers vont être contents »).
  `${TRADES} ~aller|~etre? ~faire son|sa|leur|leurs|un|une|de|des|d'? meilleur|meilleure|gros|grosse|bon|bonne|bonnes|belles? +chiffre|+argent|+fortune|+affaire|+vente|+annee|+record`,
  `${TRADES} ~aller|~etre? ~etre +content|+heureux|+ravi`,
  // Brace for it (« préparez-vous à avoir des nouveaux voisins », « attendez-vous à voir du nouveau monde »).
  '~preparer|~attendre|~habituer vous|toi a|au',
]);
/** No change, the others being the same already (« aucune différence avec d'habitude », « ça changera rien au monde qui reste là »). */
const SAME = compile([
  "aucune|pas|pu|plus de|la? +difference avec|que|qu' d'|l' +habitude|+ordinaire",
  '~changer pas|pu|plus|rien grand? chose|rien? a|au|aux|pour le|les? monde|gens|+resident|+habitant|+locataire|+voisin',
]);
/** A strike stands for its own workers. */
const STRIKE = wordSet(['+greve', '~greviste', '+debrayage', '+syndique'], false);
/** Reassurance or luck that mocks (« faites-vous-en pas », « ben bonne chance »). */
const MOCK = compile(['faites|fais vous|toi en pas', 'inquietez|inquiete vous|toi pas', 'ben|bien bonne chance']);

/**
 * The mocking forecasts, each with 2 when it stands for its own people (a strike named beside no change) or 1 when hint.ts
 * must find the people (a service counts). One pass over the words and the matches.
 */
export function forecasts(s: Stream): Array<[number, number, number]> {
  const n = s.words.length;
  const out: Array<[number, number, number]> = [];
  if (n === 0) return out;
  const sentences = s.sentence[n - 1]! + 1;
  const ironic = new Uint8Array(sentences);
  const struck = new Uint8Array(sentences);
  // (An emoji closes the word before it; moods come as pairs, warmth « ❤ » sorting before the others.)
  for (const at of s.winkAt) if (at > 0) ironic[s.sentence[at - 1]!] = 1;
  for (let k = 0; k < s.moods.length; k += 2) if (s.moods[k]! > '❤' && (s.moods[k + 1] as number) > 0) ironic[s.sentence[(s.moods[k + 1] as number) - 1]!] = 1;
  for (let i = 0; i < n; i += 1) {
    if (SNEER.has(keyOf(s.words[i]!))) ironic[s.sentence[i]!] = 1;
    if (fills(STRIKE, s.words[i])) struck[s.sentence[i]!] = 1;
  }
  for (const [a] of findAllIn(s, MOCK)) ironic[s.sentence[a]!] = 1;
  for (const [a, b] of findAllIn(s, FORECASTS)) if (ironic[s.sentence[a]!]) out.push([a, b, 1]);
  for (const [a, b] of findAllIn(s, SAME)) {
    const k = s.sentence[a]!;
    if (ironic[k]) out.push([a, b, struck[k] || (k > 0 && struck[k - 1]) ? 2 : 1]);
  }
  return out;
}
