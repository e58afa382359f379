/** Splits a text into sentences with their offsets (end exclusive), trimmed, empty ones dropped. */
export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** What a sentence may end on (a loop trims the rest: a `[^…]+$` pattern would rescan a long run of emoji). */
const KEEP_AT_END = /[\p{L}\p{N}.!?…)»"]/u;

/** The last text split: the language check and the rules of 3.1 split the same text in one evaluation. */
let last: { text: string; sentences: readonly Sentence[] } | undefined;

/** Sentences of `text`: split after . ! ? … and at line breaks; offsets index `text` itself. Shared between callers: read only. */
export function sentences(text: string): readonly Sentence[] {
  if (last?.text !== text) last = { text, sentences: split(text) };
  return last.sentences;
}

function split(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /(?:[^\n.!?…]|[.!?…](?=[^\s.!?…]))*(?:[.!?…]+|\n|$)/gu;
  for (let m = re.exec(text); m !== null && m.index < text.length; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex += 1;
      continue;
    }
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    // The sentence ends on its last letter, digit or closing punctuation (emoji and spaces left out).
    const trimmed = raw.trimStart();
    let end = trimmed.length;
    while (end > 0 && !KEEP_AT_END.test(trimmed[end - 1] ?? '')) end -= 1;
    const body = trimmed.slice(0, end);
    if (/[\p{L}\p{N}]/u.test(body)) out.push({ start: m.index + lead, end: m.index + lead + body.length, text: body });
  }
  return out;
}
