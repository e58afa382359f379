/**
 * The SCORM 1.2 packages, run as a learning platform runs them: scorm-again's Scorm12API (an
 * independent LMS-side runtime) as `window.API` in a page that loads the SCO in a frame. Everything is
 * served from the zip itself, on an address that is not the site's: a file missing from the package,
 * or an absolute URL, fails the test.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { parse } from 'gift-pegjs';
import { giftHref, scormZipHref } from '../../src/lms/downloads';
import { pathProps } from '../support/path-props';
import { validateScorm12Manifest } from '../support/scorm-schemas';
import { allowMore, expectNoAxeViolations, STEP_MS } from './support';

const require = createRequire(import.meta.url);
const SCORM_AGAIN = readFileSync(require.resolve('scorm-again/scorm12/min'), 'utf8');
const LMS = 'http://lms.test';
const audience = 'elected' as const;
const slug = 'elus';
const modules = pathProps(audience);
const SLUGS = ['employes', 'elus', 'communications'];
const readZip = (s: string) => unzipSync(new Uint8Array(readFileSync(`dist${scormZipHref(s)}`)));
const zip = () => readZip(slug);

const TYPES: Record<string, string> = { html: 'text/html', js: 'text/javascript', css: 'text/css', svg: 'image/svg+xml', xml: 'application/xml', xsd: 'application/xml' };
const contentType = (pathname: string): string => TYPES[pathname.split('.').pop() ?? ''] ?? 'application/octet-stream';

/** The platform's page: the API, then the SCO in a frame. `resume` is what the platform kept from an earlier session. */
const harness = (resume: unknown) => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Plateforme de test</title>
<script src="/scorm-again.js"></script>
<script>
  window.API = new Scorm12API({ logLevel: 5, autocommit: false });
  const resume = ${JSON.stringify(resume)};
  if (resume) window.API.loadFromJSON(resume, 'cmi');
</script></head><body><iframe id="sco" title="Formation" src="/sco/index.html" style="width:100%;height:900px"></iframe></body></html>`;

async function openLms(page: Page, resume: unknown = null): Promise<string[]> {
  const outside: string[] = [];
  const files = zip();
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== LMS) {
      outside.push(url.href);
      return route.abort();
    }
    if (url.pathname === '/harness.html') return route.fulfill({ contentType: 'text/html', body: harness(resume) });
    if (url.pathname === '/scorm-again.js') return route.fulfill({ contentType: 'text/javascript', body: SCORM_AGAIN });
    const entry = files[url.pathname.replace(/^\/sco\//, '')];
    if (!url.pathname.startsWith('/sco/') || !entry) return route.fulfill({ status: 404, body: 'absent du paquet' });
    return route.fulfill({ contentType: contentType(url.pathname), body: Buffer.from(entry) });
  });
  await page.goto(`${LMS}/harness.html`);
  await expect(page.frameLocator('#sco').getByRole('status').filter({ hasText: 'transmis à la plateforme' })).toBeVisible();
  return outside;
}

/**
 * Keyboard on one control: focus it, press the key, until `done` holds. The page itself moves focus
 * (to a new question's title, to the feedback); when that lands just after our own focus, the key
 * press went elsewhere and is simply tried again, as a person would.
 */
async function press(page: Page, target: Locator, key: string, done: (timeout: number) => Promise<void>) {
  await expect(async () => {
    // A press that took effect late must not be pressed again (the control may be gone by now).
    const already = await done(50).then(() => true, () => false);
    if (already) return;
    await target.focus({ timeout: 2_000 });
    await page.keyboard.press(key);
    await done(1_000);
  }).toPass({ timeout: 15_000 });
}

/** Answers the current question with the keyboard: Space on the choice, then Enter on « Vérifier ». */
async function answer(page: Page, choiceId: string) {
  const sco = page.frameLocator('#sco');
  await expect(sco.locator('.quiz[data-ready]')).toBeVisible();
  const radio = sco.locator(`input[type="radio"][value="${choiceId}"]`);
  const live = sco.getByTestId('quiz-live');
  await press(page, radio, 'Space', (timeout) => expect(radio).toBeChecked({ timeout }));
  await press(page, sco.getByRole('button', { name: 'Vérifier' }), 'Enter', (timeout) =>
    expect(live).toContainText(/Bonne réponse|Mauvaise réponse/, { timeout }),
  );
}

async function openModule(page: Page, title: string) {
  const sco = page.frameLocator('#sco');
  await press(page, sco.getByRole('link', { name: title, exact: true }), 'Enter', (timeout) =>
    expect(sco.getByRole('heading', { level: 2, name: title })).toBeVisible({ timeout }),
  );
}

/** Enter on « Question suivante » (or « Voir le bilan »), until the question has changed. */
async function nextQuestion(page: Page) {
  const sco = page.frameLocator('#sco');
  const next = sco.getByRole('button', { name: /Question suivante|Voir le bilan/ });
  await press(page, next, 'Enter', (timeout) => expect(next).toHaveCount(0, { timeout }));
}

const cmiOf = (page: Page) => page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as { API: { cmi: unknown } }).API.cmi)));

test('le manifeste de chaque paquet est valide selon les schémas ADL SCORM 1.2', async () => {
  for (const s of SLUGS) {
    const files = readZip(s);
    const manifest = new TextDecoder().decode(files['imsmanifest.xml']);
    expect(await validateScorm12Manifest(manifest), s).toEqual({ valid: true, errors: [] });
    for (const href of manifest.matchAll(/<file href="([^"]+)"/g)) expect(files[href[1]!], `${s} : ${href[1]}`).toBeDefined();
  }
});

test('chaque banque GIFT construite se lit avec gift-pegjs, une question à choix multiples par scénario', () => {
  for (const s of SLUGS) {
    const questions = parse(readFileSync(`dist${giftHref(s)}`, 'utf8')).filter((q) => q.type === 'MC');
    expect(questions.length, s).toBeGreaterThan(5);
  }
  expect(parse(readFileSync(`dist${giftHref(slug)}`, 'utf8')).filter((q) => q.type === 'MC')).toHaveLength(modules.reduce((n, m) => n + m.scenarios.length, 0));
});

test('la page d’un parcours offre son paquet SCORM et sa banque GIFT aux administrateurs', async ({ page }) => {
  await page.goto('/parcours/elus/');
  for (const [name, href] of [[/Paquet SCORM/, scormZipHref(slug)], [/Banque de questions/, giftHref(slug)]] as const) {
    const link = page.getByRole('link', { name });
    await expect(link).toHaveAttribute('href', href);
    expect((await page.request.get(href)).status()).toBe(200);
  }
});

test('un parcours entier joué au clavier dans une plateforme : statut, score et interactions enregistrés, sans erreur', async ({ page }) => {
  // Every question of the path, answered in the platform's frame: the budget grows with the content.
  allowMore(modules.reduce((n, m) => n + STEP_MS.visit + m.scenarios.length * STEP_MS.question, 0));
  const outside = await openLms(page);
  const sco = page.frameLocator('#sco');
  let asked = 0;
  let right = 0;
  await openModule(page, modules[0]!.title);
  for (const m of modules) {
    await expect(sco.getByRole('heading', { level: 2, name: m.title })).toBeVisible();
    for (const [i, s] of m.scenarios.entries()) {
      // Start the path with one wrong answer, so the record holds both results.
      const pickWrong = asked === 0;
      const choice = s.choices.find((c) => c.right !== pickWrong)!;
      const question = sco.getByRole('heading', { name: `Question ${i + 1} sur ${m.scenarios.length}` });
      await expect(question).toBeVisible();
      await answer(page, choice.id);
      asked += 1;
      if (!pickWrong) right += 1;
      await nextQuestion(page);
    }
    await expect(sco.getByTestId('quiz-live')).toContainText('Résultat');
    // The module's summary leads to the next module, or back to the path's result after the last.
    const onward = sco.getByRole('link', { name: /Module suivant|Voir le résultat du parcours/ });
    await press(page, onward, 'Enter', (timeout) => expect(onward).toHaveCount(0, { timeout }));
  }
  const raw = Math.round((right / asked) * 100);
  await expect(sco.locator('.scorm-summary')).toContainText(`${raw} %`);
  const cmi = await cmiOf(page);
  expect(cmi.core.lesson_status).toBe(raw >= 80 ? 'passed' : 'failed');
  expect(cmi.core.score).toMatchObject({ raw: String(raw), min: '0', max: '100' });
  const interactions = Object.values(cmi.interactions) as Array<Record<string, string>>;
  expect(interactions).toHaveLength(asked);
  expect(interactions.filter((x) => x.result === 'wrong')).toHaveLength(1);
  for (const x of interactions) {
    expect(x.type).toBe('choice');
    expect(x.student_response).toMatch(/^[a-z]$/);
    expect(x.latency).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    expect(x.id).toMatch(/^[A-Za-z0-9_.-]+$/);
  }
  expect(await page.evaluate(() => (window as unknown as { API: { LMSGetLastError(): string } }).API.LMSGetLastError())).toBe('0');
  await expect(sco.locator('.scorm-error')).toHaveCount(0);
  expect(outside).toEqual([]);
});

test('une tentative interrompue reprend là où elle s’était arrêtée', async ({ page }) => {
  await openLms(page);
  const first = modules[0]!;
  await openModule(page, first.title);
  // Opening a module moves focus to its title, as a keyboard user expects.
  await expect(page.frameLocator('#sco').getByRole('heading', { level: 2, name: first.title })).toBeFocused();
  for (const [i, s] of first.scenarios.slice(0, 2).entries()) {
    await expect(page.frameLocator('#sco').getByRole('heading', { name: `Question ${i + 1} sur ${first.scenarios.length}` })).toBeVisible();
    await answer(page, s.choices.find((c) => c.right)!.id);
    await nextQuestion(page);
  }
  const kept = await cmiOf(page);
  expect(kept.core.lesson_status).toBe('incomplete');
  expect(kept.core.exit).toBe('suspend');
  expect(kept.suspend_data.length).toBeGreaterThan(0);

  // The learner closes the window; the platform opens a new session with what it kept.
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await openLms(page, { suspend_data: kept.suspend_data, core: { lesson_status: kept.core.lesson_status, entry: 'resume' } });
  const sco = page.frameLocator('#sco');
  await expect(sco.getByText('Commencé')).toBeVisible();
  await openModule(page, first.title);
  await expect(sco.getByRole('heading', { name: `Question 3 sur ${first.scenarios.length}` })).toBeVisible();
  await expect(sco.getByTestId('quiz-live')).toContainText('Vous reprenez là où vous étiez');
});

test('sans plateforme, le paquet fonctionne comme sur le site, et le dit', async ({ page }) => {
  const files = zip();
  await page.route('http://sans-plateforme.test/**', (route) => {
    const { pathname } = new URL(route.request().url());
    const entry = files[pathname.slice(1)];
    return entry ? route.fulfill({ contentType: contentType(pathname), body: Buffer.from(entry) }) : route.fulfill({ status: 404 });
  });
  await page.goto('http://sans-plateforme.test/index.html');
  await expect(page.getByRole('status').filter({ hasText: 'Aucune plateforme' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: modules[0]!.title, exact: true }).click();
  await expect(page.getByRole('heading', { name: `Question 1 sur ${modules[0]!.scenarios.length}` })).toBeVisible();
  await expectNoAxeViolations(page);
});
