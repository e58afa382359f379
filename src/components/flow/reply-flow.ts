/**
 * « Que répondre? »: how to handle a message received on an official account, from its arrival to
 * the action for each kind, built from the engine alone. The page decides only the ORDER of the
 * steps (the situations it asks the engine about); every action, message, suggestion and section
 * comes from the engine's rules, its reply guide and its verdicts, so the chart cannot drift.
 */
import { evaluate, INCOMINGS, labels, replyGuide, rules, type Finding, type Incoming, type Situation } from '../../engine/index.ts';
import { flowUi } from '../../i18n/flow.ts';

/** What to do at one point of the path. */
export interface FlowStep {
  id: string;
  /** The kind of message, or the situation. */
  title: string;
  /** What to do, in a few words (from the engine). */
  action: string;
  /** The engine's fuller explanation(s) when they add something to the action. */
  details: string[];
  /** A reply the engine suggests, if any. */
  suggestion?: string;
  /** The section that says so. */
  section: string;
}

/** A yes/no question of the path: one answer leads to its own step, the other goes on down. */
export interface FlowDecision {
  id: string;
  question: string;
  /** The answer that leads to `step`; the other answer goes on to the next question. */
  branch: 'oui' | 'non';
  step: FlowStep;
  /** After `step`: the path ends, or carries on with the next question. */
  then: 'end' | 'continue';
  /** The step names itself (a kind of message) rather than answering the question's situation. */
  titled: boolean;
}

export interface ReplyFlow {
  /** The yes/no questions, in order: the report of an emergency first. */
  decisions: FlowDecision[];
  /** One step per other kind of message, in the engine's reply-guide order. */
  kinds: FlowStep[];
  /** What holds for every reply (3.2). */
  always: FlowStep;
}

const reply = (incoming: Incoming, more: Partial<Extract<Situation, { kind: 'reply' }>> = {}): Situation => ({
  kind: 'reply',
  incoming,
  author: 'communications',
  account: 'city',
  text: '',
  ...more,
});

const ruleById = (id: string) => {
  const rule = rules.find((r) => r.id === id);
  if (!rule) throw new Error(`« Que répondre? » : la règle « ${id} » est introuvable dans le moteur.`);
  return rule;
};

/** The one finding the engine gives in `situation` and not in the plain reply to a question. */
function distinctiveFinding(situation: Situation): Finding {
  const base = new Set(evaluate(reply('question')).findings.map((f) => f.rule));
  const found = evaluate(situation).findings.find((f) => !base.has(f.rule));
  if (!found) throw new Error(`« Que répondre? » : le moteur ne dit rien de particulier pour ${JSON.stringify(situation)}.`);
  return found;
}

/** Details that repeat the action (same words) are dropped: no text twice. */
const fold = (t: string): string => t.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
const newDetails = (action: string, details: string[]): string[] =>
  [...new Set(details)].filter((d) => !fold(action).includes(fold(d)) && !fold(d).includes(fold(action)));

/** The step of a situation: the rule that speaks in it, its description as the action. */
function situationStep(id: string, title: string, situation: Situation): FlowStep {
  const found = distinctiveFinding(situation);
  const rule = ruleById(found.rule);
  const step: FlowStep = { id, title, action: rule.description, details: newDetails(rule.description, [found.message]), section: found.section };
  if (found.suggestion) step.suggestion = found.suggestion;
  return step;
}

/** The step of a kind of message: the engine's reply guide, what its rules say of a bare reply. */
function kindStep(incoming: Incoming): FlowStep {
  const guide = replyGuide[incoming];
  const findings = evaluate(reply(incoming)).findings;
  const suggestion = findings.find((f) => f.suggestion)?.suggestion;
  const details = newDetails(guide.action, [
    ...findings.map((f) => f.message),
    // The rules that check the reply but stay silent on an empty one (e.g. « do not handle it in
    // the thread ») still say what to avoid: their descriptions complete the list.
    ...guide.rules.filter((id) => !findings.some((f) => f.rule === id)).map((id) => ruleById(id).description),
  ]);
  const step: FlowStep = { id: incoming, title: labels.incoming[incoming], action: guide.action, details, section: guide.section };
  if (suggestion) step.suggestion = suggestion;
  return step;
}

/** The kind asked about first, before anything else: safety first (3.1). */
const FIRST_KIND: Incoming = 'emergency-report';

export function buildReplyFlow(): ReplyFlow {
  const decisions: FlowDecision[] = [
    { id: 'urgence-signalee', question: flowUi.questions.emergencyReport, branch: 'oui', step: kindStep(FIRST_KIND), then: 'end', titled: true },
    {
      id: 'urgence-en-cours',
      question: flowUi.questions.emergencyOngoing,
      branch: 'oui',
      step: situationStep('urgence-en-cours', flowUi.questions.emergencyOngoing, reply('question', { emergencyOngoing: true })),
      then: 'continue',
      titled: false,
    },
    {
      id: 'qui',
      question: flowUi.questions.who,
      branch: 'non',
      step: situationStep('qui', flowUi.questions.who, reply('question', { author: 'department' })),
      then: 'end',
      titled: false,
    },
    {
      id: 'hors-heures',
      question: flowUi.questions.afterHours,
      branch: 'oui',
      step: situationStep('hors-heures', flowUi.questions.afterHours, reply('question', { when: 'after-hours' })),
      then: 'continue',
      titled: false,
    },
  ];

  // The other kinds in the order of the engine's reply guide (its own data, not retyped here).
  const kinds = (Object.keys(replyGuide) as Incoming[]).filter((k) => k !== FIRST_KIND && INCOMINGS.includes(k)).map(kindStep);

  // Every reply, whatever its kind: the errors of 3.2 (language and respect).
  const writing = rules.filter((r) => r.section === '3.2' && r.severity === 'error');
  const always: FlowStep = {
    id: 'toujours',
    title: flowUi.always,
    action: writing.map((r) => r.title).join(' · '),
    details: writing.map((r) => r.description),
    section: '3.2',
  };

  return { decisions, kinds, always };
}
