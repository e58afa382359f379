/**
 * « Que répondre? », its quick reference card, « Les règles en bref » and the maintainers' rules page:
 * drawn from the engine, no JavaScript, accessible.
 */
import { expect, test } from '@playwright/test';
import { coverage, INCOMINGS, labels, replyGuide, rules } from '../../src/engine/index.ts';
import { frenchProse } from '../../src/build/typography.ts';
import { expectNoAxeViolations } from './support';

test.describe('Que répondre?', () => {
  test('la liste donne une étape par genre de message, avec sa section, et le schéma en est l’image', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.goto('/que-repondre/');
    await expect(page.locator('script')).toHaveCount(0);
    expect(scripts).toEqual([]);
    for (const incoming of INCOMINGS) {
      const item = page.locator(`#genre-${incoming}`);
      await expect(item).toContainText(labels.incoming[incoming].toLowerCase());
      await expect(item).toContainText(frenchProse(replyGuide[incoming].action));
      await expect(item.getByRole('link', { name: new RegExp(`^Section ${replyGuide[incoming].section.replaceAll('.', '\\.')},`) })).toHaveAttribute('href', /^\/politique\/#section-/);
    }
    const chart = page.getByRole('img', { name: 'Le même chemin en schéma' });
    await expect(chart).toHaveCount(1);
    // Each kind of message is drawn in the chart too.
    const drawn = await chart.evaluate((svg) => [...svg.querySelectorAll('text')].map((t) => t.textContent).join(' '));
    for (const incoming of INCOMINGS) expect(drawn).toContain(labels.incoming[incoming]);
    await expectNoAxeViolations(page);
  });

  test('un vrai schéma de décision : losanges, branches « Oui » et « Non », l’urgence d’abord', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/que-repondre/');
    const chart = page.locator('svg.flowchart--screen');
    const decisions = chart.locator('.flowchart__box--decision');
    expect(await decisions.count()).toBeGreaterThanOrEqual(3);
    await expect(decisions.first()).toContainText('urgence');
    const answers = await chart.locator('.flowchart__answer').allTextContents();
    expect(answers).toContain('Oui');
    expect(answers).toContain('Non');
    // The list says the same: the first question is about an emergency, with its two answers.
    const first = page.locator('.flow-steps > li').nth(1);
    await expect(first.getByRole('heading', { level: 3 })).toContainText('urgence');
    await expect(first.locator('.answer')).toHaveText(['Oui', 'Non']);
    // Text is drawn at 14 px or more.
    for (const cls of ['flowchart__body', 'flowchart__title', 'flowchart__answer']) {
      const px = await chart.locator(`text.${cls}`).first().evaluate((t) => t.getBoundingClientRect().height);
      expect(px, cls).toBeGreaterThanOrEqual(14);
    }
  });

  for (const width of [320, 375]) {
    test(`à ${width} px, le chemin est la liste imbriquée (lisible), sans schéma réduit ni défilement horizontal`, async ({ page }) => {
      await page.setViewportSize({ width, height: 740 });
      await page.goto('/que-repondre/');
      await expect(page.locator('svg.flowchart--screen')).toBeHidden();
      await expect(page.locator('.flow-answers').first()).toBeVisible();
      const size = await page.locator('.flow-answer p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
      expect(size).toBeGreaterThanOrEqual(14);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  test('à l’impression, le schéma tient sur une page', async ({ page }) => {
    await page.goto('/que-repondre/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('svg.flowchart--print')).toBeVisible();
    await expect(page.locator('svg.flowchart--screen')).toBeHidden();
    const pdf = (await page.pdf({ format: 'Letter' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
  });

  test('l’aide-mémoire reprend chaque genre de message et s’imprime sur une page', async ({ page }) => {
    await page.goto('/que-repondre/aide-memoire/');
    await expect(page.locator('script')).toHaveCount(0);
    for (const incoming of INCOMINGS) await expect(page.getByRole('row', { name: new RegExp(labels.incoming[incoming].toLowerCase()) }).first()).toBeVisible();
    await expectNoAxeViolations(page);
    await page.emulateMedia({ media: 'print' });
    const pdf = (await page.pdf({ format: 'Letter' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
  });
});

test.describe('Le moteur de règles (responsables du site)', () => {
  test('chaque règle du moteur est présente, avec un lien vers sa section qui mène au texte officiel', async ({ page }) => {
    await page.goto('/a-propos/regles-du-moteur/');
    await expect(page.locator('script')).toHaveCount(0);
    for (const rule of rules) {
      const article = page.locator(`article#regle-${rule.id}`);
      await expect(article, rule.id).toHaveCount(1);
      await expect(article.locator('code').first()).toHaveText(rule.id);
      await expect(article.getByRole('link', { name: rule.section, exact: true })).toHaveAttribute('href', `/politique/#section-${rule.section.replaceAll('.', '-')}`);
    }
    // A section link actually leads to the official text.
    const first = rules[0]!;
    await page.locator(`article#regle-${first.id}`).getByRole('link', { name: first.section, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/politique/#section-${first.section.replaceAll('.', '-')}$`));
    await expect(page.locator(`#section-${first.section.replaceAll('.', '-')}`)).toBeInViewport();
  });

  test('la table de couverture nomme chaque section, ses règles ou la raison de n’en avoir aucune', async ({ page }) => {
    await page.goto('/a-propos/regles-du-moteur/');
    const table = page.locator('table.coverage');
    await expect(table).toBeVisible();
    await expect(table.getByRole('columnheader', { name: 'Mises en situation' })).toBeVisible();
    for (const c of coverage) {
      const rows = table.locator('tbody tr').filter({ has: page.locator(`th a[href$="#section-${c.section.replaceAll('.', '-')}"]`) });
      if (c.rules.length === 0) {
        await expect(rows).toHaveCount(1);
        await expect(rows).toContainText(frenchProse(c.notActionable!));
      } else {
        await expect(rows).toHaveCount(c.rules.length);
      }
    }
    // Marked words of text examples are highlighted.
    await expect(page.locator('.examples--flag mark').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('Les règles en bref', () => {
  test('une carte par règle pour les gens : quoi faire, un exemple, la section; aucun identifiant', async ({ page }) => {
    await page.goto('/regles/');
    await expect(page.locator('script')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Les règles en bref');
    const cards = page.locator('.rule-card');
    expect(await cards.count()).toBeGreaterThanOrEqual(rules.length - 2);
    for (const rule of rules.filter((r) => r.severity === 'error')) {
      const card = cards.filter({ has: page.getByRole('heading', { name: rule.title, exact: true }) });
      await expect(card, rule.id).toHaveCount(1);
      await expect(card).toContainText('À faire');
      await expect(card).toContainText('À éviter');
      await expect(card.getByRole('link', { name: new RegExp(`^Section ${rule.section.replaceAll('.', '\\.')},`) })).toHaveAttribute('href', `/politique/#section-${rule.section.replaceAll('.', '-')}`);
    }
    const main = page.locator('main');
    for (const rule of rules) await expect(main).not.toContainText(rule.id);
    await expect(main).not.toContainText(/tests du moteur|Identifiant/);
    await expectNoAxeViolations(page);
  });

  test('le menu mène aux règles en bref; la page technique est sous « À propos »', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Les règles en bref' }).click();
    await expect(page).toHaveURL(/\/regles\/$/);
    await page.goto('/a-propos/');
    await page.getByRole('link', { name: 'documentation technique' }).click();
    await expect(page).toHaveURL(/\/a-propos\/regles-du-moteur\/$/);
    await expect(page.locator('article#regle-' + rules[0]!.id)).toHaveCount(1);
  });
});
