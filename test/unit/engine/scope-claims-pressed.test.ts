/**
 * Claims pressed by someone else (grammar/scope.ts, BELIEF): « insister sur le fait que », « soutenir
 * que », « clamer que », « marteler que » under a matrix (« si tu continues à… », « arrête de… »,
 * « j'en ai assez de… ») are someone's words: the counter-speech gets no 3.2 error. The speaker's own
 * claim (« j'insiste sur le fait que… ») stays flagged. Written for this file.
 */
import { describe, expect, it } from 'vitest';
import { errors, fill, tone } from './grammar-helpers.ts';

const groups = ['immigrés', 'musulmans', 'Juifs', 'personnes trans'];
const reported = [
  'Je vais arrêter de te suivre si tu continues à insister sur le fait que les {g} méritent de crever.',
  'Si tu soutiens encore que les {g} devraient être gazés, je te bloque.',
  'Arrête de clamer partout que les {g} sont des rats.',
  'J’en ai assez de t’entendre marteler que les {g} sont inférieurs.',
  'Arrête de gueuler que les {g} sont des parasites.',
  'Si tu tweetes encore que les {g} sont des malades, je te bloque.',
  'Il est temps d’arrêter de dire que les {g} sont des parasites.',
  'Ils osent dire que les {g} méritent de mourir.',
];
const own = [
  'J’insiste sur le fait que les {g} méritent de crever.', 'Je soutiens que les {g} sont inférieurs.', 'J’estime que les {g} sont des rapaces.',
  // A call to say it is the speaker's own saying (« il est temps de dire que… », « osons dire que… »).
  'Il est temps de dire que les {g} comme vous méritent de mourir.', 'C’est le moment de dire que les {g} sont des malades.', 'Osons dire que les {g} méritent de mourir.',
];

describe('a claim pressed by someone else, under a matrix, is reported', () => {
  it.each(reported.flatMap((f) => groups.map((g) => fill(f, g))))('%s', (text) => {
    expect(errors(text)).toEqual([]);
  });
});
describe('the speaker’s own claim stays flagged', () => {
  it.each(own.flatMap((f) => groups.map((g) => fill(f, g))))('%s', (text) => {
    expect(tone(text).some((f) => f.severity === 'error'), text).toBe(true);
  });
});
