/**
 * Shouting (3.2: a professional tone): capitals beyond acronyms, and runs of ! or ?.
 * Threshold: 3 or more consecutive all-capital words of 2+ letters that are not known acronyms,
 * or more than 60 % capitals over at least 12 letters outside acronyms. A single capitalised word
 * (« ATTENTION ») or acronyms (SPVM, PDF, 311, COVID, ALLÔ) are not shouting.
 */
import { charClass as charClassImport, codePointAt as codePointAtImport, width as widthImport } from './chars.ts';
/** Local bindings of the character helpers, read once: called for every character of a long text. */
const charClass = charClassImport, codePointAt = codePointAtImport, width = widthImport;

/** Acronyms and initialisms that are written in capitals on purpose. */
export const acronyms = new Set(
  `SPVM SQ GRC PDF URL COVID ALLÔ ALLO OK DG TR V3R FAQ SVP CHLN TVA SRC RDS CBC NB PS AM PM FM QC CA TI RH
  REM STM STTR UQTR CEGEP CÉGEP CIUSSS CISSS MCQ RAMQ SAAQ MRC CPE CLSC HLM OBNL OSBL BAPE MTQ MTMD PIB TPS TVQ
  HTML WIFI GPS SMS QR ID NIP USB PM2 BBQ ONU USA UK RV RSVP ASAP FYI BS VTT VUS`
    .split(/\s+/)
    .filter(Boolean),
);

export interface Stretch {
  start: number;
  end: number;
}

/** What one word adds: ignored (an acronym), its capitals and letters, and whether it is shouted. */
interface WordCaps {
  acronym: boolean;
  caps: number;
  letters: number;
  shouted: boolean;
}

/**
 * readWord's answers by word (a function of the word as written): a text repeats its accented words, and reading one
 * maps its case twice and cuts its letters out.
 */
const READ = new Map<string, WordCaps>();

/** A word with a letter outside ASCII: the general reading (case mappings of any script). */
function readWord(word: string): WordCaps {
  let out = READ.get(word);
  if (out !== undefined) return out;
  if (READ.size >= 5_000) READ.clear();
  READ.set(word, (out = { acronym: false, caps: 0, letters: 0, shouted: false }));
  const upperWord = word.toUpperCase();
  out.acronym = word === upperWord && acronyms.has(upperWord);
  if (out.acronym) return out;
  const onlyLetters = /[^\p{L}]/u.test(word) ? word.replace(/[^\p{L}]/gu, '') : word;
  const lower = onlyLetters.toLowerCase();
  let caps = 0;
  for (let k = 0; k < onlyLetters.length; k += 1) if (onlyLetters[k] !== lower[k]) caps += 1;
  out.caps = caps;
  out.letters = onlyLetters.length;
  out.shouted = onlyLetters.length >= 2 && onlyLetters === onlyLetters.toUpperCase() && onlyLetters !== lower;
  return out;
}

/** An ASCII word (apostrophes and hyphens aside): the same reading by character codes. */
function readAsciiWord(text: string, from: number, to: number, out: WordCaps): void {
  let caps = 0;
  let small = 0;
  for (let k = from; k < to; k += 1) {
    const c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) caps += 1;
    else if (c >= 97 && c <= 122) small += 1;
  }
  out.acronym = small === 0 && acronyms.has(text.slice(from, to));
  out.caps = caps;
  out.letters = caps + small;
  out.shouted = caps + small >= 2 && small === 0 && caps > 0;
}

const isJoiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 45;

/** Runs of 3+ shouted words, or the whole text when capitals dominate. Offsets into `text`. */
export function findShouting(text: string): Stretch[] {
  const out: Stretch[] = [];
  let runLength = 0;
  let runStart = 0;
  let runEnd = 0;
  let upper = 0;
  let letters = 0;
  const flush = (): void => {
    if (runLength >= 3) out.push({ start: runStart, end: runEnd });
    runLength = 0;
  };
  const w: WordCaps = { acronym: false, caps: 0, letters: 0, shouted: false };
  // Words as /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/u finds them, scanned by code point.
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cp = codePointAt(text, i);
    if (charClass(cp) === 3) {
      i += width(cp);
      continue;
    }
    const start = i;
    let ascii = true;
    let j = i;
    for (;;) {
      while (j < n) {
        const c = codePointAt(text, j);
        if (charClass(c) === 3) break;
        if (c >= 128) ascii = false;
        j += width(c);
      }
      if (j + 1 < n && isJoiner(text.charCodeAt(j))) {
        const c = codePointAt(text, j + 1);
        if (charClass(c) !== 3) {
          j += 1;
          continue;
        }
      }
      break;
    }
    i = j;
    // (An accented word's reading is shared, never changed: `w` is only the ASCII words' own.)
    const r = ascii ? (readAsciiWord(text, start, j, w), w) : readWord(text.slice(start, j));
    if (r.acronym) continue; // acronyms neither break nor extend a run
    upper += r.caps;
    letters += r.letters;
    if (r.shouted) {
      if (runLength === 0) runStart = start;
      runEnd = j;
      runLength += 1;
    } else flush();
  }
  flush();
  if (out.length === 0 && letters >= 12 && upper / letters > 0.6) {
    const start = text.length - text.trimStart().length;
    out.push({ start, end: text.trimEnd().length });
  }
  return out;
}

/** Runs of three or more ! or ? (« !!! », « ?!? »). */
export function findRepeatedPunctuation(text: string): Stretch[] {
  return [...text.matchAll(/[!?]{3,}/gu)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}
