/**
 * Violence called for against people (3.2): a call, a wish or the speaker's will + a violence verb
 * (one word or a phrase: « faire souffrir », « trancher la gorge », « mettre fin à la vie ») + a
 * group, one of its members, a pronoun taking one up, or the reader. Each frame has a clean
 * counterpart: the same verbs on things, figures of speech, negation, reported speech.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, errors, fill, warnings } from './grammar-helpers.ts';

const groups = ['immigrants', 'musulmans', 'Haïtiens', 'itinérants', 'autochtones'];

/** {G}/{g}: a group (plural). Every line is a threat whatever the group. */
const threats = [
  'Je vais assassiner tous les {g} du quartier',
  'M’as faire souffrir ces {g}-là',
  'On va leur trancher la gorge, à tous ces {g}',
  'Quelqu’un devrait poignarder ces maudits {g}',
  'Faudrait juste mettre fin à la vie de chaque {g} qui débarque',
  'Nous devrions nous débarrasser des {g} une bonne fois',
  'Il faudrait étrangler tous ces {g}',
  'Ce serait mieux de noyer les {g}',
  'J’aimerais vraiment voir les {g} souffrir',
  'Si seulement quelqu’un pouvait torturer les {g}',
  'C’est dans l’intérêt de tout le monde d’exterminer les {g}',
  'Débarrassons-nous des {g} au plus vite',
  'La ville se porterait mieux sans les {g}',
  'Ça serait ben mieux si les {g} étaient tous exterminés',
  'Pourquoi ne pas se débarrasser des {g} ?',
  'Et si on faisait souffrir les {g} un peu ?',
  'Assassiner un {g} devrait être légal',
  'On devrait laisser vivre aucun {g}',
  'Les {g} changeront jamais, faudrait juste s’en débarrasser',
  '{G}? Je vais me charger de les faire souffrir',
  'Pourquoi on ne les pendrait pas tous, ces {g} ?',
  'N’est-il pas temps d’exterminer les {g} ?',
  'Pourquoi ne pas enfermer les {g} dans des cages ?',
];

/** The same verbs and frames, on things, as figures, negated or reported: never an error. */
const clean = [
  'Je vais tuer le temps en lisant à la bibliothèque',
  'On va se débarrasser des vieux meubles au écocentre',
  'Il faut se débarrasser des préjugés envers les immigrants',
  'Il faut en finir avec le racisme contre les musulmans',
  'On devrait noyer le poisson, selon lui',
  'Ce serait mieux de brûler les feuilles ailleurs que dans la rue',
  'J’aimerais voir les enfants jouer au parc cet été',
  'Je vais mettre le feu aux poudres avec ma question au conseil',
  'Le quartier se porterait mieux sans les travaux de la rue Notre-Dame',
  'Et si on allait voir les aînés au centre communautaire ?',
  'Pourquoi ne pas inviter les immigrants au festival ?',
  'Je ne vais jamais faire souffrir les immigrants',
  'Il dit qu’il faudrait étrangler les musulmans, c’est inacceptable',
  'On devrait tirer sur les prix pour les faire baisser',
  'On va faire souffrir les cyclistes avec ces travaux-là',
  'On ne laisse aucun enfant sans surveillance au parc',
  'Les vieux pneus, on devrait s’en débarrasser à l’écocentre',
];

describe('violence called for against a group is an error and a disrespectful comment', () => {
  for (const frame of threats) {
    for (const g of groups.slice(0, 2)) {
      const text = fill(frame, g);
      it(text, () => {
        expect(errors(text).length).toBeGreaterThan(0);
        expect(classifyIncoming(text)).toBe('disrespectful');
      });
    }
  }
});

describe('the same verbs and frames in ordinary or counter-speech stay free of errors', () => {
  for (const text of clean) {
    it(text, () => {
      expect(errors(text)).toEqual([]);
      expect(classifyIncoming(text)).not.toBe('disrespectful');
    });
  }
});

describe('a member of a group, the reader, a pronoun, a place', () => {
  const cases: Array<[string, boolean]> = [
    ['Je vais poignarder un immigrant demain', true],
    ['Un jour quelqu’un va vous faire la peau', true],
    ['Je vais t’assassiner', true],
    ['Les itinérants? Faudrait tous les exterminer', true],
    ['Quelqu’un devrait mettre le feu à l’hôtel de ville', true],
    ['On devrait incendier la maison du maire', true],
    ['Quelqu’un devrait juste le poignarder', true],
    ['Ce genre d’immigrant devrait être fusillé', true],
    ['Un immigrant ne devrait jamais être tué', false],
    ['Ce genre de permis devrait être abattu', false],
    ['Le prochain col bleu qui touche à ma haie, je l’étripe', true],
    ['Le prochain qui se stationne devant mon entrée, je le poignarde', true],
    ['La prochaine fois, je le noie dans le sirop', false],
    ['Ça prendrait une balle dans la tête de ce conseiller-là', true],
    ['Ça prendrait un nouveau toit pour l’aréna', false],
    ['Je vais me débarrasser de ce vieux divan', false],
    ['Je vais mettre fin à la vie de mon vieux char', false],
    ['On va poignarder nos alliés dans le dos', false],
    ['Je vais étrangler le directeur du service', true],
    ['Quelqu’un devrait l’assassiner, ce conseiller-là', true],
    ['On va faire souffrir nos adversaires au hockey dimanche', false],
  ];
  for (const [text, threat] of cases) {
    it(text, () => {
      expect(errors(text).length > 0).toBe(threat);
      if (threat) expect(classifyIncoming(text)).toBe('disrespectful');
    });
  }
});

describe('a reported call is at most a warning', () => {
  it('quoted', () => {
    const text = 'Il a écrit « quelqu’un devrait poignarder ces immigrants » et il a été banni.';
    expect(errors(text)).toEqual([]);
    expect(warnings(text).length).toBeGreaterThan(0);
  });
});

describe('exclusion with a place after it: shut away or sent off', () => {
  const cases: Array<[string, boolean]> = [
    ['Les immigrants devraient être enfermés dans des cages', true],
    ['Musulmans devraient être parqués dans des camps', true],
    ['On devrait enfermer les itinérants dans des cages', true],
    ['Renvoyez les Haïtiens dans leur pays', true],
    ['Il faudrait expulser les réfugiés hors du pays', true],
    ['Les immigrants ne devraient pas être enfermés dans des cages', false],
    ['Les chiens devraient être enfermés dans des cages au refuge', false],
    ['Renvoyez les formulaires dans leur enveloppe', false],
    ['Les itinérants devraient être envoyés dans des refuges', false],
  ];
  for (const [text, hateful] of cases) {
    it(text, () => {
      expect(errors(text).length > 0).toBe(hateful);
      expect(classifyIncoming(text) === 'disrespectful').toBe(hateful);
    });
  }
  it('reported, it is at most a warning', () => {
    const text = 'Il a dit que les immigrants devraient être enfermés dans des cages, c’est honteux.';
    expect(errors(text)).toEqual([]);
  });
});

describe('a beating promised (Québec « manger une volée »)', () => {
  const cases: Array<[string, boolean]> = [
    ['Si je croise le conseiller, il va manger une volée', true],
    ['Si je le pogne, il va manger toute une volée', true],
    ['Tu vas manger une volée', true],
    ['Si le Canadien joue de même, il va manger une volée', false],
    ['Les Cataractes vont manger une volée ce soir', false],
  ];
  for (const [text, threat] of cases) it(text, () => expect(errors(text).length > 0).toBe(threat));
});

describe('evaluate and classifyIncoming agree on threats; a real emergency still wins', () => {
  const threatsOnly = ['Quelqu’un devrait juste le poignarder.', 'Je vais poignarder un chauffeur d’autobus demain.', 'Et si on étranglait tous les immigrants ?'];
  for (const text of threatsOnly) {
    it(`a threat is flagged and disrespectful, not an emergency or a question: ${text}`, () => {
      expect(errors(text).length).toBeGreaterThan(0);
      expect(classifyIncoming(text)).toBe('disrespectful');
    });
  }
  const emergencies = ['Un homme armé poignarde des gens au parc, appelez le 911!', 'Quelqu’un vient de se faire poignarder devant le dépanneur.'];
  for (const text of emergencies) it(`reported violence is an emergency: ${text}`, () => expect(classifyIncoming(text)).toBe('emergency-report'));
});

describe('a hateful question is managed as disrespectful first, the question kept as a runner-up', () => {
  it('Et si on se débarrassait des immigrants une fois pour toutes ?', async () => {
    const { classifyIncomingDetailed } = await import('../../../src/engine/index.ts');
    const r = classifyIncomingDetailed('Et si on se débarrassait des immigrants une fois pour toutes ?');
    expect(r.kind).toBe('disrespectful');
    expect(r.alsoPossible).toContain('question');
  });
});
