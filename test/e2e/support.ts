/**
 * Shared helpers for end-to-end tests: crawl the built site's pages, watch for console errors and
 * requests leaving the site, run axe with the WCAG 2.2 A/AA rules.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

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

/** Every internal page reachable from the home page by links (paths without hash or query). */
export async function crawlSite(page: Page, start = '/', limit = 200): Promise<string[]> {
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length > 0 && seen.size <= limit) {
    const path = queue.shift()!;
    const response = await page.goto(path);
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
