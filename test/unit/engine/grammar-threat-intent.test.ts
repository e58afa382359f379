/**
 * Threats by class (round 5): the speaker's intention or temptation, violence promised in the
 * speaker's own future or time clause, and violence made lawful. Each class is a set of frames
 * crossed with groups and with one member (« un / une / ce / cette… »), each with clean
 * counterparts: the same frame with an ordinary verb or object, a game, negation, a report.
 * Written as people write in Québec, not copied from any data set.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, errors, fill, tone } from './grammar-helpers.ts';

const groups = ['les immigrants', 'les musulmans', 'les gais', 'les Autochtones', 'les réfugiés', 'les trans'];
/** One of the group, bare (« tout immigrant qui… »). */
const singles = ['immigrant', 'musulman', 'gai', 'Autochtone', 'réfugié', 'trans'];
const members = ['un immigrant', 'une musulmane', 'ce Juif', 'cette trans', 'un Arabe', 'cet Haïtien'];

/** Every frame with two groups ({g}) or two members ({m}): an error on a City reply and a disrespectful comment. */
function harmful(title: string, frames: readonly string[]): void {
  describe(title, () => {
    const cases = frames.flatMap((f, i) =>
      [i, i + 3].map((j) => fill(f, groups[j % groups.length]!).replaceAll('{x}', groups[j % groups.length]!.slice(4)).replaceAll('{s}', singles[j % singles.length]!).replaceAll('{m}', members[j % members.length]!).replaceAll('{M}', cap(members[j % members.length]!))),
    );
    it.each(cases)('%s', (text) => {
      expect(errors(text).length).toBeGreaterThan(0);
      expect(classifyIncoming(text)).toBe('disrespectful');
    });
  });
}
const cap = (x: string): string => x.charAt(0).toUpperCase() + x.slice(1);
/** Clean counterparts: no 3.2 error (a report may still be worth a warning). */
function clean(title: string, texts: readonly string[]): void {
  describe(title, () => {
    it.each(texts)('%s', (text) => expect(errors(text)).toEqual([]));
  });
}

harmful('the speaker thinks of it, plans it, intends it', [
  'Je pense sérieusement à tuer {g}.',
  'J’ai pensé à égorger {m} hier soir.',
  'On songe à brûler {g}.',
  'Je réfléchis à tirer sur {g}.',
  'J’envisage de poignarder {m}.',
  'On a décidé d’exterminer {g}.',
  'Je me suis promis de frapper {m}.',
  'J’ai l’intention de tabasser {g} du coin.',
  'J’ai vraiment la ferme intention d’éliminer {g}.',
  'J’ai le goût de battre {g}.',
  'J’ai ben envie d’en égorger quelques-uns, de ces {x}.',
  'Je planifie d’assassiner {m}.',
]);
harmful('the speaker holds back, is tempted, can hardly wait', [
  'Je me retiens de frapper {m}.',
  'Je me retiens pour pas tabasser {g}.',
  'Je m’empêche de poignarder {g}.',
  'Ça me tente de tuer {g}.',
  'Ça me tente ben gros de battre {m}.',
  'Ça me tenterait de frapper {g}.',
  'Ça me démange de tabasser {g}.',
  'Je suis tentée de gifler {m}.',
  'Je suis à deux doigts de tuer {m}.',
  'Chu su’l bord de tuer {m}.',
  'J’me retiens de frapper {m}.',
  'Je meurs d’envie de massacrer {g}.',
]);
harmful('the speaker sees, prepares or decides it', [
  'Je me vois bien tirer sur {g}.',
  'J’aimerais ça tuer {g}.',
  'Je suis décidé à tabasser {g}.',
  'Je me prépare à égorger {m}.',
  'Je rêve d’égorger {m}.',
]);
clean('the same frames with an ordinary verb, object or game', [
  'Je me vois bien aider des réfugiés.',
  'J’aimerais ça rencontrer des musulmans.',
  'Je suis décidé à aider les gais.',
  'Je me prépare à accueillir un immigrant.',
  'Je pense à appeler les immigrants du quartier.',
  'J’ai pensé à inviter une musulmane au souper.',
  'J’envisage de déménager à Montréal.',
  'J’ai l’intention de battre mon record au marathon.',
  'J’ai décidé de tuer le temps avec les enfants.',
  'Je songe à éliminer les frais pour les aînés.',
  'Je songe à tuer le projet de loi.',
  'Je me retiens de manger du chocolat.',
  'Je m’empêche de rire pendant la réunion.',
  'Ça me tente d’aller au cinéma.',
  'Ça me tenterait de voir les Canadiens gagner.',
  'Ça me tente de battre les Bruins ce soir.',
  'Je suis tenté de démissionner.',
  'Je suis tentée de gifler mon frère.',
  'Je pense à battre les Américains au hockey.',
  'Je pense à frapper à la porte du bureau.',
  'La maison est sur le bord de la rivière.',
  'Je me suis promis de gagner le match.',
]);
clean('the intention denied', [
  'Je n’ai aucune intention de tuer des musulmans.',
  'Je n’ai jamais eu l’intention de frapper un immigrant.',
  'Je n’envisage pas de frapper les gais.',
  'Je pense pas à tuer personne.',
]);

harmful('violence promised in the speaker’s own time or condition', [
  'Je vais bientôt commencer à leur tirer dessus, {g}.',
  '{G} vont voir quand je vais commencer à leur tirer dessus.',
  'Une fois sorti de prison, je vais recommencer à tabasser {g}.',
  'On va continuer à tabasser {g} tant qu’il en restera.',
  'Le jour où je croise {m}, je le tue.',
  'Dès que je vois {m}, je le frappe.',
  'Quand je vais croiser {m}, je vais le tuer.',
  'La prochaine fois que je vois {m}, je le poignarde.',
  'Chaque fois que je vois {m}, je pense à le poignarder.',
]);
harmful('harm promised to whoever of a group does something', [
  'Tout {s} qui met le pied ici va se faire tirer dessus.',
  'Chaque {s} qui entre ici va se faire tabasser.',
  'N’importe quel {s} qui passe devant chez nous va manger une volée.',
  'Le prochain {s} qui vole mon vélo va manger une volée.',
]);
harmful('wished by God, or a body part torn out', [
  'Que Dieu les extermine, {g}.',
  'Je vais vous arracher la tête, {g}.',
  'Je vais lui faire bouffer ses dents, à {m}.',
]);
clean('whoever is welcomed, or hurt by someone else', [
  'Tout immigrant qui arrive ici va se faire aider.',
  'Tout citoyen qui arrive ici va se faire accueillir.',
  'Chaque joueur qui triche va se faire battre au tournoi.',
  'Tout joueur qui triche va manger une volée au tournoi.',
  'Aucun immigrant qui arrive ici ne va se faire frapper.',
  'Tous les immigrants qui arrivent vont se faire tirer dessus par la police, c’est triste.',
  'Que Dieu les bénisse, ces réfugiés.',
  'Je vais arracher les mauvaises herbes.',
  'On va planter des arbres avec les immigrants.',
]);
describe('a weapon in the speaker’s own time clause reports no emergency', () => {
  it.each([
    'Quand j’aurai mon fusil, je vais tirer sur les Arabes.',
    'Le jour où j’ai une arme, je tire sur tous les musulmans.',
    'Dès que j’ai un couteau, je vais égorger les immigrants.',
  ])('%s', (text) => {
    expect(errors(text).length).toBeGreaterThan(0);
    expect(classifyIncoming(text)).toBe('disrespectful');
  });
});
clean('time clauses with ordinary plans', [
  'Quand je vais commencer à courir, je vais perdre du poids.',
  'Quand j’aurai mon permis, je vais aller au chalet.',
  'Le jour où je croise un immigrant, je vais l’aider.',
  'Dès que je vois un réfugié, je lui offre un café.',
  'Quand je vais voir les immigrants du quartier, je vais leur apporter des biscuits.',
]);

harmful('violence made lawful, the act first', [
  'Tuer {m} ne devrait pas être illégal.',
  'Frapper {m} devrait être permis.',
  'Violer {m} ne devrait pas être un crime.',
  'Tabasser {g} devrait être toléré.',
  'Battre {m} ne devrait pas être puni.',
  'Massacrer {g} devrait être encouragé.',
  'Égorger {m}, ça devrait pas être illégal.',
  'Je trouve que battre {g} devrait être légal.',
]);
harmful('violence made lawful, the law first', [
  'Ça devrait être légal de tuer {g}.',
  'Ça devrait être permis de battre {g}.',
  'Il devrait être légal de tirer sur {g}.',
  'Ce serait pas un crime d’égorger {m}.',
  'Ce serait correct de tabasser {g}.',
  'On devrait avoir le droit de frapper {g}.',
  'Les gens devraient avoir le droit de tirer sur {g}.',
]);
harmful('violence seen as no wrong, praised or rewarded', [
  'Y a rien de mal à frapper {m}.',
  'Il n’y a rien de mal à tuer {g}.',
  'Je vois pas le problème à tabasser {g}.',
  'Je ne vois aucun mal à battre {g}.',
  'C’est pas grave de frapper {m}.',
  'Tuer {g} devrait être un sport.',
  'On devrait donner une médaille à ceux qui tuent {g}.',
  'Une prime à quiconque abat {m}!',
  'Ceux qui tabassent {g} sont des héros.',
  'Tuer {m}, c’est pas un meurtre, c’est un service.',
  'Pourquoi ce serait illégal de tuer {g}?',
  'En quoi ce serait un crime de frapper {m}?',
  'La chasse aux {x} devrait être légale.',
  'Le meurtre de {x} ne devrait pas être puni.',
  'Il devrait y avoir une saison de chasse aux {x}.',
  'On devrait ouvrir la saison de chasse aux {x}.',
]);
clean('the law that protects, and lawful acts', [
  'Pourquoi c’est mal de frapper un gai? Parce que c’est un humain.',
  'Il faut expliquer aux jeunes en quoi c’est mal de frapper un gai.',
  'Pourquoi ce serait illégal de stationner ici?',
  'Y a rien de mal à aimer un gai.',
  'Il n’y a rien de mal à être immigrant.',
  'Je vois pas le problème à accueillir les trans.',
  'Je ne vois pas de mal à aider les musulmans.',
  'C’est pas grave de battre les Bruins.',
  'Le hockey devrait être un sport national.',
  'On devrait donner une médaille à ceux qui aident les immigrants.',
  'Ceux qui aident les réfugiés sont des héros.',
  'Une médaille pour ceux qui ont sauvé les réfugiés.',
  'Il devrait y avoir une saison de chasse au chevreuil.',
  'La chasse aux canards devrait être permise.',
  'Le meurtre des immigrants devrait être puni.',
  'Le meurtre des Juifs est un crime.',
  'Le meurtre de musulmans à Québec a choqué le pays.',
  'Le génocide des Tutsis n’est pas un mythe.',
  'La saison de chasse aux canards commence demain.',
  'Il va y avoir une guerre contre les Russes.',
  'La Russie a déclaré la guerre aux Ukrainiens.',
  'Tuer un immigrant devrait être puni sévèrement.',
  'Frapper une femme ne devrait jamais être permis.',
  'Frapper une femme ne devrait jamais être toléré.',
  'Tuer des musulmans ne devrait pas être permis.',
  'Tuer des Juifs n’est pas légal.',
  'Violer une femme, c’est un crime.',
  'Je ne crois pas que battre les gais devrait être légal.',
  'Ça devrait être légal de jouer au hockey dans la rue.',
  'Ça devrait être légal de battre son record.',
  'Chasser le chevreuil devrait être permis.',
  'Tirer sur les cibles devrait être permis au club.',
  'Frapper un ballon devrait être permis.',
  'On devrait avoir le droit de manifester.',
  'Les immigrants devraient avoir le droit de voter.',
  'Ça devrait être légal de tuer des coquerelles.',
]);
describe('counter-speech that reports such words is at most a warning', () => {
  it.each([
    'Quand tu dis que tu penses à tuer des immigrants, tu me fais peur.',
    'Dire que ça devrait être légal de tuer des Juifs, c’est ignoble.',
    'Il a écrit qu’on devrait avoir le droit de frapper les gais; c’est inacceptable.',
  ])('%s', (text) => expect(tone(text).filter((f) => f.severity === 'error')).toEqual([]));
});
