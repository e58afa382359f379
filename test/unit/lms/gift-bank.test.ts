/**
 * Each path's GIFT bank, parsed by an independent parser (gift-pegjs), holds the path's scenarios:
 * same questions, same choices, the engine's right answers, feedback on every choice.
 */
import { parse } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { choiceWording, giftBank } from '../../../src/lms/gift-bank';
import { TRAINED_AUDIENCES } from '../../../src/quiz/audiences';
import { pathProps } from '../../support/path-props';

describe.each(TRAINED_AUDIENCES)('banque GIFT du parcours %s', (audience) => {
  const modules = pathProps(audience);
  const parsed = parse(giftBank(audience, modules, 'CE-2019-0040'));
  const questions = parsed.filter((q) => q.type === 'MC');
  const categories = parsed.filter((q) => q.type === 'Category');

  it('a une catégorie par module et une question par scénario', () => {
    expect(categories.map((c) => c.title.split('/').at(-1))).toEqual(modules.map((m) => m.title.replace(/\//g, ' - ')));
    expect(questions).toHaveLength(modules.reduce((n, m) => n + m.scenarios.length, 0));
  });

  it('garde les choix, les bonnes réponses du moteur et une rétroaction pour chacun', () => {
    const scenarios = modules.flatMap((m) => m.scenarios.map((s) => ({ id: `${m.moduleId}-${s.id}`, s })));
    for (const { id, s } of scenarios) {
      const q = questions.find((x) => x.title === id);
      if (q?.type !== 'MC') throw new Error(`question « ${id} » absente de la banque`);
      expect(q.stem.text).toContain(s.question);
      expect(q.choices.map((c) => c.text.text)).toEqual(s.choices.map((c) => choiceWording(c).replace(/ {2,}/g, ' ').trim()));
      expect(q.choices.map((c) => c.isCorrect || (c.weight ?? 0) > 0), id).toEqual(s.choices.map((c) => c.right));
      for (const [i, c] of q.choices.entries()) {
        expect(c.feedback?.text, `${id}, choix ${i + 1}`).toMatch(/^(Bonne|Mauvaise) réponse\. Verdict de la politique/);
        for (const f of s.choices[i]!.findings) expect(c.feedback?.text).toContain(`section ${f.section}`);
      }
    }
  });
});
