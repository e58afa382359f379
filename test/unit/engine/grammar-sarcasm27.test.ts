/**
 * Round 27: implicit derogation by feigned praise or thanks. A frame of praise, thanks or good news (« bravo », « merci »,
 * « bonne nouvelle », « super idée », « hâte de voir ») or a bet on the decline (« combien de temps avant que ») hands over a
 * nuisance as its gift (« merci pour l'odeur », « hâte de voir les seringues », « va sentir l'urine grâce au refuge »),
 * beside a people, a social condition or a service that stands for them (« refuge », « centre de jour », « HLM »). Warnings
 * only. Written for this round, not copied from any set.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, describeKnownDoubts, errors, warnings } from './grammar-helpers.ts';

const flagged = [
  // Praise or thanks, the nuisance as the gift, a people named.
  'Les itinérants squattent le nouveau abri vélo. Merci la Ville pour la senteur gratuite',
  'Les sans-abri dorment dans le guichet de la caisse, merci pour les déchets en prime',
  'Les réfugiés sont arrivés dans le bloc. Merci pour le bruit toute la nuit 🙃',
  'Bravo la ville, les BS ont un nouveau parc pour laisser traîner leurs cochonneries',
  'Félicitations aux itinérants pour le beau dépotoir en arrière de l\'église',
  'Les Roms campent au bord de la rivière, bonne nouvelle pour ceux qui aimaient l\'odeur de pisse',
  'merci les immigrants pour la crasse dans la cour d\'école',
  // A service that stands for them.
  'Bravo pour la nouvelle halte-chaleur, hâte de voir les seringues sur le trottoir 👏',
  'Super idée le refuge à côté de l\'école, on va avoir du vomi dans la cour à la place des ballons',
  'Belle nouvelle, un centre de jour sur la rue des Forges! L\'urine dans les portiques est incluse',
  'Grosse nouvelle: le quartier va puer la pisse tout l\'été grâce au nouveau centre d\'hébergement',
  'Bravo la Ville pour les logements sociaux, préparez les bacs, les déchets vont traîner partout',
  'Merci au refuge pour les seringues dans le carré de sable',
  'Félicitations pour le site d\'injection, les seringues vont décorer le parc des enfants',
  'Le HLM veut des bacs à fleurs. On gage combien de temps avant que ça soit plein de déchets',
  'Le campement s\'installe au parc, reste à voir combien de temps avant que ça sente l\'urine jusqu\'au dépanneur',
  'Un autre refuge dans le quartier, j\'ai hâte de voir les ordures sur mon terrain 🙄',
  'Merci au centre de jour pour la drogue pis les seringues dans la ruelle',
  'La réserve a eu une nouvelle patinoire, on verra combien de temps avant que ça devienne un dépotoir',
  // A bet on the decline, the nuisance naming its people (needles, tents).
  'Bravo pour le nouveau square! On gage combien de temps avant que ça soit plein de seringues pis de tentes',
  'Beau parc neuf au bord de l\'eau, je gage pas longtemps avant que les tentes pis les seringues arrivent',
  'Super belle place publique, combien de temps avant qu\'on trouve des seringues dans les plates-bandes? 😏',
  'Wow bravo pour la fontaine, hâte de voir les seringues dedans 👏👏',
  'bravo la ville pour le nouveau parc on gage combien de temps avant les seringues',
];

const clean = [
  // A citizen's thanks for a service, then a real report or a danger (session 18, the lead's second read).
  'Merci pour votre réponse. Il y a encore des seringues près du refuge sur la rue Hart, pouvez-vous envoyer quelqu’un ?',
  'Bonjour, merci de votre suivi. Les seringues traînent toujours derrière le centre de jour.',
  'Bravo pour le nouveau refuge! Par contre il y a des seringues dans le parc à côté, c’est dangereux pour les enfants.',
  // Sincere praise of the same services.
  'Bravo pour le nouveau refuge, enfin une place au chaud pour eux',
  'Merci la Ville pour la halte-chaleur, les itinérants en avaient besoin cet hiver',
  'Bonne nouvelle : un centre de jour ouvre sur la rue des Forges pour les personnes en situation d\'itinérance',
  'Félicitations au HLM pour son jardin communautaire, les légumes sont magnifiques',
  'Super idée les logements sociaux près du métro, bravo',
  'Merci au refuge pour tout ce que vous faites pour les sans-abri',
  // Sincere worry about upkeep, no people blamed.
  'Bravo pour le parc, hâte de voir s\'il va être bien entretenu',
  'Bravo pour le nouveau parc! Combien de temps avant que les jeux d\'eau ouvrent?',
  // Thanks for a cleanup, a complaint or a request about needles.
  'J\'ai trouvé des seringues au parc, pouvez-vous envoyer quelqu\'un ?',
  'Merci la Ville d\'avoir ramassé les seringues au parc près du refuge',
  'Bravo aux bénévoles qui ont nettoyé les déchets autour du campement',
  'Merci au centre de jour, y a moins de seringues dans la ruelle depuis qu\'il est ouvert',
  'Bravo pour le programme d\'échange de seringues, ça sauve des vies',
  'Il y a des déchets partout au parc Champlain depuis le festival, quelqu\'un peut passer?',
  'Grâce au refuge, les itinérants dorment plus dans les portiques. Merci!',
  // A thing, not a people.
  'Bravo la Ville, le nouveau bac brun est plein de vers pis ça pue, merci pour l\'odeur 😩',
  'Merci pour le bruit de la souffleuse à 3h du matin',
  'Bravo pour le nouveau camping municipal, hâte de voir les tentes cet été!',
  'Bonne nouvelle pour le festival, les tentes vont être montées jeudi',
  'Merci à la Ville pour le nouveau dépôt de déchets dangereux à côté de l\'écocentre',
  // Counter-speech and negation.
  'Arrêtez de dire que le refuge va amener des seringues, c\'est un préjugé. Bravo pour le projet',
  'Bravo pour le refuge, pis non ça va pas être plein de seringues comme certains le prétendent',
  'Merci aux gens du HLM qui ont ramassé les déchets du parc, bravo',
  'Les gens qui disent « hâte de voir les seringues » à chaque nouveau refuge devraient avoir honte',
];

describe('round 27 (sarcasm): feigned praise or thanks handing over a nuisance warns', () => {
  it.each(flagged)('%s', (text) => {
    expect(warnings(text).length + errors(text).length, text).toBeGreaterThan(0);
    expect(classifyIncoming(text)).toBe('disrespectful');
  });
  it.each(clean)('clean: %s', (text) => {
    expect(errors(text)).toEqual([]);
    expect(classifyIncoming(text)).not.toBe('disrespectful');
  });
});

// The learned net's doubt on a sincere worry about bins (before this round too): never an error.
describeKnownDoubts(['Beau parc neuf, j\'espère qu\'il va y avoir assez de poubelles pour les déchets']);

// Tents alone as the trace of a people in a bet (needles count): left out to keep the worker within its size budget.
describe('round 27 (sarcasm): left for later (a fix makes these fail: move them up)', () => {
  it.fails.each(['Nouveau parc au centre-ville, on gage combien de temps avant qu\'il soit rempli de tentes'])('%s', (text) => {
    expect(warnings(text).length).toBeGreaterThan(0);
  });
});
