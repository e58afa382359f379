/**
 * The one module that maps a section number to its title, link and official words.
 * Pages and islands ask it; nobody retypes a section title or its text.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { compareSectionNumbers, sectionAnchor, sectionHref } from './anchors';

export type PolicySectionEntry = CollectionEntry<'policy'>;

/** What a page or an island needs to cite a section. Plain data, serialisable as island props. */
export interface SectionRef {
  number: string;
  title: string;
  anchor: string;
  href: string;
  /** The section's official words as plain text (links reduced to their text). */
  text: string;
}

/** Markdown of the official text reduced to plain words, for quoting and search. */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*-\s+/gm, '• ')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/** Every section, in the order of the official text. */
export async function getSections(): Promise<PolicySectionEntry[]> {
  const entries = await getCollection('policy');
  return entries.sort((a, b) => compareSectionNumbers(a.data.number, b.data.number));
}

const toRef = (entry: PolicySectionEntry): SectionRef => ({
  number: entry.data.number,
  title: entry.data.title,
  anchor: sectionAnchor(entry.data.number),
  href: sectionHref(entry.data.number),
  text: markdownToPlainText(entry.body ?? ''),
});

/** Every section as plain data, keyed by number. */
export async function getSectionRefs(): Promise<Record<string, SectionRef>> {
  const refs: Record<string, SectionRef> = {};
  for (const entry of await getSections()) refs[entry.data.number] = toRef(entry);
  return refs;
}

/** One section, or a build error naming the missing number. */
export async function getSectionRef(number: string): Promise<SectionRef> {
  const refs = await getSectionRefs();
  const ref = refs[number];
  if (!ref) throw new Error(`Section « ${number} » introuvable dans content/policy/sections/.`);
  return ref;
}

/** The policy's identity (number, adoption, source). */
export async function getPolicyInfo() {
  const entry = await getEntry('policyInfo', 'CE-2019-0040');
  if (!entry) throw new Error('content/policy/policy.json : l’entrée « CE-2019-0040 » est attendue.');
  return entry.data;
}
