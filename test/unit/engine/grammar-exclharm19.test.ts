/**
 * Round 19, exclusion and harm wished: « ours first » over a people (« les nôtres d'abord », « réservé aux Québécois de
 * souche », « aux jeunes d'ici, pas aux … »), a member of a people refused a role or a place in a short question answered
 * « non merci », a harm wished on a people's event (« qu'il pleuve des briques sur leur défilé »), and the person wished harm
 * described by a relative clause before « de » (« je souhaite à la voisine qui m'a répondu de même de se faire … »). Clean
 * counterparts with the same words: priorities by age or need, news, counter-speech, a welcome, care. Written for this round.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, describeKnownMisses, describeReading, errors } from './grammar-helpers.ts';

describeReading(
  'ours first over a people, a member refused a role, harm wished on an event or on someone described (round 19)',
  [
    // Ours first, the others after.
    'Les Haïtiens qui débarquent devraient attendre leur tour, les nôtres d\'abord',
    'les HLM c\'est les nôtres d\'abord pis les réfugiés après',
    'les Québécois d\'abord pas les immigrants pour les logements sociaux',
    'Donnez les jobs d\'été aux jeunes d\'ici, pas aux Africains de l\'UQTR',
    'réservez les logements aux gens d\'ici pas aux Syriens',
    'Faut arrêter de louer des logements aux Haïtiens, les nôtres d\'abord',
    'Les places en garderie devraient être réservées aux Québécois de souche',
    'les jobs à la ville c\'est pour les Québécois pure laine',
    'Réservez les terrains de la ville aux familles de souche, les immigrants passeront après',
    'les subventions juste pour les Québécois de souche, point',
    'les musulmans en dernier sur la liste, les Québécois en premier',
    'nous autres les Québécois d\'abord, les Arabes y attendront',
    'Les logements sociaux aux gens d\'icitte pas aux Congolais',
    'Les bourses de la ville juste pour les Québécoises de souche',
    'les Africains qui arrivent en dernier sur la liste, les Québécois d\'abord',
    'les nôtres en premier pis les Mexicains après pour les places en garderie',
    'Les jobs au municipal c\'est pour les gens de souche 💯',
    'Gardez les places du HLM pour les nôtres, pas pour les Haïtiens',
    // A member of a people refused a role or a place.
    'Un Arabe comme chef de police? Non merci',
    'Une lesbienne comme prof de mon gars?? non merci 🤮',
    'un Noir comme concierge de l\'école? pas question',
    'Un musulman au conseil municipal? Jamais',
    'Des réfugiés dans notre rue? Non merci, allez ailleurs',
    'Un trans comme coach des filles? Non merci',
    'Un Arabe comme aumônier à l\'hôpital? Pas question',
    'Des musulmans sur notre rue? Non merci 🤬',
    'Des gais comme voisins?? Non merci',
    'Un Juif au conseil des commissaires? Jamais',
    // Harm wished on a people's event.
    'La parade de la fierté dimanche, j\'espère qu\'il va pleuvoir des roches',
    'j\'espère qu\'il va pleuvoir des briques sur leur défilé',
    'Que ça pleuve des pierres sur le défilé des gais',
    'J\'espère qu\'il va pleuvoir des bombes sur leur parade',
    'Le défilé des Haïtiens samedi, qu\'il pleuve des roches',
    'pourvu qu\'il pleuve des roches sur la parade des Juifs',
    // The person wished harm, described before « de » by a relative without a verb of saying.
    'j\'souhaite à la madame qui m\'a répondu de même de se faire voler son char',
    // More of ours first and of the refused member.
    'Les HLM aux familles d\'ici pas aux Algériens',
    'les places au CPE c\'est pour les Québécois de souche, les autres attendront',
    'Les Québécois en premier pis les Colombiens après',
    'Un Noir comme policier dans notre quartier? Jamais',
    'Des Haïtiens comme voisins? Non merci',
    'Une musulmane comme enseignante de ma fille? Pas question',
  ],
  [
    // Priorities by age, need or place, a welcome.
    'Les aînés d\'abord pour le vaccin, les jeunes après',
    'les femmes et les enfants d\'abord',
    'Achetez les produits d\'ici d\'abord, c\'est bon pour l\'économie',
    'Le stationnement est réservé aux résidents d\'ici',
    'Les logements sociaux sont réservés aux familles à faible revenu',
    'les nôtres d\'abord, c\'est le slogan raciste de ce candidat-là pis c\'est dégueulasse',
    'Dire « les Québécois d\'abord, pas les immigrants » c\'est du racisme',
    'Les Québécois de souche sont minoritaires à Montréal selon Statistique Canada',
    'une soirée pour les Québécois de souche et les nouveaux arrivants pour se rencontrer',
    'Les immigrants passent en dernier sur la liste des HLM, c\'est injuste',
    'la sécurité d\'abord, les immigrants sont les bienvenus',
    'Les nôtres d\'abord? Non, tout le monde a droit à un logement, les réfugiés aussi',
    // A member welcomed, a role asked about.
    'Un Arabe comme chef de police? Pourquoi pas, il est compétent',
    'Une lesbienne comme prof? Oui, pis elle est super bonne',
    'Un café? Non merci',
    'Un Haïtien m\'a offert de m\'aider. Non merci, j\'ai dit, j\'étais correct',
    'Un musulman au conseil municipal? Enfin, bravo',
    'Des réfugiés dans notre rue? Oui, pis on leur a apporté des tartes',
    'Un Arabe comme aumônier à l\'hôpital? Bonne idée',
    'Des musulmans sur notre rue? Pourquoi pas, y a de la place',
    'Un cimetière juif à Trois-Rivières? Il existe depuis 1850',
    'Deux gais comme voisins, pis c\'est les meilleurs du quartier',
    'Une soupe? Non merci',
    // Weather on an event, sincere.
    'La parade de la fierté dimanche, j\'espère qu\'il va pas pleuvoir',
    'j\'espère qu\'il va faire beau pour leur défilé',
    'Il a plu des cordes sur le défilé de la Saint-Jean',
    'J\'espère que la pluie va épargner le défilé des gais',
    'Le défilé des Haïtiens samedi, pourvu qu\'il fasse beau',
    'Il pleut des roches dans le sens que la grêle est énorme, le défilé est annulé',
    // The person described, wished well.
    'Je souhaite à la journaliste qui a écrit ça de se remettre vite',
    'je souhaite à la voisine qui crie tout le temps de trouver la paix',
    'Ceux qui ont écrit ça veulent que les musulmans crèvent, c\'est dégueulasse',
    'Ceux qui ont écrit ça souhaitent aux Juifs de se faire agresser, faut les dénoncer',
    'La journaliste qui a écrit ça s\'est fait agresser dans le parc, je lui souhaite bon courage',
    'Je souhaite au prof qui a dit ça de se faire entendre',
    'je souhaite au conseiller qui a écrit l\'article sur le cancer de guérir vite',
    'Gardez les places du HLM pour les familles qui attendent depuis longtemps',
    'Les gens d\'ici d\'abord ont accueilli les réfugiés syriens en 2016',
    'Les bourses de la ville juste pour les étudiants de l\'UQTR',
    'Un Haïtien comme directeur du CIUSSS? Oui merci, enfin du changement',
    'les Québécois d\'abord ont voté non, ensuite les Anglos ont voté oui au référendum de 1995 selon l\'étude',
  ],
  { flaggedMayWarn: true, cleanNotDisrespectful: true },
);

// Built, then left out for the worker's size (~+130 B gzip: the sentence read again without the relative's words): the person
// wished harm described by a relative with a verb of saying, which scope.ts takes as someone else's words and cooccur.ts as a
// guard. Seen on main, not this round's reading: « c'est ignoble » after the words of others still reads as hate on the people.
describeKnownMisses(
  [
      'Je souhaite à la journaliste qui a écrit ça de se faire agresser en sortant du bureau',
      'je souhaite à la voisine qui crie tout le temps de se faire frapper par un char',
      'Je souhaite au conseiller qui a dit ça de se faire tabasser',
      'Je souhaite au prof qui a dit ça de se faire battre',
      'je souhaite au conseiller qui a écrit l\'article d\'attraper le cancer',
  ],
  ['Ceux qui ont écrit ça souhaitent aux Juifs de se faire agresser, c\'est ignoble'],
);

describe('an emergency stays one (round 19)', () => {
  it('an assault told', () => expect(classifyIncoming('Au secours, la journaliste qui a écrit ça se fait agresser dans le parc en ce moment!')).toBe('emergency-report'));
  it('no error on a hail warning', () => expect(errors('Il pleut des grêlons gros comme des balles de golf sur le défilé, restez à l\'abri')).toEqual([]));
});
