/**
 * The islands show the engine's messages as they come (the build's typography pass never sees
 * them), so every message and suggestion must already be in French typography: curly apostrophes,
 * narrow no-break spaces inside « » and before : ; ! ?. Read over every rule's examples, in every
 * situation a text can be judged in.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, INCOMINGS, rules, type Situation } from '../../../src/engine/index.ts';
import { frenchProse } from '../../../src/engine/prose.ts';

const texts = rules.flatMap((r) => [...r.examples.mustFlag, ...r.examples.mustPass]).map((e) => (typeof e === 'string' ? e.replace(/[⟦⟧]/g, '') : e));

function situations(example: string | Situation): Situation[] {
  if (typeof example !== 'string') return [example];
  return [
    ...INCOMINGS.map((incoming) => ({ kind: 'reply', incoming, author: 'communications', account: 'city', text: example }) as Situation),
    { kind: 'publish', author: 'employee', account: 'personal', content: 'opinion', text: example } as Situation,
    { kind: 'publish', author: 'elected', account: 'personal', content: 'opinion', text: example } as Situation,
  ];
}

describe('typographie des messages du moteur', () => {
  it('chaque message et chaque suggestion sont déjà en typographie française', () => {
    const wrong = new Set<string>();
    let seen = 0;
    for (const example of texts)
      for (const situation of situations(example))
        for (const f of evaluate(situation).findings)
          for (const said of [f.message, f.suggestion]) {
            if (said === undefined) continue;
            seen++;
            if (frenchProse(said) !== said) wrong.add(said);
          }
    expect(seen).toBeGreaterThan(500);
    expect([...wrong]).toEqual([]);
  });

  it('la typographie ne touche ni une heure, ni une adresse Web, ni un message déjà correct', () => {
    for (const s of ['Rendez-vous à 10:30.', 'Voir https://www.v3r.net.', 'Merci\u202F! C’est «\u202Fnoté\u202F».']) expect(frenchProse(s)).toBe(s);
  });
});
