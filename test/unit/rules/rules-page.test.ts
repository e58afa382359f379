/** The helpers of /regles/: marked words, situations in words, scenario counts, model replies. */
import { describe, expect, it } from 'vitest';
import { labels, rules } from '../../../src/engine/index.ts';
import { splitMarked, unmarked } from '../../../src/components/rules/marked-text.ts';
import { describeAny, describeSituation } from '../../../src/components/rules/describe-situation.ts';

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

