/**
 * Round-9 threat constructions, written for this file (not copied from any data set), half standard French, half Québec:
 * threats ADDRESSED to a people in the second person (« vous ne verrez pas la fin de l'année, les… »), normative threats
 * said with a NEGATION or a restriction (« il ne faudrait épargner aucun… », « il n'y a qu'une chose à faire avec
 * les… : … »), mass violence FORETOLD as a noun (« il y aura un massacre de… », « un bain de sang attend les… »), and
 * EUPHEMISMS of killing (« régler son compte à… », « envoyer… six pieds sous terre »). Each class has clean counterparts
 * in the same register: deadlines, warnings that protect, history and news, sport, condemnation, negated intentions.
 * Main (883b950) read 30 of the 88 harmful sentences; the rest are the « before » misses of this round.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, errors } from './grammar-helpers.ts';

const harmful: Record<string, readonly string[]> = {
  'addressed to the reader or to a people in the second person': [
    'Vous allez tous y passer, les musulmans.',
    'Vous, les immigrés, on va s\'occuper de vous.',
    'Vous ne verrez pas la fin de l\'année, bande de Juifs.',
    'Vos jours sont comptés, les Arabes.',
    'Je vais te faire regretter d\'être né, sale Noir.',
    'Les gais, vous allez payer de votre sang.',
    'Toi, le réfugié, tu ne passeras pas l\'hiver.',
    'Un jour, vous allez tous pendre au bout d\'une corde, les Noirs.',
    'Vous autres les Arabes, vous allez manger des balles.',
    'Ton heure est arrivée, maudit immigré.',
    'Vous n\'aurez nulle part où vous cacher, les homosexuels.',
    'Vous êtes des hommes morts, les musulmans.',
    'Il ne vous reste plus longtemps à vivre, les réfugiés.',
    'Vous allez crever un par un, les trans.',
    'Tes jours sont comptés, l\'immigré.',
    'Vous allez le payer de votre vie, les Juifs.',
    'On sait où vous habitez, les musulmans, et on s\'en vient.',
    'Votre tour s\'en vient, les Haïtiens, on va vous tuer.',
    'Attendez-vous à ce qu\'on vous massacre, les immigrés.',
    'Vous serez les premiers à tomber, les Juifs.',
    'Vous, les Autochtones, on va vous faire disparaître.',
    'Prépare-toi à mourir, sale musulman.',
    'Vous allez goûter à nos balles, les réfugiés.',
  ],
  'normative, said with a negation or a restriction': [
    'Les musulmans ne méritent pas de vivre.',
    'On ne devrait pas laisser vivre un seul immigré.',
    'Il ne faut avoir aucune pitié pour les Juifs.',
    'La seule solution, c\'est de tuer les Arabes.',
    'Il n\'y a qu\'une chose à faire avec les réfugiés : les abattre.',
    'Aucun Noir ne devrait rester en vie.',
    'Personne ne devrait pleurer quand on pendra les gais.',
    'On n\'a pas d\'autre choix que d\'exterminer les trans.',
    'Les immigrés, on ne devrait jamais les laisser respirer.',
    'Il ne faudrait épargner aucun musulman.',
    'Ne laissez aucun réfugié survivre.',
    'Le seul bon immigré est un immigré mort.',
    'Le seul moyen de régler le problème des Roms, c\'est de les tuer tous.',
    'Faut pas les épargner, les Noirs, faut tous les tuer.',
    'Il ne faut surtout pas hésiter à abattre les trans.',
    'On ne sera pas tranquilles tant qu\'on n\'aura pas tué tous les musulmans.',
    'Y faut pas avoir de pitié pour les Arabes.',
    'Aucune pitié pour les gais.',
    'Les immigrés n\'ont pas droit à la vie.',
    'On ne doit laisser aucun Juif en vie.',
    'Je ne vois qu\'une issue pour les réfugiés : la mort.',
    'Les musulmans ne devraient pas avoir le droit de respirer.',
    'Rien ne devrait nous empêcher d\'éliminer les Noirs.',
    'On devrait pas se gêner pour tuer les trans.',
  ],
  'mass violence foretold as a noun or an event': [
    'Il y aura un massacre de musulmans.',
    'Le jour où on va les tuer, les Juifs, arrive bientôt.',
    'Ça va être un carnage chez les immigrés.',
    'Bientôt, le grand nettoyage des Arabes va commencer.',
    'Un bain de sang attend les réfugiés.',
    'La chasse aux gais va ouvrir cet été.',
    'Ça s\'en vient, le massacre des Juifs.',
    'Le génocide des musulmans, c\'est pour bientôt.',
    'Une boucherie s\'annonce pour les trans.',
    'L\'heure de l\'extermination des Roms approche.',
    'Ce sera une hécatombe chez les réfugiés.',
  ],
  'euphemisms of killing': [
    'Je vais régler son compte à ce musulman.',
    'On va lui faire la peau, à l\'immigré d\'en face.',
    'Je vais envoyer ce Juif six pieds sous terre.',
    'Faudrait rayer les Arabes de la carte.',
    'On va leur faire passer l\'envie de vivre, aux réfugiés.',
    'Je vais te faire manger les pissenlits par la racine, sale immigré.',
    'Les gais, on va les mettre en terre.',
    'On va les envoyer ad patres, les musulmans.',
    'Je vais lui faire son compte, à ce Juif.',
    'Je vais envoyer cet immigré au cimetière.',
    'On va leur régler leur cas une fois pour toutes, aux réfugiés.',
  ],
};

/** Clean counterparts: the same words in ordinary senses, news, history, sport, protection, condemnation (at most a warning). */
const clean = [
  'Vos jours de congé sont comptés.',
  'Vous allez vous faire mal si vous montez sur le toit.',
  'Vous allez tous y passer, un par un, chez le dentiste.',
  'Vous ne verrez pas la fin des travaux avant l\'an prochain.',
  'Je ne vais pas te faire regretter ton choix, promis.',
  'Il y a eu un massacre de musulmans à Srebrenica en 1995.',
  'Le massacre de Polytechnique est un drame que nous n\'oublierons pas.',
  'Ça va être un carnage au centre commercial le jour du Boxing Day.',
  'Le génocide des Tutsis a fait 800 000 morts.',
  'Il y aura un massacre de zombies dans ce jeu vidéo.',
  'Les musulmans méritent de vivre en paix.',
  'On ne devrait pas laisser un enfant seul dans l\'auto.',
  'Il ne faut avoir aucune pitié pour les mauvaises herbes.',
  'La seule solution, c\'est de mieux accueillir les réfugiés.',
  'La seule solution, c\'est de tuer les moustiques avant qu\'ils pondent.',
  'Personne ne mérite de mourir à cause de sa religion.',
  'Les immigrés ne méritent pas d\'être traités ainsi.',
  'Aucun immigré ne devrait vivre dans la peur.',
  'On va régler son compte à ce dossier demain.',
  'Le Canadien s\'est fait rayer de la carte en séries.',
  'Le feu a rayé le village de la carte en 1920.',
  'Les Canadiens vont faire la peau aux Bruins ce soir.',
  'Mon grand-père repose six pieds sous terre depuis dix ans.',
  'Condamnons fermement ceux qui souhaitent un massacre de musulmans.',
  'Dire « vos jours sont comptés » à un voisin, c\'est une menace.',
  'Vous, les bénévoles, on va s\'occuper de vous avec un bon repas.',
  'Vous, les immigrés, on va s\'occuper de vos demandes rapidement.',
  'Les réfugiés, vous allez tous y passer à la clinique de vaccination.',
  'Le jour où on va les accueillir, les réfugiés, arrive bientôt.',
  'Ça va être la fête chez les immigrés ce soir.',
  'Il ne faut pas laisser les aînés seuls pendant la canicule.',
  'Pas de quartier pour les Canadiens, disait l\'entraîneur des Bruins.',
  'Je ne vais jamais te faire de mal.',
  'Personne ne va vous faire de mal, les réfugiés, vous êtes en sécurité ici.',
  'Vous allez voir, les réfugiés, vous allez aimer la ville.',
  'Vous ne manquerez de rien, les immigrés.',
  'Une hécatombe de cerfs a frappé la région cet hiver.',
  'Les Juifs ont été massacrés pendant la Shoah.',
  'Ton heure de rendez-vous est arrivée.',
  'Il n\'y a qu\'une chose à faire avec les feuilles mortes : les ramasser.',
  'La fin de l\'année approche, profitez-en, les étudiants.',
  'Votre tour s\'en vient, vous êtes les prochains au guichet.',
  'Vous ne ferez pas long feu dans ce froid sans manteau.',
  'Il ne vous reste plus longtemps pour vous inscrire, les aînés.',
  'Les musulmans ne méritent pas de vivre dans la peur.',
  'On ne devrait jamais laisser les réfugiés dormir dehors.',
  'Aucune pitié pour les nids-de-poule : on les répare tous cet été.',
  'La chasse aux canards ouvre cet automne.',
  'Ça s\'en vient, le grand ménage du printemps.',
  'Le jour où on va les recevoir, les Haïtiens, on fera une fête.',
  'Les immigrés ont droit à la vie privée.',
  'C\'est raciste de dire que les musulmans ne méritent pas de vivre.',
];

/** Still missed: a fix shows up as a failing « fails » case to move above. */
const missed = [
  'Les Juifs, ça mérite juste une balle.',
  'Vous les trans, vous ne vivrez pas assez vieux pour voir ça.',
  'Profitez-en bien, les musulmans, ça achève pour vous autres.',
  'C\'est la dernière fois que vous priez dans cette ville, les musulmans.',
  'Y en a pas un de vous autres qui va s\'en sortir vivant, les immigrés.',
  'Vous allez finir dans les fours comme vos ancêtres, les Juifs.',
  'Vous ne ferez pas long feu ici, les Arabes.',
  'Les gais, vous ne vous relèverez pas de ce qu\'on vous prépare.',
  'Pas de quartier pour les Juifs.',
  'Nul musulman ne mérite de voir le jour de demain.',
  'Ça prend juste une bonne balle pour chaque immigré.',
  'D\'ici peu, ce sera la fin des Noirs dans cette ville.',
  'Il va y avoir une tuerie dans leur mosquée.',
  'Un jour, il y aura une purge et les immigrés seront les premiers.',
  'Quand le grand ménage viendra, aucun Arabe ne sera épargné.',
  'M\'as y faire son affaire, au Noir.',
  'Ce trans-là, je vais le faire taire pour de bon.',
  'Les Arabes, ça va finir au cimetière.',
  'Je vais le mettre dans une boîte en bois, ce musulman.',
];

for (const [title, texts] of Object.entries(harmful)) {
  describe(`round-9 threat — ${title}`, () => {
    it.each(texts)('%s', (text) => {
      expect(errors(text).length).toBeGreaterThan(0);
      expect(classifyIncoming(text)).toBe('disrespectful');
    });
  });
}
describe('round-9 clean counterparts', () => {
  it.each(clean)('%s', (text) => expect(errors(text)).toEqual([]));
});
describe('round-9 known misses (a fix makes these fail: move them up)', () => {
  it.fails.each(missed)('%s', (text) => {
    expect(errors(text).length).toBeGreaterThan(0);
    expect(classifyIncoming(text)).toBe('disrespectful');
  });
});
