/** « Que répondre? » is drawn from the engine: every kind, every section real, boxes that fit. */
import { describe, expect, it } from 'vitest';
import { INCOMINGS, labels, replyGuide, rules, sectionNumbers } from '../../../src/engine/index.ts';
import { buildReplyFlow } from '../../../src/components/flow/reply-flow.ts';
import { layoutFlow, WIDTH, wrap } from '../../../src/components/flow/flow-layout.ts';

const flow = buildReplyFlow();
const words = { start: 'Un message arrive', kindsQuestion: 'Quel genre?', sectionLabel: (n: string) => `Section ${n}`, yes: 'Oui', no: 'Non' };

describe('buildReplyFlow', () => {
  it('demande d’abord si le message signale une urgence : « oui » mène à l’action du guide pour une urgence, et le chemin s’arrête', () => {
    const first = flow.decisions[0]!;
    expect(first.step.id).toBe('emergency-report');
    expect(first.branch).toBe('oui');
    expect(first.then).toBe('end');
    expect(first.step.action).toBe(replyGuide['emergency-report'].action);
  });

  it('chaque genre de message du moteur a exactement une étape; les autres suivent l’ordre du guide du moteur', () => {
    const all = [...flow.decisions.filter((d) => d.titled).map((d) => d.step.id), ...flow.kinds.map((k) => k.id)];
    expect([...all].sort()).toEqual([...INCOMINGS].sort());
    expect(flow.kinds.map((k) => k.id)).toEqual(Object.keys(replyGuide).filter((k) => k !== 'emergency-report'));
    for (const k of [...flow.kinds, flow.decisions[0]!.step]) {
      expect(k.title).toBe(labels.incoming[k.id as (typeof INCOMINGS)[number]]);
      expect(k.action).toBe(replyGuide[k.id as (typeof INCOMINGS)[number]].action);
    }
  });

  it('chaque étape cite une section qui existe', () => {
    for (const step of [...flow.decisions.map((d) => d.step), ...flow.kinds, flow.always]) expect(sectionNumbers, step.id).toContain(step.section);
  });

  it('aucune étape ne répète son action dans ses détails', () => {
    for (const step of [...flow.decisions.map((d) => d.step), ...flow.kinds]) for (const d of step.details) expect(d, step.id).not.toBe(step.action);
  });

  it('les autres questions reprennent la description d’une règle du moteur de la section citée', () => {
    for (const step of flow.decisions.filter((d) => !d.titled).map((d) => d.step)) {
      const rule = rules.find((r) => r.description === step.action);
      expect(rule, step.id).toBeDefined();
      expect(rule!.section).toBe(step.section);
    }
  });

  it('une plainte suggère une réponse qui renvoie au 311', () => {
    expect(flow.kinds.find((k) => k.id === 'complaint')!.suggestion).toMatch(/311/);
  });
});

describe('wrap', () => {
  it.each([
    ['', 10, []],
    ['un deux trois', 7, ['un deux', 'trois']],
    ['anticonstitutionnellement', 10, ['anticonst-', 'itutionne-', 'llement']],
  ])('« %s » en lignes de %i', (text, max, expected) => {
    expect(wrap(text, max)).toEqual(expected);
  });

  it('aucune ligne ne dépasse la largeur, aucun mot n’est perdu', () => {
    const text = 'Les médias sociaux ne sont pas un service d’urgence : composez le 911 immédiatement, merci!';
    for (const max of [5, 12, 30]) {
      const lines = wrap(text, max);
      for (const l of lines) expect(l.length).toBeLessThanOrEqual(max);
      expect(lines.join(' ').replaceAll('- ', '').replaceAll('-', '')).toBe(text.replaceAll('-', ''));
    }
  });
});

describe('layoutFlow', () => {
  for (const columns of [1, 2] as const) {
    it(`${columns} colonne(s) : les boîtes restent dans le dessin et ne se chevauchent pas`, () => {
      const layout = layoutFlow(flow, words, columns);
      expect(layout.width).toBe(WIDTH * columns);
      for (const b of layout.boxes) {
        expect(b.x).toBeGreaterThanOrEqual(0);
        expect(b.x + b.w).toBeLessThanOrEqual(layout.width);
        expect(b.y + b.h).toBeLessThanOrEqual(layout.height);
        for (const l of b.lines) expect(l.y).toBeLessThan(b.y + b.h);
      }
      for (const [i, a] of layout.boxes.entries()) {
        for (const b of layout.boxes.slice(i + 1)) {
          const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
          expect(apart, `${a.id} / ${b.id}`).toBe(true);
        }
      }
      expect(layout.boxes.filter((b) => b.variant === 'kind')).toHaveLength(INCOMINGS.length - 1);
      expect(layout.boxes.filter((b) => b.variant === 'decision')).toHaveLength(flow.decisions.length);
      // Each decision names both answers: one beside its branch, one on the way down.
      expect(layout.labels.filter((l) => l.text === 'Oui' || l.text === 'Non')).toHaveLength(2 * flow.decisions.length);
    });
  }

  it('sur papier, le schéma est plus large que haut ou presque (une page lisible)', () => {
    const one = layoutFlow(flow, words, 1);
    const two = layoutFlow(flow, words, 2);
    expect(two.height).toBeLessThan(one.height * 0.7);
  });
});
