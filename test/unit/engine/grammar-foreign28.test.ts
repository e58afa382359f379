/**
 * Round 28: « our place is turning foreign », derogation by allusion. A place of ours said to become a foreign place (« c'est
 * rendu Bagdad », « version Port-au-Prince », « la petite Somalie », « on se croirait en … ») beside a wink, a souk or a bazar
 * beside a people's house of worship or a people, no longer at home beside a people, « pour une fois » still at home.
 * Warnings only (foreign.ts, read by hint.ts). Written for this round, not copied from any set.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, describeReading } from './grammar-helpers.ts';

const flagged = [
  // A place of ours become a foreign place, a wink or a grimace beside it.
  'Le boulevard des Forges est rendu Bagdad 🙄',
  'La rue Saint-Maurice c\'est rendu Mogadiscio 🙄',
  'Mon quartier version Kaboul 😏',
  'Ste-Marthe est rendue la petite Somalie 🤔',
  'le parc est devenu Beyrouth le soir 🤔🤔',
  'Le Cap va devenir le petit Maroc d\'ici 5 ans 🙃',
  'Le terrain de la Fonderie, version Bagdad 🙄',
  'Mon coin est rendu la petite Afrique 😏',
  'Le samedi au parc on se croirait en Afghanistan 🤔',
  'Le centre d\'achat devient Mexique le dimanche 🙃',
  'Sainte-Marthe version Port-au-Prince 🤨',
  'la piscine municipale on se croirait sur une plage en Tunisie 🙄',
  // A souk or a bazar, with a people's house of worship or a people beside it.
  'J\'ai hâte que le marché devienne un souk avec des minarets',
  'Le vieux Trois-Rivières va devenir un bazar plein de mosquées',
  'Les Maghrébins ont acheté toute la rue. C\'est rendu un souk',
  // No longer at home, beside a people.
  'Les Africains parlent juste leur langue à l\'épicerie, on se sent pu chez nous',
  'Avec les musulmans partout on est plus chez nous dans notre quartier',
  'Trop d\'immigrés au Cap, on se sent plus chez nous',
  // Still at home, for once.
  'Le 24 juin au parc Pie-XII, pour une fois on se sent encore chez nous',
  'Spectacle de Paul Piché au bord de l\'eau, pour une fois on se sentait encore chez nous',
];

const clean = [
  // Reached, not become; a mess, not a people.
  'Je suis rendu au Maroc 😉',
  'Mon fils est rendu en Afghanistan avec l\'armée 😬',
  'Les réfugiés syriens attendent encore leur logement 😬',
  'Le petit Maroc sur la rue des Forges a le meilleur couscous 😉',
  'Le Cap est rendu un vrai bazar avec les cônes orange 🙄',
  'Pour une fois on se sent bien chez nous, merci aux cols bleus',
  // Travel and twinning.
  'On est rendus à Bagdad pour le reportage, on vous revient demain',
  'Je suis rendu au Maroc, il fait super beau 😎',
  'Notre ville jumelée en Tunisie nous envoie une délégation',
  'Mes vacances en Algérie, on se croirait dans un film',
  // Praise and food.
  'Le quartier est rendu magnifique avec les nouveaux arbres',
  'On se croirait en Italie avec la nouvelle terrasse 😍',
  'Festival des saveurs du monde: on se croirait au Maroc avec les épices, bravo!',
  'La version anglaise du formulaire est en ligne',
  'Le parc est devenu un vrai bazar avec les travaux 🙄',
  'Le centre-ville est rendu pas mal plus beau',
  'Mon quartier version hiver 🙄 pas déneigé encore',
  'Petit rappel: la collecte passe lundi',
  // A newcomer at home, a sincere feeling, our own party.
  'Arrivée d\'Haïti en 2019, je me sens enfin chez moi à Trois-Rivières',
  'Merci aux bénévoles, pour la première fois je me sens chez moi ici',
  'Je me sentais étrangère dans mon propre corps après l\'accident',
  'Avec les condos partout on se sent pu chez nous dans le quartier',
  'Les réfugiés syriens disent qu\'ils se sentent enfin chez eux',
  'Belle fête nationale au parc, on était bien',
  // Translation services, sincerely.
  'La clinique offre un interprète pour les familles réfugiées',
  'On va avoir besoin d\'un traducteur pour comprendre le nouveau règlement 😂',
  'Le CIUSSS cherche un interprète pour accompagner les nouveaux arrivants',
  'Ça prend un interprète pour acheter un billet de train au Japon',
  // Counter-speech and negation.
  'Dire que le Cap est rendu Haïti, c\'est raciste et faux',
  'Les nouveaux arrivants font vivre nos commerces, on comprend tout le monde au marché',
  'Je trouve pas que le quartier est rendu étranger, au contraire',
];

describeReading('round 28 (foreign): our place said to turn foreign warns', flagged, clean, { flaggedMayWarn: true, cleanNotDisrespectful: true });

// Read since round 29 (« Kinshasa » among the places, an interpreter needed to shop as a clue).
describeReading('round 29 (foreign): read since', [
    'Mon quartier version Kinshasa 😏',
    'Un autre dépanneur vendu... bientôt ça va prendre un traducteur pour acheter une caisse de bières',
], [], { flaggedMayWarn: true });

// Left out to keep the worker within its size budget (+0,25 Ko): a mock name or a laugh alone (no wink), a people beside a
// foreign place without a hint word, places outside the list (« Kinshasa », « Alger », « tiers-monde »), the stranger in one's
// own place (its « étranger » is a people of its own to hint.ts), an interpreter needed to shop; and our own celebration
// named (« fête »), which hint.ts reads as a welcome.
describe('round 28 (foreign): left for later (a fix makes these fail: move them up)', () => {
  it.fails.each([
    'On va le rebaptiser Petit Bagdad le quartier',
    'on l\'appelle comment le nouveau bloc, Petite Syrie? 😂',
    'Avec tous les Haïtiens qui arrivent, la rue Champflour est rendue Haïti',
    'Trop de Maghrébins au parc Martin. On se croirait au Maroc',
    'Les immigrés ont pris le Cap, on dirait la Tunisie',
    'Faudrait des heures réservées aux Québécois au centre aquatique. Le dimanche on se croirait dans une piscine en Algérie',
    'Le centre-ville, version tiers-monde 🙄',
    'Le Cap va devenir Alger d\'ici 5 ans 🙃',
    'Je me sens étrangère dans ma propre ville avec tous ces voilées',
    'C\'tu normal de se sentir étranger chez nous à cause des Arabes au Walmart',
    'Fête nationale au parc, pour une fois on se sentait encore chez nous 🙄',
    'Belle fête de la Saint-Jean, pour une fois on était encore chez nous',
    'On va avoir besoin d\'un interprète pour commander un café au Tim du coin',
    'Dans 10 ans faudra un interprète pour faire son épicerie à Trois-Rivières',
    'Faudrait un traducteur juste pour se faire servir au IGA maintenant 🙄',
    'Avec tous les nouveaux arrivants on comprend pu personne à l\'épicerie',
  ])('%s', (text) => {
    expect(classifyIncoming(text)).toBe('disrespectful');
  });
});
