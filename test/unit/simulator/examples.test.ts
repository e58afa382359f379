/**
 * The examples the end-to-end tests type into the pages: the engine must still react to them as the
 * e2e tests expect, so that an e2e failure points at the page, not at a drifting example.
 */
import { describe, expect, test } from 'vitest';
import { simulatorExamples as ex } from '../../../src/components/simulator/examples';
import { classifyIncoming, evaluate } from '../../../src/engine/index';
import type { Situation } from '../../../src/engine/types';

const reply = (text: string): Situation => ({ kind: 'reply', incoming: 'complaint', author: 'communications', account: 'city', text, when: 'after-hours' });
const words = (text: string, section: string) =>
  evaluate(reply(text))
    .findings.filter((f) => f.section === section && f.span)
    .map((f) => text.slice(f.span!.start, f.span!.end));

describe('exemples du simulateur', () => {
  test('la mauvaise réponse à une plainte est relevée en 3.1.5, sur les mots attendus, avec une suggestion', () => {
    expect(words(ex.badComplaintReply, '3.1.5')).toContain(ex.badComplaintWords);
    expect(evaluate(reply(ex.badComplaintReply)).findings.some((f) => f.section === '3.1.5' && f.suggestion)).toBe(true);
  });
  test('la réponse corrigée n’a plus de remarque en 3.1.5', () => {
    expect(evaluate(reply(ex.fixedComplaintReply)).findings.filter((f) => f.section === '3.1.5')).toEqual([]);
  });
  test('le sacre est relevé en 3.2', () => {
    expect(words(ex.profaneReply, '3.2')).toContain(ex.profaneWord);
  });
  test('le commentaire à coller est classé comme annoncé', () => {
    expect(classifyIncoming(ex.pastedComment)).toBe(ex.pastedKind);
  });
  test('la publication au nom de la Ville est refusée, l’opinion personnelle est permise', () => {
    const post = (text: string): Situation => ({ kind: 'publish', author: 'employee', account: 'personal', content: 'opinion', text });
    expect(evaluate(post(ex.cityVoicePost)).outcome).toBe('not-allowed');
    expect(evaluate(post(ex.personalOpinionPost)).outcome).toBe('allowed');
  });
});
