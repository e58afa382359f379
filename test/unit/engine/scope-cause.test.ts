/**
 * Identity as the reason, and one member taken up as the whole group (3.2). Each row pairs a hateful
 * sentence (flagged on a City reply and classified « disrespectful ») with a clean counterpart that
 * has the same shape: a sentence that goes on, a group of age, a complaint of discrimination, a
 * positive predicate, a plural noun that « ils » takes up instead.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, errors, tone } from './grammar-helpers.ts';

/** [identity given as the explanation (flagged), the same shape said innocently (clean)] */
const causes: ReadonlyArray<readonly [string, string]> = [
  ['Normal, c’est des musulmans.', 'Normal, c’est des Québécois, ils aiment le hockey.'],
  ['Pas surprenant, ce sont des immigrés.', 'Pas surprenant, c’est des jeunes.'],
  ['Ça paraît que c’est un juif.', 'Ça paraît que c’est un bon joueur.'],
  ['Ça se voit que c’est une Haïtienne.', 'Ça se voit que c’est une nouvelle employée.'],
  ['On voit bien que c’est une femme.', 'On voit bien que c’est une femme qui a écrit le rapport, elle signe à la fin.'],
  ['Évidemment qu’il est paresseux, c’est un autochtone.', 'Évidemment qu’il est fatigué, il a travaillé toute la nuit.'],
  ['Comme par hasard, c’est encore un immigrant.', 'Comme par hasard, c’est encore un lundi.'],
  ['Ben voyons, c’est normal, c’est juste des Arabes.', 'C’est normal que le bureau soit fermé, c’est des employés de la Ville.'],
  ['Y sont de même parce que c’est des réfugiés.', 'Ils se font arrêter juste parce que ce sont des Noirs.'],
  ['Ils doivent être fous dans la tête parce que ce sont des immigrants.', 'Il a été refusé parce que c’est un Noir.'],
  ['Elles sont de même vu que c’est des femmes.', 'Ils sont fatigués parce que ce sont des immigrants qui travaillent fort.'],
  ['Sûrement un Arabe.', 'Sûrement un oubli.'],
  ['Ça doit être un immigrant.', 'Ça doit être un employé de la Ville.'],
  ['Je gage que c’est un musulman.', 'Je gage que c’est un Québécois qui va gagner.'],
  ['Qu’est-ce que tu veux, c’est des Arabes.', 'Qu’est-ce que tu veux, c’est la vie.'],
  ['Ça m’étonne pas, c’est un Haïtien.', 'Ça m’étonne pas, c’est un excellent joueur.'],
  ['Rien d’étonnant venant d’un musulman.', 'Rien d’étonnant venant d’un champion.'],
  ['Pas surprenant de la part des immigrants.', 'Pas surprenant de la part du comité.'],
  ['Normal, c’est des Noirs.', 'Dire que c’est normal parce que ce sont des Noirs, c’est raciste.'],
];

/** [one member, then « ils » for all of them (flagged), the same with a positive or a plural noun between (clean)] */
const members: ReadonlyArray<readonly [string, string]> = [
  ['Encore un immigrant. Ils sont tous pareils.', 'Encore un immigrant. Ils sont tous les bienvenus.'],
  ['Encore un Arabe. Y sont toutes pareils.', 'Un réfugié a ouvert un café. Ils sont tous les bienvenus ici.'],
  ['Un Haïtien a sûrement fait le coup. Ils sont tous des voleurs.', 'Un Haïtien a vu des voleurs. Ils sont en prison.'],
  ['Une musulmane m’a bousculée à l’épicerie, ils sont tous des sauvages.', 'Une musulmane m’a aidée à l’épicerie, ils sont tellement gentils.'],
  ['Un juif a acheté l’immeuble. Ils sont tous les mêmes.', 'Un juif a acheté l’immeuble. Ils ont rénové la façade.'],
  ['Ce musulman m’a volé. Ils sont tous des voleurs.', 'Ce musulman m’a aidé. Ils sont tous très gentils.'],
  ['Mon voisin est musulman. Ils sont tous des terroristes.', 'Mon voisin est musulman. Ils sont tous très accueillants.'],
  ['Encore un autre réfugié. Eux autres, ils sont tous des parasites.', 'Cette femme et son mari sont partis. Ils sont fous de joie.'],
  ['Un immigrant de plus. Ils nous volent nos jobs.', 'Une Haïtienne a eu des jumeaux. Ils sont malades.'],
];

/** [a wrong blamed on the group alone (flagged), the same shape with a virtue, an age or a role (clean)] */
const onlyThem: ReadonlyArray<readonly [string, string]> = [
  ['Un musulman a dû faire ça. Eux seuls sont capables d’une telle violence.', 'Un musulman a aidé la voisine. Eux seuls sont capables d’une telle générosité.'],
  ['Un Arabe a fait ça, c’est certain. Eux seuls sont capables de ça.', 'Seuls les résidents sont capables de ça.'],
  ['Seuls les immigrants sont capables d’une telle horreur.', 'Seuls les enfants sont capables d’une telle imagination.'],
  ['Seules les femmes sont capables d’une telle cruauté.', 'Seules les personnes handicapées peuvent utiliser ça.'],
  ['Les Noirs seuls sont capables de ça.', 'Les pompiers seuls sont capables de ça.'],
];

const flagged = (text: string): boolean => tone(text).length > 0 && classifyIncoming(text) === 'disrespectful';

describe('identity given as the cause is flagged; the same shapes said innocently are not', () => {
  for (const [hate, clean] of causes) {
    it(`flags « ${hate} »`, () => expect(flagged(hate)).toBe(true));
    it(`leaves « ${clean} » without error`, () => {
      expect(errors(clean)).toEqual([]);
      expect(classifyIncoming(clean)).not.toBe('disrespectful');
    });
  }
});

describe('one member named, then « ils » speaks of all of them', () => {
  for (const [hate, clean] of members) {
    it(`flags « ${hate} »`, () => expect(flagged(hate)).toBe(true));
    it(`leaves « ${clean} » clean`, () => {
      expect(errors(clean)).toEqual([]);
      expect(classifyIncoming(clean)).not.toBe('disrespectful');
    });
  }
});

describe('a wrong blamed on the group alone (« eux seuls sont capables de… »)', () => {
  for (const [hate, clean] of onlyThem) {
    it(`flags « ${hate} »`, () => expect(flagged(hate)).toBe(true));
    it(`leaves « ${clean} » clean`, () => {
      expect(errors(clean)).toEqual([]);
      expect(classifyIncoming(clean)).not.toBe('disrespectful');
    });
  }
});
