/**
 * Where a section of the policy lives on the site. Pure functions, safe in pages, islands and the
 * engine's callers: every link to a section is built here, never typed by hand.
 */

/** Base path of the published official text. */
export const POLICY_PATH = '/politique/';

/** Stable HTML id of a section: `3.1.5` → `section-3-1-5`. */
export const sectionAnchor = (number: string): string => `section-${number.replaceAll('.', '-')}`;

/** Link to a section of the official text: `3.1.5` → `/politique/#section-3-1-5`. */
export const sectionHref = (number: string): string => `${POLICY_PATH}#${sectionAnchor(number)}`;

/** Section number from a content file name: `3-1-5.mdx` → `3.1.5`. */
export const sectionNumberFromFileName = (fileName: string): string =>
  fileName.replace(/\.mdx?$/, '').replaceAll('-', '.');

/** Compares section numbers in reading order (`3.1.6` before `3.2`, `3.10` after `3.9`). */
export function compareSectionNumbers(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/** Heading depth of a section (1 for `3`, 3 for `3.1.5`). */
export const sectionDepth = (number: string): number => number.split('.').length;
