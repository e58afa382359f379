/**
 * « Our place is turning foreign » (3.2, derogation by allusion): nothing is said of a people, our place is said to become
 * theirs, and the reader draws the conclusion. The word classes of the trope, read by hint.ts with its guards (a people or a
 * wink beside it, counter-speech, someone else's words, a welcome), so a warning to check, never an error:
 * - CLUES (FOREIGN) that stand for a people: a place of ours that « est rendu / devient / version / Petit(e) / on se croirait
 *   à » a foreign place (« c'est rendu Bagdad », « version Port-au-Prince », « rendu la petite Somalie », « on se croirait sur une
 *   plage en Tunisie »); beside a wink (« 🙄 », « 🤔 ») that is the hint. Travel says the same places: a place become,
 *   not reached (« je suis rendu au Maroc » has « au »); praise and food say them without a wink (« on se croirait au Maroc
 *   avec les épices »). Europe is left out (« on se croirait en Italie »).
 * - HINTS (HOME) beside a people named: no longer at home (« on se sent pu chez nous »), a souk or a bazar (« un bazar avec des
 *   minarets »: the house of worship is the people, a clue already).
 * - Both at once (OWN), a hint that is its own people: « pour une fois » still at home (« pour une fois on se sentait encore
 *   chez nous », at our own celebration).
 * Kept small for the worker's budget: the class of places is a list (a reader deriving countries from the peoples'
 * names cost four times as much), the interpreter needed to shop and the stranger in one's own quartier are left for later.
 */
/**
 * Foreign places the trope names: countries and cities of the peoples lexicon-groups.ts names, in Africa, the Arab world, Asia
 * and Latin America (« Port-au-Prince » by its first word). Europe is left out: « on se croirait en Italie » is praise.
 */
const ABROAD = 'haiti|port|kaboul|bagdad|beyrouth|mogadiscio|tunisie|maroc|algerie|somalie|syrie|afghanistan|afrique|mexique|pakistan|irak|iran|congo|kinshasa';
/**
 * A place become another (« rendu », « devient », « version »): become, never reached (no « à / au / en »). Not « le petit
 * Maroc » alone: a restaurant is named so (« le petit Maroc a le meilleur couscous 😉 »).
 */
const TURN = 'rendu|rendue|devenu|devient|devenir|version';
/** On its own: « pour une fois » still at home, a hint that is its own people. */
export const OWN = 'pour une fois on se? ~sentir encore chez nous';
/**
 * Clues that stand for a people (hint.ts reads them beside a wink or a hint): our place become a foreign place, right after
 * its verb or a few words after « on se croirait » (not « on dirait »: hint.ts reads a sentence that names what was said, « dire », as no wink) (« on se croirait sur une plage en … »).
 */
export const FOREIGN = [`${TURN} la|le|un|une? petit|petite? ${ABROAD}`, `croirait *? *? *? a|au|aux|en|la|le ${ABROAD}`, OWN];
/**
 * No longer at home (« on se sent pu chez nous »), a souk or a bazar: hints beside a people. (Not « je me sens étranger dans
 * mon propre quartier »: its « étranger » is a people of its own to hint.ts, and gentrification says it too.)
 */
export const HOME = ['~sentir|~etre plus|pu chez nous', 'souk|souks|bazar', OWN];
