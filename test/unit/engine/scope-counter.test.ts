/**
 * Counter-speech that refers to hate (3.2, grammar/scope.ts, text/disrespect.ts): words someone said
 * named to be judged (« Dire que …, c’est dégueulasse », « Ce genre de commentaire sur les … », « Je
 * suis écœuré de lire que… », « Quand je lis que…, ça me fait mal au cœur ») are at most a warning and
 * never « disrespectful ». Each row pairs it with the speaker’s own statement of the same words, which
 * stays flagged and « disrespectful ».
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, errors, tone } from './grammar-helpers.ts';

/** [counter-speech referring to hate (no error), the same words said as the speaker’s own (flagged)] */
const pairs: ReadonlyArray<readonly [string, string]> = [
  ['Dire que les immigrants sont des parasites, c’est dégueulasse.', 'Les immigrants sont des parasites, c’est dégueulasse.'],
  ['Ce genre de commentaire sur les musulmans n’a pas sa place ici.', 'Les musulmans n’ont pas leur place ici.'],
  ['Arrêtez de répéter que les femmes sont stupides.', 'Je le répète : les femmes sont stupides.'],
  ['Je suis écœuré de lire que les Noirs sont des voleurs.', 'Je suis écœuré, les Noirs sont des voleurs.'],
  ['Les gens qui pensent que les gais sont des malades devraient s’informer.', 'Les gais sont des malades, informez-vous.'],
  ['Écrire que les trans sont des monstres, c’est honteux.', 'Les trans sont des monstres, c’est tout.'],
  ['Prétendre que les réfugiés sont des criminels est faux.', 'Les réfugiés sont des criminels, c’est pas faux.'],
  ['Votre insinuation que les immigrants sont des criminels est blessante.', 'Mon avis : les immigrants sont des criminels.'],
  ['Lire que les gais sont des pervers, ça me fait mal au cœur.', 'Les gais sont des pervers, ça me lève le cœur.'],
  ['Des commentaires comme ça sur les réfugiés, c’est écœurant.', 'Les réfugiés, c’est écœurant.'],
  ['Franchement, sortir que les Noirs sont des singes en 2024, c’est pathétique.', 'Franchement, les Noirs sont des singes.'],
  ['Dire que les femmes sont des salopes, c’est dégueulasse.', 'Les femmes sont des salopes.'],
  ['Ce genre de commentaire sur les juifs me donne envie de vomir.', 'Les juifs me donnent envie de vomir.'],
  ['Ça me dégoûte de lire que les gais sont des malades.', 'Ça me dégoûte, les gais sont des malades.'],
  ['Écrire sur Facebook que les juifs sont des rats, c’est criminel.', 'J’écris sur Facebook que les juifs sont des rats.'],
  ['Ta publication sur les réfugiés est dégoûtante.', 'Les réfugiés sont dégoûtants.'],
  ['Quand je lis que les femmes devraient se taire, ça me fait mal au cœur.', 'Je le dis : les femmes devraient se taire.'],
  ['C’est dégueulasse ce que tu dis sur les femmes.', 'C’est dégueulasse, les femmes.'],
  ['Ce que t’as écrit sur les Noirs, c’est écœurant.', 'Ce que j’ai écrit sur les Noirs est vrai : ce sont des singes.'],
  ['Ça me fait de la peine de lire que les gais sont des pervers.', 'Les gais sont des pervers.'],
  ['Publier que les trans sont des monstres, ça fait mal.', 'Les trans sont des monstres, point final.'],
  ['Ceux qui croient que les femmes sont stupides ont juste peur.', 'Je crois que les femmes sont stupides.'],
  ['Arrête de dire partout que les femmes sont des idiotes.', 'Les femmes sont des idiotes partout.'],
  ['Les gens qui pensent que les Noirs sont inférieurs sont des ignorants.', 'Je pense que les Noirs sont inférieurs.'],
  ['Je suis écœurée de voir des gens dire que les lesbiennes sont dégoûtantes.', 'Les lesbiennes sont dégoûtantes.'],
  ['Je refuse de laisser dire que les musulmans sont des barbares.', 'Les musulmans sont des barbares.'],
  ['Quiconque écrit que les juifs sont des parasites sera banni de la page.', 'Les juifs sont des parasites.'],
  ['Nous avons retiré un commentaire qui traitait les Haïtiens de singes.', 'Les Haïtiens sont des singes.'],
  ['Le stéréotype selon lequel les autochtones sont paresseux est raciste.', 'Les autochtones sont paresseux.'],
  ['Penser que les Arabes sont tous des terroristes, c’est de l’ignorance.', 'Les Arabes sont tous des terroristes.'],
  ['Traiter les réfugiés de profiteurs, ça ne se fait pas.', 'Les réfugiés sont des profiteurs.'],
  ['Ça m’écœure d’entendre que les musulmans sont des barbares.', 'Ça m’écœure, les musulmans.'],
  ['Les farces plates sur les trans, ça suffit.', 'Les trans sont des malades, ça suffit.'],
  ['Ce que tu dis des réfugiés est complètement faux.', 'Les réfugiés sont complètement fous.'],
  ['Ça fait dur de lire des commentaires qui traitent les femmes de folles.', 'Les femmes sont folles.'],
  ['Votre remarque selon laquelle les musulmans sont dangereux est fausse.', 'Les musulmans sont dangereux.'],
  ['Les blagues sur les Noirs, c’est pas drôle pantoute.', 'Les Noirs, c’est pas du monde.'],
  ['Ta remarque que les immigrants volent nos jobs est fausse.', 'Les immigrants volent nos jobs, les parasites.'],
  ['Sérieusement, écrire que les gais sont des déviants, c’est lâche.', 'Sérieusement, les gais sont des déviants.'],
  ['Le préjugé que les Haïtiens sont paresseux fait mal.', 'Les Haïtiens sont paresseux.'],
  // A second set, written after the mechanism, to check that it generalises.
  ['Écrire que les Haïtiennes sont des guidounes, c’est dégueulasse.', 'Les Haïtiennes sont des salopes.'],
  ['Dire aux immigrants de retourner chez eux, c’est raciste.', 'Les immigrants devraient retourner chez eux.'],
  ['Vos commentaires sur les musulmanes voilées sont écœurants.', 'Les musulmanes voilées sont écœurantes.'],
  ['Son message contre les gais était ignoble.', 'Les gais sont ignobles.'],
  ['Cette vidéo sur les réfugiés me lève le cœur.', 'Les réfugiés me lèvent le cœur.'],
  ['Ce qu’il a dit sur les trans est écœurant.', 'Les trans sont écœurants.'],
  ['Ce que vous écrivez sur les femmes me dégoûte.', 'Les femmes me dégoûtent.'],
  ['Arrêtez de colporter que les Chinois mangent des chiens.', 'Les Chinois sont des chiens.'],
  ['Lâchez-nous avec vos histoires que les immigrants sont des profiteurs.', 'Lâchez-nous, les immigrants sont des profiteurs.'],
  ['Arrête donc de dire que les gais sont des pédophiles.', 'Les gais sont des pédophiles.'],
  ['On est tannés de lire que les Arabes sont tous des terroristes.', 'On est tannés, les Arabes sont tous des terroristes.'],
  ['Je suis écœuré d’entendre mon voisin dire que les Noirs sont des singes.', 'Mon voisin a raison : les Noirs sont des singes.'],
  ['Ça me révolte quand je lis que les femmes méritent d’être battues.', 'Les femmes méritent d’être battues.'],
  ['J’ai mal au cœur quand j’entends que les autochtones sont des ivrognes.', 'Les autochtones sont des ivrognes.'],
  ['Les gens qui écrivent que les immigrants sont des rats sont pathétiques.', 'Les immigrants sont des rats.'],
  ['Ceux qui traitent les Haïtiens de voleurs sont des racistes.', 'Les Haïtiens sont des voleurs.'],
  ['Insinuer que les réfugiés sont des criminels, c’est odieux.', 'Les réfugiés sont des criminels odieux.'],
  ['Prétendre que les Noirs sont moins intelligents, c’est du racisme pur.', 'Les Noirs sont moins intelligents que nous.'],
  ['Comparer les immigrants à de la vermine, c’est dégueulasse.', 'Les immigrants, c’est de la vermine.'],
  ['Répandre que les juifs sont des rats, c’est criminel.', 'Les juifs sont des rats.'],
  ['Ton idée que les réfugiés sont des parasites ne tient pas debout.', 'Mon idée est simple : les réfugiés sont des parasites.'],
  ['Cette rumeur que les musulmans sont violents fait du tort.', 'C’est pas une rumeur, les musulmans sont violents.'],
  // A pronoun taking up hateful words reported judges the words; after neutral words it takes up the group.
  ['Ton commentaire voulant que les autochtones soient des sous-humains est répugnant.', 'Les autochtones sont des sous-humains.'],
  ['Tu as dit que les juifs devraient mourir. C’est monstrueux.', 'Il dit que les juifs arrivent. C’est des monstres.'],
  ['Quand t’as traité les femmes de putes, j’ai eu honte pour toi.', 'Les femmes, c’est des putes.'],
  ['Tu as écrit que tu haïssais les Haïtiens. C’est dégueulasse.', 'Il dit que les Haïtiens arrivent. Ça pue.'],
  ['Quand je lis que les femmes devraient se taire, ça me fait mal au cœur.', 'Quand je lis que des réfugiés arrivent, ça me dégoûte.'],
  ['Lire que les gais sont des pervers, ça me fait mal au cœur.', 'J’ai lu que les immigrants arrivent en ville, ça m’écœure.'],
  ['Ta déclaration selon laquelle les réfugiés sont des parasites est honteuse.', 'Les réfugiés sont des parasites honteux.'],
  ['Tu as dit que les trans sont des monstres. Pourquoi tant de haine ?', 'Les trans sont des monstres.'],
  ['Lire des messages qui disent que les juifs sont des rats, c’est épuisant.', 'Les juifs sont des rats.'],
  ['Ça me fait honte de lire que les Arabes sont de la vermine.', 'Les Arabes sont de la vermine.'],
];

const flagged = (text: string): boolean => tone(text).length > 0 && classifyIncoming(text) === 'disrespectful';

describe('counter-speech that refers to hate gets no error; the speaker’s own statement does', () => {
  for (const [counter, hate] of pairs) {
    it(`leaves « ${counter} » without error`, () => {
      expect(errors(counter)).toEqual([]);
      expect(classifyIncoming(counter)).not.toBe('disrespectful');
    });
    it(`flags « ${hate} »`, () => expect(flagged(hate)).toBe(true));
  }
});

/** A vulgar verdict on words or a situation is tone; said of a person it stays an error. */
const verdicts: ReadonlyArray<readonly [string, boolean]> = [
  ['C’est dégueulasse.', false],
  ['C’est vraiment dégueulasse, ce qu’il a écrit.', false],
  ['T’es dégueulasse.', true],
  ['C’est dégueulasse, ce que tu es.', true],
  ['Vous êtes dégueulasses.', true],
];

describe('« dégueulasse » judging a situation is a tone warning, said of a person an error', () => {
  for (const [text, error] of verdicts) {
    it(`${error ? 'errors on' : 'warns on'} « ${text} »`, () => {
      expect(tone(text).length).toBeGreaterThan(0);
      expect(errors(text).length > 0).toBe(error);
    });
  }
});
