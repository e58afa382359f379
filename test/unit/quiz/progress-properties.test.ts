/**
 * Saved progress cannot trap anyone. For any stored JSON, every module of every path opens on a
 * screen with a way forward (choices and « Vérifier », « Question suivante », or the summary's
 * « Recommencer le module »); anything set aside is announced; and every state reached by playing is
 * read back as it was, without a notice. Modules come from content/, as the pages build them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TRAINED_AUDIENCES } from '../../../src/quiz/audiences';
import { moduleKey, parseProgress, PROGRESS_VERSION, type Progress } from '../../../src/quiz/progress';
import type { ScenarioProps } from '../../../src/quiz/props';
import { check, currentScenario, fits, newAttempt, next, retryMissed, select, waysForward, type Attempt } from '../../../src/quiz/session';
import { pathProps } from '../../support/path-props';

const modules = TRAINED_AUDIENCES.flatMap((audience) => pathProps(audience).map((m) => ({ key: moduleKey(audience, m.moduleId), scenarios: m.scenarios })));
const scenarioIds = [...new Set(modules.flatMap((m) => m.scenarios.map((s) => s.id)))];
const choiceIds = [...new Set(modules.flatMap((m) => m.scenarios.flatMap((s) => s.choices.map((c) => c.id))))];

/** Plays a module: each number picks the next action among those the screen offers. */
function play(scenarios: readonly ScenarioProps[], moves: readonly number[]): Attempt[] {
  let a = newAttempt(scenarios, moves[0] ?? 0);
  const seen = [a];
  for (const m of moves) {
    const scenario = currentScenario(a, scenarios);
    if (!scenario) a = m % 4 === 0 ? newAttempt(scenarios, m) : retryMissed(a, scenarios);
    else if (a.checked) a = next(a);
    else {
      a = select(a, scenario.choices[m % scenario.choices.length]!.id);
      if (m % 3 !== 0) a = check(a, scenarios);
    }
    seen.push(a);
  }
  return seen;
}

/** What the module page shows once storage is read (QuizIsland): the saved attempt if it fits, else a new one. */
function opened(progress: Progress, key: string, scenarios: readonly ScenarioProps[]) {
  const saved = progress.attempts[key];
  const keep = saved !== undefined && fits(saved, scenarios);
  return { attempt: keep ? saved : newAttempt(scenarios, 1), setAside: saved !== undefined && !keep };
}

const moduleArb = fc.constantFrom(...modules);
const playedArb = moduleArb.chain((m) => fc.array(fc.nat({ max: 1000 }), { maxLength: 40 }).map((moves) => ({ m, states: play(m.scenarios, moves) })));
const junk = fc.oneof(fc.constant(null), fc.integer({ min: -3, max: 20 }), fc.string({ maxLength: 4 }), fc.boolean(), fc.array(fc.integer(), { maxLength: 3 }), fc.jsonValue({ maxDepth: 2 }));
const idish = fc.oneof(fc.constantFrom(...scenarioIds), fc.string({ maxLength: 3 }));
const choiceish = fc.oneof(fc.constantFrom(...choiceIds), fc.string({ maxLength: 2 }));
/** An attempt-like object: plausible values, any field possibly missing or of another type. */
const attemptish = fc.record(
  {
    seed: fc.oneof(fc.nat(), junk),
    round: fc.oneof(fc.integer({ min: 0, max: 3 }), junk),
    queue: fc.oneof(fc.uniqueArray(idish, { maxLength: 8 }), fc.shuffledSubarray(scenarioIds, { maxLength: 8 }), junk),
    index: fc.oneof(fc.integer({ min: -1, max: 9 }), junk),
    selected: fc.oneof(fc.constant(null), choiceish, junk),
    checked: fc.oneof(fc.boolean(), junk),
    first: fc.oneof(fc.dictionary(idish, choiceish, { maxKeys: 6 }), junk),
    latest: fc.oneof(fc.dictionary(idish, choiceish, { maxKeys: 6 }), junk),
  },
  { requiredKeys: [] },
);
/** Values a field could plausibly hold in module `m`: the corruptions closest to real states. */
const plausible = (m: (typeof modules)[number]) => {
  const ids = m.scenarios.map((s) => s.id);
  const choices = m.scenarios.flatMap((s) => s.choices.map((c) => c.id));
  const answers = fc.dictionary(fc.constantFrom(...ids), fc.constantFrom(...choices), { maxKeys: ids.length });
  return {
    seed: fc.nat(),
    round: fc.integer({ min: 0, max: 3 }),
    queue: fc.shuffledSubarray(ids),
    index: fc.integer({ min: -1, max: ids.length + 1 }),
    selected: fc.oneof(fc.constant(null), fc.constantFrom(...choices)),
    checked: fc.boolean(),
    first: answers,
    latest: answers,
  } satisfies Record<keyof Attempt, fc.Arbitrary<unknown>>;
};
/** A reachable attempt with one or two fields replaced. */
const damaged = playedArb.chain(({ m, states }) =>
  fc
    .tuple(fc.constantFrom(...states), fc.array(fc.constantFrom(...(Object.keys(plausible(m)) as Array<keyof Attempt>)), { minLength: 1, maxLength: 2 }))
    .chain(([state, fields]) =>
      fc.tuple(...fields.map((f) => fc.oneof({ weight: 4, arbitrary: plausible(m)[f] }, { weight: 1, arbitrary: junk }))).map((values) => ({
        key: m.key,
        attempt: { ...state, ...Object.fromEntries(fields.map((f, i) => [f, values[i]])) },
      })),
    ),
);
const keyArb = fc.oneof(fc.constantFrom(...modules.map((m) => m.key)), fc.string({ maxLength: 6 }));
const resultish = fc.oneof(fc.record({ score: fc.integer({ min: -1, max: 9 }), total: fc.integer({ min: 0, max: 9 }), completedAt: fc.oneof(fc.constant('2026-11-24T12:00:00.000Z'), fc.string()) }), junk);
const storedArb = fc.oneof(
  { weight: 1, arbitrary: fc.jsonValue().map((j) => JSON.stringify(j)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
  {
    weight: 6,
    arbitrary: fc
      .record(
        {
          version: fc.oneof({ weight: 5, arbitrary: fc.constant(PROGRESS_VERSION) }, { weight: 1, arbitrary: junk }),
          results: fc.oneof(fc.dictionary(keyArb, resultish, { maxKeys: 4 }), junk),
          attempts: fc.oneof(
            { weight: 2, arbitrary: fc.dictionary(keyArb, attemptish, { maxKeys: 4 }) },
            { weight: 5, arbitrary: fc.array(damaged, { minLength: 1, maxLength: 3 }).map((d) => Object.fromEntries(d.map((x) => [x.key, x.attempt]))) },
            { weight: 1, arbitrary: junk },
          ),
          names: fc.oneof(fc.dictionary(fc.constantFrom(...TRAINED_AUDIENCES, 'x'), fc.oneof(fc.string(), junk)), junk),
        },
        { requiredKeys: [] },
      )
      .map((o) => JSON.stringify(o)),
  },
);

describe('une progression enregistrée ne piège personne', () => {
  it('quel que soit le JSON enregistré, chaque module s’ouvre sur un écran qui offre une suite', () => {
    fc.assert(
      fc.property(storedArb, (raw) => {
        const { progress } = parseProgress(raw);
        for (const m of modules) expect(waysForward(opened(progress, m.key, m.scenarios).attempt, m.scenarios)).not.toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('ce qui est écarté l’est avec le message; le reste est gardé', () => {
    fc.assert(
      fc.property(storedArb, (raw) => {
        const { progress, problem } = parseProgress(raw);
        let stored: unknown;
        try {
          stored = JSON.parse(raw);
        } catch {
          return;
        }
        const attempts = (stored as { attempts?: unknown } | null)?.attempts;
        if (typeof attempts !== 'object' || attempts === null) return;
        for (const [key, value] of Object.entries(attempts)) {
          const m = modules.find((x) => x.key === key);
          const { attempt, setAside } = m ? opened(progress, key, m.scenarios) : { attempt: progress.attempts[key], setAside: false };
          // Shown as stored, or the learner is told (on reading, or when the module opens).
          if (JSON.stringify(attempt) !== JSON.stringify(value)) expect(problem !== null || setAside).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('tout état atteint en jouant se relit tel quel, sans message, et offre une suite', () => {
    fc.assert(
      fc.property(playedArb, ({ m, states }) => {
        for (const a of states) {
          const saved: Progress = { version: PROGRESS_VERSION, results: {}, attempts: { [m.key]: a }, names: {} };
          const { progress, problem } = parseProgress(JSON.stringify(saved));
          expect(problem).toBeNull();
          expect(progress.attempts[m.key]).toEqual(a);
          expect(fits(a, m.scenarios)).toBe(true);
          expect(waysForward(a, m.scenarios)).not.toEqual([]);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('les impasses connues', () => {
  const m = modules[0]!;
  const start = newAttempt(m.scenarios, 3);
  const firstChoice = m.scenarios[0]!.choices[0]!.id;
  const checked = check(select(start, firstChoice), m.scenarios);
  const saved = (attempts: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    JSON.stringify({ version: PROGRESS_VERSION, results: {}, attempts, names: {}, ...extra });

  it.each([
    // The dead end: choices disabled, no « Vérifier », no « Question suivante ».
    ['une question vérifiée sans réponse choisie', { ...checked, selected: null }],
    ['une question vérifiée sans réponse enregistrée', { ...start, checked: true }],
    ['une question vérifiée dont la réponse n’est pas enregistrée', { ...start, checked: true, selected: firstChoice }],
    ['une position au-delà des questions', { ...start, index: start.queue.length + 1 }],
    ['une question posée deux fois', { ...start, queue: [start.queue[0], ...start.queue.slice(0, -1)] }],
    ['un bilan avec un choix en cours', { ...start, index: start.queue.length, selected: firstChoice }],
    // A record schema would read [] as {}: the attempt would change without the message.
    ['des réponses enregistrées sous forme de liste', { ...start, first: [], latest: {} }],
  ])('%s : la tentative est écartée avec le message; les autres modules gardent la leur', (_what, bad) => {
    const other = modules[1]!;
    const good = play(other.scenarios, [1, 2, 5])[3]!;
    const { progress, problem } = parseProgress(saved({ [m.key]: bad, [other.key]: good }));
    expect(problem).toBe('partial');
    expect(progress.attempts[m.key]).toBeUndefined();
    expect(progress.attempts[other.key]).toEqual(good);
  });

  it('un champ du mauvais type (« results »: [1, 2]) est écarté avec le message, le reste est gardé', () => {
    const good = play(m.scenarios, [1])[1]!;
    const { progress, problem } = parseProgress(saved({ [m.key]: good }, { results: [1, 2] }));
    expect(problem).toBe('partial');
    expect(progress.results).toEqual({});
    expect(progress.attempts[m.key]).toEqual(good);
  });

  it('une tentative faite pour d’autres questions (contenu modifié) est mise de côté à l’ouverture du module', () => {
    const good = play(m.scenarios, [1, 2])[2]!;
    const fewer = m.scenarios.slice(1);
    expect(opened({ version: PROGRESS_VERSION, results: {}, attempts: { [m.key]: good }, names: {} }, m.key, fewer).setAside).toBe(true);
  });
});
