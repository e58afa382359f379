/**
 * Reads the reference copy of the official text (test/fixtures/CE-2019-0040.txt, copied verbatim once
 * from the City's document) and splits it into sections. Tests use it as the source of truth that the
 * published MDX and the engine's section hashes are checked against.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface OfficialSection {
  number: string;
  title: string;
  /** The section's own words, between its heading and the next heading. */
  text: string;
}

export interface TocEntry {
  number: string;
  title: string;
  page: number;
}

const FIXTURE = fileURLToPath(new URL('../fixtures/CE-2019-0040.txt', import.meta.url));

export const officialText = (): string => readFileSync(FIXTURE, 'utf8');

const HEADING = /^(\d(?:\.\d)*) (\S.*)$/;
const TOC_LINE = /^(\d(?:\.\d)*)\t(.+)\t(\d+)$/;

/** The printed table of contents: number, title, page. */
export function officialToc(): TocEntry[] {
  return officialText()
    .split('\n')
    .map((line) => TOC_LINE.exec(line.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ number: m[1]!, title: m[2]!, page: Number(m[3]) }));
}

/** The body of the policy, section by section, in order (the table of contents excluded). */
export function officialSections(): OfficialSection[] {
  const lines = officialText().split('\n');
  const toc = officialToc();
  const sections: OfficialSection[] = [];
  let current: OfficialSection | undefined;
  let next = 0;
  for (const line of lines) {
    const m = HEADING.exec(line.trim());
    const expected = toc[next];
    if (m && expected && m[1] === expected.number && m[2] === expected.title) {
      current = { number: m[1]!, title: m[2]!, text: '' };
      sections.push(current);
      next += 1;
      continue;
    }
    if (current) current.text += `${line}\n`;
  }
  for (const s of sections) s.text = s.text.trim();
  // The closing lines after section 6 (« POUR PLUS D'INFORMATION : v3r.net ») are not part of section 6.
  const last = sections.at(-1);
  if (last) last.text = last.text.split(/\n\s*\n\s*\n/)[0]!.trim();
  return sections;
}

/** Whitespace-insensitive form used to compare and hash official words. */
export const normalizeWords = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Short, stable fingerprint of a section's official words (sha256, 16 hex characters). */
export const sectionHash = (text: string): string =>
  createHash('sha256').update(normalizeWords(text)).digest('hex').slice(0, 16);
