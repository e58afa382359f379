/** The GIFT writer's output must parse with an independent parser (gift-pegjs) and keep every character. */
import fc from 'fast-check';
import { parse } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { escapeGift, giftFile, type GiftCategory } from '../../../src/lms/gift';

const tricky = 'Réponse : « 3 = 1+2 » ~ {vrai} # 100 % \\ fin';

const sample: GiftCategory[] = [
  {
    path: ['Parcours employés', 'Module 1/ accueil'],
    questions: [
      {
        id: 'q:1',
        text: `Un citoyen écrit : ${tricky}\nQue faites-vous?`,
        choices: [
          { text: 'Rediriger vers le 311', correct: true, feedback: 'Oui : section 3.1.5.' },
          { text: tricky, correct: false, feedback: 'Non : section 3.2.' },
          { text: 'Répondre sur-le-champ', correct: false, feedback: '' },
        ],
      },
      {
        id: 'q2',
        text: 'Deux bonnes réponses',
        choices: [
          { text: 'A', correct: true, feedback: 'a' },
          { text: 'B', correct: true, feedback: 'b' },
          { text: 'C', correct: false, feedback: 'c' },
        ],
      },
    ],
  },
];

describe('giftFile', () => {
  const parsed = parse(giftFile('Banque de test', sample));
  const questions = parsed.filter((q) => q.type === 'MC');

  it('écrit une catégorie puis des questions à choix multiples que gift-pegjs comprend', () => {
    expect(parsed[0]).toMatchObject({ type: 'Category', title: 'Parcours employés/Module 1 - accueil' });
    expect(questions).toHaveLength(2);
  });

  it('garde intacts les caractères spéciaux du texte et des choix', () => {
    const q = questions[0]!;
    if (q.type !== 'MC') throw new Error('MC attendu');
    expect(q.title).toBe('q:1');
    expect(q.stem.text).toContain(tricky);
    expect(q.choices[1]!.text.text).toBe(tricky);
    expect(q.choices.map((c) => c.isCorrect)).toEqual([true, false, false]);
    expect(q.choices[0]!.feedback?.text).toBe('Oui : section 3.1.5.');
  });

  it('partage le poids entre plusieurs bonnes réponses', () => {
    const q = questions[1]!;
    if (q.type !== 'MC') throw new Error('MC attendu');
    expect(q.choices.map((c) => c.weight)).toEqual([50, 50, -100]);
  });

  it('survit à n’importe quel texte (propriété)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 80 }), fc.string({ minLength: 1, maxLength: 40 }), (text, choice) => {
        fc.pre(text.trim().length > 0 && choice.trim().length > 0);
        const out = giftFile('t', [{ path: ['c'], questions: [{ id: 'x', text, choices: [
          { text: choice, correct: true, feedback: text },
          { text: 'autre', correct: false, feedback: 'non' },
        ] }] }]);
        const [, q] = parse(out);
        if (q?.type !== 'MC') return false;
        return q.choices[0]!.text.text === escapeUnescape(choice) && q.choices.length === 2;
      }),
      { numRuns: 2000 },
    );
  });
});

/**
 * What the parser gives back for a text we escaped: the same words; gift-pegjs trims and collapses
 * runs of spaces, and `->` is written `→` (see escapeGift).
 */
const escapeUnescape = (s: string): string => s.replace(/->/g, '→').replace(/\r\n?/g, '\n').replace(/ {2,}/g, ' ').trim();

it('escapeGift échappe chaque caractère de contrôle', () => {
  expect(escapeGift('a~b=c#d{e}f:g\\h')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h');
});
