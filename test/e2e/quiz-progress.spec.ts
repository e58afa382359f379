/**
 * Damaged saved progress, in Chromium: the module that was trapped (a question marked checked with no
 * answer: choices disabled, no « Vérifier », no « Question suivante ») opens on a usable question and
 * can be completed; the learner is told; the other modules keep their progress.
 */
import { expect, test, type Page } from '@playwright/test';
import { pathModules } from '../../src/quiz/build-props';
import { gradeScenario, scenariosFor } from '../../src/quiz/grade';
import { moduleKey } from '../../src/quiz/progress';
import { STORAGE_KEY } from '../../src/quiz/progress-store';
import { quizText } from '../../src/i18n/quiz';
import { readModuleFiles } from '../support/scenario-files';

const [trapped, other] = pathModules(readModuleFiles(), 'employees').map((m) => ({ id: m.id, scenarios: scenariosFor(m.data, 'employees').map(gradeScenario) }));
if (!trapped || !other) throw new Error('Le parcours des employés doit avoir au moins deux modules.');
const url = (id: string) => `/parcours/employes/${id}/`;
const labelOf = (c: (typeof trapped.scenarios)[number]['choices'][number]) => (c.text ? c.text : c.label);
const ids = (m: typeof trapped) => m.scenarios.map((s) => s.id);
const right = (m: typeof trapped, i: number) => m.scenarios[i]!.choices.find((c) => c.right)!;

/** The dead end: the first question answered, then stored as checked with no selection. */
const deadEnd = { seed: 0, round: 1, queue: ids(trapped), index: 0, selected: null, checked: true, first: { [ids(trapped)[0]!]: right(trapped, 0).id }, latest: { [ids(trapped)[0]!]: right(trapped, 0).id } };
/** A sound attempt elsewhere: the other module's first question answered, the second one next. */
const sound = { seed: 0, round: 1, queue: ids(other), index: 1, selected: null, checked: false, first: { [ids(other)[0]!]: right(other, 0).id }, latest: { [ids(other)[0]!]: right(other, 0).id } };

async function waitForIsland(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]') && document.querySelector('[data-ready]'));
}

/** Stores `value` once (the first page of the test), as a browser with damaged progress would hold it. */
async function seed(page: Page, value: string) {
  await page.addInitScript(
    ([key, stored]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key!, stored!);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [STORAGE_KEY, value],
  );
}

test.describe('une progression enregistrée abîmée', () => {
  for (const [what, stored] of [
    ['une question vérifiée sans réponse', { version: 1, results: {}, attempts: { [moduleKey('employees', trapped.id)]: deadEnd, [moduleKey('employees', other.id)]: sound }, names: {} }],
    ['un champ du mauvais type (« results »: [1, 2])', { version: 1, results: [1, 2], attempts: { [moduleKey('employees', trapped.id)]: deadEnd, [moduleKey('employees', other.id)]: sound }, names: {} }],
  ] as const) {
    test(`${what} : le module se termine, le message est affiché, les autres modules gardent leur progression`, async ({ page }) => {
      test.setTimeout(30_000 + trapped.scenarios.length * 5_000);
      await seed(page, JSON.stringify(stored));
      await page.goto(url(trapped.id));
      await waitForIsland(page);
      await expect(page.locator('.quiz-notice')).toHaveText(quizText.storagePartial);
      const total = trapped.scenarios.length;
      for (let i = 0; i < total; i += 1) {
        await expect(page.getByRole('heading', { level: 2, name: quizText.progressLabel(i + 1, total) })).toBeVisible();
        const choice = page.getByLabel(labelOf(right(trapped, i)));
        await expect(choice).toBeEnabled();
        await choice.check();
        await page.getByRole('button', { name: quizText.check }).click();
        await page.getByRole('button', { name: i === total - 1 ? quizText.seeSummary : quizText.next }).click();
      }
      await expect(page.locator('.quiz-score')).toHaveText(quizText.score(total, total));

      // Told once: the damaged entry was replaced.
      await page.goto(url(other.id));
      await waitForIsland(page);
      await expect(page.locator('.quiz-notice')).toHaveCount(0);
      await expect(page.getByTestId('quiz-live')).toHaveText(quizText.resumed(2, other.scenarios.length));
    });
  }
});
