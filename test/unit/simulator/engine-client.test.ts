/**
 * The simulator's line to the engine's worker, with a fake worker whose answers the test releases:
 * the latest request of a field wins, a stale long task is abandoned, and the main thread takes over
 * when there is no worker or when it fails.
 */
import { describe, expect, test } from 'vitest';
import { createEngineClient, type WorkerLike } from '../../../src/components/simulator/engine-client';
import type { EngineFunctions, EngineRequest, EngineResult } from '../../../src/components/simulator/engine-protocol';
import { runTask } from '../../../src/components/simulator/engine-protocol';
import { classifyIncoming, classifyIncomingDetailed, evaluate } from '../../../src/engine/index';
import type { Situation } from '../../../src/engine/types';

const engine: EngineFunctions = { evaluate, classifyIncomingDetailed };
const reply = (text: string): Situation => ({ kind: 'reply', incoming: 'question', author: 'communications', account: 'city', text });
const evaluateTask = (text: string) => ({ kind: 'evaluate' as const, situation: reply(text) });
const textOf = (r: EngineResult) => (r.kind === 'evaluate' ? r.verdict.outcome : r.reading.kind);

/** A worker that holds every request until the test answers it (as the real engine would). */
class FakeWorker implements WorkerLike {
  received: EngineRequest[] = [];
  terminated = false;
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  onmessageerror: WorkerLike['onmessageerror'] = null;
  postMessage(message: unknown) {
    this.received.push(message as EngineRequest);
  }
  terminate() {
    this.terminated = true;
  }
  answer(index = this.received.length - 1) {
    const request = this.received[index]!;
    this.onmessage?.({ data: { id: request.id, ok: true, ...runTask(engine, request) } } as MessageEvent);
  }
  crash() {
    this.onerror?.(new Event('error'));
  }
}

const flush = () => new Promise((r) => setTimeout(r, 0));

function setup(o: { workers?: Array<FakeWorker | null>; clock?: { t: number } } = {}) {
  const workers = o.workers ?? [new FakeWorker()];
  const made: Array<FakeWorker | null> = [];
  let loads = 0;
  const client = createEngineClient({
    createWorker: () => {
      const w = workers.shift() ?? null;
      made.push(w);
      return w;
    },
    loadEngine: async () => {
      loads++;
      return engine;
    },
    now: () => o.clock?.t ?? 0,
  });
  return { client, made, loads: () => loads };
}

describe('le moteur dans un Web Worker', () => {
  test('un champ reçoit la réponse à sa demande', () => {
    const { client, made } = setup();
    const got: string[] = [];
    client.run('a', evaluateTask('Bonjour, voici la réponse.'), (r) => got.push(textOf(r)));
    made[0]!.answer();
    expect(got).toEqual([evaluate(reply('Bonjour, voici la réponse.')).outcome]);
  });

  test('pendant que le moteur travaille, seule la dernière demande d’un champ attend : les intermédiaires ne sont jamais calculées', () => {
    const { client, made } = setup();
    const got: string[] = [];
    client.run('a', evaluateTask('un'), () => got.push('un'));
    client.run('a', evaluateTask('deux'), () => got.push('deux'));
    client.run('a', evaluateTask('trois'), () => got.push('trois'));
    client.run('b', { kind: 'classify', text: 'Quand ouvre la piscine?' }, () => got.push('b'));
    const w = made[0]!;
    expect(w.received).toHaveLength(1);
    w.answer(0);
    w.answer(1);
    w.answer(2);
    expect(got).toEqual(['un', 'trois', 'b']);
    expect(w.received.map((r) => (r.kind === 'evaluate' ? ('text' in r.situation ? r.situation.text : '') : r.text))).toEqual(['un', 'trois', 'Quand ouvre la piscine?']);
  });

  test('une demande dépassée qui dure est abandonnée : le worker redémarre et calcule la dernière', () => {
    const clock = { t: 0 };
    const { client, made } = setup({ workers: [new FakeWorker(), new FakeWorker()], clock });
    const got: string[] = [];
    client.run('a', evaluateTask('très long'), () => got.push('long'));
    clock.t = 5000;
    client.run('a', evaluateTask('court'), () => got.push('court'));
    expect(made[0]!.terminated).toBe(true);
    made[1]!.answer();
    expect(got).toEqual(['court']);
  });

  test('sans Worker dans le navigateur, le moteur tourne sur la page, chargé à la demande', async () => {
    const { client, loads } = setup({ workers: [null] });
    const got: string[] = [];
    client.run('a', evaluateTask('un'), () => got.push('un'));
    client.run('b', { kind: 'classify', text: 'Il y a un incendie sur la rue des Forges, vite!' }, (r) => got.push(textOf(r)));
    await flush();
    await flush();
    expect(got).toEqual(['un', classifyIncoming('Il y a un incendie sur la rue des Forges, vite!')]);
    expect(loads()).toBe(1);
  });

  test('si le worker échoue (script bloqué, erreur), la demande en cours est reprise sur la page', async () => {
    const { client, made, loads } = setup();
    const got: string[] = [];
    client.run('a', evaluateTask('un'), () => got.push('un'));
    made[0]!.crash();
    await flush();
    expect(got).toEqual(['un']);
    expect(made[0]!.terminated).toBe(true);
    client.run('a', evaluateTask('deux'), () => got.push('deux'));
    await flush();
    expect(got).toEqual(['un', 'deux']);
    expect(made).toHaveLength(1);
    expect(loads()).toBe(1);
  });

  test('une erreur du moteur dans le worker : la page refait le calcul elle-même', async () => {
    const { client, made } = setup();
    const got: string[] = [];
    client.run('a', evaluateTask('un'), () => got.push('un'));
    made[0]!.onmessage?.({ data: { id: made[0]!.received[0]!.id, ok: false } } as MessageEvent);
    await flush();
    expect(got).toEqual(['un']);
  });

  test('le worker d’une page qui ne fait qu’évaluer ne sait pas classer : la page classe elle-même, et le worker sert encore', async () => {
    const evaluateOnly: Partial<EngineFunctions> = { evaluate };
    expect(() => runTask(evaluateOnly, { kind: 'classify', text: 'Quand ouvre la piscine?' })).toThrow();
    const { client, made, loads } = setup();
    const got: string[] = [];
    client.run('b', { kind: 'classify', text: 'Quand ouvre la piscine?' }, (r) => got.push(textOf(r)));
    const w = made[0]!;
    // What engine-serve.ts answers when runTask throws.
    w.onmessage?.({ data: { id: w.received[0]!.id, ok: false } } as MessageEvent);
    await flush();
    expect(got).toEqual([classifyIncoming('Quand ouvre la piscine?')]);
    expect(loads()).toBe(1);
    client.run('a', evaluateTask('deux'), (r) => got.push(textOf(r)));
    expect(w.received).toHaveLength(2);
    expect(made).toHaveLength(1);
  });
});
