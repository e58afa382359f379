/**
 * Abuse of a person without a group frame (3.2), read by class and frame (grammar/insult.ts,
 * lexicon-insult.ts, lexicon/disrespect.ts): profanity in every construction, sacres in every part
 * of speech, words that insult only when someone is called them, dismissals and sarcasm. Each class
 * has its clean counterparts: the ordinary sense, negation, sincere praise. Each text is a reply on
 * the City's account: 'error' (and classifyIncoming says « disrespectful »), 'warning' (a tone
 * finding, no error) or 'clean' (no error; a warning is tolerated only where said).
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, evaluate } from '../../../src/engine/index.ts';

type Expect = 'error' | 'warning' | 'clean';
const RULES = new Set(['respectful-language', 'professional-tone', 'shouting', 'french-language']);

function verdict(text: string): Expect {
  const f = evaluate({ kind: 'reply', incoming: 'comment', author: 'communications', account: 'city', text }).findings.filter((x) => RULES.has(x.rule));
  if (f.some((x) => x.severity === 'error')) return 'error';
  return f.some((x) => x.severity === 'warning') ? 'warning' : 'clean';
}

const table: Record<string, Array<[string, Expect]>> = {
  'a word that insults only when someone is called it, said to the reader': [
    ['T’es donc ben épais', 'error'],
    ['T’es ben cave', 'error'],
    ['Vous êtes pas mal caves', 'error'],
    ['Es-tu cave ou quoi?', 'error'],
    ['T’es-tu épais?', 'error'],
    ['Vous êtes vraiment nuls', 'error'],
    ['T’as l’air d’un vrai twit', 'error'],
    ['t’es rien qu’un gros tata', 'error'],
    ['Vous êtes tellement innocents', 'error'],
    ['T’es donc ben colon', 'error'],
    ['T’es un rat', 'error'],
    ['Vous êtes des moutons', 'error'],
    ['T’es une vraie nouille', 'error'],
    ['Vous êtes un boulet pour la Ville', 'error'],
    ['T’es bouché ou quoi', 'error'],
    ['T’es rendu demeuré', 'error'],
    ['t’es tellement hypocrite', 'error'],
    ['tes don ben épais', 'error'],
    ['t’é ben cave', 'error'],
    ['vs êtes des caves', 'error'],
    ['t’es ben kave', 'error'],
    ['Vous avez été très patients', 'clean'],
    ['Vous êtes pas cave, la question est bonne', 'clean'],
    ['Tu n’es pas épais, voyons', 'clean'],
    ['Vous êtes innocent jusqu’à preuve du contraire', 'clean'],
    ['T’es bouché dans ta cour?', 'clean'],
    ['Êtes-vous ignorant des règles? Voici le lien.', 'clean'],
    ['Si vous êtes malade, restez chez vous', 'clean'],
    ['Vous êtes nombreux à nous écrire', 'clean'],
    ['Vous êtes un citoyen engagé, merci', 'clean'],
  ],
  'the same words in the third person, and their ordinary senses': [
    ['C’est ben cave, cette décision-là', 'error'],
    ['C’est un épais', 'error'],
    ['Il est rien qu’un twit', 'error'],
    ['Ce demeuré a encore chialé', 'error'],
    ['Ils sont caves en maudit', 'error'],
    ['La mairesse est une vraie dinde', 'error'],
    ['Ce conseiller, c’est un maudit rat', 'error'],
    ['Nique tous les fonctionnaires', 'error'],
    ['La dinde de l’Action de grâce est au four', 'clean'],
    ['C’est un vrai plaisir de vous servir', 'clean'],
    ['Mon fils, c’est un vrai rat de bibliothèque', 'clean'],
    ['Il lui a fait la nique', 'clean'],
    ['La cave de l’hôtel de ville est inondée', 'clean'],
    ['C’est une cave à vin magnifique', 'clean'],
    ['Ce sont des caves voûtées du 18e siècle', 'clean'],
    ['Ma cave est pleine d’eau', 'clean'],
    ['La glace est épaisse sur le lac', 'clean'],
    ['Une épaisse couche de neige couvre les rues', 'clean'],
    ['Cet épais brouillard ralentit la circulation', 'clean'],
    ['Il est innocent, le juge l’a acquitté', 'clean'],
    ['Les premiers colons sont arrivés en 1634', 'clean'],
    ['C’est un colon français venu de Normandie', 'clean'],
    ['Un rat a été vu dans la ruelle', 'clean'],
    ['C’est un porc élevé localement', 'clean'],
    ['Les déchets sont ramassés le mardi', 'clean'],
    ['L’égout est bouché', 'clean'],
    ['La borne de recharge est brisée', 'clean'],
    ['Le vote est nul', 'clean'],
    ['Il est demeuré calme', 'clean'],
    ['Ce maire est demeuré en poste', 'clean'],
  ],
  'the vocative and name-calling': [
    ['Ben voyons donc, mon innocent', 'error'],
    ['Merci, ma belle épaisse', 'error'],
    ['Mon cave!', 'error'],
    ['Espèce de nouille', 'error'],
    ['Arrête de dire que c’est faux, espèce de cave.', 'error'],
    ['Merci le cave', 'error'],
    ['Toi, la nounoune, lâche-nous', 'error'],
    ['Quel épais!', 'error'],
    ['Le maire est un épais dans le genre', 'error'],
    ['Le conseiller est vraiment cave', 'error'],
    ['Mon innocent de frère a oublié ses clés', 'clean'],
    ['Voici le cave à légumes de la maison historique', 'clean'],
    ['Le mur est un épais rempart de pierre', 'clean'],
    ['Le Guide pour les nuls est à la bibliothèque', 'clean'],
    ['C’est une espèce de patate douce', 'clean'],
    ['Mon légume préféré est la patate', 'clean'],
    ['Vérifiez votre cave', 'clean'],
  ],
  'profanity in every construction': [
    ['Ces gens-là devraient fermer leurs gueules', 'error'],
    ['Farme ta yeule', 'error'],
    ['Ouvre pas ta gueule', 'error'],
    ['Quelle bande de trous de cul', 'error'],
    ['Va donc chier', 'error'],
    ['Mange d’la marde', 'error'],
    ['T’es une merde', 'error'],
    ['Fermez-la!', 'error'],
    ['Fermez la porte du garage', 'clean'],
    ['La porte, fermez-la en partant', 'clean'],
    ['La gueule du chien était blessée, la SPA l’a soigné', 'clean'],
    ['Le trou dans la rue est réparé', 'clean'],
  ],
  'sacres as nouns, adjectives, verbs, participles and adverbs, with joual spellings': [
    ['C’est tabarnakement long', 'error'],
    ['C’est ostiement plate', 'error'],
    ['C’est câlissant', 'error'],
    ['Sti que c’est long', 'error'],
    ['Kriss de cônes orange', 'error'],
    ['Décrisse d’ici', 'error'],
    ['On s’en câlisse', 'error'],
    ['Des ostis de nids-de-poule', 'error'],
    ['Je m’en contrecâlisse', 'error'],
    ['Chiez-vous dessus', 'error'],
    ['Espèce de tête de cochon', 'error'],
    ['Maudit lèche-cul', 'error'],
    ['Le crissement des pneus a réveillé les voisins', 'clean'],
    ['Le baptême de la nouvelle rue aura lieu samedi', 'clean'],
    ['Une tête de violon est une fougère comestible', 'clean'],
    ['Le calvaire du rang est restauré', 'clean'],
    ['Il faut sérieusement revoir le plan', 'clean'],
  ],
  'dismissing the reader': [
    ['On s’en fout de ton opinion', 'error'],
    ['Ton avis, on s’en câlisse', 'error'],
    ['Personne t’a demandé ton avis', 'error'],
    ['Qui t’a sonné toi?', 'error'],
    ['Mêle-toi de tes affaires', 'error'],
    ['Occupe-toi de tes oignons', 'error'],
    ['Si t’es pas content, déménage', 'error'],
    ['Vous avez juste à déménager', 'error'],
    ['Va jouer dans le trafic', 'error'],
    ['T’as rien dans la tête', 'error'],
    ['Il te manque un bardeau', 'error'],
    ['Vous avez pas inventé la roue', 'error'],
    ['T’es lent d’esprit', 'error'],
    ['C’est quoi ton problème?', 'error'],
    ['Sacre ton camp', 'error'],
    ['Ferme ton clapet', 'error'],
    ['Je te hais', 'error'],
    ['Honte à vous', 'error'],
    ['Personne veut t’entendre', 'error'],
    ['J’en ai rien à branler', 'error'],
    ['Je le méprise', 'error'],
    ['Vous me rendez malade', 'error'],
    ['C’est toujours lui le plus abruti', 'error'],
    ['Vous êtes des gens malhonnêtes', 'error'],
    ['Ce n’est plus idiot, c’est réglé', 'clean'],
    ['Vous êtes des gens formidables', 'clean'],
    ['Ce médicament me rend malade, dit la pharmacienne', 'clean'],
    ['On s’en occupe dès demain', 'clean'],
    ['Vous avez rien dans votre bac? Il sera ramassé lundi', 'clean'],
    ['Il vous manque un document pour le permis', 'clean'],
    ['Quel est votre problème de stationnement?', 'clean'],
    ['Le camp de jour ouvre en juin', 'clean'],
    ['Fermez le clapet anti-retour du drain', 'clean'],
    ['Personne ne veut vous nuire', 'clean'],
    ['Occupez-vous de vos enfants pendant la baignade', 'clean'],
    ['Personne ne vous a oublié', 'clean'],
    ['Qui vous a répondu?', 'clean'],
    ['Allez jouer dehors, le parc est ouvert!', 'clean'],
    ['Si vous n’êtes pas satisfait, écrivez-nous', 'clean'],
    ['Vous déménagez? Voici comment changer votre adresse', 'clean'],
  ],
  'sarcasm beside what turns the sentence negative': [
    ['Bravo, encore un nid-de-poule pas réparé', 'error'],
    ['Bravo la Ville, trois semaines pour ramasser les ordures', 'error'],
    ['Bien joué, les génies', 'error'],
    ['Chapeau bas, vous avez encore réussi à tout bousiller', 'error'],
    ['Comme d’habitude, c’est n’importe quoi', 'error'],
    ['Génial, encore une panne', 'error'],
    ['Chapeau, personne n’a rappelé', 'error'],
    ['Félicitations, vous avez réussi à tout gâcher', 'error'],
    ['Quelle efficacité, trois mois pour boucher un trou', 'error'],
    ['Bravo, la rue a été déneigée en un temps record!', 'clean'],
    ['Génial, merci pour l’info!', 'clean'],
    ['Chapeau bas aux bénévoles de la guignolée', 'clean'],
    ['Bravo aux champions de la ligue!', 'clean'],
    ['Quelle belle efficacité de l’équipe, merci!', 'clean'],
    ['Bravo à l’équipe des travaux publics!', 'clean'],
    ['Bien joué! Le tournoi a été un succès', 'clean'],
    ['Chapeau aux cols bleus qui ont travaillé toute la nuit', 'clean'],
    ['Comme d’habitude, le marché est ouvert le samedi', 'clean'],
    ['Comme toujours, merci de votre patience', 'clean'],
    ['Bravo! La patinoire est ouverte', 'clean'],
  ],
};

describe('abuse of a person: every class with its clean counterpart', () => {
  for (const [category, rows] of Object.entries(table)) {
    describe(category, () => {
      for (const [text, expected] of rows) {
        it(`${expected}: ${text}`, () => {
          const got = verdict(text);
          if (expected === 'clean') expect(got).not.toBe('error');
          else expect(got).toBe(expected);
          if (expected === 'error') expect(classifyIncoming(text)).toBe('disrespectful');
        });
      }
    });
  }
});
