/**
 * Every page reachable from the home page: loads, has no console error, makes no request outside
 * the site, passes axe (WCAG 2.2 A/AA), stays usable at 320 px wide, and ships no JavaScript
 * unless it is interactive.
 */
import { expect, test } from '@playwright/test';
import { allowMore, crawlSite, expectNoAxeViolations, STEP_MS, watchPage } from './support';

/*
 * Each loop over the pages gives itself time per page (allowMore): the site has dozens of pages and
 * a busy machine can take seconds for each, so no fixed budget fits.
 */

/** Pages whose purpose is interaction: they may load scripts. Everything else is a reading page. */
const INTERACTIVE = [/^\/recherche\/$/, /^\/parcours\//, /^\/simulateur\//, /^\/aide-a-la-decision\//, /^\/quiz\//];

let pages: string[] = [];
test.beforeAll(async ({ browser }) => {
  // Crawling every page takes a while on a busy machine.
  test.setTimeout(120_000);
  const page = await browser.newPage();
  // The search page is reached through the header's form rather than a link.
  pages = [...new Set([...(await crawlSite(page)), '/recherche/'])].sort();
  await page.close();
});

test('le site a au moins l’accueil, la politique, la nétiquette, la recherche et la page À propos', () => {
  for (const p of ['/', '/politique/', '/netiquette/', '/recherche/', '/a-propos/']) expect(pages).toContain(p);
});

test('chaque page se charge sans erreur, sans requête externe et sans violation axe', async ({ page, baseURL }) => {
  for (const path of pages) {
    allowMore(STEP_MS.axe);
    const watcher = watchPage(page, new URL(baseURL!).origin);
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('main h1'), path).toHaveCount(1);
    await expectNoAxeViolations(page);
    expect(watcher.problems, path).toEqual([]);
    page.removeAllListeners();
  }
});

test('chaque page a un titre unique et une description', async ({ page }) => {
  test.setTimeout(30_000 + pages.length * 1_500);
  const titles = new Map<string, string>();
  for (const path of pages) {
    allowMore(STEP_MS.visit);
    await page.goto(path);
    const title = await page.title();
    expect(titles.has(title), `titre en double : « ${title} » (${path} et ${titles.get(title)})`).toBe(false);
    titles.set(title, path);
    await expect(page.locator('meta[name="description"]'), path).toHaveAttribute('content', /.{40,}/);
  }
});

test('les pages de lecture ne chargent aucun JavaScript', async ({ page }) => {
  for (const path of pages.filter((p) => !INTERACTIVE.some((re) => re.test(p)))) {
    allowMore(STEP_MS.visit);
    const scripts: string[] = [];
    page.on('request', (req) => {
      if (req.resourceType() === 'script') scripts.push(req.url());
    });
    await page.goto(path);
    await expect(page.locator('script'), path).toHaveCount(0);
    expect(scripts, path).toEqual([]);
    page.removeAllListeners();
  }
});

test.describe('à 320 px de large (équivalent d’un zoom de 400 %) et à 200 %', () => {
  for (const width of [320, 640]) {
    test(`aucune page ne défile horizontalement à ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      for (const path of pages) {
        allowMore(STEP_MS.visit);
        await page.goto(path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, path).toBeLessThanOrEqual(0);
      }
    });
  }
});

test('la page 404 aide à retrouver son chemin', async ({ page }) => {
  const response = await page.goto('/cette-page-n-existe-pas/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
  await expect(page.getByRole('link', { name: /texte officiel de la politique/ })).toBeVisible();
  await expectNoAxeViolations(page);
});
