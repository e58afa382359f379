/**
 * Writes the Pagefind index (dist/pagefind/) with Pagefind's Node API, so that search answers:
 *
 * - every page that opts in (`data-pagefind-body`, see BaseLayout) is indexed as it is built;
 * - the official text is not indexed as one long page: each section of /politique/ becomes its own
 *   record, at its own address (`/politique/#section-3-1-6`), titled with its number and title, so
 *   that « journaliste » brings up 3.1.6 rather than a 25-screen page where it is one word among
 *   thousands;
 * - each section's record also carries the reviewed search words of content/search/synonyms.yaml,
 *   as a metadata field (`keywords`) that is searchable but never displayed: nothing is added to a
 *   page a person reads.
 *
 * Ranking options (the weights of title and keywords) are set where the index is queried:
 * src/components/search/ranking.ts.
 */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { close, createIndex } from 'pagefind';
import { POLICY_PATH, sectionAnchor } from '../policy/anchors.ts';
import { loadSynonyms, termsFor } from '../search/synonyms.ts';
import { listHtmlFiles } from './html-files.ts';

export interface SectionRecord {
  number: string;
  title: string;
  /** The section's HTML as published (heading, « En bref », official words). */
  html: string;
}

const SECTION = /<section\b[^>]*\bdata-search-section="([^"]+)"[^>]*\bdata-search-title="([^"]*)"[^>]*>([\s\S]*?)<\/section>/g;

/** The sections of the built policy page. Sections are siblings, never nested (PolicySection.astro). */
export function policySections(policyHtml: string): SectionRecord[] {
  return [...policyHtml.matchAll(SECTION)].map((m) => ({ number: m[1]!, title: decodeEntities(m[2]!), html: m[3]! }));
}

const decodeEntities = (s: string): string =>
  s.replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d))).replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
const escapeAttr = (s: string): string => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/**
 * One section as a document for the index: its title, its number and its search terms as metadata
 * (the result shows « Section 3.1.6 : Demandes médias », src/components/search/result-title.ts), its
 * words as the body. The number is kept out of the title and the body: Pagefind reads « 3.1.1 » as
 * « 311 », and « 311 » must bring up the 311 line (3.1.5), not section 3.1.1.
 */
export function sectionDocument(section: SectionRecord, terms: string[]): string {
  const meta = (key: string, value: string): string => `<meta data-pagefind-meta="${key}[content]" content="${escapeAttr(value)}">`;
  return `<!doctype html><html lang="fr-CA"><head><meta charset="utf-8"><title>${escapeAttr(section.title)}</title>
${meta('title', section.title)}${meta('section', section.number)}${terms.length > 0 ? meta('keywords', terms.join(', ')) : ''}</head>
<body><main data-pagefind-body>${section.html}</main></body></html>`;
}

export async function writeSearchIndex(dist: string): Promise<string[]> {
  const log: string[] = [];
  const { index, errors } = await createIndex({ forceLanguage: 'fr' });
  if (!index) throw new Error(`Pagefind : ${errors.join('; ')}`);
  const fail = (what: string, errs: string[]): void => {
    if (errs.length > 0) throw new Error(`Pagefind, ${what} : ${errs.join('; ')}`);
  };

  let pages = 0;
  for (const file of listHtmlFiles(dist)) {
    const sourcePath = relative(dist, file).split(sep).join('/');
    const added = await index.addHTMLFile({ sourcePath, content: readFileSync(file, 'utf8') });
    fail(sourcePath, added.errors);
    pages += 1;
  }

  const sections = policySections(readFileSync(join(dist, POLICY_PATH, 'index.html'), 'utf8'));
  if (sections.length === 0) throw new Error(`${POLICY_PATH} : aucune section marquée data-search-section, la recherche serait vide.`);
  const synonyms = loadSynonyms(new Set(sections.map((s) => s.number)));
  for (const section of sections) {
    const added = await index.addHTMLFile({
      url: `${POLICY_PATH}#${sectionAnchor(section.number)}`,
      content: sectionDocument(section, termsFor(synonyms, section.number)),
    });
    fail(`section ${section.number}`, added.errors);
  }
  fail('écriture', (await index.writeFiles({ outputPath: join(dist, 'pagefind') })).errors);
  await close();
  log.push(`Recherche : ${pages} fichiers HTML lus, ${sections.length} sections de la politique indexées une à une, ${synonyms.length} lignes de mots de recherche.`);
  return log;
}
