/**
 * Shouting (3.2: a professional tone): capitals beyond acronyms, and runs of ! or ?.
 * Threshold: 3 or more consecutive all-capital words of 2+ letters that are not known acronyms,
 * or more than 60 % capitals over at least 12 letters outside acronyms. A single capitalised word
 * (« ATTENTION ») or acronyms (SPVM, PDF, 311, COVID, ALLÔ) are not shouting.
 */

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

/** Runs of 3+ shouted words, or the whole text when capitals dominate. Offsets into `text`. */
export function findShouting(text: string): Stretch[] {
  const out: Stretch[] = [];
  const wordRe = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
  let runLength = 0;
  let runStart = 0;
  let runEnd = 0;
  let upper = 0;
  let letters = 0;
  const flush = (): void => {
    if (runLength >= 3) out.push({ start: runStart, end: runEnd });
    runLength = 0;
  };
  for (let w = wordRe.exec(text); w !== null; w = wordRe.exec(text)) {
    const word = w[0];
    const upperWord = word.toUpperCase();
    if (word === upperWord && acronyms.has(upperWord)) continue; // acronyms neither break nor extend a run
    const onlyLetters = /[^\p{L}]/u.test(word) ? word.replace(/[^\p{L}]/gu, '') : word;
    const lower = onlyLetters.toLowerCase();
    let caps = 0;
    for (let k = 0; k < onlyLetters.length; k += 1) if (onlyLetters[k] !== lower[k]) caps += 1;
    upper += caps;
    letters += onlyLetters.length;
    if (onlyLetters.length >= 2 && onlyLetters === onlyLetters.toUpperCase() && onlyLetters !== lower) {
      if (runLength === 0) runStart = w.index;
      runEnd = w.index + word.length;
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
