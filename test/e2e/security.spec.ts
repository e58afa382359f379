/**
 * The Content-Security-Policy in a real browser: search (Pagefind's WebAssembly) and every island
 * work under it, nothing is blocked, and what a person types is shown as text, never run.
 */
import { expect, test } from '@playwright/test';
import { allowMore, crawlSite, expectNoScriptExecution, MARKUP_PAYLOADS, STEP_MS, useProductionHeaders, watchCspViolations } from './support';

test('la recherche fonctionne sous la politique de sécurité (WebAssembly compris)', async ({ page }) => {
  await useProductionHeaders(page);
  const violations = await watchCspViolations(page);
  const wasm: string[] = [];
  page.on('request', (r) => {
    if (/\/pagefind\/.*wasm/.test(r.url())) wasm.push(r.url());
  });
  await page.goto('/recherche/?q=plainte');
  await expect(page.getByRole('status')).toContainText(/trouvé/);
  await expect(page.locator('#search-results a[href*="#section-"]').first()).toBeVisible();
  expect(wasm.length, 'le moteur WebAssembly de Pagefind a été chargé').toBeGreaterThan(0);
  expect(await violations()).toEqual([]);
});

test('chaque page a sa politique de sécurité, et chaque îlot s’hydrate sans violation', async ({ page }) => {
  test.setTimeout(120_000);
  const pages = await crawlSite(page);
  await useProductionHeaders(page);
  for (const path of pages) {
    allowMore(STEP_MS.visit);
    const violations = await watchCspViolations(page);
    await page.goto(path);
    await expect(page.locator('meta[http-equiv="content-security-policy"]'), path).toHaveAttribute('content', /object-src 'none'/);
    // Astro removes the `ssr` attribute once an island has hydrated; client:visible waits to be seen.
    for (const island of await page.locator('astro-island').all()) {
      await island.scrollIntoViewIfNeeded();
      await expect(island, `îlot non hydraté sur ${path}`).not.toHaveAttribute('ssr', /.*/);
    }
    expect(await violations(), path).toEqual([]);
    page.removeAllListeners();
  }
});

test('le balisage et les scripts tapés dans la recherche restent du texte', async ({ page }) => {
  await useProductionHeaders(page);
  await page.goto('/recherche/');
  const status = page.getByRole('status');
  for (const payload of MARKUP_PAYLOADS) {
    await expectNoScriptExecution(page, async () => {
      await page.getByRole('searchbox', { name: 'Mot ou expression' }).fill(payload);
      await page.keyboard.press('Enter');
      await expect(status).toContainText(/résultat|trouvé/);
    });
    await expect(status).toContainText(payload.trim().slice(0, 40));
  }
  for (const payload of MARKUP_PAYLOADS.slice(0, 2)) {
    await expectNoScriptExecution(page, async () => {
      await page.goto(`/recherche/?q=${encodeURIComponent(payload)}`);
      await expect(status).toContainText(/résultat|trouvé/);
    });
    await expect(status).toContainText(payload.slice(0, 40));
  }
});
