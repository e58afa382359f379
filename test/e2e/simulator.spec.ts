/**
 * The reply simulator in real Chromium against the built site: feedback with highlights, fixing a
 * reply, inserting a suggestion, pasting a comment, a personal post that speaks for the City, a
 * 100 000-character paste, markup shown as text, keyboard use, axe, and the JavaScript budget.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { simulatorExamples as ex } from '../../src/components/simulator/examples';
import { labels } from '../../src/engine/index';
import { verdictAnnouncement, verdictText } from '../../src/i18n/verdict';
import { allowMore, expectNoAxeViolations, STEP_MS, watchPage } from './support';
import { budgets } from '../gates/budgets.config';

const PROMPT = `/simulateur/compte-de-la-ville/${ex.complaintPrompt}/`;
const PAGES = ['/simulateur/', '/simulateur/compte-de-la-ville/', PROMPT, '/simulateur/commentaire-recu/', '/simulateur/compte-personnel/'];

/** Waits for the island to hydrate (its textarea then reacts to input). */
async function ready(page: Page, path: string) {
  await page.goto(path);
  await page.waitForSelector('astro-island:not([ssr])');
}
const finding = (page: Page, section: string) => page.locator(`.sim-finding[data-section="${section}"]`);

test('une mauvaise réponse à une plainte est relevée en 3.1.5, avec ses mots surlignés; corrigée, la remarque disparaît', async ({ page }) => {
  await ready(page, PROMPT);
  const reply = page.getByLabel(/Votre réponse à /);
  await reply.fill(ex.badComplaintReply);
  const f = finding(page, '3.1.5').first();
  await expect(f).toBeVisible();
  await expect(f).toContainText(labels.severity.error);
  await expect(f.getByRole('link', { name: /Section 3\.1\.5/ })).toHaveAttribute('href', '/politique/#section-3-1-5');
  await expect(page.locator('.sim-finding__words', { hasText: ex.badComplaintWords })).toBeVisible();
  await expect(page.locator('mark.sim-mark', { hasText: ex.badComplaintWords })).toBeVisible();
  await expect(page.locator('.sim-outcome')).toHaveAttribute('data-outcome', 'not-allowed');
  // The polite summary arrives after a pause, not on every keystroke.
  await expect(page.getByTestId('sim-announcement')).toContainText(/problèmes? : .*section 3\.1\.5/);

  await reply.fill(ex.fixedComplaintReply);
  await expect(finding(page, '3.1.5')).toHaveCount(0);
  await expect(page.locator('mark.sim-mark')).toHaveCount(0);
  await expect(page.locator('.sim-outcome')).toHaveAttribute('data-outcome', 'allowed');
  await expect(page.getByTestId('sim-announcement')).toContainText(verdictAnnouncement('allowed'));
});

test('une mise en garde se lit « À corriger », jamais « Permis »; la suggestion ajoutée, le texte est revérifié et devient « Permis »', async ({ page }) => {
  await ready(page, PROMPT);
  const reply = page.getByLabel(/Votre réponse à /);
  await reply.fill('Merci pour votre message, bonne journée!');
  const outcome = page.locator('.sim-outcome .verdict');
  await expect(outcome).toHaveAttribute('data-verdict-state', 'to-fix');
  await expect(outcome).toContainText(verdictText['to-fix'].label);
  await expect(outcome).not.toContainText(verdictText.allowed.label);
  await expect(page.locator('.sim-finding--warning')).toBeVisible();
  await expect(page.getByTestId('sim-announcement')).toContainText(verdictAnnouncement('to-fix'));
  await finding(page, '3.1.5').getByRole('button', { name: 'Insérer la suggestion' }).click();
  const value = await reply.inputValue();
  expect(value).toMatch(/^Merci pour votre message, bonne journée! Pour formuler une plainte/);
  expect(value).not.toMatch(/Bonjour/);
  await expect(outcome).toHaveAttribute('data-verdict-state', 'allowed');
  await expect(page.locator('.sim-finding--warning')).toHaveCount(0);
});

test('remplacer une réponse à un journaliste : le salut n’est pas doublé et la réponse donnée disparaît', async ({ page }) => {
  await ready(page, '/simulateur/compte-de-la-ville/media-nouvelliste/');
  const reply = page.getByLabel(/Votre réponse à /);
  await reply.fill('Bonjour! Le chantier sera terminé en octobre.');
  await expect(page.locator('.sim-outcome .verdict')).toHaveAttribute('data-verdict-state', 'not-allowed');
  await finding(page, '3.1.6').getByRole('button', { name: 'Remplacer par la suggestion' }).click();
  const value = await reply.inputValue();
  expect(value).not.toMatch(/Bonjour\W+Bonjour/);
  expect(value).not.toContain('octobre');
  expect(value).toMatch(/^Bonjour! Les demandes des médias/);
  await expect(page.locator('.sim-outcome .verdict')).toHaveAttribute('data-verdict-state', 'allowed');
});

test('chaque état du verdict est annoncé aux lecteurs d’écran, dans les mots affichés', async ({ page }) => {
  await ready(page, PROMPT);
  const reply = page.getByLabel(/Votre réponse à /);
  const live = page.getByTestId('sim-announcement');
  await expect(live).toHaveAttribute('aria-live', 'polite');
  for (const [text, state] of [
    [ex.badComplaintReply, 'not-allowed'],
    ['Merci pour votre message, bonne journée!', 'to-fix'],
    [ex.fixedComplaintReply, 'allowed'],
  ] as const) {
    await reply.fill(text);
    await expect(live).toContainText(verdictAnnouncement(state));
    await expect(page.locator('.sim-outcome .verdict')).toContainText(verdictText[state].label);
  }
  // Where the policy is silent (an elected official's opinion on a personal account): whom to ask.
  await ready(page, '/simulateur/compte-personnel/');
  await page.getByLabel(labels.role.elected).check();
  await page.getByLabel('Votre publication sur votre propre compte').fill(ex.personalOpinionPost);
  await expect(page.getByTestId('sim-announcement')).toContainText(verdictAnnouncement('not-covered'));
  await expect(page.locator('.sim-outcome .verdict')).toContainText('équipe des Communications');
});

test('un sacre est nommé dans la liste (« Mots en cause ») et marqué dans le texte', async ({ page }) => {
  await ready(page, PROMPT);
  await page.getByLabel(/Votre réponse à /).fill(ex.profaneReply);
  await expect(finding(page, '3.2').first()).toContainText(`Mots en cause : « ${ex.profaneWord} »`);
  await expect(page.locator('mark.sim-mark', { hasText: ex.profaneWord })).toBeVisible();
});

test('au clavier seulement : écrire, puis insérer la suggestion d’un clic (Entrée), et voir le modèle de réponse', async ({ page }) => {
  await ready(page, PROMPT);
  const reply = page.getByLabel(/Votre réponse à /);
  await reply.focus();
  await page.keyboard.type(ex.badComplaintReply);
  // Wait for the feedback to settle (its summary is announced after a pause) before using it.
  await expect(page.getByTestId('sim-announcement')).not.toBeEmpty();
  const button = finding(page, '3.1.5').first().getByRole('button', { name: /suggestion/ });
  await expect(button).toBeVisible();
  const suggestion = (await finding(page, '3.1.5').first().locator('.sim-finding__suggestion span').textContent()) ?? '';
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(reply).toBeFocused();
  const value = await reply.inputValue();
  expect(value).not.toContain(ex.badComplaintWords);
  expect(suggestion).toContain(value.slice(0, 20));
  // The model reply is offered once the trainee has tried.
  const model = page.getByRole('button', { name: 'Voir un modèle de réponse' });
  await model.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.sim-model__text')).toBeVisible();
});

test('le modèle de réponse n’est offert qu’après un premier essai', async ({ page }) => {
  await ready(page, PROMPT);
  await expect(page.getByRole('button', { name: 'Voir un modèle de réponse' })).toHaveCount(0);
  await page.getByLabel(/Votre réponse à /).fill('Bonjour');
  await expect(page.getByRole('button', { name: 'Voir un modèle de réponse' })).toBeVisible();
});

test('un commentaire haineux reçu est dit irrespectueux, avec pourquoi et les mots en cause surlignés', async ({ page }) => {
  await ready(page, '/simulateur/commentaire-recu/');
  await page.getByLabel('Le commentaire du citoyen').fill('Encore des réfugiés qui vivent sur notre dos, pis vous autres vous êtes des incompétents.');
  await expect(page.getByTestId('sim-proposal')).toContainText(labels.incoming.disrespectful);
  const why = page.getByTestId('sim-why');
  await expect(why).toContainText(labels.disrespect.hate);
  await expect(why.locator('mark').first()).toBeVisible();
  // A polite comment gets no such explanation.
  await page.getByLabel('Le commentaire du citoyen').fill('Merci pour le beau travail au parc!');
  await expect(page.getByTestId('sim-proposal')).toContainText(labels.incoming.comment);
  await expect(page.getByTestId('sim-why')).toHaveCount(0);
});

test('un signalement de gaz posé en question est proposé comme urgence, avec « Peut aussi être : question »', async ({ page }) => {
  await ready(page, '/simulateur/commentaire-recu/');
  await page.getByLabel('Le commentaire du citoyen').fill('Ça sent vraiment fort le gaz au coin de la rue des Forges et Royale, est-ce normal?');
  const proposal = page.getByTestId('sim-proposal');
  await expect(proposal).toContainText(labels.incoming['emergency-report']);
  await expect(proposal).toContainText(`Peut aussi être : ${labels.incoming.question}`);
  await expect(page.getByLabel('Genre de commentaire')).toHaveValue('emergency-report');
});

test('un commentaire collé reçoit un genre proposé, que la personne peut corriger', async ({ page }) => {
  await ready(page, '/simulateur/commentaire-recu/');
  await expect(page.getByText(/Rien n’est envoyé/).first()).toBeVisible();
  await page.getByLabel('Le commentaire du citoyen').fill(ex.pastedComment);
  const kindLabel = labels.incoming[ex.pastedKind];
  await expect(page.getByTestId('sim-proposal')).toContainText(kindLabel);
  const select = page.getByLabel('Genre de commentaire');
  await expect(select).toHaveValue(ex.pastedKind);
  await select.selectOption('complaint');
  await expect(select).toHaveValue('complaint');
  await page.getByLabel('Votre réponse sur le compte de la Ville').fill(ex.badComplaintReply);
  await expect(finding(page, '3.1.5').first()).toBeVisible();
});

test('une publication personnelle qui parle au nom de la Ville est signalée; une opinion personnelle ne l’est pas', async ({ page }) => {
  await ready(page, '/simulateur/compte-personnel/');
  const post = page.getByLabel('Votre publication sur votre propre compte');
  await post.fill(ex.cityVoicePost);
  await expect(page.locator('.sim-outcome')).toHaveAttribute('data-outcome', 'not-allowed');
  await expect(page.locator('.sim-finding--error')).toBeVisible();
  await expect(page.locator('mark.sim-mark').first()).toBeVisible();
  await post.fill(ex.personalOpinionPost);
  await expect(page.locator('.sim-outcome')).toHaveAttribute('data-outcome', 'allowed');
  await expect(page.locator('.sim-finding--error')).toHaveCount(0);
  // Elected officials: the context beyond the policy changes, labelled as such.
  await page.getByLabel(labels.role.elected).check();
  await expect(page.locator('.advice')).toContainText('en plus de la politique');
  await expect(page.locator('.advice')).toContainText('Loi sur l’éthique et la déontologie en matière municipale');
  await expect(page.locator('.advice')).not.toContainText('CE-2019-0040 exige');
});

test('une publication toute faite se charge d’un clic', async ({ page }) => {
  await ready(page, '/simulateur/compte-personnel/');
  const last = page.locator('.sim-posts li').last();
  const text = (await last.locator('.sim-posts__text').textContent()) ?? '';
  await last.getByRole('button', { name: 'Charger ce texte' }).click();
  await expect(page.getByLabel('Votre publication sur votre propre compte')).toHaveValue(text);
  await expect(page.locator('.sim-outcome')).toHaveAttribute('data-outcome', 'not-allowed');
});

test('un collage de 100 000 caractères : la page reste utilisable et n’affiche que les passages en cause', async ({ page }) => {
  await ready(page, PROMPT);
  const reply = page.getByLabel(/Votre réponse à /);
  const huge = `${ex.profaneReply} ${'Bonjour, merci de votre message. '.repeat(3100)}`.slice(0, 100_000);
  await reply.fill(huge);
  await expect(finding(page, '3.2').first()).toBeVisible();
  await expect(page.getByText('Texte long : seuls les passages en cause sont affichés.', { exact: false })).toBeVisible();
  // A following interaction completes: the page answers.
  await page.getByRole('button', { name: 'Voir un modèle de réponse' }).click();
  await expect(page.locator('.sim-model__text')).toBeVisible();
  await reply.fill(ex.fixedComplaintReply);
  await expect(page.locator('.sim-outcome')).toHaveAttribute('data-outcome', 'allowed');
  // One unbroken 100 000-character « word » (a pasted blob): the page still answers.
  await reply.fill(`${ex.profaneReply} ${'a-'.repeat(50_000)}`);
  await expect(finding(page, '3.2').first()).toBeVisible();
  await reply.fill(ex.fixedComplaintReply);
  await expect(page.locator('.sim-outcome')).toHaveAttribute('data-outcome', 'allowed');
});

test('du HTML et un script tapés s’affichent comme du texte et ne s’exécutent pas', async ({ page, baseURL }) => {
  const watcher = watchPage(page, new URL(baseURL!).origin);
  await ready(page, PROMPT);
  await page.getByLabel(/Votre réponse à /).fill(ex.htmlReply);
  const preview = page.locator('.sim-preview__text');
  await expect(preview).toContainText('<script>window.__pwned=2</script>');
  await expect(preview).toContainText('😀');
  await expect(preview.locator('img, script, b')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(watcher.problems).toEqual([]);
});

test('la région annoncée poliment existe dès le chargement, avant toute saisie', async ({ page }) => {
  await page.goto(PROMPT);
  await expect(page.locator('[role="status"][aria-live="polite"]')).toHaveCount(1);
});

test('chaque page du simulateur passe axe, aussi avec des remarques affichées', async ({ page }) => {
  // Every page, then three pages again with findings shown.
  allowMore((PAGES.length + 3) * STEP_MS.axe);
  for (const path of PAGES) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }
  await ready(page, PROMPT);
  await page.getByLabel(/Votre réponse à /).fill(`${ex.profaneReply} ${ex.badComplaintReply}`);
  await expect(finding(page, '3.1.5').first()).toBeVisible();
  await page.getByRole('button', { name: 'Voir un modèle de réponse' }).click();
  await expectNoAxeViolations(page);
  await ready(page, '/simulateur/commentaire-recu/');
  await page.getByLabel('Le commentaire du citoyen').fill(ex.pastedComment);
  await page.getByLabel('Votre réponse sur le compte de la Ville').fill(ex.badComplaintReply);
  await expect(page.locator('.sim-finding').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await ready(page, '/simulateur/compte-personnel/');
  await page.getByLabel('Votre publication sur votre propre compte').fill(ex.cityVoicePost);
  await expect(page.locator('.sim-finding').first()).toBeVisible();
  await expectNoAxeViolations(page);
});

/** The simulator's JavaScript on load, engine worker included: the same budget as the gate. */
export const JS_BUDGET_GZIP = budgets.javascript.find((b) => b.label === 'simulateur')!.maxBytes;

test('le JavaScript chargé par une page du simulateur tient dans son budget (gzip), moteur compris', async ({ page }) => {
  const scripts = new Set<string>();
  page.on('request', (req) => {
    if (req.resourceType() === 'script') scripts.add(new URL(req.url()).pathname);
  });
  await ready(page, PROMPT);
  await page.waitForLoadState('networkidle');
  const inline = await page.$$eval('script:not([src])', (els) => els.map((e) => e.textContent ?? '').join('\n'));
  let total = gzipSync(inline).length;
  for (const path of scripts) total += gzipSync(readFileSync(`dist${path}`)).length;
  test.info().annotations.push({ type: 'JavaScript du simulateur (gzip)', description: `${(total / 1024).toFixed(1)} Ko, ${scripts.size} fichiers` });
  console.log(`JavaScript du simulateur au chargement : ${(total / 1024).toFixed(1)} Ko gzip (${scripts.size} fichiers + scripts en ligne)`);
  expect(scripts.size).toBeGreaterThan(0);
  expect(total).toBeLessThan(JS_BUDGET_GZIP);
});
