/**
 * The simulator's engine runs in a Web Worker: under the production security headers, with a note
 * when an answer is slow, and on the page itself when the browser has no Worker or the worker cannot
 * load. Fields stop at the length cap and say so.
 */
import { expect, test, type Page } from '@playwright/test';
import { simulatorExamples as ex } from '../../src/components/simulator/examples';
import { MAX_TEXT_LENGTH } from '../../src/components/simulator/use-evaluation';
import { sim } from '../../src/i18n/simulator';
import { useProductionHeaders, watchCspViolations } from './support';

const PROMPT = `/simulateur/compte-de-la-ville/${ex.complaintPrompt}/`;
const WORKER_FILE = /\/_astro\/engine(?:-evaluate)?\.worker[^/]*\.js$/;
const MAIN_THREAD_ENGINE = /\/_astro\/engine-main-thread[^/]*\.js$/;

/** Script files the page asked for (the worker's included), by path. */
function scriptsOf(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => seen.push(new URL(r.url()).pathname));
  return seen;
}

async function ready(page: Page, path: string) {
  await page.goto(path);
  await page.waitForSelector('astro-island:not([ssr])');
}

async function expectComplaintFlagged(page: Page) {
  await page.getByLabel(/Votre réponse à /).fill(ex.badComplaintReply);
  await expect(page.locator('.sim-finding[data-section="3.1.5"]').first()).toBeVisible();
  await expect(page.getByTestId('sim-announcement')).toContainText(/section 3\.1\.5/);
}

test('le moteur répond depuis son Web Worker, sous la politique de sécurité de production, sans violation', async ({ page }) => {
  await useProductionHeaders(page);
  const violations = await watchCspViolations(page);
  const requested = scriptsOf(page);
  await ready(page, PROMPT);
  await expectComplaintFlagged(page);
  expect(page.workers().some((w) => WORKER_FILE.test(new URL(w.url()).pathname)), 'le worker du moteur tourne').toBe(true);
  expect(requested.filter((p) => MAIN_THREAD_ENGINE.test(p)), 'le moteur n’est pas chargé une seconde fois sur la page').toEqual([]);
  // The received-comment tool classifies through the same worker.
  await ready(page, '/simulateur/commentaire-recu/');
  await page.getByLabel('Le commentaire du citoyen').fill(ex.pastedComment);
  await expect(page.getByLabel('Genre de commentaire')).toHaveValue(ex.pastedKind);
  expect(await violations()).toEqual([]);
});

test('une pause, une seule évaluation : elle sert à la fois la page et le résumé annoncé', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __evaluations: number };
    w.__evaluations = 0;
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, message: unknown, options?: StructuredSerializeOptions) {
      if ((message as { kind?: string }).kind === 'evaluate') w.__evaluations++;
      return post.call(this, message, options);
    } as Worker['postMessage'];
  });
  await ready(page, PROMPT);
  await expectComplaintFlagged(page);
  expect(await page.evaluate(() => (window as unknown as { __evaluations: number }).__evaluations)).toBe(1);
});

test('« Analyse en cours… » s’affiche seulement quand la réponse tarde, puis laisse la place au verdict', async ({ page }) => {
  // Hold the worker's script until the note has been seen: the first answer is then slow.
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route(WORKER_FILE, async (route) => {
    await held;
    await route.continue();
  });
  await ready(page, PROMPT);
  const note = page.getByText(sim.analysing);
  await expect(note).toHaveCount(0);
  await page.getByLabel(/Votre réponse à /).fill(ex.badComplaintReply);
  await expect(note).toBeVisible();
  release();
  await expect(page.locator('.sim-finding[data-section="3.1.5"]').first()).toBeVisible();
  await expect(note).toHaveCount(0);
});

test('sans Web Worker dans le navigateur, le moteur tourne sur la page', async ({ page }) => {
  await page.addInitScript(() => {
    // An older browser, or one where workers are turned off.
    delete (window as unknown as { Worker?: unknown }).Worker;
  });
  const requested = scriptsOf(page);
  await ready(page, PROMPT);
  await expectComplaintFlagged(page);
  expect(requested.some((p) => MAIN_THREAD_ENGINE.test(p))).toBe(true);
  expect(requested.some((p) => WORKER_FILE.test(p))).toBe(false);
});

test('si le worker ne peut pas se charger, le moteur tourne sur la page', async ({ page }) => {
  await page.route(WORKER_FILE, (route) => route.fulfill({ status: 404, body: '' }));
  await ready(page, PROMPT);
  await expectComplaintFlagged(page);
  await ready(page, '/simulateur/commentaire-recu/');
  await page.getByLabel('Le commentaire du citoyen').fill(ex.pastedComment);
  await expect(page.getByLabel('Genre de commentaire')).toHaveValue(ex.pastedKind);
});

test('un texte trop long est coupé à la limite, et la page le dit en français', async ({ page }) => {
  await ready(page, PROMPT);
  const reply = page.getByLabel(/Votre réponse à /);
  const message = sim.tooLong(MAX_TEXT_LENGTH);
  expect(message).toMatch(/100\s000 caractères/);
  await expect(page.getByText(message)).toHaveCount(0);
  await reply.fill(`${ex.profaneReply} ${'Bonjour, merci de votre message. '.repeat(3100)}`);
  expect((await reply.inputValue()).length).toBe(MAX_TEXT_LENGTH);
  await expect(page.getByText(message)).toBeVisible();
  await expect(page.locator('.sim-finding[data-section="3.2"]').first()).toBeVisible();
  await reply.fill(ex.fixedComplaintReply);
  await expect(page.getByText(message)).toHaveCount(0);
  await expect(page.locator('.sim-outcome')).toHaveAttribute('data-outcome', 'allowed');
});
