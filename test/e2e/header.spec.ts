/**
 * The header on a phone: compact without JavaScript (the menu folds into a <details>), the search
 * field one tap away, every menu entry reachable by keyboard.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support';

// These pages load no script at all (pages.spec.ts checks it): what works here works without JavaScript.

for (const path of ['/', '/politique/', '/netiquette/']) {
  test(`à 320 px, l’en-tête de ${path} tient en bien moins de 330 px et la recherche reste visible`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 740 });
    await page.goto(path);
    const header = await page.locator('header.site-header').boundingBox();
    expect(header!.height).toBeLessThan(160);
    await expect(page.getByRole('searchbox', { name: 'Rechercher dans le site' })).toBeInViewport();
    await expect(page.getByRole('link', { name: 'La politique', exact: true })).toBeHidden();
    // The placeholder fits in its field (it was cut off).
    const fits = await page.locator('#site-search-q').evaluate((input: HTMLInputElement) => {
      const probe = document.createElement('span');
      probe.style.font = getComputedStyle(input).font;
      probe.style.position = 'absolute';
      probe.style.whiteSpace = 'pre';
      probe.textContent = input.placeholder;
      document.body.append(probe);
      const width = probe.getBoundingClientRect().width;
      probe.remove();
      const style = getComputedStyle(input);
      return width <= input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    });
    expect(fits).toBe(true);
  });
}

test('à 320 px, le menu s’ouvre sans JavaScript, au clavier, et mène aux pages', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 740 });
  await page.goto('/');
  const menu = page.getByRole('navigation', { name: 'Navigation principale' });
  await expect(menu).toHaveCount(1);
  await menu.getByText('Menu').focus();
  await page.keyboard.press('Enter');
  const link = menu.getByRole('link', { name: 'Nétiquette' });
  await expect(link).toBeVisible();
  await expectNoAxeViolations(page);
  await link.click();
  await expect(page).toHaveURL(/\/netiquette\/$/);
});

test('sur un écran large, les entrées du menu sont toutes visibles, sans bouton Menu', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  await expect(nav).toHaveCount(1);
  await expect(nav.getByRole('link', { name: 'La politique', exact: true })).toBeVisible();
  await expect(page.getByText('Menu', { exact: true })).toBeHidden();
});
