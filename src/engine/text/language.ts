/**
 * A compact language scorer for short replies (3.2: interventions are in French, technical terms
 * allowed): French against English, Spanish, Italian, German and Portuguese, plus any sentence
 * written mostly in another script (Cyrillic, Arabic, CJK…), plus English words dropped into a
 * French sentence (« le parc est open tout l'été, enjoy! »). It counts function words and frequent words of each language on the normalised
 * text, after setting aside what carries no language: URLs, e-mail addresses, numbers, emoji,
 * technical terms and brand names (PDF, Wi-Fi, Facebook…), and capitalised words inside a sentence
 * (proper names: « Monday », « Trois-Rivières »). Accented letters count for French.
 * Chosen over franc-min and tinyld, which need longer texts and weigh 20–300 KB gzip (see the README,
 * « Détection de la langue », and language.test.ts).
 */
import { charClass as charClassImport, charsSlot, codePointAt as codePointAtImport, width as widthImport } from './chars.ts';
import { fold } from './normalize.ts';
import { sentences } from './sentences.ts';
/** Local bindings of the character helpers, read once: called for every character of a long text. */
const charClass = charClassImport, codePointAt = codePointAtImport, width = widthImport;

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
/** True for a word of that list (disguise.ts reads a short one back from a digit: « t0i », « m0i »). */
export const isCommonFrench = (w: string): boolean => FRENCH.has(w);
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
/**
 * True when the words (normalised forms) hold at least three frequent English words and more than the frequent French
 * ones: a comment written in English. Its unknown words are English, never French misspelt (« made » is no « marde »,
 * « batch » no « bitch »), so the misspelling and gluing guesses stay out of it. One pass.
 */
export function mostlyEnglish(tokens: ReadonlyArray<{ readonly form: string; readonly norm: string }>, byNorm: boolean): boolean {
  // The grammar's stream and the 3.2 reading ask it of the same token array in turn (tokens are never changed after the scan).
  if (lastEnglish !== undefined && lastEnglish.tokens === tokens && lastEnglish.byNorm === byNorm) return lastEnglish.english;
  let en = 0;
  let fr = 0;
  // (Read in place: no array of 20 000 words made for one count. The field is read by name in the code, never by a string:
  // the built worker renames the properties, `bench:equivalence -- dist` showed it.)
  for (let k = 0; k < tokens.length; k += 1) {
    const t = tokens[k]!;
    const w = byNorm ? t.norm : t.form;
    if (ENGLISH.has(w)) en += 1;
    else if (FRENCH.has(w)) fr += 1;
  }
  const english = en >= 3 && en > fr;
  lastEnglish = { tokens, byNorm, english };
  return english;
}
/** The last answer of mostlyEnglish, with the array it read (see there). */
let lastEnglish: { readonly tokens: ReadonlyArray<unknown>; readonly byNorm: boolean; readonly english: boolean } | undefined;
/** Words that carry no language in a Québec reply: technical terms, brands, interjections shared by both. */
const NEUTRAL = new Set(
  `ok okay pdf wifi wi-fi url web app apps email e-mail facebook instagram twitter x tiktok youtube linkedin google maps zoom teams
  qr code www http https com net ca org covid gps sms wow bravo stop parking hashtag emoji selfie live online`
    .split(/\s+/)
    .filter(Boolean),
);
const words = (list: string): Set<string> => new Set(list.split(/\s+/).filter(Boolean));
/**
 * Frequent words of the other languages of Europe most often met, folded, leaving out every word
 * that is also French (« de », « la », « il », « es », « son », « non », « mais », « du », « nos »).
 */
const OTHERS: ReadonlyArray<readonly [Exclude<Language, 'fr' | 'en' | 'unknown' | 'other'>, Set<string>]> = [
  ['es', words(`el los del por para una unos unas esta estan estamos muy pero tambien gracias hola buenos buenas dias
    manana noche abierto abierta cerrado cerrada todo todos verano invierno nuestro nuestra ustedes usted
    puede pueden hay aqui cuando donde como este estos esto eso tiene tienen hacer sitio ciudad calle gratis semana hoy
    ayer porque gente buen lunes martes miercoles jueves viernes sabado domingo bueno nada muchas muchos gusto saludos favor necesito quiero hasta luego`)],
  ['it', words(`lo gli della delle dello degli nel nella sono che grazie ciao buongiorno buonasera questo questa molto
    anche tutto tutti tutta parco aperto chiuso estate oggi domani ieri siamo siete hanno abbiamo perche citta strada
    per chiusa chiuse aperta trova lunedi martedi mercoledi giovedi venerdi sabato domenica sempre ancora dove quando essere stato fatto prego piacere allora sara bene bella bello niente qualcosa vostro nostro`)],
  ['de', words(`der die das und ist nicht ein eine einen mit fur auf den dem zu von wir sie ich sind haben hat
    geoffnet geschlossen heute morgen danke bitte hallo guten ganzen sommer stadt strasse wird werden kann konnen auch
    montag dienstag mittwoch donnerstag freitag samstag sonntag noch nur sehr bei aus nach uber im dass wie was wo wann ihr ihre unser unsere diese dieser jetzt immer gibt`)],
  ['pt', words(`das na nas um uma obrigado obrigada ola bom boa aberto fechado verao cidade rua nao muito
    tambem voce voces hoje amanha semana sao ser ter tem aqui onde pelo pela isso isto esse essa ele ela eles
    elas nosso nossa sua seu aberta dia segunda terca quarta quinta sexta tudo ainda depois entao`)],
];
/**
 * English words that never mean anything in a French sentence; one of them in a French sentence is
 * franglais (a warning), unless it is a technical term (NEUTRAL) or a proper name (capitalised).
 */
const FRANGLAIS = words(`the and is are was were you your we our they it this that with from thanks thank sorry please
  hello hi welcome open closed today tomorrow tonight will would can could should have has do does see ya know get need
  check checker checkez enjoy cool nice full chill anyway anyways whatever cute party deal awesome amazing great good bye
  btw fyi asap event meeting feedback update updates stay tuned join soon free just yes guys everyone`);
/** English words of ENGLISH that are also French words (folded): never franglais on their own. */
const ALSO_FRENCH = words(`in for ours these here he us more about if let dont out pool go must`);
/**
 * Every other word of ENGLISH is franglais too when it stands alone (« le parc est closed »,
 * « cancelled ce soir »), not inside a French compound (« week-end »).
 */
const ENGLISH_ALONE = new Set([...ENGLISH].filter((w) => w.length > 1 && !ALSO_FRENCH.has(w)));
/** English words that are also French slang (« ya » for « il y a »): English only right after another English word (« see ya »). */
const AFTER_ENGLISH = words('ya');
/** Letters of a script other than Latin (a sentence mostly in them is in another language). */
const NON_LATIN_ALL = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Devanagari}]/gu;

const FRENCH_ELISION = /^(?:l|d|j|qu|n|s|c|m|t|jusqu|lorsqu|puisqu)'(.+)$/u;
const ENGLISH_CONTRACTION = /^(.+)'(?:s|t|re|m|ll|ve|d)$/u;
const IGNORED = /(?:https?:\/\/|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w-])[\w-]+\.(?:com|net|ca|org|qc\.ca)\b\S*/gu;

export type Language = 'fr' | 'en' | 'es' | 'it' | 'de' | 'pt' | 'other' | 'unknown';

/** Signals of each language in a stretch of text (counts of words, or of letters for another script). */
export type LanguageScore = Record<Exclude<Language, 'unknown'>, number>;

const FOREIGN: ReadonlyArray<Exclude<Language, 'fr' | 'unknown'>> = ['en', 'es', 'it', 'de', 'pt', 'other'];

/** A word of a stretch, with its offsets in the stretch and the language it signals. */
interface Word {
  start: number;
  end: number;
  /** Franglais candidate: an English word that is never French, not a technical term, not a name. */
  english: boolean;
}

/** A character of a word: a letter, a digit, an apostrophe or a hyphen. */
const inWord = (cp: number): boolean => cp === 39 || cp === 0x2019 || cp === 45 || charClass(cp) !== 3;
const ACCENTED = /[éèêàùçôîâëûœ]/iu;
const NON_ASCII = /[^\x00-\x7f]/;
const LETTER = /\p{L}/u;
/** Longer than any word the lists hold (« anticonstitutionnellement » is 25). */
const MAX_WORD = 40;
const SPELLING: ReadonlyArray<readonly [keyof LanguageScore, RegExp]> = [
  ['es', /[ñ¿¡áíóú]/giu],
  ['pt', /[ãõ]/giu],
  ['de', /[ßäöü]/giu],
  ['it', /[ìò]|(?<![\p{L}])è(?![\p{L}])/giu],
];

/**
 * Latin letters that neither French nor the languages above write (Polish « ę ł ś », Czech « ř ů »,
 * Hungarian « ő », Nordic « ø å », Romanian « ș ț », Turkish « ğ ı », Vietnamese…): a word holding one
 * is in another language, whichever it is.
 */
const FOREIGN_LETTER = /[ąćęłńśźżčďěňřšťůžőűøåășțşğıđơưýþðėįųūķļņģ\u1EA0-\u1EF9]/iu;

/** Any letter that SPELLING or ACCENTED looks for: without one, a stretch needs neither (one test, not five). */
const SPECIAL_LETTER = /[ñ¿¡áíóúãõßäöüìòèéêàùçôîâëûœ]/iu;

/** What a word says about its language: a function of the word as written, so it is computed once per spelling. */
interface WordInfo {
  /** Letters of another script (the word then counts only there). */
  readonly nonLatin: number;
  /** Too long, or no letter: counts only its length as Latin text. */
  readonly skip: boolean;
  /** Starts with a capital (a proper name or an acronym when inside a sentence). */
  readonly capitalised: boolean;
  /** A technical term or a brand (no language). */
  readonly neutral: boolean;
  /** Signals it adds to each language. */
  readonly counts: Readonly<LanguageScore>;
  /** One of its parts is an English word that is never French, and it has no French accent. */
  readonly franglais: boolean;
  /** One of its parts is English only after another English word (« see ya »). */
  readonly afterEnglish: boolean;
  /** It holds a Latin letter that French never writes (FOREIGN_LETTER). */
  readonly foreignLetter: boolean;
}

const NO_COUNTS: LanguageScore = { fr: 0, en: 0, es: 0, it: 0, de: 0, pt: 0, other: 0 };

function readWord(raw: string): WordInfo {
  const ascii = !NON_ASCII.test(raw);
  const nonLatin = ascii ? 0 : (raw.match(NON_LATIN_ALL)?.length ?? 0);
  const capitalised = raw.charAt(0) !== raw.charAt(0).toLowerCase();
  const base = { nonLatin, skip: false, capitalised, neutral: false, counts: NO_COUNTS, franglais: false, afterEnglish: false, foreignLetter: false };
  if (nonLatin > 0) return base;
  // No word of any language is this long, or has no letter (a run of dashes or apostrophes).
  if (raw.length > MAX_WORD || !LETTER.test(raw)) return { ...base, skip: true };
  let word = ascii ? raw.toLowerCase() : fold(raw);
  if (NEUTRAL.has(word)) return { ...base, neutral: true };
  let bonus: 'fr' | 'en' | undefined;
  if (word.includes("'")) {
    const elision = FRENCH_ELISION.exec(word);
    const contraction = elision ? null : ENGLISH_CONTRACTION.exec(word);
    if (elision) [bonus, word] = ['fr', elision[1] ?? ''];
    else if (contraction) [bonus, word] = ['en', contraction[1] ?? ''];
  }
  const counts: LanguageScore = { fr: bonus === 'fr' ? 1 : 0, en: bonus === 'en' ? 1 : 0, es: 0, it: 0, de: 0, pt: 0, other: 0 };
  let franglais = false;
  let afterEnglish = false;
  const accented = ACCENTED.test(raw);
  for (const part of word.includes('-') ? word.split('-') : [word]) {
    if (FRENCH.has(part)) counts.fr += 1;
    else if (ENGLISH.has(part)) counts.en += 1;
    else for (const [lang, list] of OTHERS) if (list.has(part)) counts[lang] += 1;
    // An accented word is not English (« thé » folds to « the »).
    if ((FRANGLAIS.has(part) || (part === word && ENGLISH_ALONE.has(part))) && !FRENCH.has(part) && !accented) franglais = true;
    if (AFTER_ENGLISH.has(part)) afterEnglish = true;
  }
  return { ...base, counts, franglais, afterEnglish, foreignLetter: !ascii && FOREIGN_LETTER.test(raw) };
}

/**
 * What each word says, found by its characters before any string is cut (as tokens.ts does): one slot per
 * hash of the characters, a newer word taking the slot of an older one. A long paste repeats a few
 * thousand words; each is then read without cutting it out, and readWord runs once per spelling.
 */
const SEEN_BITS = 14;
const SEEN_WORDS = new Array<string | undefined>(1 << SEEN_BITS).fill(undefined);
const SEEN_INFO = new Array<WordInfo | undefined>(1 << SEEN_BITS).fill(undefined);
/** readWord of text[from, to). */
function wordInfoAt(text: string, from: number, to: number): WordInfo {
  const slot = charsSlot(text, from, to, SEEN_BITS);
  const seen = SEEN_WORDS[slot];
  if (seen !== undefined && seen.length === to - from && text.startsWith(seen, from)) return SEEN_INFO[slot]!;
  const raw = text.slice(from, to);
  const info = readWord(raw);
  SEEN_WORDS[slot] = raw;
  SEEN_INFO[slot] = info;
  return info;
}

/** Counts the signals of each language in one stretch of text, and lists its English words. */
function analyse(original: string): { score: LanguageScore; words: Word[] } {
  const score: LanguageScore = { fr: 0, en: 0, es: 0, it: 0, de: 0, pt: 0, other: 0 };
  // Letters that only another language writes (« ñ », « ¿ », « ß », « ã »): one signal each, added
  // after the words; French accents count once, alone.
  const spelledAs: Array<readonly [keyof LanguageScore, number]> = [];
  if (SPECIAL_LETTER.test(original)) {
    for (const [lang, re] of SPELLING) {
      re.lastIndex = 0;
      const n = original.match(re)?.length ?? 0;
      if (n > 0) spelledAs.push([lang, n]);
    }
    if (spelledAs.length === 0 && ACCENTED.test(original)) score.fr += 1;
  }
  const found: Word[] = [];
  const text = /@|www|https?:|\.[a-z]{2}/iu.test(original) ? original.replace(IGNORED, (m) => ' '.repeat(m.length)) : original;
  let latin = 0;
  /** Words spelt with a letter French never writes (counted for 'other' once the script test is done). */
  let lettered = 0;
  let first = true;
  let previousEnglish = false;
  // Words as /[\p{L}\p{N}'’-]+/u finds them, scanned by code point.
  const n = text.length;
  for (let i = 0; i < n; ) {
    const cp = codePointAt(text, i);
    if (!inWord(cp)) {
      i += width(cp);
      continue;
    }
    const index = i;
    i += width(cp);
    for (let c = i < n ? codePointAt(text, i) : -1; c >= 0 && inWord(c); c = i < n ? codePointAt(text, i) : -1) i += width(c);
    const info = wordInfoAt(text, index, i);
    if (info.nonLatin > 0) {
      score.other += info.nonLatin;
      first = false;
      continue;
    }
    latin += i - index;
    if (info.skip) continue;
    const capitalised = !first && info.capitalised;
    first = false;
    if (info.neutral) continue;
    if (info.foreignLetter) lettered += 1;
    const english: boolean = info.franglais || (info.afterEnglish && previousEnglish);
    // A capitalised word inside the sentence is a proper name (Monday, Trois-Rivières) or an acronym.
    if (capitalised) continue;
    const c = info.counts;
    score.fr += c.fr;
    score.en += c.en;
    score.es += c.es;
    score.it += c.it;
    score.de += c.de;
    score.pt += c.pt;
    if (english) found.push({ start: index, end: i, english });
    previousEnglish = english;
  }
  // Another script counts only when it dominates the sentence (a name in Chinese inside French does not).
  if (score.other < 2 || score.other < latin) score.other = 0;
  // Letters name a language only beside one of its words: « ö » and « ü » alone are German, Hungarian, Turkish…
  for (const [lang, n] of spelledAs) {
    if (score[lang] > 0) score[lang] += n;
    else lettered += 1;
  }
  score.other += lettered;
  return { score, words: found };
}

/** Counts French and foreign signals in one stretch of text. */
export function scoreLanguage(original: string): LanguageScore {
  return analyse(original).score;
}

/** The strongest foreign language of a score, and its count. */
function strongestForeign(score: LanguageScore): [Exclude<Language, 'fr' | 'unknown'>, number] {
  let best: Exclude<Language, 'fr' | 'unknown'> = 'en';
  for (const lang of FOREIGN) if (score[lang] > score[best]) best = lang;
  return [best, score[best]];
}

/** The language of a whole text: 'unknown' when it holds no signal (technical terms alone) or a tie. */
export function detectLanguage(text: string): Language {
  const total: LanguageScore = { fr: 0, en: 0, es: 0, it: 0, de: 0, pt: 0, other: 0 };
  for (const s of sentences(text)) {
    const score = scoreLanguage(s.text);
    for (const lang of Object.keys(total) as Array<keyof LanguageScore>) total[lang] += score[lang];
  }
  const [lang, count] = strongestForeign(total);
  if (total.fr === count) return 'unknown';
  return total.fr > count ? 'fr' : lang;
}

export interface ForeignStretch {
  /** Offsets in the original text. */
  start: number;
  end: number;
  /** The language it is written in ('other': another script). */
  language: Exclude<Language, 'fr' | 'unknown'>;
  /** 'sentence': a sentence in another language; 'word': English words in a French sentence (franglais). */
  scope: 'sentence' | 'word';
  /** True when the evidence is strong (a sentence with ≥ 3 foreign words, at least twice the French ones). */
  confident: boolean;
}

/** Sentences written in another language, and English words inside French sentences, with their offsets in `text`. */
export function findForeign(text: string): ForeignStretch[] {
  const out: ForeignStretch[] = [];
  for (const s of sentences(text)) {
    const { score, words: found } = analyse(s.text);
    const [language, count] = strongestForeign(score);
    if (count > score.fr) {
      const strong = language === 'other' ? count >= 4 : count >= 3 && count >= 2 * score.fr;
      out.push({ start: s.start, end: s.end, language, scope: 'sentence', confident: strong });
      continue;
    }
    // Franglais: neighbouring English words make one stretch (« see ya »).
    let open: ForeignStretch | undefined;
    for (const w of found) {
      const start = s.start + w.start;
      if (open && /^[\s,]*$/u.test(text.slice(open.end, start))) open.end = s.start + w.end;
      else out.push((open = { start, end: s.start + w.end, language: 'en', scope: 'word', confident: false }));
    }
  }
  return out;
}
