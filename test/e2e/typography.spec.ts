/** The details a reader notices: spaces, capitals, French quotation marks, the official text as published. */
import { expect, test } from '@playwright/test';

const NNBSP = '\u202F';

test('« À propos » : les mots ne sont plus collés (« exécutifle », « C-2014-0097(Politique »)', async ({ page }) => {
  await page.goto('/a-propos/');
  const sources = page.locator('#sources + ul');
  await expect(sources).toContainText(/Comité exécutif le 8 janvier 2019/);
  await expect(sources).toContainText(/C-2014-0097 \(Politique/);
});

test('le bouton d’accueil écrit « Ville » avec sa majuscule', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Commencer : employés de la Ville' })).toBeVisible();
  await expect(page.locator('main')).not.toContainText('de la ville');
});

test('la prose a ses apostrophes courbes et ses espaces fines; le texte officiel reste tel que publié', async ({ page }) => {
  await page.goto('/netiquette/');
  const prose = (await page.locator('main').textContent())!;
  expect(prose).not.toMatch(/\p{L}'\p{L}/u);
  expect(prose).toContain(`«${NNBSP}`);
  expect(prose).not.toMatch(/[\p{L}\d] ?[?!;]/u);
  await page.goto('/politique/');
  const official = (await page.locator('[data-official-section="3.1.5"]').textContent())!;
  expect(official).toContain("l'application mobile Trois-Rivières 311");
  expect(official).not.toContain(NNBSP);
});

test('les choix des quiz sont entre guillemets français, avec leurs espaces', async ({ page }) => {
  await page.goto('/parcours/communications/plaintes-et-requetes/');
  const quote = page.locator('q').first();
  await expect(quote).toBeVisible();
  const quotes = await quote.evaluate((q) => getComputedStyle(q).quotes);
  expect(quotes).toContain(`«${NNBSP}`);
  expect(quotes).toContain(`${NNBSP}»`);
});
