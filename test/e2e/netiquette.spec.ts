/** The netiquette gives citizens something to act on: 9-1-1 first, then links they can follow. */
import { expect, test } from '@playwright/test';

test.beforeEach(async ({ page }) => {
  await page.goto('/netiquette/');
});

test('le 9-1-1 vient en premier, en mots simples, comme un conseil en plus de la politique', async ({ page }) => {
  const first = page.locator('main section').first();
  await expect(first.getByRole('heading', { level: 2 })).toContainText('9-1-1');
  await expect(first).toContainText('Conseil de sécurité, en plus de la politique');
  await expect(first.getByRole('link', { name: '9-1-1' })).toHaveAttribute('href', 'tel:911');
  await expect(page.locator('main')).not.toContainText(/hors politique/i);
});

test('les moyens du 311 sont des liens : le site Web de la Ville et le téléphone; l’application est nommée', async ({ page }) => {
  const point = page.locator('section', { has: page.getByRole('heading', { name: /311/ }) });
  await expect(point.getByRole('link', { name: 'le site Web de la Ville' })).toHaveAttribute('href', /^https?:\/\/www\.v3r\.net\//);
  await expect(point.getByRole('link', { name: 'le 311 par téléphone' })).toHaveAttribute('href', 'tel:311');
  await expect(point).toContainText('Trois-Rivières 311');
});

test('la liste des comptes officiels mène à l’adresse que donne la politique (section 2)', async ({ page }) => {
  await expect(page.getByRole('link', { name: /liste de ses comptes officiels/ })).toHaveAttribute(
    'href',
    'http://www.v3r.net/a-propos-de-la-ville/communications/medias-sociaux',
  );
});

test('journalistes et Politique C-2014-0097 renvoient au site de la Ville, sans rien inventer', async ({ page }) => {
  for (const name of [/Vous êtes journaliste/, /règles détaillées/]) {
    const point = page.locator('section', { has: page.getByRole('heading', { name }) });
    await expect(point.getByRole('link', { name: /site Web/ })).toHaveAttribute('href', /^https?:\/\/www\.v3r\.net\//);
    await expect(point).not.toContainText(/@|\d{3}[ -]\d{3}-\d{4}/);
  }
});
