/**
 * Round 28, coded references (coded.ts): a code that stands for a people only beside its second element — the welfare-cheque
 * day beside a crowd at the store, beer, scratch tickets, a party or « merci à nous », a woman's period beside a woman in a
 * role. A warning to check. The clean rows hold the same words alone or in earnest: rent due on the 1st, the SAQ open on
 * the 1st, a date in the month, a woman named director. Written for this round, not copied from any set.
 */
import { describe, expect, it } from 'vitest';
import { describeReading, warnings } from './grammar-helpers.ts';

const flagged = [
  'Le 1er du mois les dépanneurs débordent de caisses de 24, devinez qui paye',
  'premier du mois = file au dépanneur pour les gratteux lol',
  'Les chèques sont rentrés, la SAQ va être pleine à craquer 😂',
  'les chèques sont rentrés, le party est pogné dans le bloc en face',
  "C'est le 1er du mois, les habitués sont de retour au dépanneur",
  'Le premier du mois, tout le monde au dépanneur pour les gratteux 🙄',
  'Les chèques sont rentrés. Gros party ce soir sur la rue Champflour',
  'le 1er du mois pis encore les mêmes qui font la file pour les gratteux',
  'Premier du mois… merci à nous autres pour les caisses de 24 du voisinage',
  "1er du mois aujourd'hui, le Couche-Tard est plein à craquer depuis 6h du matin",
  'Les habitués du parc sont en forme à matin, ah ben oui le premier du mois',
  'LE 1ER DU MOIS LES GRATTEUX PARTENT COMME DES PETITS PAINS',
  'Les chèques sont rentrés = retour des caisses de 24 dans les escaliers',
  'Check ben ça le premier du mois, la file au dépanneur est pleine à craquer',
  'Pas besoin de calendrier, quand le dépanneur est plein à craquer on sait que c\'est le 1er du mois',
  'La mairesse a encore changé d\'avis, ça doit être sa mauvaise semaine du mois',
  'Une femme à la tête du conseil, faudra savoir quelle semaine du mois éviter pour les votes',
  'La nouvelle directrice du service est bête aujourd\'hui, sa mauvaise semaine du mois sûrement 😂',
  'La mairesse a pas voté comme prévu, mauvaise semaine du mois j\'imagine',
  'Nouvelle directrice générale. Faudrait un calendrier pour savoir quelle semaine du mois éviter de lui parler',
  'Une femme comme chef des pompiers? Espérons que le feu pogne pas dans sa mauvaise semaine du mois',
  'La directrice a refusé notre projet… mauvaise semaine du mois probablement 🙄',
  'Sa mauvaise semaine du mois, à la mairesse, ça paraît dans ses décisions',
  'La directrice du comité crie encore, quelle semaine du mois éviter déjà?',
  'Une femme au budget, ok mais quelle semaine du mois éviter pour les urgences?',
];

const clean = [
  'Le loyer est dû le 1er du mois, pensez à faire votre virement',
  'La SAQ est ouverte le 1er du mois comme d\'habitude',
  'Le premier du mois, les collectes des encombrants recommencent',
  'Le chèque de la subvention est arrivé, merci à la Ville pour le party de quartier',
  'Les chèques de remboursement sont arrivés, bonne nouvelle pour les familles',
  'Le 1er du mois, le dépanneur du coin fait ses livraisons',
  'Le dépanneur était plein à craquer pendant la tempête',
  'Une caisse de 24 pour le party des voisins, tout le monde est invité',
  'Le premier du mois de juillet, c\'est le déménagement pour bien du monde',
  'Rappel : le paiement des taxes municipales est dû le 1er du mois prochain',
  'Les gratteux de Loto-Québec se vendent au dépanneur du coin',
  'Le chèque de paye des cols bleus est rentré en retard, le syndicat se plaint',
  'La mairesse présentera le budget la deuxième semaine du mois',
  'Quelle semaine du mois passe le camion de recyclage?',
  'La directrice prend une semaine du mois de juillet en vacances',
  'Une femme à la direction générale, bonne nouvelle pour la Ville',
  'La présidente du comité a eu une mauvaise semaine, son père est malade',
  'Mauvaise semaine du mois pour les ventes, dit le directeur du commerce',
  'La nouvelle directrice générale entre en poste le 1er du mois',
  'La semaine du mois où la mairesse tient ses consultations est affichée en ligne',
  'Le party de la Saint-Jean est plein à craquer chaque année',
  'Les habitués de la bibliothèque adorent la nouvelle directrice',
  'Le 1er du mois tombe un samedi, le bureau des taxes sera fermé',
  'Dire que le 1er du mois tout le monde boit, c\'est un préjugé sur les gens pauvres',
  'Les dépanneurs sont pleins à craquer le soir du Super Bowl',
];

describeReading('coded references beside their second element (round 28): a 3.2 finding, disrespectful', flagged, clean, { flaggedMayWarn: true });

describe('coded references stay warnings, to check (round 28)', () => {
  it.each(flagged)('%s', (text) => expect(warnings(text).length, text).toBeGreaterThan(0));
});

// The speaker's own errand or date, told in the first person, is no code (second read: these warned before).
describeReading(
  'the first person on the cheque day stays clean (round 28, second read)',
  [],
  [
    "J'achète mes gratteux au dépanneur le 1er du mois",
    "J'ai vu ma voisine au dépanneur le 1er du mois, c'était plein à craquer",
    'Le 1er du mois je vais chercher ma caisse de 24 pis on fait un party',
    'Mon chèque de pension rentre le premier du mois, je paye mes gratteux',
    "Le premier du mois j'ai ma mauvaise semaine du mois, je suis une femme pis je le dis",
  ],
);
