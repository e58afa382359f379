/**
 * Counter-speech that answers someone's words (3.2): consequences asked for what was said, and an
 * opinion given to the reader then rejected (« pour vous…, mais… », « vous pensez peut-être que…,
 * mais… »). The hateful words inside are at most a warning on the City's account and the comment is
 * not « disrespectful »; the same words said by the speaker (no attribution, or « pour moi ») stay errors.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, errors } from './grammar-helpers.ts';

/** [the words answered (no error), the speaker's own (error)] */
const answered: ReadonlyArray<readonly [string, string]> = [
  ['Il doit y avoir des conséquences pour avoir dit que vous vouliez tuer les musulmans.', 'Je veux tuer les musulmans.'],
  ['Vous allez devoir répondre d’avoir écrit que les Arabes sont de la marde.', 'Les Arabes sont de la marde.'],
  ['Tu mérites d’être banni pour avoir dit que les femmes sont des putes.', 'Les femmes sont des putes.'],
  ['Les trans ne valent peut-être rien pour vous, mais votre opinion ne compte pas.', 'Les trans ne valent rien pour moi, mais je reste poli.'],
  ['Les femmes sont peut-être des putes pour toi, mais ici on respecte tout le monde.', 'Les femmes sont des putes, mais pour toi c’est normal.'],
  ['Vous pensez peut-être que les juifs sont de la marde, mais vous avez tort.', 'Je pense que les juifs sont de la marde, mais bon.'],
  ['Pour vous, les immigrants sont peut-être des parasites, mais pour nous ce sont des voisins.', 'Pour moi, les immigrants sont des parasites, mais bon.'],
  ['Selon toi, les musulmans sont des terroristes, mais les faits disent le contraire.', 'Les musulmans sont des terroristes, selon moi.'],
  ['À vos yeux les Autochtones sont des paresseux, mais vous ne les connaissez pas.', 'À mes yeux les Autochtones sont des paresseux.'],
  ['D’après vous, les réfugiés devraient crever, mais ça n’arrivera pas.', 'Les réfugiés devraient crever, mais ça n’arrivera pas.'],
  ['Tu trouves que les handicapés sont des fardeaux, mais personne ne pense comme toi.', 'Je trouve que les handicapés sont des fardeaux.'],
  ['Les immigrants sont des parasites pour vous, mais c’est pas notre avis.', 'Les immigrants sont une chance pour vous, mais les musulmans sont des parasites.'],
  ['Si pour vous les Noirs sont des animaux, c’est votre problème.', 'Pour nous, les Noirs sont des animaux.'],
  ['Peut-être que pour toi les réfugiés sont des déchets, mais ici ce sont des citoyens.', 'Peut-être que les réfugiés sont des déchets.'],
  ['Pour toi, les gais sont des malades. Pas pour nous.', 'Selon moi, les gais sont des malades.'],
  ['À tes yeux, les femmes sont inférieures.', 'À mes yeux, les femmes sont inférieures.'],
  ['Vous pensez sérieusement que les femmes sont inférieures?', 'Je pense sérieusement que les femmes sont inférieures.'],
  ['Tu crois vraiment que les musulmans sont tous des terroristes?', 'Je crois vraiment que les musulmans sont tous des terroristes.'],
  ['Pour vous, les Arabes sont des terroristes? Vous avez tort.', 'Pour vous faire comprendre, les Arabes sont des terroristes.'],
  ['Vous trouvez sans doute que les handicapés sont inutiles, mais vous êtes dans l’erreur.', 'Je trouve sans doute que les handicapés sont inutiles.'],
];

describe('words answered or attributed to the reader are not the City’s own', () => {
  for (const [theirs, own] of answered) {
    it(`« ${theirs} » has no error and is not disrespectful`, () => {
      expect(errors(theirs)).toEqual([]);
      expect(classifyIncoming(theirs)).not.toBe('disrespectful');
    });
    it(`« ${own} » stays an error`, () => expect(errors(own).length).toBeGreaterThan(0));
  }
});
