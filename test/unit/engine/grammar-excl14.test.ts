/**
 * Round-14 exclusion said of a people, written for this file (rewritten constructions, not copied from any data set):
 * a people set out after the clitic of an order (« Renvoyez-les chez eux, les … »), told to go away in the jussive
 * without a comma (« Les … qu'ils aillent se faire voir ailleurs »), forbidden to do or enter (« interdisez aux … de… »,
 * « empêchez les … d'entrer », « refusez l'entrée aux … »), stripped of a right (« enlevez le droit de vote aux … »),
 * kept out (« laissez pas entrer les … », « pas de … dans notre quartier »), segregated so as not to be near them
 * (« une école juste pour les …, comme ça on serait pas obligés d'être avec eux »), cut off from care or aid
 * (« coupez l'aide aux …, qu'ils se débrouillent »). Clean counterparts: the same verbs for things and roles, news,
 * denounced or negated calls, services meant for a people.
 * Read (3.2 error and « disrespectful ») by the base ed366ab: see notes/excl14.md.
 */
import { describeKnownMisses, describeReading } from './grammar-helpers.ts';

const flagged = [
  // A people set out after the clitic of an order.
  'Renvoyez-les dans leur pays, les Mexicains, on en a assez.',
  'Déportez-les tous chez eux les Roms',
  'Expulsez-les d\'ici au plus vite, ces Arabes-là.',
  'Retournez-les chez eux les réfugiés pis vite',
  'Sacrez-les dehors les demandeurs d\'asile 😡',
  'Faut les renvoyer chez eux, les Haïtiens, y ont rien à faire icitte.',
  // Told to go away in the jussive, the people set out before it.
  'Les Arabes qu\'ils aillent se faire voir ailleurs',
  'Les réfugiés, qu\'ils aillent se faire foutre à Toronto.',
  'Les BS qu\'ils s\'en aillent à Montréal on en veut pas',
  'Les immigrants qu\'ils restent dans leur pays',
  'Qu\'ils restent chez eux les Mexicains, on en veut pas icitte.',
  // Forbidden to do or enter.
  'Interdisez aux musulmans d\'ouvrir des commerces au centre-ville.',
  'Faudrait interdire aux trans d\'utiliser les toilettes publiques.',
  'On devrait défendre aux Noirs d\'aller au parc le soir.',
  'Interdisez l\'accès de la piscine aux Juifs.',
  'Refusez l\'entrée aux réfugiés, point final.',
  'Qu\'on interdise aux Autochtones de venir au centre-ville.',
  // A right taken away.
  'Enlevez le droit de vote aux Autochtones.',
  'Faudrait retirer la citoyenneté aux musulmans.',
  'Refusez aux Haïtiens le droit de louer un logement.',
  'On devrait leur enlever le droit de vote, aux immigrants.',
  // Kept out.
  'Laissez pas entrer les musulmans, fermez les portes.',
  'Fermez les portes aux Haïtiens',
  'Pas d\'Arabes dans notre quartier.',
  'Pas de musulmans à Trois-Rivières, merci.',
  // Segregated so as not to be near them.
  'Une école juste pour les Arabes, comme ça nos enfants seraient pas obligés d\'être avec eux.',
  'Faites une entrée juste pour les immigrants, comme ça on aurait pas à les croiser.',
  'Une piscine réservée aux musulmans, comme ça on aurait plus à les voir.',
  'Des autobus séparés pour les Autochtones, on serait pas obligés de s\'asseoir proche d\'eux.',
  'Un wagon à part pour les Chinois, comme ça on est pas obligé de s\'asseoir à côté d\'eux',
  // Cut off from care or aid.
  // Round 15: a public place kept out of, sent to live elsewhere.
  'Pas de Noirs dans notre piscine',
  'Les musulmans qu\'ils aillent vivre ailleurs',
  'Coupez l\'aide sociale aux immigrants, qu\'ils se débrouillent.',
  'Coupez les allocations aux réfugiés pis qu\'ils se démerdent',
  'Faudrait couper les soins gratuits aux demandeurs d\'asile, qu\'ils se débrouillent.',
  'Supprimez les prestations aux immigrants, qu\'ils se débrouillent tout seuls.',
];

const clean = [
  'Renvoyez-les à l\'expéditeur, les colis endommagés.',
  'Le gouvernement a renvoyé 40 demandeurs d\'asile chez eux la semaine passée.',
  'Dire qu\'il faut les renvoyer chez eux, les réfugiés, c\'est raciste.',
  'Retournez-les au magasin, les chaises brisées.',
  'Renvoyez-les chez eux, les employés, la bâtisse est fermée.',
  'Faut pas les renvoyer chez eux, les Haïtiens, y sont en danger là-bas.',
  'Les réfugiés, qu\'ils aillent s\'inscrire à la francisation, c\'est gratuit.',
  'Les immigrants qu\'ils aillent à l\'hôtel de ville, on va les aider.',
  'Mes enfants qu\'ils aillent jouer dehors.',
  'Il a dit aux Arabes d\'aller se faire voir, c\'est honteux.',
  'Les immigrants qu\'ils ont aidés sont restés dans leur pays.',
  'Interdisez aux chars de stationner sur la rue des Forges.',
  'Faudrait interdire aux cyclistes de rouler sur le trottoir.',
  'Empêchez les enfants d\'entrer dans le chantier.',
  'Il est interdit aux chiens d\'entrer dans le parc.',
  'On devrait empêcher les propriétaires d\'expulser les réfugiés.',
  'Interdire aux musulmans d\'entrer au Québec, c\'est de la discrimination.',
  'Personne devrait interdire aux trans d\'utiliser les toilettes.',
  'Refusez l\'entrée aux véhicules lourds sur le pont.',
  'Interdisez l\'accès de la piscine aux moins de 12 ans sans adulte.',
  'Empêchez pas les immigrants de s\'installer en région, on manque de monde.',
  'Il faut donner le droit de vote aux jeunes de 16 ans.',
  'Enlever le droit de vote aux Autochtones, ce serait honteux.',
  'Enlevez le permis aux chauffards.',
  'Le gouvernement a retiré la citoyenneté à un terroriste.',
  'Laissez pas entrer les chiens dans l\'épicerie.',
  'Faut laisser les réfugiés rentrer au pays.',
  'Fermez les portes aux courants d\'air.',
  'Pas de problème avec les Arabes dans notre quartier.',
  'Il y avait pas d\'Arabes dans notre quartier dans les années 80.',
  'Pas de chiens dans le parc, c\'est le règlement.',
  'Plus d\'immigrants au Québec, c\'est plus de monde pour travailler.',
  'Un autobus adapté pour les personnes handicapées, ce serait super.',
  'Une entrée juste pour les employés, comme ça on serait pas obligés de passer par la cuisine.',
  'Une école juste pour les immigrants qui arrivent, pour la francisation, bonne idée.',
  'Une piscine réservée aux aînés le matin, comme ça y sont tranquilles.',
  'On serait pas obligés de s\'asseoir à côté d\'eux, les bancs sont grands.',
  'Des toilettes séparées pour les femmes et les hommes, c\'est normal.',
  'Coupez pas l\'aide aux immigrants, ils en ont besoin.',
  'Coupez les subventions aux pétrolières.',
  'Donnez l\'aide sociale aux réfugiés, qu\'ils puissent se loger.',
  'Les réfugiés se débrouillent bien en français.',
  'Coupez le gazon autour du centre communautaire haïtien.',
  'Les Mexicains sont restés chez eux cet hiver.',
  'Qu\'ils restent chez eux les malades, c\'est la grippe.',
  // Rules for an age, protection, and the people avoided being someone else.
  'Il faut empêcher les jeunes de flâner au parc la nuit.',
  'Pas de jeunes ici après 23h, c\'est le règlement du parc.',
  'Empêchez les Arabes de se faire attaquer dans le métro.',
  'Une piscine juste pour les femmes le mardi, comme ça on serait pas obligées de les voir, les gars.',
];

describeReading('exclusion of a people: expel, forbid, strip, keep out, segregate, cut off (round 14)', flagged, clean);

/** Flagged on the base already, by a reading of « c'est une honte » said of the people (not of the clause): another area's. */
// Aid cut to an age is read as to any people by hate.ts (no age class there): a policy opinion about youth gets an error.
describeKnownMisses([
  // Prevented from coming in, the people between « laisser / empêcher » and the infinitive; a pool not read as where we live;
  // banned from a public place, sent to live elsewhere, left to fend for themselves, care stopped (readings dropped for the worker's size budget).
  'Empêchez les Arabes d\'entrer au Québec, c\'est simple.',
  'Faut empêcher les immigrants de s\'installer en région',
  'Faut pas laisser les réfugiés rentrer au pays.',
  'Les réfugiés, qu\'ils se débrouillent, on leur doit rien.',
  'Arrêtez de soigner les Haïtiens gratis, qu\'ils se débrouillent.',
], ['Le gouvernement a coupé l\'aide aux réfugiés, c\'est une honte.', 'Coupez l\'aide aux jeunes, qu\'ils travaillent un peu.']);
