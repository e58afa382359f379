/**
 * The four verdict states and the merged findings, on the engine's real verdicts: a warning is never
 * « Permis », each state has its words and icon, and a rule that points at two places is one entry.
 */
import { describe, expect, test } from 'vitest';
import { evaluate, type Situation } from '../../../src/engine/index';
import { verdictAnnouncement, verdictText } from '../../../src/i18n/verdict';
import { decidingSections, mergeFindings } from '../../../src/verdict/merge';
import { VERDICT_STATES, verdictState, type VerdictState } from '../../../src/verdict/state';

const complaint = (text: string): Situation => ({ kind: 'reply', incoming: 'complaint', author: 'communications', account: 'city', text });

describe('l’état d’un verdict', () => {
  test.each<[string, Situation, VerdictState]>([
    ['une plainte traitée dans le fil', complaint('On envoie une équipe demain.'), 'not-allowed'],
    ['une réponse sans invitation au 311', complaint('Merci pour votre message, bonne journée!'), 'to-fix'],
    ['une réponse qui renvoie au 311', complaint('Pour votre plainte, composez le 311 ou passez par le site Web.'), 'allowed'],
    ['l’opinion d’un élu sur son compte', { kind: 'publish', author: 'elected', account: 'personal', content: 'opinion', text: 'À mon avis, ce projet est une bonne idée.' }, 'not-covered'],
    ['un partage de message officiel (une note, rien à corriger)', { kind: 'publish', author: 'employee', account: 'personal', content: 'share-official' }, 'allowed'],
  ])('%s → %s', (_name, situation, state) => {
    expect(verdictState(evaluate(situation))).toBe(state);
  });

  test('une mise en garde n’est jamais « Permis », quelle que soit l’issue permise', () => {
    expect(verdictState({ outcome: 'allowed', findings: [{ severity: 'info' }, { severity: 'warning' }] })).toBe('to-fix');
    expect(verdictState({ outcome: 'allowed', findings: [{ severity: 'info' }] })).toBe('allowed');
  });

  test('chaque état a ses mots, son icône et une phrase; l’annonce reprend les mots affichés', () => {
    const labels = VERDICT_STATES.map((s) => verdictText[s].label);
    expect(new Set(labels).size).toBe(4);
    expect(new Set(VERDICT_STATES.map((s) => verdictText[s].icon)).size).toBe(4);
    for (const s of VERDICT_STATES) expect(verdictAnnouncement(s)).toBe(`${verdictText[s].label}. ${verdictText[s].lead}`);
    expect(verdictText['not-covered'].lead).toContain('équipe des Communications');
    expect(verdictText['to-fix'].label).toBe('À corriger');
  });
});

describe('les remarques regroupées par règle et par section', () => {
  const twice = evaluate({ kind: 'publish', author: 'elected', account: 'personal', content: 'share-official', text: 'C’est officiel : la Ville annonce que la collecte est reportée.' });

  test('une règle qui relève deux passages donne une seule remarque, avec ses deux passages', () => {
    expect(twice.findings.filter((f) => f.rule === 'elected-city-voice').length).toBeGreaterThan(1);
    const merged = mergeFindings(twice.findings);
    const voice = merged.filter((f) => f.rule === 'elected-city-voice');
    expect(voice).toHaveLength(1);
    expect(voice[0]!.spans.length).toBe(twice.findings.filter((f) => f.rule === 'elected-city-voice').length);
  });

  test('les erreurs d’abord, puis les mises en garde, puis les notes', () => {
    const merged = mergeFindings([
      { rule: 'a', section: '3.3', severity: 'info', message: 'note' },
      { rule: 'b', section: '3.1.5', severity: 'warning', message: 'garde' },
      { rule: 'c', section: '3.2', severity: 'error', message: 'erreur' },
    ]);
    expect(merged.map((f) => f.severity)).toEqual(['error', 'warning', 'info']);
    expect(decidingSections(merged)).toEqual(['3.2']);
    expect(decidingSections([{ section: '4.3', severity: 'info' }])).toEqual(['4.3']);
  });
});
