/**
 * The module schema: a malformed scenario file is refused with a message that names the field and
 * says what to fix, in French, for the editors of the Communications team.
 */
import { describe, expect, it } from 'vitest';
import { moduleSchema } from '../../support/scenario-files';

const choice = (id: string, expect: string, author = 'communications') => ({
  id,
  label: 'Publier l’annonce',
  action: { kind: 'publish', author, account: 'city', content: 'city-event' },
  expect,
});

const valid = () => ({
  title: 'Module test',
  summary: 'Un module pour vérifier le schéma des scénarios.',
  audiences: ['employees'],
  order: 1,
  readFirst: ['4.1'],
  scenarios: [
    {
      id: 'test-un',
      audiences: ['employees'],
      situation: 'Sophie, employée de la bibliothèque, veut annoncer une activité un samedi matin.',
      question: 'Qui publie?',
      sections: ['4.1'],
      choices: [choice('a', 'allowed'), choice('b', 'not-allowed', 'employee'), choice('c', 'not-allowed', 'department')],
    },
  ],
});

/** The messages zod gives for a module, as « path : message ». */
function problems(data: unknown): string[] {
  const r = moduleSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')} : ${i.message}`);
}

describe('le schéma des modules de quiz', () => {
  it('accepte un module bien formé, « rightOutcome » valant « allowed » par défaut', () => {
    const r = moduleSchema.parse(valid());
    expect(r.scenarios[0]!.rightOutcome).toBe('allowed');
  });

  it.each([
    ['une section qui n’existe pas', (d: ReturnType<typeof valid>) => { d.scenarios[0]!.sections = ['3.9']; }, /scenarios\.0\.sections\.0 : la section « 3\.9 » n’existe pas/],
    ['deux choix avec le même identifiant', (d: ReturnType<typeof valid>) => { d.scenarios[0]!.choices[1]!.id = 'a'; }, /scenarios\.0\.choices\.1\.id : scénario « test-un » : le choix « a » existe déjà/],
    ['aucun choix juste', (d: ReturnType<typeof valid>) => { d.scenarios[0]!.choices[0]!.expect = 'not-allowed'; }, /aucun choix n’est juste\. Au moins un choix doit avoir « expect: allowed »/],
    ['le public des citoyens', (d: ReturnType<typeof valid>) => { d.scenarios[0]!.audiences = ['citizens']; }, /scenarios\.0\.audiences\.0 : public attendu : employees, elected, communications/],
    ['un public absent du module', (d: ReturnType<typeof valid>) => { d.scenarios[0]!.audiences = ['elected']; }, /le public « elected » n’est pas dans les publics du module/],
    ['deux choix seulement', (d: ReturnType<typeof valid>) => { d.scenarios[0]!.choices.pop(); }, /scenarios\.0\.choices : au moins 3 choix sont attendus/],
    ['un verdict attendu inconnu', (d: ReturnType<typeof valid>) => { d.scenarios[0]!.choices[2]!.expect = 'peut-être'; }, /expect : « expect » doit valoir allowed, not-allowed ou not-covered/],
    ['un rôle inconnu du moteur', (d: ReturnType<typeof valid>) => { d.scenarios[0]!.choices[2]!.action.author = 'mayor'; }, /scenarios\.0\.choices\.2\.action\.author/],
    ['un champ inconnu (faute de frappe)', (d: ReturnType<typeof valid>) => { (d.scenarios[0] as Record<string, unknown>)['question_'] = 'x'; }, /question_/],
    ['un identifiant avec des majuscules', (d: ReturnType<typeof valid>) => { d.scenarios[0]!.id = 'Test Un'; }, /l’identifiant du scénario : des minuscules, chiffres et tirets/],
  ])('refuse %s avec un message utile', (_what, mutate, message) => {
    const d = valid();
    mutate(d);
    expect(problems(d).join('\n')).toMatch(message);
  });

  it('refuse un module offert à un public sans scénario pour lui', () => {
    const d = valid();
    d.audiences = ['employees', 'communications'];
    expect(problems(d)).toContain('audiences : le module est offert au public « communications » mais aucun scénario ne lui est destiné');
  });
});
