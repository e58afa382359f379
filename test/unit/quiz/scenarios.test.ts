/**
 * The quiz content against the engine: every file validates, every author's expected verdict is the
 * engine's (a disagreement names the file, the scenario and the choice), every scenario can be
 * passed, every rule is exercised by at least two scenarios, every audience has its questions.
 */
import { describe, expect, it } from 'vitest';
import { rules } from '../../../src/engine/index';
import { describeDisagreement, duplicateScenarioIds, findDisagreements, scenariosWithoutRightChoice } from '../../../src/quiz/agreement';
import { TRAINED_AUDIENCES } from '../../../src/quiz/audiences';
import { quizCoverage, UNREACHABLE_FROM_SCENARIOS } from '../../../src/quiz/coverage';
import { readModuleFiles } from '../../support/scenario-files';

const modules = readModuleFiles();
const scenarios = modules.flatMap((m) => m.data.scenarios);

describe('les scénarios des quiz', () => {
  it('sont au moins 40', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(40);
  });

  it('ont chacun un identifiant unique dans tout le contenu', () => {
    expect(duplicateScenarioIds(modules)).toEqual([]);
  });

  it('attendent pour chaque choix le verdict que rend le moteur', () => {
    expect(findDisagreements(modules).map(describeDisagreement)).toEqual([]);
  });

  it('ont chacun au moins une bonne réponse selon le moteur', () => {
    expect(scenariosWithoutRightChoice(modules)).toEqual([]);
  });

  it('font travailler chaque règle du moteur dans au moins deux scénarios', () => {
    const uncovered = quizCoverage(modules)
      .filter((c) => !c.unreachable && c.scenarios < 2)
      .map((c) => `${c.rule} (section ${c.section}) : ${c.scenarios} scénario(s)`);
    expect(uncovered).toEqual([]);
  });

  it('n’écartent de la couverture que des règles qui existent dans le moteur', () => {
    const ids = new Set(rules.map((r) => r.id));
    for (const id of Object.keys(UNREACHABLE_FROM_SCENARIOS)) expect(ids.has(id), id).toBe(true);
  });

  it.each(TRAINED_AUDIENCES)('donnent au public « %s » au moins huit scénarios', (audience) => {
    expect(scenarios.filter((s) => s.audiences.includes(audience)).length).toBeGreaterThanOrEqual(8);
  });

  it('comptent des cas où la politique ne tranche pas (demander à l’équipe des Communications)', () => {
    expect(scenarios.filter((s) => s.rightOutcome === 'not-covered').length).toBeGreaterThanOrEqual(3);
  });
});
