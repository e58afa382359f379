/** The official text page: table of contents, anchors, « En bref », keyboard, print. */
import { expect, test } from '@playwright/test';

test.beforeEach(async ({ page }) => {
  await page.goto('/politique/');
});

test('la table des matières mène à chaque section, dont l’ancre existe une seule fois', async ({ page }) => {
  const links = page.locator('nav.policy-toc a');
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBe(20);
  for (const href of hrefs) {
    const id = href.split('#')[1]!;
    await expect(page.locator(`[id="${id}"]`), href).toHaveCount(1);
  }
  await links.filter({ hasText: 'Plaintes et requêtes' }).click();
  await expect(page).toHaveURL(/#section-3-1-5$/);
  await expect(page.locator('#section-3-1-5')).toBeInViewport();
});

test('une section s’ouvre directement par son lien permanent', async ({ page }) => {
  await page.goto('/politique/#section-4-3');
  await expect(page.locator('#section-4-3')).toBeInViewport();
  await expect(page.locator('#section-4-3')).toHaveText(/4\.3\s+Élus et employés/);
  const permalink = page.getByRole('link', { name: 'Lien permanent vers la section 4.3' });
  await expect(permalink).toHaveAttribute('href', '/politique/#section-4-3');
});

test('les titres sont numérotés et hiérarchisés, sans saut de niveau', async ({ page }) => {
  const levels = await page.locator('main :is(h1, h2, h3, h4, h5, h6)').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
  for (let i = 1; i < levels.length; i += 1) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
  await expect(page.locator('#section-3-1-6')).toHaveJSProperty('tagName', 'H4');
});

test('chaque « En bref » est présenté comme une explication, distinct du texte officiel', async ({ page }) => {
  const summaries = page.locator('aside.summary');
  await expect(summaries).toHaveCount(20);
  await expect(summaries.first()).toContainText('ce n’est pas le texte officiel');
  await expect(page.locator('.official').filter({ hasText: 'ne traite pas les plaintes et les requêtes' })).toHaveCount(1);
});

test('le lien d’évitement mène au contenu principal au clavier', async ({ page }) => {
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Passer au contenu principal' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('à l’impression, la navigation disparaît et le texte officiel reste', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.site-header')).toBeHidden();
  await expect(page.locator('nav.policy-toc')).toBeHidden();
  await expect(page.locator('aside.summary').first()).toBeHidden();
  await expect(page.locator('.official').first()).toBeVisible();
  const pdf = await page.pdf({ format: 'Letter' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});
