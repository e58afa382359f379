/**
 * A group's access, rights or presence called a misfortune (grammar/access.ts): « permettre aux … de
 * voter serait la ruine du pays », « l'arrivée des … est une catastrophe ». A WARNING to check, and the
 * received comment is « disrespectful ». The reading has a polarity: refusing or removing access judges
 * the refusal (« ne pas accueillir les … serait une honte », « refuser aux … le droit de vote serait une
 * erreur »), and such a sentence gets no 3.2 error — the clause, not the group, is what « serait » is
 * said of (hate.ts). Written for this file, not copied from any data set.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, errors, fill, tone, warnings } from './grammar-helpers.ts';

const groups = ['musulmans', 'immigrés', 'Haïtiens', 'personnes trans', 'Autochtones'];

const misfortune = [
  'Permettre aux {g} de voter serait la ruine de notre pays',
  'Embaucher des {g}, c’est courir au désastre',
  'Accueillir des {g} dans notre quartier serait une folie',
  'Donner le droit de vote aux {g} a été une grave erreur',
  'L’arrivée des {g} est une catastrophe pour la ville',
  'La pire erreur serait de laisser les {g} s’installer ici',
  'Ouvrir nos frontières aux {g}, ce serait notre perte',
  'Autoriser les {g} à enseigner est une aberration',
];

const clean = [
  'Refuser aux {g} le droit de voter serait une erreur',
  'Ne pas accueillir les {g} serait une honte pour notre pays',
  'Ne pas aider les {g} serait une erreur',
  'L’exclusion des {g} du conseil a été une grave erreur',
  'Permettre aux {g} de travailler plus vite serait une bonne chose',
  'Embaucher des {g} n’a jamais été une erreur pour notre entreprise',
  'Certains prétendent qu’accueillir des {g} serait une catastrophe, ils ont tort',
  'L’arrivée des {g} a été une chance pour la ville',
  'Empêcher les {g} d’enseigner serait une aberration',
  'La discrimination envers les {g} est un fléau',
];

describe('a group’s access or presence called a misfortune: a warning to check (access.ts)', () => {
  it.each(misfortune.flatMap((f) => groups.map((g) => fill(f, g))))('%s', (text) => {
    expect(tone(text).length, text).toBeGreaterThan(0);
    expect(classifyIncoming(text)).toBe('disrespectful');
  });
  // « nommer … à la tête de » gives a post: no name given, no words reported (scope.ts, appoints).
  it.each(['Nommer une femme à la tête de la police est la pire erreur que l’on puisse faire.', 'Nommer un musulman au conseil municipal serait une folie.'])('%s', (text) => {
    expect(tone(text).length, text).toBeGreaterThan(0);
    expect(classifyIncoming(text)).toBe('disrespectful');
  });
  it('says why', () => {
    expect(warnings('Permettre aux musulmans de voter serait la ruine de notre pays.').map((f) => f.message).join(' ')).toMatch(/la présence, les droits ou la place d’un groupe présentés comme un malheur/);
  });
});

describe('access refused, a good thing, a report or a negation: no 3.2 finding about the group', () => {
  it.each(clean.flatMap((f) => groups.map((g) => fill(f, g))))('%s', (text) => {
    expect(errors(text)).toEqual([]);
    expect(warnings(text).filter((f) => /malheur/.test(f.message))).toEqual([]);
  });
});
