/**
 * The net under the threat frames (grammar/violence-net.ts): an identity group that is the subject of
 * harm announced or wished for it, in a shape no frame reads, is a WARNING to check (« Menace,
 * peut-être ») and the received comment is « disrespectful ». Dying, suffering and burning need a cruel
 * manner; a violence verb must be undergone (passive, « se faire »), not done by the group. A
 * hypothesis, a risk, a negation, a question, an agent, a report or a victim keeps the sentence clean.
 * Written for this file, not copied from any data set.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, errors, fill, tone, warnings } from './grammar-helpers.ts';

const groups = ['immigrés', 'musulmans', 'Juifs', 'gais', 'Autochtones', 'Haïtiens', 'personnes trans'];
const members = ['immigré', 'musulman', 'Juif', 'Haïtien'];

/** Harm foretold or wished to the group as a whole. */
const foretold = [
  'Un jour, les {g} finiront tous pendus aux lampadaires',
  'Bientôt, les {g} de ce pays seront abattus sans pitié',
  'Je rêve de voir les {g} de ce quartier agoniser dans la rue',
  'Attendez de voir : les {g} vont se faire tabasser à chaque coin de rue',
  'Croyez-moi, les {g} vont mourir dans d’atroces souffrances',
  'Les {g} qui restent ici vont brûler vifs, je vous le garantis',
  'Les {g}, ils crèveront comme des chiens',
];
/** Harm foretold to one member named by the identity. */
const member = ['Cet {g} va mourir d’une mort lente, je vous le garantis', 'Ce {g} sera égorgé avant la fin de l’année'];

/** The group addressed, a norm said of its kind, a beating deserved, death as the better state. */
const addressed = [
  'Les {g} comme vous se feront tabasser',
  'Vous, les {g}, vous seriez mieux morts',
  'Vous les {g}, vous devriez vous faire fusiller',
  'Des {g} comme vous, ça se pend',
  'Des {g} comme vous, ça se fait abattre',
  'Les {g} comme vous se méritent une bonne claque',
];

/** The same words where nobody wishes harm on the group. */
const clean = [
  'Les {g} vont mourir de froid cet hiver si on ne fait rien',
  'Les {g} vont souffrir de cette décision du gouvernement',
  'Des {g} vont être tués par les bombes si la guerre continue',
  'Les {g} ont été massacrés pendant la guerre, il ne faut jamais l’oublier',
  'Les {g} risquent de se faire tuer sur la route migratoire',
  'Combien de {g} vont encore mourir sous les coups ?',
  'Dire que les {g} vont brûler en enfer est une honte',
  'Les {g} vont être protégés contre ceux qui veulent les tabasser',
  'J’espère que les {g} ne vont pas mourir de faim dans ce camp',
  'Les {g} vont brûler la piste de danse samedi soir',
  'Les {g} vont disparaître du centre-ville si les loyers montent encore',
  'Je vais abattre le vieil arbre derrière la maison des {g}',
  'Les {g} seraient morts sans l’aide des bénévoles',
  'Des {g} se font abattre à la frontière, c’est révoltant',
  'Les {g} méritent une bonne soupe chaude',
];

describe('harm foretold or wished to a group: a warning to check (violence-net.ts)', () => {
  const cases = [...[...foretold, ...addressed].flatMap((f) => groups.map((g) => fill(f, g))), ...member.flatMap((f) => members.map((g) => fill(f, g)))];
  it.each(cases)('%s', (text) => {
    expect(tone(text).length, text).toBeGreaterThan(0);
    expect(classifyIncoming(text)).toBe('disrespectful');
  });
  it('says why: a group and violence announced or wished', () => {
    const w = warnings('Un jour, les immigrés finiront tous pendus aux lampadaires.');
    expect(w.map((f) => f.message).join(' ')).toMatch(/^Menace, peut-être\s: un groupe et une violence annoncée ou souhaitée/u);
  });
});

describe('the same words with no harm wished: no 3.2 finding', () => {
  it.each(clean.flatMap((f) => groups.map((g) => fill(f, g))))('%s', (text) => {
    expect(errors(text)).toEqual([]);
    expect(warnings(text).filter((f) => /violence annoncée/.test(f.message))).toEqual([]);
  });
});
