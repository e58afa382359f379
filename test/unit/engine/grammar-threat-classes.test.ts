/**
 * Threats and wishes of harm by class (round 4): each class is a frame crossed with several groups,
 * and each has clean counterparts (the same words in an ordinary sense, negation, a report, a game).
 * Written as people write in Québec, not copied from any data set.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, errors, fill } from './grammar-helpers.ts';

const groups = ['les immigrants', 'les musulmans', 'les femmes', 'les gais', 'les Autochtones', 'les réfugiés'];
/** Every frame with every group: an error on a City reply and a disrespectful comment. */
function harmful(title: string, frames: readonly string[]): void {
  describe(title, () => {
    const cases = frames.flatMap((f, i) => [fill(f, groups[i % groups.length]!), fill(f, groups[(i + 3) % groups.length]!)]);
    it.each(cases)('%s', (text) => {
      expect(errors(text).length).toBeGreaterThan(0);
      expect(classifyIncoming(text)).toBe('disrespectful');
    });
  });
}
/** Clean counterparts: no 3.2 error. */
function clean(title: string, texts: readonly string[]): void {
  describe(title, () => {
    it.each(texts)('%s', (text) => expect(errors(text)).toEqual([]));
  });
}

harmful('hurting, attacking, taking on a group (any call, any person)', [
  'Je vais faire du mal à {g}.',
  'On va blesser {g} qu’on croise.',
  'Je vais m’en prendre à tous {g}.',
  'On devrait s’en prendre à {g} ce soir.',
  'Il faudrait agresser {g} dans la rue.',
  'M’as toutes les achever, {g}.',
  'Y faudrait tirer dans le tas de {g}.',
  'On va leur couper la tête, à {g}.',
  'Nous allons avoir leur peau, à {g}.',
  'Il faut nettoyer le Québec de {g}.',
  'On devrait purger le pays de tous {g}.',
  'Je vais jeter {g} dans le fleuve.',
  'On devrait lancer {g} à la mer.',
]);
clean('the same verbs in their ordinary senses', [
  'Je vais m’en prendre au problème dès lundi.',
  'Il faut arrêter de s’en prendre aux immigrants.',
  'Il ne faut pas s’en prendre aux réfugiés.',
  'Il faudrait en prendre aux riches pour donner aux pauvres.',
  'On va nettoyer le parc samedi avec les bénévoles.',
  'Nettoyons le Québec des déchets plastiques!',
  'Je ne veux pas blesser les sentiments des immigrants.',
  'On va cogner aux portes des aînés pour la campagne.',
  'On va achever les travaux sur la rue des Forges.',
  'On va mettre à mort ce projet de loi.',
  'Il faudrait vider la ville de ses voitures le dimanche.',
  'On va jeter les déchets dans le fleuve.',
  'Il ne faut pas jeter les réfugiés à la mer.',
]);

harmful('harm deserved or due, in the passive (devoir, mériter, foretold killing)', [
  '{G} méritent d’être battus.',
  '{G} devraient être mis à mort.',
  '{G} devraient tous être abattus comme des chiens.',
  '{G} méritent d’être pendus.',
  '{G} seront tous exterminés.',
  '{G} vont tous être fusillés.',
  'Ils devraient être pendus, {g}.',
]);
clean('the passive of a game, a hardship, a report, or a good deed', [
  'Les femmes méritent d’être respectées.',
  'Les réfugiés seront tous accueillis au centre.',
  'Les aînés seront tous vaccinés cette semaine.',
  'Les aînés seront frappés durement par la hausse des loyers.',
  'Les familles vont être écrasées sous les taxes.',
  'Les Canadiens méritent d’être battus ce soir.',
  'Vous serez tous battus au tournoi de pétanque.',
  'Vous serez tous bombardés de courriels.',
  'Les Juifs ont été exterminés pendant la Shoah.',
  'Des milliers de musulmans ont été massacrés à Srebrenica.',
  'Les Ouïghours seront exterminés si personne ne réagit.',
  'Les musulmans seront tués par milliers si la guerre éclate.',
  'Les femmes ne méritent pas d’être battues.',
  'Personne ne mérite d’être battu.',
]);

harmful('death deserved, and the slogans that hand it out', [
  '{G} méritent une balle dans la tête.',
  '{G} mériteraient la corde.',
  '{G} méritent tous la chambre à gaz.',
  'Ils méritent la mort, {g}.',
  'La peine de mort pour tous {g}!',
  'Une balle pour tous {g}.',
  'La corde pour {g}!',
]);
clean('deserving something good, or a death reported', [
  'Les aînés méritent une bonne retraite.',
  'Les bénévoles méritent la médaille du mérite.',
  'Les immigrants ne méritent pas la mort.',
  'Aucun immigrant ne mérite une balle.',
  'Une balle de golf pour chaque enfant.',
  'La mort de trois réfugiés a ému la ville.',
  'Une corde à danser pour chaque élève.',
  'Les Canadiens méritent une raclée ce soir.',
]);

harmful('death wished in the subjunctive or shrugged off (« que… », « peuvent crever »)', [
  'Je souhaite que {g} disparaissent.',
  'J’aimerais que tous {g} disparaissent de la surface de la terre.',
  'Je veux que tous {g} meurent.',
  'J’espère vraiment que {g} vont souffrir.',
  'Que {g} aillent brûler en enfer.',
  '{G} peuvent bien crever.',
  '{G} peuvent aller crever ailleurs.',
  'Ils peuvent tous crever, {g}.',
  '{G} peuvent pourrir en enfer.',
]);
clean('relief, prejudice or a risk wished away', [
  'J’espère que les réfugiés ne souffrent pas trop.',
  'Je souhaite que les aînés souffrent moins l’hiver prochain.',
  'Les réfugiés peuvent mourir en mer.',
  'Les aînés peuvent mourir de la chaleur.',
  'J’espère que les préjugés envers les musulmans vont disparaître.',
  'Je souhaite que les immigrants réussissent.',
  'Il faut que les réfugiés puissent manger.',
]);

harmful('the speaker’s own act, in any tense, the victims taken up by the pronoun', [
  'On les tuera tous, {g}.',
  'Nous les exterminerons, {g}.',
  'Je les égorgerai un par un, {g}.',
  'Nous vous exterminerons, {g}.',
  'On les pendra tous, {g}.',
]);
clean('the same pronoun frame with a contest or help', [
  'Les Américains, on les écrase au hockey ce soir!',
  'Les réfugiés, on les accueille à bras ouverts.',
  'Les immigrants, nous les aidons à s’installer.',
  'Les Anglais, on les bat à chaque fois.',
]);

harmful('doom promised to a whole group addressed as « vous »', [
  'Vous, {g}, vous allez tous mourir.',
  'Vous allez tous vous faire tuer, {g}.',
  'Vous allez tous payer, {g}.',
]);
clean('a bill, a figure, a good time (« vous allez payer vos taxes »)', [
  'Vous allez tous payer vos taxes en avril.',
  'Vous allez payer vos taxes en avril.',
  'Vous allez tous mourir de rire.',
  'Tu vas payer ton compte à la réception.',
  'Vous allez tous adorer la fête.',
]);

harmful('mass violence named as a noun, called for or cheered', [
  'Il faudrait un génocide de {g}.',
  'On va organiser une chasse contre {g}.',
  'Vivement une bonne purge de {g}.',
  'Ça va être un bain de sang contre {g}.',
  '{G} méritent un génocide.',
]);
clean('mass violence reported, recognised or denounced, or a figure of cost', [
  'Il faut reconnaître le génocide des Autochtones.',
  'Le génocide des Arméniens a fait un million de morts.',
  'C’est un génocide des Ouïghours qui se déroule en Chine.',
  'Ça va être un massacre pour les commerçants avec ces travaux.',
  'Il faut dénoncer la chasse aux immigrants.',
]);

describe('one member named with « un / une », the people as a kind, weapons taken up', () => {
  it.each([
    'J’ai envie de frapper un gai.',
    'Je vais tabasser un immigrant ce soir.',
    'On devrait battre une femme par jour.',
    'Je vais exterminer votre race.',
    'On devrait éliminer cette engeance.',
    'Je vais sortir mon fusil pour les immigrants.',
    'Prenez les armes contre les réfugiés!',
    'C’est le temps de sortir les fusils contre les musulmans.',
    'Rien ne me ferait plus plaisir que de tuer des musulmans.',
    'Ce serait bien de tuer quelques immigrants.',
    'Je vais faire en sorte que chaque musulman souffre.',
    'Je donnerais cher pour tabasser des gais.',
    'Tuer des réfugiés n’est pas un crime.',
    'Frapper des femmes, c’est pas grave.',
  ])('%s', (text) => {
    expect(errors(text).length).toBeGreaterThan(0);
    expect(classifyIncoming(text)).toBe('disrespectful');
  });
  it.each([
    'Je vais abattre ce vieux chêne.',
    'Je vais frapper un vieux record.',
    'On devrait battre un record de participation.',
    'Tuer des réfugiés est un crime.',
    'Tuer des réfugiés, c’est un crime.',
    'On va sortir les fusils de chasse pour l’automne.',
    'Je vais prendre les armes de mon grand-père au musée.',
    'Rien ne me ferait plus plaisir que de rencontrer les immigrants.',
    'Frapper des femmes n’est jamais acceptable.',
  ])('%s', (text) => expect(errors(text)).toEqual([]));
});

describe('classifyIncoming: the speaker’s own condition is part of the threat, a report of danger stays an emergency', () => {
  it.each([
    ['Si j’avais une arme, je tirerais sur les réfugiés.', 'disrespectful'],
    ['Si j’ai un fusil, je vais tuer tous les immigrants.', 'disrespectful'],
    ['Au secours, un homme armé dit qu’il va tuer les musulmans.', 'emergency-report'],
    ['Un homme armé menace de tuer les passants au parc!', 'emergency-report'],
    ['Si je vois un homme armé, j’appelle le 911.', 'emergency-report'],
  ])('%s → %s', (text, kind) => expect(classifyIncoming(text)).toBe(kind));
});

harmful('hunting, running over, fun promised in harm, death as the state wished', [
  'Je vais traquer {g} un par un.',
  'Je vais pourchasser tous {g}.',
  'Je vais foncer dans la foule de {g} avec mon char.',
  'Je vais rouler sur {g} avec mon pick-up.',
  'Je vais leur tirer dessus, à {g}.',
  'Ce serait génial de tuer tous {g}.',
  'Ça serait le fun de tabasser {g}.',
  'Ça serait drôle de voir {g} brûler.',
  'Vivement le jour où {g} seront tous morts.',
  'Je vais faire en sorte que tous {g} souffrent.',
  'Vous, {g}, vous serez bientôt brûlés vifs.',
]);
clean('the same frames with help, a contest, a game, a safety wish', [
  'On va rouler sur la piste cyclable avec les aînés.',
  'On devrait foncer sur les Américains au hockey.',
  'Ce serait le fun de rencontrer les immigrants.',
  'Ce serait génial de voir les réfugiés réussir.',
  'Ce serait génial de battre les Américains au hockey.',
  'Il faudrait traquer les fraudeurs.',
  'Je vais m’assurer que les aînés ne souffrent pas.',
  'Le jour où les réfugiés seront tous logés, on fêtera.',
  'Vivement le jour où les préjugés seront morts.',
  'Ça aurait été triste si les réfugiés étaient morts dans l’incendie.',
  'J’espère que les musulmans tués à Québec ne seront jamais oubliés.',
  'Vous serez tous brûlés par le soleil si vous oubliez la crème.',
  'Il faudrait faire un effort pour certains immigrants.',
  'Ce serait bien de frapper fort contre le racisme envers les immigrants.',
]);

describe('recruiting, urging, aims, indifference, doom promised to a group', () => {
  it.each([
    'Qui est partant pour tabasser des gais ce soir?',
    'Quelqu’un veut venir tuer des immigrants?',
    'Quelqu’un veut venir casser du musulman?',
    'On va casser du gai ce soir.',
    'Allez-y, tuez-les tous, ces réfugiés.',
    'Faites-leur la peau, à ces musulmans.',
    'Mon rêve : tuer tous les immigrants.',
    'Mon but est d’éliminer tous les musulmans.',
    'Notre plan, c’est d’exterminer les réfugiés.',
    'Ça me dérangerait pas de tuer des immigrants.',
    'Les immigrants vont y goûter.',
    'Les musulmans vont avoir ce qu’ils méritent.',
    'Les réfugiés n’ont qu’à bien se tenir.',
    'Les gais, vous êtes tous morts.',
    'On va vous trouver, les immigrants.',
  ])('%s', (text) => {
    expect(errors(text).length).toBeGreaterThan(0);
    expect(classifyIncoming(text)).toBe('disrespectful');
  });
  it.each([
    'Quelqu’un veut venir aider les immigrants?',
    'On va casser du bois ce soir.',
    'On va casser du sucre sur le dos des voisins.',
    'Faites-leur une place, aux immigrants.',
    'Mon but est d’éliminer les préjugés envers les musulmans.',
    'Mon rêve : accueillir tous les réfugiés.',
    'Ça me dérangerait de tuer le temps ici.',
    'Les aînés vont goûter les tartes du concours.',
    'Les bénévoles vont avoir ce qu’ils méritent : une médaille.',
    'Vous êtes tous morts de rire, je le sais.',
    'On va vous retrouver, les aînés!',
    'Nous allons vous retrouver, les aînés, au parc.',
    'On va vous retrouver.',
  ])('%s', (text) => expect(errors(text)).toEqual([]));
});

clean('counter-speech and negation around the new frames: at most a warning', [
  'Arrête de dire que les immigrants méritent une balle.',
  'Ceux qui disent que les musulmans devraient être mis à mort sont dangereux.',
  'J’ai lu un commentaire qui disait qu’il faudrait un génocide des réfugiés. C’est écœurant.',
  'Quand tu dis que les gais peuvent crever, tu fais mal à bien du monde.',
  'Il a écrit « on va casser du gai ce soir » sur Facebook, c’est inacceptable.',
  'Personne ne mérite une balle, immigrant ou pas.',
  'Je refuse qu’on dise que les femmes méritent d’être battues.',
  'Ce n’est pas vrai que les réfugiés seront tous exterminés.',
  'Non, les femmes ne méritent pas d’être battues.',
  'On ne va jamais s’en prendre aux réfugiés.',
  'Je ne souhaite pas que les immigrants disparaissent.',
  'Je souhaite que les immigrants ne disparaissent jamais.',
  'C’est honteux de lire « Une balle pour chaque réfugié » sur un mur de la ville.',
  'Des racistes ont crié qu’ils allaient casser du gai.',
  'Selon lui, les musulmans seront tous exterminés, ce qui est faux.',
]);

describe('Québec ways of saying it: « tirer » alone, a beating handed out, war called for, « pis » between two verbs', () => {
  it.each([
    'Quelqu’un devrait les tirer, ces réfugiés-là.',
    'On devrait tirer les immigrants.',
    'Y mériteraient de se faire tirer, ces immigrés.',
    'Faudrait leur câlisser une volée, à ces réfugiés.',
    'On devrait leur sacrer une volée aux immigrants.',
    'Ça prendrait une bonne guerre contre les musulmans.',
    'On va les rencontrer pis les tuer, ces immigrants.',
  ])('%s', (text) => {
    expect(errors(text).length).toBeGreaterThan(0);
    expect(classifyIncoming(text)).toBe('disrespectful');
  });
  it.each([
    'Il faudrait tirer les jeunes vers le haut.',
    'On va tirer les aînés de l’isolement.',
    'On va tirer les gagnants au sort parmi les immigrants.',
    'Il faut tirer les leçons de la tragédie pour les réfugiés.',
    'Il faudrait tirer profit de l’arrivée des immigrants.',
    'Je vais tirer les rideaux.',
    'On devrait donner une bonne claque aux préjugés envers les immigrants.',
    'On devrait donner une volée aux Américains au hockey.',
    'Il faut faire la guerre à la pauvreté chez les immigrants.',
    'Il va y avoir une guerre contre les Russes, disent les experts.',
    'On va sacrer les vidanges dans le conteneur.',
    'Il faudrait les accueillir pis les aider, les réfugiés.',
    'On va manger pis tuer le temps avec les aînés.',
  ])('%s', (text) => expect(errors(text)).toEqual([]));
});

describe('one member named by an identity (« cette musulmane », « ce réfugié »), not a colour, an age or a thing', () => {
  it.each([
    'Je vais frapper cette femme.',
    'Je vais faire souffrir cette musulmane.',
    'Je vais écraser ce gai avec mon char.',
    'Ce musulman mérite de mourir.',
    'Cette femme mérite une balle.',
    'J’espère que ce réfugié va crever.',
    'Que ce musulman crève.',
  ])('%s', (text) => {
    expect(errors(text).length).toBeGreaterThan(0);
    expect(classifyIncoming(text)).toBe('disrespectful');
  });
  it.each([
    'Il faut éliminer ce noir sur le mur.',
    'On va battre ce vieux record.',
    'Je vais frapper ce jeune arbre avec la hache.',
    'Je vais aider cette femme.',
    'Cette femme mérite une médaille.',
    'J’espère que ce réfugié va trouver un emploi.',
    'Ce musulman mérite le respect.',
    'Je vais écraser ce jeune à la course.',
    'Que ce musulman réussisse.',
    'Cette femme mérite de vivre heureuse.',
  ])('%s', (text) => expect(errors(text)).toEqual([]));
});

describe('whoever it is, the future of the speaker’s act, blood, deserved suffering, death as the end of the speaker’s task', () => {
  it.each([
    'Je vais tirer sur le meilleur musulman que je trouverai.',
    'Je vais poignarder le prochain immigrant que je vois.',
    'Je tuerai n’importe quel immigrant que je verrai.',
    'On pendra tous les réfugiés.',
    'Les réfugiés ont besoin d’être éradiqués.',
    'Les réfugiés devraient souffrir.',
    'Les musulmans méritent de crever.',
    'Je veux voir couler le sang des musulmans.',
    'Je vais faire couler le sang des réfugiés.',
    'Les musulmans vont payer de leur vie.',
    'Ces immigrants vont mourir de mes mains.',
    'Je ne m’arrêterai pas avant que tous les immigrants soient morts.',
    'Je n’aurai de repos que quand tous les réfugiés seront morts.',
  ])('%s', (text) => {
    expect(errors(text).length).toBeGreaterThan(0);
    expect(classifyIncoming(text)).toBe('disrespectful');
  });
  it.each([
    'Il faudrait tirer les jeunes vers le haut.',
    'Les aînés ne devraient pas souffrir de la chaleur.',
    'Les aînés doivent souffrir de la chaleur cet été.',
    'Les réfugiés ont besoin d’être accueillis.',
    'Je donnerai du sang pour les réfugiés à la collecte.',
    'Je serai heureux quand tous les réfugiés seront logés.',
    'On écrasera les Américains au hockey.',
    'Je tuerai le temps avec les aînés au centre.',
  ])('%s', (text) => expect(errors(text)).toEqual([]));
});

describe('necessity, optatives and approval after the act', () => {
  it.each([
    'Il est nécessaire d’exterminer les immigrants.',
    'Il serait sage d’éliminer les réfugiés.',
    'Rien de tel que de frapper des gais.',
    'Puissent les immigrants crever.',
    'Pourvu que les musulmans crèvent.',
    'Si seulement les réfugiés pouvaient crever.',
    'Dieu fasse que les immigrants meurent.',
    'Éliminer les immigrants serait la meilleure chose pour le Québec.',
    'Exterminer les réfugiés serait un service à rendre au pays.',
    'La solution finale pour les musulmans.',
  ])('%s', (text) => {
    expect(errors(text).length).toBeGreaterThan(0);
    expect(classifyIncoming(text)).toBe('disrespectful');
  });
  it.each([
    'Il est nécessaire de protéger les immigrants.',
    'Pourvu que les réfugiés trouvent un logement.',
    'Si seulement les réfugiés pouvaient trouver un emploi.',
    'La solution finale au problème de stationnement arrive.',
    'Accueillir les immigrants serait la meilleure chose pour le Québec.',
    'Il serait sage d’éliminer les frais pour les aînés.',
    'Il est nécessaire d’éliminer les obstacles pour les immigrants.',
    'Rien de tel que de rencontrer des immigrants.',
    'Puissent les réfugiés trouver la paix.',
    'Les réfugiés pourraient crever de faim sans aide.',
    'Il est normal de battre les Américains au hockey.',
  ])('%s', (text) => expect(errors(text)).toEqual([]));
});

describe('threats to one person: the cemetery, the river, a life made impossible, the family', () => {
  it.each([
    'Je vais t’envoyer au cimetière.',
    'Tu vas finir dans le fleuve.',
    'Je vais te rendre la vie impossible.',
    'Je vais te faire regretter d’être né.',
    'Ta famille va payer.',
    'Tes enfants vont souffrir.',
  ])('%s', (text) => {
    expect(errors(text).length).toBeGreaterThan(0);
    expect(classifyIncoming(text)).toBe('disrespectful');
  });
  it.each([
    'Ta famille va payer moins cher avec le nouveau tarif.',
    'Ton enfant va mourir de rire au spectacle.',
    'Je vais vous envoyer à l’hôpital le plus proche.',
    'On va vous rendre la vie plus facile.',
    'Ta mère va payer la facture.',
    'Ton fils va souffrir moins avec ce traitement.',
  ])('%s', (text) => expect(errors(text)).toEqual([]));
});

describe('questions that propose the harm', () => {
  it.each([
    'Pourquoi on ne tue pas tous les musulmans?',
    'Pourquoi pas les gazer, ces immigrants?',
    'On attend quoi pour tuer les immigrants?',
    'Et si on tuait tous les réfugiés?',
    'Qui va se charger de tuer les réfugiés?',
  ])('%s', (text) => {
    expect(errors(text).length).toBeGreaterThan(0);
    expect(classifyIncoming(text)).toBe('disrespectful');
  });
  it.each([
    'On tue pas les immigrants.',
    'Pourquoi on ne tue pas le temps avec les aînés?',
    'Pourquoi pas aider les réfugiés?',
    'On attend quoi pour aider les réfugiés?',
  ])('%s', (text) => expect(errors(text)).toEqual([]));
});

describe('« que / si » + the group + being killed, under a wish or a need', () => {
  it.each([
    'Ça serait bien que les immigrants soient tous abattus.',
    'Il faudrait que les musulmans soient exterminés.',
    'Il faut que tous les réfugiés soient pendus.',
    'Ce serait bien si les réfugiés étaient tous morts.',
  ])('%s', (text) => {
    expect(errors(text).length).toBeGreaterThan(0);
    expect(classifyIncoming(text)).toBe('disrespectful');
  });
  it.each([
    'Ce serait bien que les réfugiés soient tous battus au tournoi.',
    'Ce serait bien que les aînés soient frappés par la bonne nouvelle.',
    'Ce serait bien que les immigrants soient accueillis.',
    'Il faut que les aînés soient vaccinés.',
    'Ce serait bien si les réfugiés étaient tous logés.',
  ])('%s', (text) => expect(errors(text)).toEqual([]));
});
