/**
 * A compact French/English scorer for short replies (3.2: interventions are in French, technical
 * terms allowed). It counts function words and frequent words of each language on the normalised
 * text, after setting aside what carries no language: URLs, e-mail addresses, numbers, emoji,
 * technical terms and brand names (PDF, Wi-Fi, Facebook…), and capitalised words inside a sentence
 * (proper names: « Monday », « Trois-Rivières »). Accented letters count for French.
 * Chosen over franc-min, which needs long texts (see the README, « Détection de la langue », and language.test.ts).
 */
import { fold } from './normalize.ts';
import { sentences } from './sentences.ts';

const FRENCH = new Set(
  `le la les l un une des du de d et est sont au aux dans pour par sur avec sans pas ne n que qu qui quoi ce cet cette ces c se s
  nous vous je j il ils elle elles leur leurs notre nos votre vos mon ma mes ton ta tes sa ses merci bonjour bonsoir bonne bon journee
  soiree semaine bienvenue tous toutes tout oui mais ou donc car si tres bien aussi avez avons ont etait etre sera ete fait faire
  peut pouvez pouvons doit lien ici voici voila aujourd hui demain hier lundi mardi mercredi jeudi vendredi samedi dimanche fermee
  ouvert ouverte heures heure rue collecte svp plait desole desolee suivre trouver disponible prochain prochaine avis ville
  aujourd'hui y apres avant entre chez comme deja encore toujours jamais rien quand comment pourquoi combien quel quelle
  quels quelles sont ceci cela ca m t lui eux moi toi fin bonne-journee salut allo francais reponse adresse courriel telephone`
    .split(/\s+/)
    .filter(Boolean),
);
const ENGLISH = new Set(
  `the and is are was were be been being we you your yours our ours they them their it its this that these those of to in for
  with without from at by not yes please thanks thank sorry hello hi welcome closed open today tomorrow yesterday will would can
  could should shall have has had do does did done there here what when where why how who which my i he she us him her all any
  some more about call street hours day week great good bye just only also if so now again see know get need let
  dont cant im youre were thats isnt arent wont didnt doesnt available soon next out wait until back find link click
  english french speak after before every each evening morning night afternoon tonight free people time year years
  new old first last city town park parks pool road roads snow garbage trash recycling pickup month months schedule
  delayed cancelled canceled than then because while into over under very much many most other same still even like
  make made take want go going come work working fix fixed through during must might`
    .split(/\s+/)
    .filter(Boolean),
);
/** Words that carry no language in a Québec reply: technical terms, brands, interjections shared by both. */
const NEUTRAL = new Set(
  `ok okay pdf wifi wi-fi url web app apps email e-mail facebook instagram twitter x tiktok youtube linkedin google maps zoom teams
  qr code www http https com net ca org covid gps sms wow bravo stop parking hashtag emoji selfie live online`
    .split(/\s+/)
    .filter(Boolean),
);
const FRENCH_ELISION = /^(?:l|d|j|qu|n|s|c|m|t|jusqu|lorsqu|puisqu)'(.+)$/u;
const ENGLISH_CONTRACTION = /^(.+)'(?:s|t|re|m|ll|ve|d)$/u;
const IGNORED = /(?:https?:\/\/|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w-])[\w-]+\.(?:com|net|ca|org|qc\.ca)\b\S*/gu;

export type Language = 'fr' | 'en' | 'unknown';

export interface LanguageScore {
  fr: number;
  en: number;
}

/** Counts French and English signals in one stretch of text (original and normalised forms). */
export function scoreLanguage(original: string, normalized: string): LanguageScore {
  let fr = /[éèêàùçôîâëûœ]/iu.test(original) ? 1 : 0;
  let en = 0;
  const maybeAddress = /@|www|https?:|\.[a-z]{2}/iu.test(original);
  const orig = maybeAddress ? original.replace(IGNORED, ' ') : original;
  const norm = maybeAddress ? normalized.replace(IGNORED, ' ') : normalized;
  const origWords = orig.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  const normWords = norm.match(/[\p{L}\p{N}'-]+/gu) ?? [];
  if (origWords.length !== normWords.length) return { fr, en };
  const isCapitalised = (o: string): boolean => o.charAt(0) !== o.charAt(0).toLowerCase();
  normWords.forEach((raw, i) => {
    if (NEUTRAL.has(raw)) return;
    let word = raw;
    let bonus: 'fr' | 'en' | undefined;
    if (word.includes("'")) {
      const elision = FRENCH_ELISION.exec(word);
      const contraction = elision ? null : ENGLISH_CONTRACTION.exec(word);
      if (elision) [bonus, word] = ['fr', elision[1] ?? ''];
      else if (contraction) [bonus, word] = ['en', contraction[1] ?? ''];
    }
    const parts = word.includes('-') ? word.split('-') : [word];
    let f = bonus === 'fr' ? 1 : 0;
    let e = bonus === 'en' ? 1 : 0;
    for (const part of parts) {
      if (FRENCH.has(part)) f += 1;
      else if (ENGLISH.has(part)) e += 1;
    }
    if (f === 0 && e === 0) return;
    // A capitalised word inside the sentence is a proper name (Monday, Trois-Rivières) or an acronym.
    if (i > 0 && isCapitalised(origWords[i] ?? '')) return;
    fr += f;
    en += e;
  });
  return { fr, en };
}

/** The language of a whole text: 'unknown' when it holds no signal of either (technical terms alone). */
export function detectLanguage(text: string): Language {
  let fr = 0;
  let en = 0;
  for (const s of sentences(text)) {
    const score = scoreLanguage(s.text, fold(s.text));
    fr += score.fr;
    en += score.en;
  }
  if (fr === en) return 'unknown';
  return fr > en ? 'fr' : 'en';
}

export interface ForeignStretch {
  /** Offsets in the original text. */
  start: number;
  end: number;
  /** True when the evidence is strong (≥ 3 English words, at least twice the French ones). */
  confident: boolean;
}

/**
 * Sentences written in English, with their offsets in `text`.
 */
export function findEnglish(text: string): ForeignStretch[] {
  const out: ForeignStretch[] = [];
  for (const s of sentences(text)) {
    const { fr, en } = scoreLanguage(s.text, fold(s.text));
    if (en === 0 || en <= fr) continue;
    out.push({ start: s.start, end: s.end, confident: en >= 3 && en >= 2 * fr });
  }
  return out;
}
