/**
 * « Que répondre? »: how to handle a message received on an official account, from its arrival to
 * the action for each kind, built from the engine alone. The page decides only the ORDER of the
 * steps (the situations it asks the engine about); every action, message, suggestion and section
 * comes from the engine's rules, its reply guide and its verdicts, so the chart cannot drift.
 */
import { evaluate, INCOMINGS, labels, replyGuide, rules, type Finding, type Incoming, type Situation } from '../../engine/index.ts';
import { flowUi } from '../../i18n/flow.ts';

/** One box of the chart and one item of the list. */
export interface FlowStep {
  id: string;
  /** The question asked, or the kind of message. */
  title: string;
  /** What to do, in a few words. */
  action: string;
  /** The engine's fuller explanation(s), for the list. */
  details: string[];
  /** A reply the engine suggests, if any. */
  suggestion?: string;
  /** The section that says so. */
  section: string;
}

export interface ReplyFlow {
  /** Checks made on every message, in order, before looking at its kind. */
  checks: FlowStep[];
  /** One step per kind of message (the engine's Incoming values, in its order). */
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

/** A check: the rule that speaks in `situation`, with its description as the action. */
function check(id: string, title: string, situation: Situation): FlowStep {
  const found = distinctiveFinding(situation);
  const rule = ruleById(found.rule);
  const step: FlowStep = { id, title, action: rule.description, details: [found.message], section: found.section };
  if (found.suggestion) step.suggestion = found.suggestion;
  return step;
}

export function buildReplyFlow(): ReplyFlow {
  const checks: FlowStep[] = [
    check('qui', flowUi.checks.who, reply('question', { author: 'department' })),
    check('urgence-en-cours', flowUi.checks.emergency, reply('question', { emergencyOngoing: true })),
    check('hors-heures', flowUi.checks.afterHours, reply('question', { when: 'after-hours' })),
  ];

  const kinds = INCOMINGS.map((incoming): FlowStep => {
    const guide = replyGuide[incoming];
    const findings = evaluate(reply(incoming)).findings;
    const suggestion = findings.find((f) => f.suggestion)?.suggestion;
    const details = [
      ...findings.map((f) => f.message),
      // The rules that check the reply but stay silent on an empty one (e.g. « do not handle it in
      // the thread ») still say what to avoid: their descriptions complete the list.
      ...guide.rules.filter((id) => !findings.some((f) => f.rule === id)).map((id) => ruleById(id).description),
    ];
    const step: FlowStep = { id: incoming, title: labels.incoming[incoming], action: guide.action, details, section: guide.section };
    if (suggestion) step.suggestion = suggestion;
    return step;
  });

  // Every reply, whatever its kind: the errors of 3.2 (language and respect).
  const writing = rules.filter((r) => r.section === '3.2' && r.severity === 'error');
  const always: FlowStep = {
    id: 'toujours',
    title: flowUi.always,
    action: writing.map((r) => r.title).join(' · '),
    details: writing.map((r) => r.description),
    section: '3.2',
  };

  return { checks, kinds, always };
}
