/**
 * Grading by the engine: the right choices are those whose verdict has the scenario's right outcome
 * and nothing to correct; disagreements between author and engine name file, scenario and choice;
 * the coverage counts what the engine finds; the props carry the engine's words and the sections.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/index';
import { describeDisagreement, findDisagreements, type ModuleFile } from '../../../src/quiz/agreement';
import { moduleSummaries, quizProps } from '../../../src/quiz/build-props';
import { quizCoverage } from '../../../src/quiz/coverage';
import { choiceFeedback, choiceFeedbackText } from '../../../src/quiz/feedback';
import { gradeScenario } from '../../../src/quiz/grade';
import type { ScenarioData } from '../../../src/quiz/schema';
import { readModuleFiles } from '../../support/scenario-files';

const reply = (text: string) => ({ kind: 'reply' as const, incoming: 'complaint' as const, author: 'communications' as const, account: 'city' as const, text });

const complaint: ScenarioData = {
  id: 'essai-plainte',
  audiences: ['communications'],
  situation: 'Un citoyen se plaint d’un nid-de-poule sur la page Facebook de la Ville, un mardi.',
  question: 'Que répondre?',
  rightOutcome: 'allowed',
  sections: ['3.1.5'],
  choices: [
    { id: 'a', label: 'Répondre :', action: reply('Merci! Faites votre requête au 311 ou sur le site Web de la Ville.'), expect: 'allowed' },
    { id: 'b', label: 'Répondre :', action: reply('Une équipe passera demain.'), expect: 'not-allowed' },
    { id: 'c', label: 'Répondre :', action: reply('C’est noté, merci.'), expect: 'allowed' },
  ],
};

describe('la correction par le moteur', () => {
  it('juste = issue attendue et rien à corriger; une réponse permise mais avec une mise en garde n’est pas juste', () => {
    const graded = gradeScenario(complaint);
    expect(graded.choices.map((c) => [c.id, c.outcome, c.right])).toEqual([
      ['a', 'allowed', true],
      ['b', 'not-allowed', false],
      ['c', 'allowed', false],
    ]);
    // The feedback is the engine's own findings, with their sections.
    expect(graded.choices[1]!.findings).toEqual(
      evaluate(complaint.choices[1]!.action).findings.map((f) => expect.objectContaining({ rule: f.rule, section: f.section, message: f.message })),
    );
    expect(graded.choices[2]!.findings.map((f) => f.severity)).toContain('warning');
  });

  it('nomme le fichier, le scénario et le choix quand l’auteur et le moteur ne sont pas d’accord', () => {
    const wrong: ModuleFile = {
      file: 'content/scenarios/essai.yaml',
      id: 'essai',
      data: { title: 'Essai', summary: 'Un module d’essai.', audiences: ['communications'], order: 1, readFirst: ['3.1.5'], scenarios: [{ ...complaint, choices: complaint.choices.map((c) => (c.id === 'b' ? { ...c, expect: 'allowed' as const } : c)) }] },
    };
    const found = findDisagreements([wrong]);
    expect(found).toHaveLength(1);
    expect(describeDisagreement(found[0]!)).toMatch(/^content\/scenarios\/essai\.yaml › scénario « essai-plainte » › choix « b » : l’auteur attend « Permis » \(allowed\), le moteur répond « Non permis » \(not-allowed\), règles : complaint-handled-in-thread/);
  });

  it('compte, par règle, les choix et les scénarios dont l’évaluation la déclenche', () => {
    const file = { data: { title: 'Essai', summary: 'Un module d’essai.', audiences: ['communications' as const], order: 1, readFirst: ['3.1.5'], scenarios: [complaint] } };
    const byRule = Object.fromEntries(quizCoverage([file]).map((c) => [c.rule, [c.scenarios, c.choices]]));
    expect(byRule['complaint-handled-in-thread']).toEqual([1, 1]);
    expect(byRule['complaint-redirect']).toEqual([1, 1]);
    expect(byRule['media-answer']).toEqual([0, 0]);
  });
});

describe('les props des îlots, tirées du contenu', () => {
  const modules = readModuleFiles();

  it('enchaînent les modules d’un parcours puis mènent à l’attestation', () => {
    const list = moduleSummaries(modules, 'employees');
    expect(list.length).toBeGreaterThanOrEqual(3);
    const refs = new Proxy({}, { get: (_t, n: string) => ({ number: n, title: `Titre ${n}`, href: `/politique/#s-${n}`, text: 'Texte.' }) });
    const first = quizProps(modules, 'employees', list[0]!.id, refs);
    expect(first.nextHref).toBe(list[1]!.href);
    const last = quizProps(modules, 'employees', list.at(-1)!.id, refs);
    expect(last.nextHref).toBe('/parcours/employes/attestation/');
    expect(last.scenarios).toHaveLength(list.at(-1)!.total);
    // Every section the feedback may cite is passed along with its words.
    for (const s of last.scenarios) for (const c of s.choices) for (const f of c.findings) expect(last.sections[f.section]?.text).toBeTruthy();
  });
});

describe('la rétroaction d’un choix', () => {
  const post = (text: string, content: 'opinion' | 'share-official' = 'opinion') => ({ kind: 'publish' as const, author: 'elected' as const, account: 'personal' as const, content, text });
  const silent: ScenarioData = {
    id: 'essai-elu',
    audiences: ['elected'],
    situation: 'Une conseillère veut dire ce qu’elle pense d’une décision du conseil sur sa page personnelle.',
    question: 'Que peut-elle publier?',
    rightOutcome: 'not-covered',
    sections: ['4.3'],
    choices: [
      { id: 'a', label: 'Son avis :', action: post('Pour ma part, je trouve cette décision regrettable.'), expect: 'not-covered' },
      { id: 'b', label: 'Une annonce :', action: post('C’est officiel : la Ville annonce que la collecte est reportée.', 'share-official'), expect: 'not-allowed' },
      { id: 'c', label: 'Un partage :', action: post('Voici la publication de la Ville.', 'share-official'), expect: 'allowed' },
    ],
  };
  const graded = gradeScenario(silent);
  const byId = (id: string) => graded.choices.find((c) => c.id === id)!;

  it('dit l’état du verdict et, pour chaque choix, la section qui tranche', () => {
    expect(graded.choices.map((c) => [c.id, c.state, c.right])).toEqual([
      ['a', 'not-covered', true],
      ['b', 'not-allowed', false],
      ['c', 'allowed', false],
    ]);
    for (const c of graded.choices) expect(c.sections.length).toBeGreaterThan(0);
    expect(choiceFeedbackText(byId('a'), 'not-covered')).toMatch(/^Bonne réponse\. La politique ne tranche pas\. .*équipe des Communications/);
  });

  it('une règle relevée à deux endroits : une seule explication, avec ses deux passages', () => {
    const b = byId('b');
    expect(b.findings.filter((f) => f.rule === 'elected-city-voice')).toHaveLength(1);
    expect(b.findings[0]!.words.length).toBeGreaterThan(1);
    const text = choiceFeedbackText(b, 'not-covered');
    expect(text.split(b.findings[0]!.message)).toHaveLength(2);
    expect(text).toMatch(/^Mauvaise réponse\. Non permis\. .*Ce qu’il faut changer : Non conforme \(section 4\.1\)/);
  });

  it('un choix permis, quand la question porte sur ce que la politique ne tranche pas, dit pourquoi il n’est pas retenu', () => {
    expect(choiceFeedback(byId('c'), 'not-covered').why).toBeTruthy();
    expect(choiceFeedbackText(byId('c'), 'not-covered')).toMatch(/^Mauvaise réponse\. Permis\. /);
  });
});
