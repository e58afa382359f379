/**
 * The decision helper's form: every set of answers it can produce reaches the engine and gets a
 * verdict; never more than five questions; every option has a French label; URLs round-trip.
 */
import { describe, expect, it } from 'vitest';
import { ACCOUNTS, CONTENTS, evaluate, INCOMINGS, labels, ROLES, WHENS } from '../../../src/engine/index.ts';
import { optionLabel, questionText } from '../../../src/i18n/decide.ts';
import { decisionExamples } from '../../../src/components/decide/examples.ts';
import {
  allChoices, allSituations, answered, fromQuery, fromSegments, MAX_QUESTIONS, nextQuestion, OPTIONS, previous,
  QUESTION_IDS, toPath, toQuery, toSegments, toSituation,
} from '../../../src/components/decide/tree.ts';

const complete = allSituations();

describe('les réponses possibles du formulaire', () => {
  it('chaque combinaison complète obtient un verdict du moteur, sans exception', () => {
    // 6 rôles × (3 comptes × 15 contenus + 3 comptes × 8 messages × 5 moments + 2 approbations)
    expect(complete.length).toBe(ROLES.length * (ACCOUNTS.length * CONTENTS.length + ACCOUNTS.length * INCOMINGS.length * (WHENS.length + 1) + 2));
    const outcomes = new Set<string>();
    for (const { situation } of complete) {
      const verdict = evaluate(situation);
      expect(['allowed', 'not-allowed', 'not-covered']).toContain(verdict.outcome);
      outcomes.add(verdict.outcome);
    }
    // The form reaches the three kinds of answer.
    expect([...outcomes].sort()).toEqual(['allowed', 'not-allowed', 'not-covered']);
  });

  it('aucun chemin ne pose plus de cinq questions', () => {
    for (const { choices } of complete) expect(answered(choices).length).toBeLessThanOrEqual(MAX_QUESTIONS);
  });

  it('une réponse non permise cite toujours une section, avec au moins une erreur', () => {
    for (const { situation } of complete) {
      const verdict = evaluate(situation);
      if (verdict.outcome === 'not-allowed') expect(verdict.findings.some((f) => f.severity === 'error')).toBe(true);
      for (const f of verdict.findings) expect(f.section).toMatch(/^\d(\.\d){0,2}$/);
    }
  });
});

describe('les libellés', () => {
  it('chaque valeur des types du moteur a un libellé français', () => {
    const tables = { role: ROLES, account: ACCOUNTS, content: CONTENTS, incoming: INCOMINGS, when: WHENS } as const;
    for (const [type, values] of Object.entries(tables)) {
      expect(values.length, type).toBeGreaterThan(0);
      for (const v of values) expect((labels as unknown as Record<string, Record<string, string>>)[type]?.[v], `${type}.${v}`).toMatch(/\S/);
    }
  });

  it('chaque option de chaque question a un libellé, distinct des autres', () => {
    for (const q of QUESTION_IDS) {
      expect(questionText[q].title).toMatch(/\?$/);
      const shown = OPTIONS[q].map((v) => optionLabel(q, v));
      for (const [i, label] of shown.entries()) expect(label, `${q}.${OPTIONS[q][i]}`).not.toBe(OPTIONS[q][i]);
      expect(new Set(shown).size).toBe(shown.length);
    }
  });
});

describe('les adresses', () => {
  const all = allChoices();

  it('la requête et le chemin redonnent les mêmes réponses', () => {
    for (const c of all) {
      expect(fromQuery(toQuery(c))).toEqual(c);
      expect(fromSegments(toSegments(c))).toEqual(c);
    }
  });

  it('chaque page préparée a son propre chemin', () => {
    expect(new Set(all.map(toPath)).size).toBe(all.length);
  });

  it('une adresse trafiquée ne garde que les réponses valides, dans l’ordre', () => {
    expect(fromQuery('?role=employee&action=voler&account=city')).toEqual({ role: 'employee' });
    expect(fromQuery('?content=opinion')).toEqual({});
    expect(fromQuery('?role=%3Cscript%3E')).toEqual({});
    expect(fromSegments('employee/publish/nowhere')).toBeUndefined();
  });

  it('revenir en arrière retire la dernière réponse', () => {
    const c = fromQuery('?role=communications&action=reply&account=city&incoming=complaint');
    expect(nextQuestion(c)).toBe('moment');
    expect(previous(c)).toEqual({ role: 'communications', action: 'reply', account: 'city' });
  });
});

describe('les exemples du formulaire', () => {
  it.each(decisionExamples.map((e) => [e.name, e] as const))('%s', (_name, example) => {
    const situation = toSituation(example.choices);
    expect(situation).toBeDefined();
    expect(evaluate(situation!).outcome).toBe(example.outcome);
  });
});
