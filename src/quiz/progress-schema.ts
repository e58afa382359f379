/**
 * The shape of saved progress, as a schema (valibot: about 2,4 Ko gzip in the quiz pages, against
 * 7,6 Ko for zod/mini). An attempt is accepted only in a state the quiz can reach by playing, so that
 * a resumed module always offers a way forward; what needs the module's questions (ids, choices) is
 * checked by `fits` in session.ts, when the module is opened.
 */
import * as v from 'valibot';
import { TRAINED_AUDIENCES } from './audiences';

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
/**
 * Answers by scenario id: the choice id given. Never an array: a record schema reads `[]` as `{}`,
 * which would change a saved attempt without the notice.
 */
const answers = v.pipe(
  v.custom<Record<string, string>>((x) => typeof x === 'object' && x !== null && !Array.isArray(x)),
  v.record(v.string(), v.string()),
);

export const moduleResultSchema = v.pipe(
  v.object({
    score: count,
    total: count,
    completedAt: v.pipe(
      v.string(),
      v.check((s) => !Number.isNaN(Date.parse(s))),
    ),
  }),
  v.check((r) => r.score <= r.total),
);

const has = (answers: Record<string, string>, id: string | undefined): boolean => id !== undefined && Object.hasOwn(answers, id);

export const attemptSchema = v.pipe(
  v.object({
    seed: count,
    round: v.pipe(count, v.minValue(1)),
    queue: v.pipe(v.array(v.string()), v.minLength(1)),
    index: count,
    selected: v.nullable(v.string()),
    checked: v.boolean(),
    first: answers,
    latest: answers,
  }),
  // Each question is asked once per round.
  v.check((a) => new Set(a.queue).size === a.queue.length),
  // The position is a question of the round, or just past the last one (the round's summary).
  v.check((a) => a.index <= a.queue.length),
  // At the summary, nothing is selected or checked (« Question suivante » cleared them).
  v.check((a) => a.index < a.queue.length || (a.selected === null && !a.checked)),
  // A checked question has its answer: the selection, recorded as the latest answer to it.
  v.check((a) => !a.checked || (a.selected !== null && a.latest[a.queue[a.index]!] === a.selected)),
  // Every question passed in this round was answered.
  v.check((a) => a.queue.slice(0, a.index).every((id) => has(a.latest, id))),
  // A first answer is also an answer (retries only replace the latest).
  v.check((a) => Object.keys(a.first).every((id) => has(a.latest, id))),
  // First pass: its answers are exactly those given so far in this round.
  v.check(
    (a) =>
      a.round > 1 ||
      (Object.keys(a.latest).length === a.index + (a.checked ? 1 : 0) &&
        a.queue.slice(0, a.index + (a.checked ? 1 : 0)).every((id) => has(a.first, id))),
  ),
  // A retry asks again only questions that the first pass answered.
  v.check((a) => a.round === 1 || a.queue.every((id) => has(a.first, id))),
);

/** `${audience}/${moduleId}`, for an audience that has a path (see moduleKey in progress.ts). */
export const moduleKeySchema = v.pipe(
  v.string(),
  v.check((key) => TRAINED_AUDIENCES.some((a) => key.startsWith(`${a}/`) && key.length > a.length + 1)),
);

/**
 * `results`, `attempts` and `names` are each an object (absent: empty); their entries are read one by
 * one, so that one bad entry does not cost the rest.
 */
export const storedFieldSchema = v.optional(v.record(v.string(), v.unknown()), {});
