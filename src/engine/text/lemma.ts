/**
 * The lemma of a folded word (lowercase, no accents): a stem shared by its plural, feminine and
 * verb forms, so a lexicon entry written once (« calisser », « idiot », « niaiseux ») matches every
 * inflection (« câlissé », « décâlissez », « idiotes », « niaiseuses »).
 *
 * A light stemmer written for this job rather than Snowball's French stemmer (@nlpjs/lang-fr,
 * snowball-stemmers): measured in the README (« Mots, pas chaînes »), Snowball costs 10–36 KB gzip
 * in the simulator page and conflates derivations that must stay apart (« ignorant » and
 * « ignorer », « connerie » and « conne »), while this one only undoes inflection: plural, feminine,
 * past participle and the frequent verb endings. It is pure, total, and linear in the word's length
 * (one pass over a bounded list of endings).
 */

/** Endings removed after the plural, longest first; each needs a stem of 3+ letters left (2 when replaced). */
const ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ['eraient', ''], ['erions', ''], ['eriez', ''], ['erons', ''], ['eront', ''], ['aient', ''],
  ['erais', ''], ['erait', ''], ['erai', ''], ['eras', ''], ['era', ''], ['euse', 'eu'], ['eur', 'eu'], ['eux', 'eu'],
  ['enne', 'en'], ['onne', 'on'], ['ette', 'et'], ['ive', 'if'],
  ['ait', ''], ['iez', ''], ['ions', ''], ['er', ''], ['ez', ''], ['ee', ''], ['e', ''],
];

/** Words that end in -s or -x without being plurals. */
const INVARIABLE = new Set(
  `vous nous tous plus sous dans mais alors jamais toujours depuis parfois puis dessus dessous moins trois
  corps temps fois pays prix voix choix paix croix deux mieux ceux eux aux jadis pres apres tres ailleurs lors
  gens dos bras bois mois avis refus gras gros bas las pis cas repas discours secours cours concours succes acces proces propos`
    .split(/\s+/)
    .filter(Boolean),
);

/** Lemma (stem) of one folded word; short words (under 4 letters) are returned as they are. */
export function lemma(form: string): string {
  if (form.length < 4 || INVARIABLE.has(form)) return form;
  let word = form;
  // Plural: -s, -x (« niaiseux » keeps its x: -eux is an ending of its own below).
  if ((word.endsWith('s') && !word.endsWith('ss')) || (word.endsWith('x') && !word.endsWith('eux'))) word = word.slice(0, -1);
  for (const [ending, replacement] of ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= (replacement === '' ? 3 : 2)) {
      const stem = word.slice(0, word.length - ending.length) + replacement;
      // « chinoise » → « chinois » → « chinoi », like « chinois »; « calisse » keeps « caliss ».
      return replacement === '' && /[^s]s$|x$/.test(stem) && stem.length >= 4 ? stem.slice(0, -1) : stem;
    }
  }
  return word;
}
