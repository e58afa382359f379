/** Search: French as people type it, results pointing at sections, Pagefind loaded only when used. */
import { expect, test } from '@playwright/test';

const cases = [
  // query, a section the results must point at
  { query: 'demandes medias', section: '#section-3-1-6' },
  { query: 'plaintes', section: '#section-3-1-5' },
  { query: 'elus', section: '#section-4-3' },
  { query: 'JOURNALISTES', section: '#section-3-1-6' },
  { query: 'requete', section: '#section-3-1-5' },
  { query: 'direction generale', section: '#section-4-2' },
];

for (const { query, section } of cases) {
  test(`« ${query} » trouve la section ${section}`, async ({ page }) => {
    await page.goto(`/recherche/?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('status')).toContainText(/trouvé/);
    await expect(page.locator(`#search-results a[href$="${section}"]`).first()).toBeVisible();
  });
}

for (const { query, section } of [
  { query: '311', section: '#section-3-1-5' },
  { query: 'direction generale', section: '#section-4-2' },
  { query: "heures d'ouverture", section: '#section-3-3' },
  { query: 'journaliste', section: '#section-3-1-6' },
]) {
  test(`« ${query} » : la section ${section} de la politique est un résultat à elle seule, en tête`, async ({ page }) => {
    await page.goto(`/recherche/?q=${encodeURIComponent(query)}`);
    const first = page.locator('#search-results > li').first();
    await expect(first.locator('h2 a')).toHaveAttribute('href', `/politique/${section}`);
    await expect(first.locator('h2 a')).toHaveText(/^Section [\d.]+ : \S/);
  });
}

test('les extraits ne montrent ni identifiants de règle ni blocs de progression', async ({ page }) => {
  for (const query of ['plainte', 'journaliste', 'élus', 'fin de semaine']) {
    await page.goto(`/recherche/?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('status')).toContainText(/trouvé/);
    await expect(page.locator('#search-results')).not.toContainText(/Identifiant|Gravité|Votre progression|[a-z]+-[a-z]+-[a-z]+-[a-z]+/);
  }
});

test('tous les résultats sont atteignables : « Afficher plus » montre les suivants, puis disparaît', async ({ page }) => {
  await page.goto('/recherche/?q=ville');
  const status = page.getByRole('status');
  await expect(status).toContainText(/trouvés/);
  const total = Number((await status.textContent())!.match(/\d+/)![0]);
  expect(total).toBeGreaterThan(10);
  const items = page.locator('#search-results > li');
  await expect(items).toHaveCount(10);
  const more = page.getByRole('button', { name: 'Afficher plus de résultats' });
  while (await more.isVisible()) {
    const before = await items.count();
    await more.click();
    await expect(items).not.toHaveCount(before);
    // Focus moves to the first new result, so a keyboard user carries on from there.
    await expect(items.nth(before).locator('h2 a')).toBeFocused();
  }
  await expect(items).toHaveCount(total);
  await expect(page.getByText(`${total} sur ${total} affichés.`)).toBeVisible();
});

test('« Nouvelliste » mène d’abord à l’exercice sur Le Nouvelliste, pas à « nouvelle »', async ({ page }) => {
  await page.goto('/recherche/?q=Nouvelliste');
  await expect(page.locator('#search-results > li').first().locator('h2 a')).toHaveAttribute('href', '/simulateur/compte-de-la-ville/media-nouvelliste/');
});

test('une mise en situation se retrouve par la recherche, et mène à son module', async ({ page }) => {
  await page.goto(`/recherche/?q=${encodeURIComponent('piste cyclable')}`);
  const hit = page.locator('#search-results a[href^="/parcours/mises-en-situation/#"]').first();
  await expect(hit).toBeVisible();
  await hit.click();
  const scenario = page.locator(':target');
  await expect(scenario).toBeInViewport();
  await expect(page.locator('li', { has: scenario }).getByRole('link', { name: /Employés|Élus|Équipe/ }).first()).toHaveAttribute('href', /^\/parcours\/[a-z-]+\/[a-z-]+\/$/);
});

test('la recherche de l’en-tête part d’une page de lecture, au clavier, et mène à la section', async ({ page }) => {
  const pagefind: string[] = [];
  page.on('request', (req) => {
    if (req.url().includes('/pagefind/')) pagefind.push(req.url());
  });
  await page.goto('/netiquette/');
  expect(pagefind).toEqual([]);
  await page.getByRole('searchbox', { name: 'Rechercher dans le site' }).fill('plainte');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/recherche\/\?q=plainte/);
  const hit = page.locator('#search-results a[href$="#section-3-1-5"]').first();
  await expect(hit).toBeVisible();
  expect(pagefind.length).toBeGreaterThan(0);
  await hit.click();
  await expect(page.locator('#section-3-1-5')).toBeInViewport();
});

test('« medias » trouve « médias » et le surligne', async ({ page }) => {
  await page.goto('/recherche/?q=medias');
  await expect(page.locator('#search-results mark').first()).toHaveText(/^médias$/i);
});

test('une recherche sans résultat le dit en mots', async ({ page }) => {
  await page.goto('/recherche/?q=zzzzqqq');
  await expect(page.getByRole('status')).toHaveText(/Aucun résultat pour « zzzzqqq »/);
});

test('le balisage tapé dans la recherche est affiché comme du texte', async ({ page }) => {
  let dialog = false;
  page.on('dialog', async (d) => {
    dialog = true;
    await d.dismiss();
  });
  await page.goto(`/recherche/?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
  await expect(page.getByRole('status')).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.locator('main img')).toHaveCount(0);
  expect(dialog).toBe(false);
});
