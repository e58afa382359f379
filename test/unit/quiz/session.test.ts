/** The attempt's logic: checking, scoring on the first pass, retrying the missed questions, resuming. */
import { describe, expect, it } from 'vitest';
import { exampleQuiz } from '../../../src/components/quiz/examples';
import { check, currentScenario, firstPassDone, fits, missed, newAttempt, next, retryMissed, roundOver, score, select } from '../../../src/quiz/session';

const { scenarios } = exampleQuiz;
const answer = (a: ReturnType<typeof newAttempt>, choice: string) => next(check(select(a, choice), scenarios));

describe('une tentative de module', () => {
  it('ne vérifie rien tant qu’aucun choix n’est fait', () => {
    const a = newAttempt(scenarios, 0);
    expect(check(a, scenarios)).toBe(a);
  });

  it('compte le premier passage : 2 sur 3 quand une réponse est fausse', () => {
    let a = newAttempt(scenarios, 0);
    a = answer(a, 'a');
    a = answer(a, 'c'); // permis par le moteur, mais avec une remarque : pas la bonne réponse
    a = answer(a, 'a');
    expect(roundOver(a)).toBe(true);
    expect(firstPassDone(a, scenarios)).toBe(true);
    expect(score(a, scenarios)).toEqual({ right: 2, total: 3 });
    expect(missed(a, scenarios)).toEqual(['exemple-journaliste']);
  });

  it('reprend seulement les questions manquées, sans changer le score du premier passage', () => {
    let a = newAttempt(scenarios, 0);
    for (const c of ['b', 'a', 'b']) a = answer(a, c);
    a = retryMissed(a, scenarios);
    expect(a.round).toBe(2);
    expect(a.queue).toEqual(['exemple-plainte', 'exemple-muette']);
    expect(currentScenario(a, scenarios)?.id).toBe('exemple-plainte');
    a = answer(a, 'a');
    a = answer(a, 'c');
    expect(score(a, scenarios)).toEqual({ right: 1, total: 3 });
    expect(missed(a, scenarios)).toEqual(['exemple-muette']);
  });

  it('ne change plus de choix une fois la réponse vérifiée', () => {
    const a = check(select(newAttempt(scenarios, 0), 'b'), scenarios);
    expect(select(a, 'a').selected).toBe('b');
  });

  it('reconnaît une tentative enregistrée qui ne correspond plus au contenu', () => {
    const a = answer(newAttempt(scenarios, 7), 'a');
    expect(fits(a, scenarios)).toBe(true);
    expect(fits({ ...a, first: { 'exemple-plainte': 'z' } }, scenarios)).toBe(false);
    expect(fits({ ...a, queue: ['inconnu', ...a.queue.slice(1)] }, scenarios)).toBe(false);
    expect(fits(a, scenarios.slice(0, 2))).toBe(false);
    expect(fits({ ...a, index: 9 }, scenarios)).toBe(false);
  });
});
