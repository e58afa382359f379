/**
 * The rules' examples mark the words a finding must span ⟦like this⟧ (LanguageTool style). This
 * splits such a text into plain and marked pieces, so /regles/ can highlight them.
 */
export interface Piece {
  text: string;
  marked: boolean;
}

export function splitMarked(example: string): Piece[] {
  const pieces: Piece[] = [];
  const re = /⟦([^⟧]*)⟧/g;
  let last = 0;
  for (let m = re.exec(example); m !== null; m = re.exec(example)) {
    if (m.index > last) pieces.push({ text: example.slice(last, m.index), marked: false });
    pieces.push({ text: m[1] ?? '', marked: true });
    last = m.index + m[0].length;
  }
  if (last < example.length) pieces.push({ text: example.slice(last), marked: false });
  return pieces;
}

/** The example as a person would write it (markers removed). */
export const unmarked = (example: string): string => example.replaceAll('⟦', '').replaceAll('⟧', '');
