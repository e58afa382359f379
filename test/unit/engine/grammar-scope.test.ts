/**
 * Scope (3.2): a degrading statement that is negated, reported, quoted or denounced is not the
 * speaker's, so counter-speech stays clean; but a denial that is itself the excuse (« je suis pas
 * raciste, mais… ») or a restriction (« ne sont que… ») does not clear anything.
 */
import { describe, expect, it } from 'vitest';
import { findGrammar } from '../../../src/engine/text/grammar/index.ts';
import { tokenize } from '../../../src/engine/text/tokens.ts';
import { classifyIncoming, errors } from './grammar-helpers.ts';

const clean = [
  // Negation in the clause.
  'Les immigrants ne sont pas des criminels.',
  'Les immigrants sont pas des criminels.',
  'Les réfugiés ne sont jamais des profiteurs, ils travaillent fort.',
  'Je n’ai rien contre les gais.',
  'Je ne méprise pas les personnes handicapées, voyons.',
  'Il ne faut pas expulser les réfugiés.',
  'Faudrait pas les chasser, les itinérants, faudrait les aider.',
  'Les aînés ne nous coûtent rien, ils donnent beaucoup.',
  // Reported speech.
  'Dire que les immigrants sont des parasites, c’est inacceptable.',
  'Certains prétendent que les femmes sont inférieures : c’est faux.',
  'Des gens disent que les BS sont des paresseux.',
  'On entend dire que les autochtones vivent sur notre dos, ce qui est un mythe.',
  'Selon certains, les réfugiés profitent du système.',
  'Je ne dis pas que les immigrés sont des voleurs.',
  'Arrêtez de dire que les musulmans sont des terroristes.',
  // Denounced, in the sentence or the next.
  'Nous condamnons les propos qui traitent les immigrants de parasites.',
  'Les immigrés sont des parasites? C’est faux.',
  'Traiter les itinérants de déchets, c’est honteux.',
  'Le préjugé voulant que les assistés sociaux soient des fraudeurs est tenace.',
  // Quoted.
  'Le slogan « dehors les immigrés » a été retiré du mur.',
];

describe('negated, reported, denounced or quoted statements stay clean', () => {
  for (const text of clean) {
    it(text, () => {
      expect(findGrammar(tokenize(text)).filter((h) => h.severity === 'error')).toEqual([]);
      expect(errors(text)).toEqual([]);
      expect(classifyIncoming(text)).not.toBe('disrespectful');
    });
  }
});

const stillHate = [
  'Je suis pas raciste, mais les Arabes sont tous des voleurs.',
  'Je n’ai rien contre les gais, mais ils me dégoûtent.',
  'Les immigrés ne sont que des parasites.',
  'Les BS, c’est rien que des profiteurs.',
  'Je pense que les réfugiés sont des criminels.',
  'Je dis que les immigrés vivent sur notre dos.',
  'C’est pas raciste de dire la vérité : les immigrés sont des parasites.',
];

describe('a denial used as an excuse, a restriction or the speaker’s own opinion is still hate', () => {
  for (const text of stillHate) {
    it(text, () => {
      expect(errors(text).length).toBeGreaterThan(0);
      expect(classifyIncoming(text)).toBe('disrespectful');
    });
  }
});

/**
 * A slur judged by a verdict (« c'est raciste », « c'est du racisme ») or reported is a warning;
 * the same topic words used by the speaker (« votre haine », « vous plaindre du racisme ») clear nothing.
 */
const slurJudged = ['Traiter quelqu’un de sale Arabe, c’est raciste', '« Sale Arabe », c’est du racisme', 'Le mot « tapette » est homophobe', 'Dire « rebeu », c’est raciste'];
const slurNotJudged = ['Les renois vous aimez trop vous plaindre du racisme', 'Les rebeus, votre haine va vous perdre', 'Sale Arabe, rentre chez toi, la honte'];

describe('a slur is cleared by a verdict on it, not by its topic', () => {
  for (const text of slurJudged) {
    it(`warning: ${text}`, () => {
      expect(errors(text)).toEqual([]);
      expect(findGrammar(tokenize(text)).some((h) => h.kind === 'hate' && h.severity === 'warning')).toBe(true);
    });
  }
  for (const text of slurNotJudged) {
    it(`error: ${text}`, () => {
      expect(errors(text).length).toBeGreaterThan(0);
      expect(classifyIncoming(text)).toBe('disrespectful');
    });
  }
});
