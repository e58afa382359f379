/**
 * Round 26: implicit derogation marked by allusion. The speaker signals a meaning left unsaid, built from parts (a verb of
 * knowing, seeing or guessing, the reader, the unsaid: « vous savez à qui je pense », « tu vois de quoi je parle »,
 * « vous-savez-qui », « je vise personne »), beside a people or a person described (« les nouveaux voisins »); and scare
 * quotes around a role or a credential (« ses « diplômes » », « les « étudiants » ») that deny the word. Warnings only.
 * Written for this round, not copied from any set.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, errors, warnings } from './grammar-helpers.ts';

const flagged = [
  // Allusion markers beside a people.
  'Les Algériens ont encore eu le contrat de déneigement, vous savez à qui je pense',
  'Trois familles syriennes dans le bloc, tu vois de quoi je parle 🤔',
  'Les Haïtiens du coin… vous devinez à quoi je fais référence',
  'Encore les musulmans au conseil. Vous savez ce que je veux dire.',
  'Le resto est rendu aux Chinois, je vise personne mais ça sent drôle',
  'Les Africains du 3e, je pointe personne hein',
  'Les immigrants ont des logements neufs pis nous on attend. On a compris.',
  // Allusion markers beside a person described without a name.
  'Des vols de bicycle tous les soirs depuis que les nouveaux voisins sont arrivés, on sait ben c est qui',
  'Les nouveaux locataires du 2e viennent de loin, si vous voyez ce que je veux dire',
  'Les nouveaux proprios du dépanneur sont de la communauté, vous savez à quoi je fais allusion',
  'Les nouveaux arrivants du bloc, je dis rien, vous savez à qui je pense',
  'Y a du nouveau monde sur la rue Bellefeuille, vous savez de qui je parle 🙄',
  'on paye des médiateurs pour gérer les cousins de vous-savez-qui',
  'Les nouveaux bancs du parc vont servir de lit à une certaine faune',
  // (« une certaine engeance traîne au terminus »: « engeance » is an insult since round 35, an error; see round35.test.ts.)
  // Scare quotes around a role or a credential.
  'Le cégep est plein d\'« étudiants » qui livrent du poulet le soir',
  'Encore des « réfugiés » avec des cellulaires à 1500 $',
  'La nouvelle « coordonnatrice » à la culture, on se demande ce qu\'elle fait de ses journées',
  'Le chauffeur avec son « diplôme » de là-bas a encore manqué l\'arrêt',
  'La locataire du 3e avait un « accent », on a compris d\'où elle venait',
  'Le nouveau « médecin » du CLSC, bonne chance pour vous faire comprendre',
  'Nos « travailleurs » du Mexique font la sieste à 14h',
  'Le voisin pis ses « compétences » d\'ingénieur, laisse-moi rire',
  'Une « infirmière » avec un voile qui ose nous faire la leçon',
];

const clean = [
  // Friendly guessing games, real coincidences, an allusion to a thing.
  'Devinez qui est de retour au marché ? Le camion de crème glacée !',
  'Vous savez à quoi je pense? Une poutine au Roi du Lac 😋',
  'Tu vois de quoi je parle, le nid-de-poule en face du IGA',
  'Les nouveaux voisins sont tellement fins, ils nous ont apporté des muffins',
  'Pure coïncidence, j\'ai croisé ma cousine au marché pis à la SAQ la même journée',
  'Je gage que les Canadiens vont perdre encore ce soir',
  'Traduction : la collecte des bacs bruns est reportée à jeudi',
  'On a compris, la piscine ferme à 20h cette semaine',
  'Une certaine faune aquatique est revenue dans le lac Saint-Pierre',
  'Je vise personne, je rappelle juste de ramasser après vos chiens',
  'Bienvenue aux nouveaux arrivants! Vous savez à qui vous adresser pour les inscriptions',
  'Les nouveaux voisins du 4e ont besoin d\'aide pour déménager, vous savez de qui je parle',
  // Neutral quotes: titles, events, places, reported speech, a word mentioned.
  'Le programme « Étudiants d\'un jour » revient au cégep cet automne',
  'La soirée « Réfugiés bienvenus » aura lieu au centre communautaire',
  'Il a dit « merci » au chauffeur en descendant',
  'Le mot « réfugiés » vient du latin, saviez-vous ça?',
  'Au parc « Des Chenaux », les modules sont neufs',
  'Les « travailleurs essentiels » ont reçu leur prime',
  'Elle a répondu « diplôme en main » quand on lui a demandé comment ça allait',
  'Le festival « Cultures du monde » attire des milliers de gens',
  // Counter-speech and negation.
  'Arrêtez de mettre des « étudiants » entre guillemets, c\'est raciste. Ce sont de vrais étudiants.',
  'Les immigrants ont des « compétences » qu\'on reconnaît pas, c\'est un scandale',
  'Ma voisine syrienne a fini son diplôme d\'infirmière, on est fiers d\'elle',
];

describe('round 26 (allude): allusion markers and scare quotes warn', () => {
  it.each(flagged)('%s', (text) => {
    expect(warnings(text).length, text).toBeGreaterThan(0);
    expect(errors(text), text).toEqual([]);
    expect(classifyIncoming(text)).toBe('disrespectful');
  });
  it.each(clean)('clean: %s', (text) => {
    expect(errors(text)).toEqual([]);
    expect(classifyIncoming(text)).not.toBe('disrespectful');
  });
});

// « Traduction : » opening a gloss was read on the branch and left out to keep the worker within its size budget (+0,3 KB
// gzip): a warning makes this fail, to say « move it up ».
describe('round 26 (allude): left for later (a fix makes these fail: move them up)', () => {
  it.fails.each(['Les Arabes du bloc ont acheté un autre immeuble. Traduction : les loyers vont sauter'])('%s', (text) => {
    expect(warnings(text).length).toBeGreaterThan(0);
  });
});
