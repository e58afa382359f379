/**
 * The decision helper in Chromium: walked with the keyboard to known answers, shared links,
 * the back button, and the same answers without JavaScript.
 */
import { frenchProse } from '../../src/build/typography.ts';
import { expect, test, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { evaluate, labels } from '../../src/engine/index.ts';
import { decisionExamples, type DecisionExample } from '../../src/components/decide/examples.ts';
import { answered, previous, toPath, toQuery, toSituation } from '../../src/components/decide/tree.ts';
import { decideUi, optionLabel, questionText } from '../../src/i18n/decide.ts';
import { verdictText } from '../../src/i18n/verdict.ts';
import { verdictState, type VerdictState } from '../../src/verdict/state.ts';
import { allowMore, expectNoAxeViolations, STEP_MS, watchPage } from './support';

const heading = (page: Page) => page.locator('#decide-step');

/**
 * Waits for the island to take over the links. Before that, a click opens the pre-built page
 * (the form works without JavaScript): right for people, but not the path these tests walk.
 */
const hydrated = (page: Page) => page.waitForFunction(() => document.querySelector('astro-island') !== null && !document.querySelector('astro-island[ssr]'));

/** Tabs to the option whose label is `label` and presses Enter, as a keyboard user would. */
async function chooseWithKeyboard(page: Page, label: string) {
  const target = page.getByRole('link', { name: label, exact: true });
  await expect(target).toBeVisible();
  for (let i = 0; i < 60; i += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(target).toBeFocused();
  await page.keyboard.press('Enter');
}

const byOutcome = (o: string) => decisionExamples.find((e) => e.outcome === o)!;
/** How the answer to a walk reads: the verdict state the engine's verdict gives. */
const stateOf = (e: DecisionExample): VerdictState => verdictState(evaluate(toSituation(e.choices)!));
/** The answer's heading: the state's icon (hidden from screen readers) and its words. */
const answerTitle = (e: DecisionExample) => new RegExp(`^\\S*\\s*${verdictText[stateOf(e)].label}$`);

for (const outcome of ['allowed', 'not-allowed', 'not-covered'] as const) {
  test(`au clavier jusqu’à une réponse dont l’issue est « ${outcome} »`, async ({ page, baseURL }) => {
    const example = byOutcome(outcome);
    const watcher = watchPage(page, new URL(baseURL!).origin);
    await page.goto('/aide-a-la-decision/');
    await hydrated(page);
    const steps = answered(example.choices);
    expect(steps.length).toBeLessThanOrEqual(5);
    for (const step of steps) {
      await chooseWithKeyboard(page, optionLabel(step.question, step.value));
      // Focus moves to the next question (or the answer), so the next Tab starts from there.
      await expect(heading(page)).toBeFocused();
    }
    await expect(heading(page)).toHaveText(answerTitle(example));
    expect(new URL(page.url()).pathname).toBe('/aide-a-la-decision/');
    expect(new URL(page.url()).search).toBe(toQuery(example.choices));
    // Every finding cites its section, quoted, with a link to the official text.
    const findings = page.locator('.decide-finding');
    const count = await findings.count();
    if (outcome !== 'allowed') expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i += 1) {
      await expect(findings.nth(i).locator('blockquote.decide-quote__text')).not.toBeEmpty();
      await expect(findings.nth(i).getByRole('link', { name: /Lire la section/ })).toHaveAttribute('href', /^\/politique\/#section-/);
    }
    // The live region announces the verdict state, in the words shown.
    await expect(page.locator('[aria-live="polite"]')).toContainText(`${verdictText[stateOf(example)].label}. ${verdictText[stateOf(example)].lead}`);
    await expectNoAxeViolations(page);
    expect(watcher.problems).toEqual([]);
  });
}

test('un lien partagé rouvre la même réponse, et le bouton Précédent revient à la question d’avant', async ({ page }) => {
  const example = byOutcome('not-allowed');
  await page.goto(`/aide-a-la-decision/${toQuery(example.choices)}`);
  await hydrated(page);
  await expect(heading(page)).toHaveText(answerTitle(example));
  await page.reload();
  await expect(heading(page)).toHaveText(answerTitle(example));

  // Walk two steps from the start, then go back.
  await page.goto('/aide-a-la-decision/');
  await hydrated(page);
  await page.getByRole('link', { name: labels.role.employee, exact: true }).click();
  await expect(heading(page)).toHaveText('Que voulez-vous faire?');
  await page.getByRole('link', { name: optionLabel('action', 'publish'), exact: true }).click();
  await expect(heading(page)).toHaveText('Sur quel compte?');
  await page.goBack();
  await expect(heading(page)).toHaveText('Que voulez-vous faire?');
  await expect(page).toHaveURL(/\?role=employee$/);
  await page.goBack();
  await expect(heading(page)).toHaveText('Qui êtes-vous?');
  await page.goForward();
  await expect(heading(page)).toHaveText('Que voulez-vous faire?');
});

test('jamais « Permis » en vert à côté d’une mise en garde : chaque réponse montre l’état qui correspond à ses remarques', async ({ page }) => {
  for (const example of decisionExamples) {
    await page.goto(toPath(example.choices));
    const warnings = await page.locator('.decide-finding--warning').count();
    const errors = await page.locator('.decide-finding--error').count();
    const state = await heading(page).getAttribute('data-verdict-state');
    if (errors > 0) expect(state, toPath(example.choices)).toBe('not-allowed');
    else if (warnings > 0) expect(['to-fix', 'not-covered'], toPath(example.choices)).toContain(state);
    await expect(heading(page), toPath(example.choices)).toHaveText(answerTitle(example));
  }
  // The walk to a complaint's reply has a warning (invite to the 311): it reads « À corriger », never « Permis ».
  const complaint = decisionExamples.find((e) => e.choices.incoming === 'complaint')!;
  expect(stateOf(complaint)).toBe('to-fix');
});

/** Clicks through the answers of an example, from the helper's first question. */
async function walk(page: Page, example: DecisionExample) {
  await page.goto('/aide-a-la-decision/');
  await hydrated(page);
  for (const step of answered(example.choices)) {
    await page.getByRole('link', { name: optionLabel(step.question, step.value), exact: true }).click();
  }
}

test('pendant qu’une réponse arrive, la question reste là, puis la réponse s’affiche et s’annonce', async ({ page }) => {
  const example = byOutcome('not-allowed');
  const steps = answered(example.choices);
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/aide-a-la-decision/verdicts/**', async (route) => {
    await held;
    await route.continue();
  });
  await walk(page, example);
  await expect(page.locator('.decide-loading')).toHaveText(decideUi.loading);
  // The last question is still on screen and usable, and the address has not moved yet.
  await expect(heading(page)).toHaveText(questionText[steps.at(-1)!.question].title);
  expect(new URL(page.url()).search).toBe(toQuery(previous(example.choices)));
  release();
  await expect(heading(page)).toHaveText(answerTitle(example));
  await expect(heading(page)).toBeFocused();
  await expect(page.locator('.decide-loading')).toHaveCount(0);
  await expect(page.locator('[aria-live="polite"]')).toContainText(verdictText[stateOf(example)].label);
  expect(new URL(page.url()).search).toBe(toQuery(example.choices));
});

test('si la réponse ne peut pas être lue, la page préparée des mêmes réponses s’ouvre', async ({ page }) => {
  const example = byOutcome('not-covered');
  await page.route('**/aide-a-la-decision/verdicts/**', (route) => route.abort());
  await walk(page, example);
  await expect(page).toHaveURL(new RegExp(`${toPath(example.choices)}$`));
  await expect(heading(page)).toHaveText(answerTitle(example));
  // A shared link whose answer cannot be read opens the same pre-built page.
  await page.goto(`/aide-a-la-decision/${toQuery(example.choices)}`);
  await expect(page).toHaveURL(new RegExp(`${toPath(example.choices)}$`));
  await expect(heading(page)).toHaveText(answerTitle(example));
});

test('une réponse à un commentaire montre le modèle de réponse ou la suggestion du moteur', async ({ page }) => {
  const example = decisionExamples.find((e) => e.choices.action === 'reply')!;
  await page.goto(`/aide-a-la-decision/${toQuery(example.choices)}`);
  await hydrated(page);
  await expect(heading(page)).toHaveText(answerTitle(example));
  const advice = page.locator('.decide-model, .decide-finding__suggestion blockquote');
  await expect(advice.first()).toContainText(/311/);
});

test.describe('sans JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('les choix mènent, page par page, aux mêmes réponses', async ({ page }) => {
    for (const example of decisionExamples) {
      allowMore(STEP_MS.visit * (1 + answered(example.choices).length));
      await page.goto('/aide-a-la-decision/');
      for (const step of answered(example.choices)) {
        await page.getByRole('link', { name: optionLabel(step.question, step.value), exact: true }).click();
      }
      await expect(page).toHaveURL(new RegExp(`${toPath(example.choices)}$`));
      await expect(heading(page)).toHaveText(answerTitle(example));
    }
  });

  test('une page préparée n’a ni script ni îlot, et se laisse remonter d’une étape', async ({ page }) => {
    const example = byOutcome('not-covered');
    await page.goto(toPath(example.choices));
    await expect(page.locator('script')).toHaveCount(0);
    await page.getByRole('link', { name: 'Revenir à la question précédente' }).click();
    const steps = answered(example.choices);
    await expect(heading(page)).toHaveText(/\?$/);
    await expect(page.getByRole('link', { name: optionLabel(steps.at(-1)!.question, steps.at(-1)!.value), exact: true })).toBeVisible();
  });
});

test('les pages préparées passent axe et tiennent à 320 px (un échantillon : une par genre de réponse et une question)', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const example of decisionExamples) {
    allowMore(STEP_MS.axe);
    await page.goto(toPath(example.choices));
    await expect(heading(page)).toHaveText(answerTitle(example));
    await expectNoAxeViolations(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, toPath(example.choices)).toBeLessThanOrEqual(0);
  }
  await page.goto(toPath({ role: 'elected' }));
  // A prepared page is static HTML: it has the build's French typography (src/build/typography.ts).
  await expect(heading(page)).toHaveText(frenchProse('Que voulez-vous faire?'));
  await expectNoAxeViolations(page);
});

test('l’îlot ne charge que peu de JavaScript (moins de 35 Ko compressés : les verdicts sont écrits à la construction)', async ({ page }) => {
  const bodies: Promise<Buffer>[] = [];
  page.on('response', (res) => {
    if (res.request().resourceType() === 'script') bodies.push(res.body());
  });
  await page.goto('/aide-a-la-decision/');
  await hydrated(page);
  await page.waitForLoadState('networkidle');
  const gzipped = (await Promise.all(bodies)).reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0);
  expect(gzipped).toBeGreaterThan(0);
  // The budget of test/gates/budgets.config.ts: the engine is not in the page.
  expect(gzipped).toBeLessThan(35 * 1024);
});
