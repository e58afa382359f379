/**
 * Shared helpers for end-to-end tests: crawl the built site's pages, watch for console errors and
 * requests leaving the site, run axe with the WCAG 2.2 A/AA rules.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { readHeadersFile } from '../gates/csp.ts';

/** WCAG 2.0 to 2.2, levels A and AA (SGQRI 008 3.0 builds on WCAG AA). No rule is disabled. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `violations axe sur ${page.url()}`).toEqual([]);
}

/** Collects console errors, uncaught exceptions and any request to another origin. */
export function watchPage(page: Page, origin: string): { problems: string[] } {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`exception: ${err.message}`));
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) problems.push(`requête externe: ${req.url()}`);
  });
  return { problems };
}

/**
 * Time a step of a loop may take on a busy machine (two cores shared with a build, say): a loop over
 * pages or questions adds its step's share to the test's budget with `allowMore` before each step, so
 * that the budget grows with the site instead of being one fixed figure the site outgrows.
 */
export const STEP_MS = {
  /** Open a page and read it. */
  visit: 3_000,
  /** Open a page and run axe on it. */
  axe: 8_000,
  /** Answer one quiz question (choose, check, next). */
  question: 4_000,
} as const;

/** Gives the running test (or hook) `ms` more time. */
export function allowMore(ms: number): void {
  const info = test.info();
  if (info.timeout > 0) info.setTimeout(info.timeout + ms);
}

/** Every internal page reachable from the home page by links (paths without hash or query). */
export async function crawlSite(page: Page, start = '/', limit = 200): Promise<string[]> {
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length > 0 && seen.size <= limit) {
    const path = queue.shift()!;
    allowMore(STEP_MS.visit);
    // The links are in the HTML: no need to wait for images or islands.
    const response = await page.goto(path, { waitUntil: 'domcontentloaded' });
    if (!response || !response.ok()) continue;
    const origin = new URL(page.url()).origin;
    // Links marked rel="nofollow" lead to generated variants (the decision helper's pre-built pages,
    // one per combination of answers): their own spec checks a sample rather than every one.
    const hrefs = await page.$$eval('a[href]:not([rel~="nofollow"])', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== origin) continue;
      if (/\.(zip|txt|gift|xml|pdf|svg|png)$/.test(url.pathname)) continue;
      if (!seen.has(url.pathname)) {
        seen.add(url.pathname);
        queue.push(url.pathname);
      }
    }
  }
  return [...seen].sort();
}

/**
 * Text that would run code if a page ever inserted what a person types as markup. Each payload
 * sets `window.__scriptRan` or opens a dialog when it runs.
 */
export const MARKUP_PAYLOADS = [
  '<img src=x onerror="window.__scriptRan=1">',
  '<script>window.__scriptRan=1</script>',
  '"><svg onload="window.__scriptRan=1">',
  "'><iframe srcdoc=\"<script>parent.__scriptRan=1</script>\">",
  '<a href="javascript:window.__scriptRan=1" id="xss-link">clic</a>',
  '<style>body{display:none}</style><b onmouseover=alert(1)>gras</b>',
];

/**
 * Runs `act` (typing, pasting, navigating…) and fails if any script from the page's content ran
 * or was blocked: a dialog, a payload's marker, an element carrying an event-handler attribute,
 * a javascript: link, or a Content-Security-Policy violation. Use it around any place where what a
 * person types is shown back; the text itself must then appear as text (check that separately).
 */
export async function expectNoScriptExecution(page: Page, act: () => Promise<void>): Promise<void> {
  const dialogs: string[] = [];
  const onDialog = (d: { message(): string; dismiss(): Promise<void> }): void => {
    dialogs.push(d.message());
    void d.dismiss();
  };
  page.on('dialog', onDialog);
  // Listen on the current document now, and on any document `act` navigates to.
  const listen = (): void => {
    const w = window as unknown as { __cspViolations?: string[] };
    if (w.__cspViolations) return;
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__cspViolations?.push(`${e.violatedDirective} ${e.blockedURI}`));
  };
  await page.addInitScript(listen);
  if (page.url().startsWith('http')) await page.evaluate(listen);
  await page.evaluate(() => {
    (window as unknown as { __scriptRan?: number }).__scriptRan = 0;
  }).catch(() => undefined);
  await act();
  // Wait until every image has loaded or failed, then one more turn, so that a handler injected with
  // it (onerror…) has run: a condition, not a guess at how long a busy machine needs.
  await page.evaluate(async () => {
    const pending = [...document.images].filter((img) => !img.complete && img.loading !== 'lazy');
    await Promise.all(pending.map((img) => new Promise((done) => ['load', 'error'].forEach((e) => img.addEventListener(e, done, { once: true })))));
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  });
  const found = await page.evaluate(() => {
    const w = window as unknown as { __scriptRan?: number; __cspViolations?: string[] };
    const handlers = [...document.querySelectorAll('*')]
      .filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name) || (/^(href|src|action)$/i.test(a.name) && /^\s*javascript:/i.test(a.value))))
      .map((el) => el.outerHTML.slice(0, 80));
    return { ran: w.__scriptRan ?? 0, violations: w.__cspViolations ?? [], handlers, frames: document.querySelectorAll('main iframe').length };
  });
  page.off('dialog', onDialog);
  expect(dialogs, `boîtes de dialogue ouvertes sur ${page.url()}`).toEqual([]);
  expect(found.ran, `un script tapé s’est exécuté sur ${page.url()}`).toBe(0);
  expect(found.handlers, `balisage tapé inséré comme du HTML sur ${page.url()}`).toEqual([]);
  expect(found.frames, `cadre inséré sur ${page.url()}`).toBe(0);
  expect(found.violations, `violations de la CSP sur ${page.url()}`).toEqual([]);
}

/** Records Content-Security-Policy violations from page load on (call before page.goto). */
export async function watchCspViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __cspLog: string[] };
    w.__cspLog = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__cspLog.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __cspLog?: string[] }).__cspLog ?? []);
}

/**
 * Serves every response with the headers of dist/_headers (its `/*` block), as the static host
 * will: `astro preview` ignores that file. Workers then get the header policy, as in production.
 */
export async function useProductionHeaders(page: Page): Promise<void> {
  const headers = Object.fromEntries(readHeadersFile(readFileSync('dist/_headers', 'utf8')));
  await page.context().route('**/*', async (route) => {
    try {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
    } catch (error) {
      // A request still in flight when the test ends (the page is closed): nothing left to serve.
      if (!page.isClosed() && !/closed/i.test(String(error))) throw error;
    }
  });
}
