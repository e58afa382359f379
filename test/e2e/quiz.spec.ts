/**
 * The training, in Chromium against the built site: a module done with the keyboard alone, feedback
 * announced in the live region, the score; progress surviving a reload; corrupted or unavailable
 * storage; the path from the home page to a printed attestation; axe; the quiz page's JS budget.
 * Right answers are the engine's verdicts on the content (the same as the build computes).
 */
import { expect, test, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { attestationText } from '../../src/i18n/quiz';
import { verdictAnnouncement, verdictText } from '../../src/i18n/verdict';
import { moduleSummaries } from '../../src/quiz/build-props';
import { choiceFeedback } from '../../src/quiz/feedback';
import { gradeScenario, scenariosFor } from '../../src/quiz/grade';
import { emptyProgress, moduleKey } from '../../src/quiz/progress';
import { STORAGE_KEY } from '../../src/quiz/progress-store';
import { readModuleFiles } from '../support/scenario-files';
import { allowMore, expectNoAxeViolations, STEP_MS, watchPage } from './support';

const modules = readModuleFiles();
const MODULE = 'opinion-personnelle';
const QUIZ_URL = `/parcours/employes/${MODULE}/`;
const graded = scenariosFor(modules.find((m) => m.id === MODULE)!.data, 'employees').map(gradeScenario);

/** The visible text of a choice's label, to find its radio button. */
const labelOf = (c: (typeof graded)[number]['choices'][number]) => (c.text ? c.text : c.label);
const rightChoice = (i: number) => graded[i]!.choices.find((c) => c.right)!;
const wrongChoice = (i: number) => graded[i]!.choices.find((c) => !c.right)!;

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, matches: (el: { tag: string; text: string; type: string }) => boolean, max = 60): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return { tag: a?.tagName.toLowerCase() ?? '', text: (a?.textContent ?? '').trim(), type: (a as HTMLInputElement | null)?.type ?? '' };
    });
    if (matches(el)) return;
  }
  throw new Error('élément introuvable au clavier');
}

/** Picks a choice with the arrow keys inside the radio group (never the mouse). */
async function chooseWithKeyboard(page: Page, text: string): Promise<void> {
  await tabTo(page, (el) => el.tag === 'input' && el.type === 'radio');
  const radios = page.getByRole('radio');
  const count = await radios.count();
  for (let i = 0; i < count * 2; i += 1) {
    const focusedLabel = await page.evaluate(() => {
      const a = document.activeElement as HTMLInputElement;
      return document.querySelector(`label[for="${a.id}"]`)?.textContent ?? '';
    });
    if (focusedLabel.includes(text)) {
      await page.keyboard.press('Space');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`choix introuvable : ${text}`);
}

async function waitForIsland(page: Page): Promise<void> {
  // Hydrated, and saved progress read (the islands mark themselves `data-ready`).
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]') && document.querySelector('[data-ready]'));
}

test.describe('un module de quiz', () => {
  test('se fait entièrement au clavier, annonce chaque verdict et donne le score', async ({ page, baseURL }) => {
    const watcher = watchPage(page, new URL(baseURL!).origin);
    await page.goto(QUIZ_URL);
    await waitForIsland(page);
    const live = page.getByTestId('quiz-live');
    await expect(live).toHaveAttribute('aria-live', 'polite');
    await expect(page.getByRole('heading', { level: 2, name: `Question 1 sur ${graded.length}` })).toBeVisible();
    await expect(page.getByRole('progressbar', { name: `Question 1 sur ${graded.length}` })).toBeVisible();

    // Checking without a choice says so, and nothing is graded.
    await tabTo(page, (el) => el.tag === 'button' && el.text === 'Vérifier');
    await page.keyboard.press('Enter');
    await expect(live).toHaveText('Choisissez une réponse avant de vérifier.');

    for (let i = 0; i < graded.length; i += 1) {
      const pick = i === 1 ? wrongChoice(i) : rightChoice(i);
      await expect(page.getByRole('heading', { level: 2, name: `Question ${i + 1} sur ${graded.length}` })).toBeVisible();
      // The fieldset's legend is the question; choosing does not submit.
      await expect(page.getByRole('group', { name: graded[i]!.question })).toBeVisible();
      await chooseWithKeyboard(page, labelOf(pick));
      await expect(page.locator('.quiz-feedback')).toHaveCount(0);
      await tabTo(page, (el) => el.tag === 'button' && el.text === 'Vérifier');
      await page.keyboard.press('Enter');
      await expect(live).toContainText(pick.right ? 'Bonne réponse.' : 'Mauvaise réponse.');
      const feedback = page.locator('.quiz-feedback');
      await expect(feedback).toBeFocused();
      // The verdict state in words, the engine's findings and the cited section's official words, with a link to it.
      await expect(feedback.locator('.quiz-choice-verdict').first().locator('.verdict')).toContainText(verdictText[pick.state].label);
      const shown = choiceFeedback(pick, graded[i]!.rightOutcome);
      for (const f of [...shown.toChange, ...shown.notes]) await expect(feedback).toContainText(f.message);
      await expect(feedback.locator('blockquote').first()).not.toBeEmpty();
      await expect(feedback.getByRole('link', { name: /Lire la section/ }).first()).toHaveAttribute('href', /^\/politique\/#section-/);
      if (!pick.right) await expect(feedback).toContainText(`La bonne réponse : ${rightChoice(i).label}`);
      await tabTo(page, (el) => el.tag === 'button' && /Question suivante|Voir le bilan/.test(el.text));
      await page.keyboard.press('Enter');
    }

    const summary = page.getByRole('heading', { level: 2, name: 'Bilan du module' });
    await expect(summary).toBeFocused();
    await expect(page.locator('.quiz-score')).toHaveText(`Résultat : ${graded.length - 1} sur ${graded.length} du premier coup.`);
    await expect(live).toHaveText(`Résultat : ${graded.length - 1} sur ${graded.length} du premier coup.`);
    await expectNoAxeViolations(page);

    // Retry the missed question, right this time.
    await tabTo(page, (el) => el.tag === 'button' && el.text.startsWith('Reprendre les questions manquées'));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: 'Reprise : question 1 sur 1' })).toBeFocused();
    await chooseWithKeyboard(page, labelOf(rightChoice(1)));
    await tabTo(page, (el) => el.tag === 'button' && el.text === 'Vérifier');
    await page.keyboard.press('Enter');
    await expect(live).toContainText('Bonne réponse.');
    await page.getByRole('button', { name: 'Voir le bilan' }).press('Enter');
    await expect(page.locator('.quiz-review')).toContainText('Réussie à la reprise');
    await expect(page.getByRole('button', { name: /Reprendre les questions manquées/ })).toHaveCount(0);
    expect(watcher.problems).toEqual([]);
  });

  test('garde la progression après un rechargement', async ({ page }) => {
    await page.goto(QUIZ_URL);
    await waitForIsland(page);
    await page.getByLabel(labelOf(rightChoice(0))).check();
    await page.getByRole('button', { name: 'Vérifier' }).click();
    await page.getByRole('button', { name: 'Question suivante' }).click();
    await page.reload();
    await waitForIsland(page);
    await expect(page.getByRole('heading', { level: 2, name: `Question 2 sur ${graded.length}` })).toBeVisible();
    await expect(page.getByTestId('quiz-live')).toHaveText(`Vous reprenez là où vous étiez : question 2 sur ${graded.length}.`);
    await page.goto('/parcours/employes/');
    await expect(page.locator('.path-progress')).toContainText('Commencé');
  });

  test('fonctionne quand la progression enregistrée est corrompue, et le dit poliment', async ({ page, baseURL }) => {
    const watcher = watchPage(page, new URL(baseURL!).origin);
    await page.addInitScript(([key]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key!, '{"version":1,"attempts":{"employees/opinion-personnelle":');
        sessionStorage.setItem('seeded', '1');
      }
    }, [STORAGE_KEY]);
    await page.goto(QUIZ_URL);
    await waitForIsland(page);
    await expect(page.locator('.quiz-notice')).toContainText('remise à zéro');
    await page.getByLabel(labelOf(rightChoice(0))).check();
    await page.getByRole('button', { name: 'Vérifier' }).click();
    await expect(page.getByTestId('quiz-live')).toContainText('Bonne réponse.');
    expect(watcher.problems).toEqual([]);
  });

  test('fonctionne quand le stockage du navigateur est refusé', async ({ page, baseURL }) => {
    const watcher = watchPage(page, new URL(baseURL!).origin);
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('refusé', 'SecurityError'); } });
    });
    await page.goto(QUIZ_URL);
    await waitForIsland(page);
    await expect(page.locator('.quiz-notice')).toContainText('ne permet pas d’enregistrer');
    await page.getByLabel(labelOf(wrongChoice(0))).check();
    await page.getByRole('button', { name: 'Vérifier' }).click();
    await expect(page.getByTestId('quiz-live')).toContainText('Mauvaise réponse.');
    await page.goto('/parcours/employes/');
    await expect(page.locator('.path-progress')).toContainText('ne permet pas d’enregistrer');
    expect(watcher.problems).toEqual([]);
  });

  test('charge moins de 35 Ko de JavaScript compressé (gzip)', async ({ page }) => {
    const scripts: Promise<Buffer>[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.push(r.body());
    });
    await page.goto(QUIZ_URL);
    await waitForIsland(page);
    await page.waitForLoadState('networkidle');
    const inline = await page.$$eval('script:not([src])', (s) => s.map((x) => x.textContent ?? '').join('\n'));
    const bodies = await Promise.all(scripts);
    const total = bodies.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0) + gzipSync(inline, { level: 9 }).length;
    console.log(`JavaScript au chargement de ${QUIZ_URL} : ${(total / 1024).toFixed(1)} Ko gzip (${bodies.length} fichiers + scripts en ligne)`);
    expect(bodies.length).toBeGreaterThan(0);
    expect(total).toBeLessThan(35 * 1024);
  });
});

test.describe('un parcours', () => {
  test('mène de l’accueil à une attestation imprimée, le nom restant du texte', async ({ page }) => {
    // Three pages with axe, then every question of the path: the budget grows with the content.
    allowMore(3 * STEP_MS.axe);
    await page.goto('/');
    await page.getByRole('link', { name: /Commencer : employés/ }).click();
    await expect(page).toHaveURL(/\/parcours\/employes\/$/);
    await waitForIsland(page);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Attestation : ce qu’il reste à faire' }).click();
    await waitForIsland(page);
    const path = moduleSummaries(modules, 'employees');
    for (const m of path) await expect(page.getByRole('link', { name: m.title })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto(path[0]!.href);
    for (const [mi, m] of path.entries()) {
      await expect(page).toHaveURL(new RegExp(`${m.href}$`));
      await waitForIsland(page);
      const scenarios = scenariosFor(modules.find((f) => f.id === m.id)!.data, 'employees').map(gradeScenario);
      allowMore(STEP_MS.visit + scenarios.length * STEP_MS.question);
      for (const s of scenarios) {
        const right = s.choices.find((c) => c.right)!;
        await page.locator(`input[name="choice-${s.id}"][value="${right.id}"]`).check();
        await page.getByRole('button', { name: 'Vérifier' }).click();
        await expect(page.getByTestId('quiz-live')).toContainText('Bonne réponse.');
        await page.getByRole('button', { name: /Question suivante|Voir le bilan/ }).click();
      }
      await expect(page.locator('.quiz-score')).toHaveText(`Résultat : ${scenarios.length} sur ${scenarios.length} du premier coup.`);
      await page.getByRole('link', { name: mi < path.length - 1 ? /Module suivant/ : 'Voir mon attestation' }).click();
    }

    await expect(page).toHaveURL(/\/parcours\/employes\/attestation\/$/);
    await waitForIsland(page);
    const name = '<b>Marie</b> <img src=x onerror="document.title=\'piraté\'"> Côté';
    await page.getByLabel('Votre nom, tel qu’il doit figurer sur l’attestation').fill(name);
    const doc = page.locator('.attestation__doc');
    await expect(page.getByTestId('attestation-name')).toHaveText(name);
    await expect(doc.locator('b, img')).toHaveCount(0);
    await expect(doc).toContainText('CE-2019-0040');
    await expect(doc).toContainText('8 janvier 2019');
    await expect(doc.getByRole('row')).toHaveCount(path.length + 2);
    await expectNoAxeViolations(page);

    // Survives a reload (kept in the browser only), then prints as a document.
    await page.reload();
    await waitForIsland(page);
    await expect(page.getByTestId('attestation-name')).toHaveText(name);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.attestation__form')).toBeHidden();
    await expect(doc).toBeVisible();
    expect(await doc.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/Georgia|serif/);
    const pdf = await page.pdf({ format: 'Letter' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await page.emulateMedia({ media: 'screen' });
    expect(await page.title()).not.toBe('piraté');

    // Reset from the path page, with confirmation.
    await page.goto('/parcours/employes/');
    await waitForIsland(page);
    await expect(page.locator('.path-progress')).toContainText(`${path.length} modules terminés sur ${path.length}`);
    await page.getByRole('button', { name: 'Effacer ma progression' }).click();
    await page.getByRole('button', { name: 'Annuler' }).click();
    await expect(page.locator('.path-progress')).toContainText(`${path.length} modules terminés`);
    await page.getByRole('button', { name: 'Effacer ma progression' }).click();
    await expect(page.getByRole('button', { name: 'Oui, tout effacer' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('.path-progress')).toContainText('0 module terminé sur');
    await expect(page.getByRole('status').filter({ hasText: 'Votre progression a été effacée.' })).toBeVisible();
  });
});

/** Every choice of every scenario of a path, graded, with its module page. */
function pathChoices(audience: 'employees' | 'elected' | 'communications') {
  return moduleSummaries(modules, audience).flatMap((m) =>
    scenariosFor(modules.find((f) => f.id === m.id)!.data, audience)
      .map(gradeScenario)
      .map((s) => ({ module: m, scenario: s })),
  );
}

test.describe('la rétroaction des quiz', () => {
  test('dit l’état du verdict dans les mots affichés, l’annonce, cite la section, et ne montre jamais « Permis » à côté d’une mise en garde', async ({ page }) => {
    // A scenario with a choice the engine allows but has a warning on: the case that used to show « Permis ».
    const found = pathChoices('communications').find(({ scenario }) => scenario.choices.some((c) => c.state === 'to-fix'));
    expect(found, 'un choix « À corriger » dans le parcours des Communications').toBeTruthy();
    const { module: m, scenario } = found!;
    const choice = scenario.choices.find((c) => c.state === 'to-fix')!;
    await page.goto(m.href);
    await waitForIsland(page);
    // Questions come in the author's order: answer those before it rightly, then pick the « À corriger » choice.
    const before = scenariosFor(modules.find((f) => f.id === m.id)!.data, 'communications').map(gradeScenario);
    for (const s of before.slice(0, before.findIndex((x) => x.id === scenario.id))) {
      await page.locator(`input[name="choice-${s.id}"][value="${s.choices.find((c) => c.right)!.id}"]`).check();
      await page.getByRole('button', { name: 'Vérifier' }).click();
      await page.getByRole('button', { name: /Question suivante/ }).click();
    }
    await page.locator(`input[name="choice-${scenario.id}"][value="${choice.id}"]`).check();
    await page.getByRole('button', { name: 'Vérifier' }).click();
    const feedback = page.locator('.quiz-feedback');
    const mine = feedback.locator(`.quiz-choice-verdict[data-choice="${choice.id}"]`);
    await expect(mine.locator('.verdict')).toHaveAttribute('data-verdict-state', 'to-fix');
    await expect(mine.locator('.verdict')).toContainText(verdictText['to-fix'].label);
    await expect(mine.locator('.quiz-finding--warning')).toBeVisible();
    await expect(mine.getByTestId('quiz-deciding')).toContainText(choice.sections[0]!);
    await expect(page.getByTestId('quiz-live')).toContainText(`Mauvaise réponse. ${verdictAnnouncement('to-fix')}`);
    // Nowhere in the feedback a « Permis » beside a warning or an error.
    for (const block of await feedback.locator('.quiz-choice-verdict').all()) {
      const problems = await block.locator('.quiz-finding--warning, .quiz-finding--error').count();
      if (problems > 0) await expect(block.locator('.verdict--allowed')).toHaveCount(0);
      await expect(block.getByTestId('quiz-deciding')).toContainText(/Sections? qui tranchen?t? : \d/);
    }
    await expectNoAxeViolations(page);
  });
});

test.describe('l’attestation', () => {
  const path = moduleSummaries(modules, 'employees');
  /** Saved progress with every module done, `missed` questions missed in the first module. */
  const progressWith = (missed: number, name = '') => {
    const p = emptyProgress();
    for (const [i, m] of path.entries()) p.results[moduleKey('employees', m.id)] = { score: i === 0 ? m.total - missed : m.total, total: m.total, completedAt: '2026-01-15T10:00:00.000Z' };
    if (name) p.names.employees = name;
    return JSON.stringify(p);
  };
  const total = path.reduce((n, m) => n + m.total, 0);
  const seed = async (page: Page, raw: string) => {
    await page.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, raw]);
  };

  test('reste verrouillée sous le seuil, dit ce qui manque et mène aux modules à refaire', async ({ page }) => {
    // Enough misses in the first module to fall under 80 %.
    const missed = Math.min(path[0]!.total, Math.ceil(total * 0.21));
    await seed(page, progressWith(missed));
    await page.goto('/parcours/employes/attestation/');
    await waitForIsland(page);
    await expect(page.locator('[data-standing="below-mark"]')).toBeVisible();
    await expect(page.getByText(attestationText.rules(80))).toBeVisible();
    await expect(page.locator('.attestation__doc')).toHaveCount(0);
    await expect(page.getByRole('textbox')).toHaveCount(0);
    await expect(page.getByRole('button', { name: attestationText.print })).toHaveCount(0);
    await expect(page.getByRole('link', { name: path[0]!.title })).toHaveAttribute('href', path[0]!.href);
    await expectNoAxeViolations(page);
  });

  test('au seuil, demande un nom avant d’imprimer, puis montre le score, la date et la politique', async ({ page }) => {
    await seed(page, progressWith(0));
    await page.goto('/parcours/employes/attestation/');
    await waitForIsland(page);
    await expect(page.locator('[data-standing="passed"]')).toBeVisible();
    await expect(page.locator('.attestation__doc')).toHaveCount(0);
    await page.getByRole('button', { name: attestationText.print }).click();
    await expect(page.getByRole('alert')).toHaveText(attestationText.nameRequired);
    const name = page.getByLabel(/Votre nom/);
    await expect(name).toBeFocused();
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await name.fill('Marie Côté');
    const doc = page.locator('.attestation__doc');
    await expect(doc).toContainText('Marie Côté');
    await expect(doc).toContainText(`100 % de bonnes réponses du premier coup (${total} sur ${total}`);
    await expect(doc).toContainText('CE-2019-0040');
    await expect(doc).toContainText('8 janvier 2019');
    await expect(doc).toContainText('15 janvier 2026');
    await expect(doc).toContainText('Auto-attestation');
    await expect(doc).not.toContainText('Nous attestons');
    await expectNoAxeViolations(page);
  });
});
