/** The helpers of /regles/: marked words, situations in words, scenario counts, model replies. */
import { describe, expect, it } from 'vitest';
import { evaluate, labels, rules } from '../../../src/engine/index.ts';
import { splitMarked, unmarked } from '../../../src/components/rules/marked-text.ts';
import { describeAny, describeSituation } from '../../../src/components/rules/describe-situation.ts';
import { countExercises, loadExerciseCounts, scenariosOf } from '../../../src/components/rules/exercise-counts.ts';
import { modelRepliesFrom } from '../../../src/components/decide/model-replies.ts';

describe('splitMarked', () => {
  it('sépare les mots marqués ⟦…⟧ du reste', () => {
    expect(splitMarked('Bonjour, ⟦je transmets⟧ votre plainte ⟦ici⟧')).toEqual([
      { text: 'Bonjour, ', marked: false },
      { text: 'je transmets', marked: true },
      { text: ' votre plainte ', marked: false },
      { text: 'ici', marked: true },
    ]);
    expect(splitMarked('rien de marqué')).toEqual([{ text: 'rien de marqué', marked: false }]);
  });

  it('chaque exemple signalé d’une règle de texte marque au moins un passage, qui est bien dans le texte', () => {
    for (const rule of rules.filter((r) => r.kind === 'text')) {
      for (const ex of rule.examples.mustFlag) {
        if (typeof ex !== 'string') continue;
        const pieces = splitMarked(ex);
        expect(pieces.map((p) => p.text).join('')).toBe(unmarked(ex));
      }
    }
  });
});

describe('describeSituation', () => {
  it('décrit chaque genre de situation avec les libellés du moteur', () => {
    expect(describeSituation({ kind: 'publish', author: 'elected', account: 'personal', content: 'opinion' })).toBe(
      `${labels.role.elected} · ${labels.account.personal} · publie : ${labels.content.opinion}`,
    );
    expect(describeSituation({ kind: 'reply', incoming: 'complaint', author: 'communications', account: 'city', text: 'Merci', when: 'weekend' })).toContain(labels.incoming.complaint);
    expect(describeSituation({ kind: 'create-account', requester: 'department', dgApproved: false })).toMatch(/: non$/);
  });

  it('dit clairement qu’une situation est incomplète plutôt que d’afficher « undefined »', () => {
    expect(describeAny(null)).toMatch(/^Situation incomplète/);
    expect(describeAny({ kind: 'reply', incoming: 'rant' })).toMatch(/^Situation incomplète/);
  });
});

describe('countExercises', () => {
  it('compte une fois chaque scénario où une règle intervient, sur n’importe lequel de ses choix', () => {
    const dept = { kind: 'publish', author: 'department', account: 'city', content: 'city-event' } as const;
    const ok = { kind: 'publish', author: 'communications', account: 'city', content: 'city-event' } as const;
    const ruleOfDept = evaluate(dept).findings.find((f) => f.severity === 'error')!.rule;
    const counts = countExercises([
      { id: 'a', situations: [dept, dept, ok] },
      { id: 'b', situations: [ok] },
      { id: 'c', situations: [ok, dept] },
    ]);
    expect(counts.get(ruleOfDept)).toBe(2);
  });

  it('lit les scénarios d’un fichier de module, et ignore ce qui n’en est pas', () => {
    const data = { scenarios: [{ id: 's1', choices: [{ action: { kind: 'create-account', requester: 'fire', dgApproved: true } }, { label: 'sans action' }] }, { nope: 1 }] };
    expect(scenariosOf(data)).toEqual([{ id: 's1', situations: [{ kind: 'create-account', requester: 'fire', dgApproved: true }] }]);
    expect(scenariosOf(null)).toEqual([]);
  });

  it('sans dossier de scénarios, il n’y a rien à compter', () => {
    expect(loadExerciseCounts('content/ce-dossier-n-existe-pas')).toBeUndefined();
  });
});

describe('modelRepliesFrom', () => {
  it('garde le texte de chaque genre de message connu du moteur', () => {
    expect(modelRepliesFrom({ complaint: { text: ' Passez par le 311. ', why: '…' }, inconnu: { text: 'x' }, question: { why: 'sans texte' } })).toEqual({
      complaint: 'Passez par le 311.',
    });
    expect(modelRepliesFrom('pas un objet')).toEqual({});
  });
});
