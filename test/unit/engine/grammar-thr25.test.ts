/**
 * Round 25 (veiled threats): threats said by their shape, without a violence verb — where the target lives, watched,
 * warned, visited, one by one, no witness, settled (people or a people's place as the object), no broom meant, and tools
 * of arson or a beating beside a people's place (threat.ts `findStalking`). Each kind alone is ordinary (a repair visit,
 * a lifeguard's eye, a queue, a camp the City clears, a BBQ): the clean side keeps one kind at a time. Written for this round.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, describeKnownDoubts, errors, tone } from './grammar-helpers.ts';

const veiled = [
  "On sait c'est quoi ton adresse mon homme, on passe te voir ce soir",
  "tes voisins nous ont donné ton adresse, m'a aller te trouver chez vous",
  "Les Somaliens du bloc on vous a à l'oeil, on va vous ramasser un par un",
  "on te surveille depuis une semaine, on va passer te voir quand tu vas t'attendre le moins",
  "dernier avertissement, on sait où tu restes",
  "Les musulmans de la rue Royale, on vous surveille. Chacun son tour",
  "on connait votre adresse, les Algériens, un faux pas pis on passe vous voir",
  "Fais ben attention quand tu sors du bar, personne verra rien",
  "une couple de gars pis des bâtons de baseball devant le campement des Roms pis c'est réglé",
  "un bidon de gaz pis un briquet devant la synagogue pis on en parle pu",
  "va falloir faire le ménage du campement des itinérants, pis pas avec des balais",
  "on va régler leur cas un par un à ces Haïtiens-là",
  "on vous a à l'œil les Arabes, on va s'occuper de vous chacun son tour",
  "je sais où tu travailles, surveille tes arrières",
  "On va vous attendre un par un à la sortie de la mosquée",
  "m'a te trouver, pis personne va rien entendre",
  "on vous surveille les Mexicains, on sait où vous restez",
  "Les Africains du 4e, on a votre adresse. On passe vous voir un de ces soirs, un par un",
  "faque on va nettoyer le campement sous le pont un par un",
  "on va vider la mosquée un par un, dernier avertissement",
  "de l'essence pis des allumettes devant la mosquée samedi soir, qui embarque",
  "On va s'occuper d'eux pis pas avec du savon",
  "personne va rien voir, on va les ramasser un après l'autre",
  "je t'attends, je sais où tu restes ma belle",
  "ton adresse est sur le groupe Facebook, dernier avertissement",
];

const clean = [
  "on passe vous voir demain pour la fuite d'eau au sous-sol",
  "la Ville va nettoyer le campement et reloger les gens dans un refuge",
  "on s'occupe d'eux au refuge, ils ont des lits pis de la soupe",
  "Les bénévoles vont faire le ménage du parc samedi",
  "Les enfants, on vous a à l'œil, restez proche du bord de la piscine",
  "BBQ samedi, apportez l'essence pis les allumettes pour le feu de camp",
  "Entrez un par un svp, la file est longue",
  "on surveille les maisons des voisins pendant les Fêtes",
  "Fais attention quand tu rentres le soir, les rues sont pas éclairées dans ton coin",
  "Inquiète-toi pas, on passe te voir demain avec de la soupe",
  "ton adresse est pas à jour dans le dossier de la Ville",
  "on va régler le dossier du permis cette semaine",
  "la Ville a nettoyé le campement pis les gens ont été relogés",
  "mon chum passe te voir demain pour le char",
  "les policiers surveillent le quartier pour protéger la mosquée",
  "personne va rien voir du feu d'artifice s'il pleut",
  "un par un, les nouveaux arrivants ont reçu leur certificat de citoyenneté",
  "la mosquée a organisé un souper, un par un les voisins sont venus",
  "on passe vous voir samedi au campement avec des couvertes pis du café",
  "on nettoie la cour avec un balai pis de l'eau",
  "l'aréna ferme, faites le ménage de vos casiers",
  "le campement a brûlé, les pompiers ont trouvé un bidon d'essence",
  "les voisins ont l'adresse du chalet, ils passent te voir en fin de semaine",
];

describe('a veiled threat (round 25): flagged, disrespectful', () => {
  it.each(veiled)('%s', (text) => {
    expect(tone(text).length, text).toBeGreaterThan(0);
    expect(classifyIncoming(text)).toBe('disrespectful');
  });
});

describe('one kind alone, said kindly (round 25): no error', () => {
  it.each(clean)('%s', (text) => {
    expect(errors(text), text).toEqual([]);
    expect(tone(text), text).toEqual([]);
  });
});

// A turn at a counter said with « s'occuper de vous », a crossing guard's eye on children crossing one by one: two kinds,
// a warning only (a lifeguard's or a crossing guard's « on vous a à l'œil » alone stays clean).
describeKnownDoubts([
  "Les brigadiers vous ont à l'œil, les enfants traversent un par un",
  "on va s'occuper de vous, chacun son tour, au comptoir",
]);
