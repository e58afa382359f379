/**
 * The decision helper's questions, as a small tree: which question comes next given the answers so
 * far, how answers become the engine's Situation, and how they are written in a URL (query string
 * for the interactive page, path segments for the pre-built pages that work without JavaScript).
 *
 * No policy here: the options are the engine's own value lists, and the answer is the engine's
 * verdict. This module only decides the ORDER of the questions (never more than five).
 */
import type { Account, Content, Incoming, Role, Situation, When } from '../../engine/index.ts';
// The value lists straight from their module, not through the engine's door: the island imports
// this file, and the door would bring the whole engine into the page's JavaScript.
import { ACCOUNTS, CONTENTS, INCOMINGS, ROLES, WHENS } from '../../engine/labels.ts';

/** What the person wants to do: the three kinds of Situation the engine knows. */
export const ACTIONS = ['publish', 'reply', 'create-account'] as const satisfies readonly Situation['kind'][];
export type Action = (typeof ACTIONS)[number];

/** Did the Direction générale approve the new account? (4.2) */
export const APPROVALS = ['yes', 'no'] as const;
export type Approval = (typeof APPROVALS)[number];

/**
 * When the message arrived, or an emergency under way. One question rather than two keeps the form
 * within five questions; an emergency makes the time of day secondary, so it is asked as one choice.
 */
export const MOMENTS = [...WHENS, 'emergency'] as const satisfies readonly (When | 'emergency')[];
export type Moment = (typeof MOMENTS)[number];

/** The answers given so far. A field is present only once answered. */
export interface Choices {
  role?: Role;
  action?: Action;
  account?: Account;
  approval?: Approval;
  content?: Content;
  incoming?: Incoming;
  moment?: Moment;
}

export type QuestionId = keyof Choices;

/** The options of each question, in display order. */
export const OPTIONS: { readonly [Q in QuestionId]-?: readonly NonNullable<Choices[Q]>[] } = {
  role: ROLES,
  action: ACTIONS,
  account: ACCOUNTS,
  approval: APPROVALS,
  content: CONTENTS,
  incoming: INCOMINGS,
  moment: MOMENTS,
};

/** Every question id, in the order of the query string. */
export const QUESTION_IDS = Object.keys(OPTIONS) as QuestionId[];

/** The most questions any path asks. */
export const MAX_QUESTIONS = 5;

/** The next question to ask, or undefined when the answers are complete. */
export function nextQuestion(c: Choices): QuestionId | undefined {
  if (!c.role) return 'role';
  if (!c.action) return 'action';
  if (c.action === 'create-account') return c.approval ? undefined : 'approval';
  if (!c.account) return 'account';
  if (c.action === 'publish') return c.content ? undefined : 'content';
  if (!c.incoming) return 'incoming';
  return c.moment ? undefined : 'moment';
}

/** The questions answered, in the order they were asked. */
export function answered(c: Choices): Array<{ question: QuestionId; value: string }> {
  const out: Array<{ question: QuestionId; value: string }> = [];
  let partial: Choices = {};
  for (let q = nextQuestion(partial); q !== undefined; q = nextQuestion(partial)) {
    const value = c[q];
    if (value === undefined) break;
    out.push({ question: q, value });
    partial = { ...partial, [q]: value };
  }
  return out;
}

/** Keeps only the answers that the question order reaches (drops stray or out-of-order ones). */
export function normalize(c: Choices): Choices {
  return Object.fromEntries(answered(c).map((a) => [a.question, a.value])) as Choices;
}

/** The answers with one more (and nothing after it). */
export const choose = <Q extends QuestionId>(c: Choices, question: Q, value: NonNullable<Choices[Q]>): Choices =>
  normalize({ ...c, [question]: value });

/** The answers without the last one (the previous step). */
export function previous(c: Choices): Choices {
  const steps = answered(c);
  return Object.fromEntries(steps.slice(0, -1).map((a) => [a.question, a.value])) as Choices;
}

/** The engine's Situation for complete answers, or undefined while a question remains. */
export function toSituation(c: Choices): Situation | undefined {
  const n = normalize(c);
  if (nextQuestion(n) !== undefined || !n.role) return undefined;
  if (n.action === 'create-account') return { kind: 'create-account', requester: n.role, dgApproved: n.approval === 'yes' };
  if (!n.account) return undefined;
  if (n.action === 'publish' && n.content) return { kind: 'publish', author: n.role, account: n.account, content: n.content };
  if (n.action === 'reply' && n.incoming && n.moment) {
    // The helper asks « may I answer, and how? », not about a written reply: the text is empty, so
    // only the rules on the facts speak, and text rules give their advice (and suggestion) as is.
    const base = { kind: 'reply', incoming: n.incoming, author: n.role, account: n.account, text: '' } as const;
    return n.moment === 'emergency' ? { ...base, emergencyOngoing: true } : { ...base, when: n.moment, emergencyOngoing: false };
  }
  return undefined;
}

const isOption = (q: QuestionId, v: string | null): v is string =>
  v !== null && (OPTIONS[q] as readonly string[]).includes(v);

/** Reads answers from a query string (`?role=employee&action=publish…`). Unknown values are ignored. */
export function fromQuery(search: string): Choices {
  const params = new URLSearchParams(search);
  const raw: Record<string, string> = {};
  for (const q of QUESTION_IDS) {
    const v = params.get(q);
    if (isOption(q, v)) raw[q] = v;
  }
  return normalize(raw as Choices);
}

/** The query string of the answers (empty for none), in the order asked. */
export function toQuery(c: Choices): string {
  const steps = answered(c);
  return steps.length === 0 ? '' : `?${new URLSearchParams(steps.map((a) => [a.question, a.value])).toString()}`;
}

/** The helper's page. */
export const HELPER_PATH = '/aide-a-la-decision/';
/** Where the pre-built pages (one per set of answers) live, for use without JavaScript. */
export const STEPS_PATH = `${HELPER_PATH}choix/`;

/** The path segments of a pre-built page: the answers' values in order (`employee/publish/city/opinion`). */
export const toSegments = (c: Choices): string => answered(c).map((a) => a.value).join('/');

/** The pre-built page of these answers (the helper's page itself when there are none). */
export function toPath(c: Choices): string {
  const segments = toSegments(c);
  return segments === '' ? HELPER_PATH : `${STEPS_PATH}${segments}/`;
}

/**
 * Where the build writes the engine's verdict (JSON) for each complete set of answers: the island
 * reads it there instead of running the engine in the browser. Not a page: robots.txt keeps crawlers out.
 */
export const VERDICTS_PATH = `${HELPER_PATH}verdicts/`;

/** The verdict file of complete answers (`/aide-a-la-decision/verdicts/employee/publish/city/opinion.json`). */
export const toVerdictUrl = (c: Choices): string => `${VERDICTS_PATH}${toSegments(c)}.json`;

/** Reads the answers back from path segments; undefined when a segment is not a valid next answer. */
export function fromSegments(segments: string): Choices | undefined {
  let c: Choices = {};
  for (const value of segments.split('/').filter(Boolean)) {
    const q = nextQuestion(c);
    if (q === undefined || !isOption(q, value)) return undefined;
    c = { ...c, [q]: value };
  }
  return c;
}

/** Every set of answers the form can produce, partial and complete (the root, with none, first). */
export function allChoices(): Choices[] {
  const out: Choices[] = [];
  const walk = (c: Choices): void => {
    out.push(c);
    const q = nextQuestion(c);
    if (q === undefined) return;
    for (const value of OPTIONS[q]) walk({ ...c, [q]: value });
  };
  walk({});
  return out;
}

/** Every complete set of answers, each with its Situation. */
export function allSituations(): Array<{ choices: Choices; situation: Situation }> {
  return allChoices().flatMap((choices) => {
    const situation = toSituation(choices);
    return situation ? [{ choices, situation }] : [];
  });
}
