/** SCORM 1.2 run-time helpers, driven against scorm-again's Scorm12API (an independent LMS-side runtime). */
import * as scorm12 from 'scorm-again/scorm12';
import { describe, expect, it } from 'vitest';
import { cmiTime, cmiTimespan, findScorm12Api, Scorm12Session, type ScormError, type Scorm12Api } from '../../../src/lms/scorm12';

// scorm-again's ES module exports the class by name while its type declarations describe a default export.
const { Scorm12API } = scorm12 as unknown as { Scorm12API: new (settings: object) => unknown };
const lms = () => new Scorm12API({ logLevel: 5 }) as Scorm12Api;

describe('findScorm12Api', () => {
  it('trouve l’API dans un parent, comme le décrit la spécification', () => {
    const api = lms();
    const top = { API: api } as { API: unknown; parent?: unknown };
    top.parent = top;
    const frame = { parent: { parent: top } };
    expect(findScorm12Api(frame as never)).toBe(api);
  });

  it('cherche ensuite dans la fenêtre qui a ouvert la page', () => {
    const api = lms();
    const opener = { API: api, parent: null };
    expect(findScorm12Api({ parent: null, opener } as never)).toBe(api);
  });

  it('répond null hors plateforme, même si un parent est illisible', () => {
    const hostile = Object.defineProperty({}, 'API', { get() { throw new Error('cross-origin'); } });
    expect(findScorm12Api({ parent: hostile } as never)).toBeNull();
    expect(findScorm12Api({ parent: null } as never)).toBeNull();
  });
});

describe('Scorm12Session', () => {
  it('ouvre la session, écrit et relit une valeur', () => {
    const session = new Scorm12Session(lms());
    expect(session.start()).toBe(true);
    expect(session.set('cmi.core.lesson_status', 'incomplete')).toBe(true);
    expect(session.get('cmi.core.lesson_status')).toBe('incomplete');
  });

  it('signale en français une valeur refusée par la plateforme, sans lancer d’exception', () => {
    const errors: ScormError[] = [];
    const session = new Scorm12Session(lms(), (e) => errors.push(e));
    session.start();
    expect(session.set('cmi.core.lesson_status', 'pas-un-statut')).toBe(false);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.code).not.toBe('0');
    expect(errors[0]!.message).toMatch(/Vos réponses sont conservées/);
  });

  it('survit à une plateforme qui lance des exceptions', () => {
    const errors: ScormError[] = [];
    const broken = new Proxy({}, { get: () => () => { throw new Error('boom'); } }) as Scorm12Api;
    const session = new Scorm12Session(broken, (e) => errors.push(e));
    expect(session.start()).toBe(false);
    expect(errors[0]!.message).toMatch(/plateforme/);
  });
});

describe('formats de temps CMI', () => {
  it.each([
    [0, '00:00:00.00'],
    [1_500, '00:00:01.50'],
    [3_723_450, '01:02:03.45'],
    [-5, '00:00:00.00'],
    [Number.NaN, '00:00:00.00'],
  ])('%d ms → %s', (ms, expected) => expect(cmiTimespan(ms)).toBe(expected));

  it('écrit l’heure en HH:MM:SS', () => {
    expect(cmiTime(new Date(2026, 0, 8, 9, 5, 7))).toBe('09:05:07');
  });
});
