/**
 * The search synonyms (content/search/synonyms.yaml): the words people type, tied to the policy
 * section that answers them. Read by the build step that writes the search index
 * (src/build/search-index.ts), which feeds them to Pagefind with the section and nowhere else:
 * they never show in a page. The schema gives a clear message for a malformed line.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';

export const SYNONYMS_FILE = 'content/search/synonyms.yaml';

export const synonymsSchema = z.array(
  z.strictObject({
    /** The section that answers these words, by number (« 3.1.6 »). */
    section: z.string().regex(/^\d+(?:\.\d+)*$/, 'un numéro de section comme « 3.1.6 » est attendu'),
    /** Words or short phrases, as people type them. */
    terms: z.array(z.string({ error: 'du texte est attendu (un nombre s’écrit entre guillemets : "311")' }).trim().min(2, 'un mot d’au moins deux caractères est attendu').max(60)).min(1, 'au moins un mot est attendu'),
  }),
);
export type Synonyms = z.infer<typeof synonymsSchema>;

/** Reads and checks the file; every section must exist (`known`), or the build stops naming the line. */
export function loadSynonyms(known: ReadonlySet<string>, file = SYNONYMS_FILE): Synonyms {
  const parsed = synonymsSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file} : entrée ${issue.path.map(String).join(' › ')} : ${issue.message}`);
  }
  parsed.data.forEach((entry, i) => {
    if (!known.has(entry.section)) throw new Error(`${file} : entrée ${i} : la section « ${entry.section} » n’existe pas dans content/policy/sections/.`);
  });
  return parsed.data;
}

/** The terms for one section, as one line of text for the index. */
export const termsFor = (synonyms: Synonyms, section: string): string[] =>
  synonyms.filter((s) => s.section === section).flatMap((s) => s.terms);
