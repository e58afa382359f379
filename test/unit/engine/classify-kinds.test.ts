/**
 * classifyIncoming on realistic comments (classify-cases.ts): at least 40 per kind, each list the
 * clean counterpart of the others. Measured as rates (misses printed): ≥ 90 % overall, the issue's
 * target, and ≥ 80 % for every kind. Then the priority order and the runners-up.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, classifyIncomingDetailed, INCOMING_PRIORITY, type Incoming } from '../../../src/engine/index.ts';
import { incomingCases } from './classify-cases.ts';

const all = Object.entries(incomingCases) as Array<[Incoming, string[]]>;

describe('classifyIncoming on realistic comments', () => {
  it.each(all)('« %s » has at least 40 cases, and most of them come out as that kind', (kind, texts) => {
    expect(texts.length).toBeGreaterThanOrEqual(40);
    const missed = texts.filter((t) => classifyIncoming(t) !== kind).map((t) => `${t} → ${classifyIncoming(t)}`);
    expect(1 - missed.length / texts.length, missed.join(' | ')).toBeGreaterThanOrEqual(0.8);
  });

  it('gets at least 90 % of all the cases right', () => {
    const cases = all.flatMap(([kind, texts]) => texts.map((t) => [kind, t] as const));
    const right = cases.filter(([kind, t]) => classifyIncoming(t) === kind).length;
    expect(right / cases.length).toBeGreaterThanOrEqual(0.9);
  });
});

describe('priority and runners-up', () => {
  it('protects people first: emergency, then disrespect, then the rest', () => {
    expect(INCOMING_PRIORITY.slice(0, 2)).toEqual(['emergency-report', 'disrespectful']);
  });

  it.each([
    ['Ça sent vraiment fort le gaz au coin de la rue des Forges et Royale, est-ce normal?', 'emergency-report', ['question']],
    ['Ma rue est pas déneigée, gang d’incompétents tabarnak', 'disrespectful', ['complaint']],
    ['Bonjour, je suis recherchiste pour l’émission Salut Bonjour : combien a coûté le pont?', 'media-request', ['needs-validation']],
    ['Mon bac est brisé, pouvez-vous le remplacer?', 'request', ['complaint', 'question']],
    ['Y a le feu au garage, gang de caves à la Ville!!!', 'emergency-report', ['disrespectful']],
    ['Y’a plus de fumée qu’avant, ça empire', 'emergency-report', []],
    ['Est-ce que la piscine va fermer?', 'needs-validation', []],
    ['Bravo pour la fête!', 'comment', []],
  ] as const)('%s → %s (peut aussi être : %j)', (text, kind, also) => {
    const r = classifyIncomingDetailed(text);
    expect(r.kind).toBe(kind);
    expect(r.alsoPossible).toEqual(also);
  });

  it.each([
    ['Le feu de circulation est brisé au coin de la rue Laviolette'],
    ['Est-ce que les feux d’artifice sont ce soir?'],
    ['Il y a eu un incendie l’an dernier sur ma rue, est-ce que la maison sera démolie?'],
    ['Que faire en cas de fuite de gaz?'],
    ['Je sens que le prix du gaz va monter'],
    ['Nous faisons un reportage sur les inondations, pouvons-nous parler à quelqu’un?'],
    ['Il n’y a pas de feu, juste un barbecue'],
    ['La température de l’eau est parfaite au bain libre'],
    ['Le pont est fermé à cause d’un accident?'],
    ['J’ai perdu mon chat'],
    ['Il n’y a plus de fumée, c’est correct'],
    ['Il n’y a pas de fuite de gaz, c’est réglé'],
    ['J’arrive armé de patience pour la réunion'],
    ['On s’en vient armés de questions pour le conseil'],
    ['Faudrait nettoyer ma chambre au lance-flammes'],
    ['Ce règlement-là, faudrait le régler à la dynamite'],
    ['J’ai perdu mon couteau suisse au parc, quelqu’un l’a trouvé?'],
    ['Je vends ma carabine de chasse, écrivez-moi en privé'],
    ['Le spectacle des jongleurs avec des flammes était magnifique'],
    ['Le feu de camp a pris du temps à partir'],
    ['Ils s’en battent les couilles de nos taxes'],
    ['Après les travaux, ma rue ressemble à un champ de bataille'],
    ['On se croirait dans une zone de guerre sur le boulevard depuis le dégel'],
    ['Je souhaite un prompt rétablissement au conseiller après son accident.'],
    ['Suite à son accident de vélo, elle est en congé pour l’été'],
  ])('« %s » is not an emergency in progress', (text) => {
    expect(classifyIncoming(text)).not.toBe('emergency-report');
  });

  // Their counterparts: the same objects and fires where someone is in danger now.
  it.each([
    ['Y’a un gars avec un lance-flammes dans la rue!'],
    ['J’ai trouvé un couteau plein de sang dans la ruelle'],
    ['Le feu de la Saint-Jean a pogné dans la maison à côté!!'],
    ['Le feu a pris dans le garage du voisin'],
    ['Deux gars se battent devant le bar, y’en a un qui saigne'],
    ['Le cracheur de feu a mis le feu au chapiteau, appelez les pompiers!'],
    ['Y’a une bataille devant le bar, un gars saigne'],
    ['Mon fils a eu un accident devant l’école, il saigne, venez vite'],
    ['C’est un vrai champ de bataille au parc, deux gangs se battent avec des bâtons'],
  ])('« %s » is an emergency', (text) => {
    expect(classifyIncoming(text)).toBe('emergency-report');
  });

  it('never throws and keeps the contract on odd input', () => {
    for (const x of [undefined, null, 42, {}, '', '   ', '🔥🔥🔥', 'a'.repeat(100_000)] as unknown as string[]) {
      const r = classifyIncomingDetailed(x);
      expect(INCOMING_PRIORITY).toContain(r.kind);
      expect(r.alsoPossible).not.toContain(r.kind);
    }
  });
});
