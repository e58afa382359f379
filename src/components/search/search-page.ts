/**
 * Drives /recherche/: reads `?q=`, loads Pagefind on first use, lists results ten at a time with
 * « Afficher plus » until every one is shown, and keeps the query in the URL so results can be
 * shared. Each section of the policy is its own result; other pages list their matching headings.
 * How results are found and ordered: run.ts (the same code the ranking test measures).
 */
import { searchOptions } from './ranking.ts';
import { parseExcerpt } from './render-excerpt.ts';
import { runSearch, type PagefindApi, type ResultData, type SearchRun } from './run.ts';

type PagefindSubResult = ResultData['sub_results'][number];
interface Pagefind extends PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
}

let pagefind: Promise<Pagefind> | undefined;
const loadPagefind = (): Promise<Pagefind> => {
  // The path is built at run time so the bundler leaves Pagefind's own script alone.
  const path = ['', 'pagefind', 'pagefind.js'].join('/');
  pagefind ??= (import(/* @vite-ignore */ path) as Promise<Pagefind>).then(async (pf) => {
    await pf.options(searchOptions);
    return pf;
  });
  return pagefind;
};

/** Results shown at once; « Afficher plus » shows the next ones, until all are shown. */
const PAGE_SIZE = 10;
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

/** A section of the policy is its own result (src/build/search-index.ts): « Section 3.1.6 : Demandes médias ». */
const resultTitle = (data: ResultData): string =>
  data.meta.section ? `Section ${data.meta.section} : ${data.meta.title ?? ''}` : (data.meta.title ?? data.url);

function resultNode(data: ResultData, stems: string[]): HTMLLIElement {
  const li = document.createElement('li');
  const h = document.createElement('h2');
  const a = document.createElement('a');
  a.href = data.url;
  a.textContent = resultTitle(data);
  h.append(a);
  li.append(h);
  // The sections that hold most of the query's words come first.
  const subs = data.sub_results
    .filter((s) => s.url.includes('#'))
    .map((s, order) => ({ s, order, score: relevance(s, stems) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ s }) => s)
    .slice(0, MAX_SUB_RESULTS);
  // A section's record is one heading: its excerpt says it all.
  if (subs.length === 0 || data.meta.section) {
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
    : `${n} ${plural.select(n) === 'one' ? 'résultat trouvé' : 'résultats trouvés'} pour « ${q} ».`;
const shownText = (shown: number, total: number): string => `${shown} sur ${total} affichés.`;

export function startSearchPage(): void {
  const form = document.getElementById('search-page-form') as HTMLFormElement | null;
  const input = document.getElementById('search-page-q') as HTMLInputElement | null;
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results') as HTMLOListElement | null;
  const more = document.getElementById('search-more') as HTMLButtonElement | null;
  const shown = document.getElementById('search-shown');
  if (!form || !input || !status || !list || !more || !shown) return;

  let generation = 0;
  let current: { run: SearchRun; stems: string[]; count: number } | undefined;

  /** Appends the next results; focus moves to the first new one so keyboard users carry on reading. */
  async function showMore(focusFirst: boolean): Promise<void> {
    if (!current) return;
    const mine = generation;
    const { run, stems, count } = current;
    const next = count < run.read.length ? run.read.slice(count, count + PAGE_SIZE) : await run.readMore(count, PAGE_SIZE);
    if (mine !== generation) return;
    const nodes = next.map((d) => resultNode(d, stems));
    list!.append(...nodes);
    current.count = count + next.length;
    more!.hidden = current.count >= run.total;
    shown!.textContent = run.total > PAGE_SIZE ? shownText(current.count, run.total) : '';
    if (focusFirst) nodes[0]?.querySelector('a')?.focus();
  }

  async function run(raw: string): Promise<void> {
    const query = raw.trim().slice(0, 200);
    const url = new URL(window.location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
    list!.replaceChildren();
    more!.hidden = true;
    shown!.textContent = '';
    current = undefined;
    if (!query) {
      status!.textContent = '';
      return;
    }
    const mine = (generation += 1);
    status!.textContent = 'Recherche en cours…';
    try {
      const found = await runSearch(await loadPagefind(), query);
      if (mine !== generation) return;
      current = { run: found, stems: queryStems(found.terms), count: 0 };
      await showMore(false);
      status!.textContent = countText(found.total, query);
    } catch {
      if (mine === generation) status!.textContent = 'La recherche n’a pas pu être chargée. Rechargez la page pour réessayer.';
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value);
  });
  more.addEventListener('click', () => void showMore(true));
  const initial = new URLSearchParams(window.location.search).get('q') ?? '';
  input.value = initial;
  if (initial) void run(initial);
}
