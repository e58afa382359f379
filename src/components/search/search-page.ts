/**
 * Drives /recherche/: reads `?q=`, loads Pagefind on first use, lists results with their sections
 * (sub-results carry the section anchors) and keeps the query in the URL so results can be shared.
 */
import { parseExcerpt } from './render-excerpt';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
  weighted_locations?: Array<{ balanced_score: number }>;
}
interface PagefindResultData { url: string; excerpt: string; meta: { title?: string }; sub_results: PagefindSubResult[] }
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: Array<{ data(): Promise<PagefindResultData> }> }>;
}

let pagefind: Promise<Pagefind> | undefined;
const loadPagefind = (): Promise<Pagefind> => {
  // The path is built at run time so the bundler leaves Pagefind's own script alone.
  const path = ['', 'pagefind', 'pagefind.js'].join('/');
  pagefind ??= (import(/* @vite-ignore */ path) as Promise<Pagefind>).then(async (pf) => {
    // The official text is one long page: a weaker length penalty keeps it among the first results.
    await pf.options({ excerptLength: 24, ranking: { pageLength: 0.4 } });
    return pf;
  });
  return pagefind;
};

const MAX_RESULTS = 10;
const MAX_SUB_RESULTS = 5;

function excerptNode(excerpt: string): HTMLElement {
  const p = document.createElement('p');
  for (const part of parseExcerpt(excerpt)) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      p.append(mark);
    } else p.append(part.text);
  }
  return p;
}

/** Lowercase, no accents: « Élus » and « elus » compare equal. */
const fold = (text: string): string => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** The query's telling words (three letters or more), cut to a stem so « plaintes » meets « plainte ». */
const queryStems = (query: string): string[] =>
  [...new Set(fold(query).match(/[\p{L}\p{N}]{3,}/gu) ?? [])].map((w) => w.slice(0, Math.max(3, w.length - 2)));

/**
 * How well a section answers the query: how many of its telling words the section's title holds
 * (counted twice) and its excerpt holds. Pagefind's order breaks ties.
 */
function relevance(s: PagefindSubResult, stems: string[]): number {
  const title = fold(s.title);
  const excerpt = fold(parseExcerpt(s.excerpt).map((p) => p.text).join(''));
  return stems.reduce((n, stem) => n + (title.includes(stem) ? 2 : 0) + (excerpt.includes(stem) ? 1 : 0), 0);
}

function resultNode(data: PagefindResultData, stems: string[]): HTMLLIElement {
  const li = document.createElement('li');
  const h = document.createElement('h2');
  const a = document.createElement('a');
  a.href = data.url;
  a.textContent = data.meta.title ?? data.url;
  h.append(a);
  li.append(h);
  // The sections that hold most of the query's words come first.
  const subs = data.sub_results
    .filter((s) => s.url.includes('#'))
    .map((s, order) => ({ s, order, score: relevance(s, stems) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ s }) => s)
    .slice(0, MAX_SUB_RESULTS);
  if (subs.length === 0) {
    li.append(excerptNode(data.excerpt));
    return li;
  }
  const ul = document.createElement('ul');
  ul.className = 'sub';
  for (const sub of subs) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = sub.url;
    link.textContent = sub.title;
    item.append(link, excerptNode(sub.excerpt));
    ul.append(item);
  }
  li.append(ul);
  return li;
}

const plural = new Intl.PluralRules('fr-CA');
const countText = (n: number, q: string): string =>
  n === 0
    ? `Aucun résultat pour « ${q} ». Essayez un autre mot, par exemple « plainte » ou « journaliste ».`
    : `${n} ${plural.select(n) === 'one' ? 'page trouvée' : 'pages trouvées'} pour « ${q} ».`;

export function startSearchPage(): void {
  const form = document.getElementById('search-page-form') as HTMLFormElement | null;
  const input = document.getElementById('search-page-q') as HTMLInputElement | null;
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  if (!form || !input || !status || !list) return;

  let generation = 0;
  async function run(raw: string): Promise<void> {
    const query = raw.trim().slice(0, 200);
    const url = new URL(window.location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
    list!.replaceChildren();
    if (!query) {
      status!.textContent = '';
      return;
    }
    const mine = (generation += 1);
    status!.textContent = 'Recherche en cours…';
    try {
      const pf = await loadPagefind();
      const found = await pf.search(query);
      const data = await Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data()));
      if (mine !== generation) return;
      list!.replaceChildren(...data.map((d) => resultNode(d, queryStems(query))));
      status!.textContent = countText(found.results.length, query);
    } catch {
      if (mine === generation) status!.textContent = 'La recherche n’a pas pu être chargée. Rechargez la page pour réessayer.';
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value);
  });
  const initial = new URLSearchParams(window.location.search).get('q') ?? '';
  input.value = initial;
  if (initial) void run(initial);
}
