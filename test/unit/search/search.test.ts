/** What the search sends to the index, the reviewed search words, and the order of results. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { policySections, sectionDocument } from '../../../src/build/search-index.ts';
import { searchTerms } from '../../../src/components/search/query.ts';
import { holdsEveryWordAsTyped, runSearch, type PagefindApi, type ResultData } from '../../../src/components/search/run.ts';
import { loadSynonyms, SYNONYMS_FILE } from '../../../src/search/synonyms.ts';
import { sectionNumbers } from '../../../src/engine/index.ts';

describe('searchTerms', () => {
  it.each([
    ['faire une plainte', 'plainte'],
    ["ouvrir une page Facebook pour mon service", 'ouvrir page Facebook service'],
    ["question d'un journaliste", 'question journaliste'],
    ['que répondre', 'que répondre'],
    ['plainte', 'plainte'],
    ['à la de', 'à la de'],
  ])('« %s » → « %s »', (query, terms) => {
    expect(searchTerms(query)).toBe(terms);
  });
});

describe('mots de recherche (content/search/synonyms.yaml)', () => {
  it('le fichier du site est valide et ne vise que des sections qui existent', () => {
    const synonyms = loadSynonyms(new Set(sectionNumbers));
    expect(synonyms.length).toBeGreaterThan(10);
    expect(synonyms.flatMap((s) => s.terms)).toContain('journaliste');
  });

  it('refuse une section inconnue et un nombre non cité, en nommant l’entrée', () => {
    const dir = mkdtempSync(join(tmpdir(), 'synonyms-'));
    try {
      const file = join(dir, 'synonyms.yaml');
      writeFileSync(file, '- section: "9.9"\n  terms: [x y]\n');
      expect(() => loadSynonyms(new Set(sectionNumbers), file)).toThrow(/entrée 0 : la section « 9.9 » n’existe pas/);
      writeFileSync(file, '- section: "3.1.5"\n  terms: [311]\n');
      expect(() => loadSynonyms(new Set(sectionNumbers), file)).toThrow(/terms › 0 : .*entre guillemets/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(SYNONYMS_FILE).toBe('content/search/synonyms.yaml');
  });
});

describe('index des sections', () => {
  const page = `<main><section class="policy-section depth-3" data-search-section="3.1.6" data-search-title="Demandes m&#233;dias"><h4>x</h4><p>Les journalistes…</p></section>
<section class="policy-section depth-3" data-search-section="3.2" data-search-title="Directives de rédaction"><p>français</p></section></main>`;
  it('chaque section de la page devient un document, titré sans son numéro, avec ses mots de recherche invisibles', () => {
    const sections = policySections(page);
    expect(sections.map((s) => [s.number, s.title])).toEqual([['3.1.6', 'Demandes médias'], ['3.2', 'Directives de rédaction']]);
    const doc = sectionDocument(sections[0]!, ['journaliste', 'reporter']);
    expect(doc).toContain('data-pagefind-meta="title[content]" content="Demandes médias"');
    expect(doc).toContain('data-pagefind-meta="section[content]" content="3.1.6"');
    expect(doc).toContain('data-pagefind-meta="keywords[content]" content="journaliste, reporter"');
    // The search words are metadata, never text of the body.
    expect(doc.slice(doc.indexOf('<body>'))).not.toContain('reporter');
  });
});

describe('runSearch', () => {
  const hit = (id: string, score: number, content: string): { id: string; score: number; data: () => Promise<ResultData> } => ({
    id,
    score,
    data: async () => ({ url: `/${id}/`, excerpt: content, content, meta: { title: id }, sub_results: [] }),
  });
  const fake = (table: Record<string, ReturnType<typeof hit>[]>): PagefindApi => ({ search: async (q) => ({ results: table[q] ?? [] }) });

  it('un mot tel que tapé passe devant un mot qui n’en partage que la racine', async () => {
    const pf = fake({ Nouvelliste: [hit('nouvelle', 9, 'une nouvelle piste'), hit('exercice', 2, 'journaliste au Nouvelliste')] });
    expect((await runSearch(pf, 'Nouvelliste')).read.map((r) => r.url)).toEqual(['/exercice/', '/nouvelle/']);
  });

  it('avec plusieurs mots, une page qui n’en a qu’une partie est trouvée, et les scores s’additionnent', async () => {
    const pf = fake({
      ouvrir: [hit('a', 1, 'ouvrir')],
      compte: [hit('s42', 3, 'compte'), hit('a', 1, 'compte')],
      Instagram: [],
    });
    const run = await runSearch(pf, 'ouvrir un compte Instagram');
    expect(run.terms).toBe('ouvrir compte Instagram');
    expect(run.read.map((r) => r.url)).toEqual(['/s42/', '/a/']);
    expect(run.total).toBe(2);
  });

  it('singulier et pluriel, accents et majuscules ne comptent pas pour « tel que tapé »', () => {
    const r: ResultData = { url: '/', excerpt: '', content: 'Les ÉLUS et les journalistes', meta: {}, sub_results: [] };
    expect(holdsEveryWordAsTyped(r, 'élu journaliste')).toBe(true);
    expect(holdsEveryWordAsTyped(r, 'journal')).toBe(false);
  });
});
