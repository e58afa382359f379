/**
 * Each path's GIFT bank, parsed by an independent parser (gift-pegjs), holds the path's scenarios:
 * same questions, same choices, the engine's right answers, feedback on every choice.
 */
import { parse } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { verdictText } from '../../../src/i18n/verdict';
import { choiceWording, giftBank } from '../../../src/lms/gift-bank';
import { choiceFeedback } from '../../../src/quiz/feedback';
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
        const choice = s.choices[i]!;
        const text = c.feedback?.text ?? '';
        const where = `${id}, choix ${i + 1} : ${text}`;
        // Right or wrong, then the verdict state in the site's words.
        expect(text, where).toMatch(new RegExp(`^${choice.right ? 'Bonne' : 'Mauvaise'} réponse\\. ${verdictText[choice.state].label}\\. `));
        // A right answer is never « À corriger » or « Non permis »; a warning is never shown as « Permis ».
        if (choice.right) expect(['allowed', 'not-covered'], where).toContain(choice.state);
        if (choice.findings.some((f) => f.severity === 'warning')) expect(text, where).not.toMatch(/réponse\. Permis\./);
        // Every choice, right or wrong, cites the section that decides it.
        expect(text, where).toMatch(/Sections? qui tranchen?t? : \d/);
        for (const n of choice.sections) expect(text, where).toContain(n);
        const shown = choiceFeedback(choice, s.rightOutcome);
        for (const f of [...shown.toChange, ...shown.notes]) {
          expect(text.toLowerCase(), where).toContain(`section ${f.section}`);
          // Each explanation once, with every word it points at.
          expect(text.split(f.message).length - 1, where).toBe(1);
          for (const w of f.words) expect(text, where).toContain(`« ${w} »`);
        }
        // What to change is never left out of a wrong answer's feedback.
        expect(shown.toChange.length, where).toBe(choice.findings.filter((f) => f.severity !== 'info').length);
      }
    }
  });
});
