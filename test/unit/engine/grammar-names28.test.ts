/**
 * Round 28 (names): a person's name used to stand for a people (antonomasia), with an insinuation. A name marked by origin
 * used as a TYPE — counted or indefinite (« encore un Mohamed », « trois Singh », « les Cohen »), given as what someone is
 * called (« s'appelle Goldberg », « nommé Karim ») — or a very common name of ours
 * denied or searched for (« s'appelle pas Gagnon », « cherchez les Tremblay »), beside a marker that leaves the conclusion
 * to the reader (« devinez », « on devine », « faut pas se demander pourquoi », a wink). Warnings only. Written for this round,
 * not copied from any set.
 */
import { describe, expect, it } from 'vitest';
import { describeReading, warnings } from './grammar-helpers.ts';

const flagged = [
  // Counted or indefinite, with a face or a guess.
  'Encore un Mohamed au dépanneur 🙄',
  'encore un Karim engagé à la caisse pop 😏',
  'Un autre Ahmed qui ouvre un dépanneur sur des Forges, on se demande ben pourquoi 🤔',
  'Trois Singh dans le même 4 et demi, je dis rien 🤐',
  '12 Patel sur le bail, tu comprends pourquoi le loyer est pas cher',
  'Quand un Karim décroche la job à la ville, faut pas se demander pourquoi',
  'Des Mamadou partout dans le quartier maintenant, je fais juste remarquer',
  'Les Cohen de ce monde savent ben où est l\'argent, on se comprend 😉',
  'Quand un Goldberg achète des blocs, devinez qui monte les loyers',
  // Called so.
  'Le nouveau proprio s\'appelle Rosenberg. Devinez ce qui arrive aux loyers 😉',
  'Le gars qui a eu le contrat s\'appelait Levy. On devine la suite',
  'Le prof de ma fille s\'appelle Mamadou, laisse-moi deviner pourquoi elle a des mauvaises notes',
  'Un gars nommé Rachid a eu le permis. Je pose pas de questions 🤐',
  'Le nouveau médecin s\'appelle Patel, faut pas se demander pourquoi l\'attente a doublé',
  // Ours, denied or searched for.
  'Encore un vol au dépanneur. Je gage que le voleur s\'appelle pas Tremblay 😏',
  'Un autre char volé dans le stationnement, pis c\'est sûr que c\'est pas un Gagnon qui a fait ça 😉',
  'Regardez la liste des nouveaux pompiers. Cherchez les Tremblay pis les Bouchard, je vous attends 🤔',
  'Liste des bourses de l\'UQTR, trouvez un Gagnon là-dedans 🤔',
  'Y a pas un Tremblay sur la liste des nouveaux logements sociaux, on se comprend 😉',
  'Je suis pas raciste mais c\'est toujours un Ahmed qui sort aux nouvelles',
  'encore un mamadou dans la police 🙄',
];

const clean = [
  // A person named, not a type.
  'Mon voisin Mohamed m\'a aidé à pelleter ce matin 😉',
  'Bienvenue à Karim, notre nouveau bibliothécaire!',
  'Devinez qui a gagné le tirage? Mme Tremblay!',
  'Mohamed Diallo, 34 ans, a été arrêté hier soir sur la rue Royale selon la police.',
  'Le nouveau proprio s\'appelle Rosenberg, il a refait toute la toiture, merci!',
  'Ma fille a un ami qui s\'appelle Youssef, ils jouent au hockey ensemble',
  'Le nouveau médecin s\'appelle Patel pis il est ben fin avec les enfants',
  'Fatima, Ahmed et Karim ont reçu leur diplôme au cégep hier, félicitations!',
  'Les Cohen nous ont invités pour le souper de la Pâque, on a ben mangé 😊',
  // Guess words with an ordinary person or no type.
  'Devinez qui a déneigé mon entrée? Mon voisin Ahmed! 😉',
  'Je gage que Karim va gagner le tournoi de pétanque',
  'Le gars qui a réparé ma fournaise s\'appelle Gagnon, je le recommande',
  'Cherchez les Tremblay dans l\'annuaire, y en a des pages pis des pages 😂',
  'Encore un Tremblay élu au conseil, la famille est grande',
  'Faut pas se demander pourquoi le chantier avance pas, y a pas de budget',
  'Tu comprends pourquoi la rue est fermée? Ils refont les égouts',
  'On devine la suite: encore des travaux sur le boulevard 🙄',
  // Counter-speech and denial.
  'Arrêtez de juger le monde sur leur nom, « encore un Mohamed », c\'est raciste pis c\'est bas',
  'Quand quelqu\'un dit « encore un Mohamed » en riant, c\'est du racisme, point.',
  // A name as a thing, a namesake.
  'Le stade Mohamed Ali ouvre en mai, devinez qui va être à l\'inauguration 😉',
  'Un Singh a gagné la médaille d\'or en lutte, bravo à lui!',
  'Trois Tremblay dans mon équipe de hockey, on se mêle tout le temps 😂',
  'Les noms des gagnants: Gagnon, Lavoie, Fortin. Bravo!',
  'Mon chum s\'appelle pas Gagnon, c\'est Gagné, avec un accent 😉',
  'Je pose pas de questions, j\'ai juste payé mon compte de taxes',
];

describeReading('round 28 (names): a name used as a type with an insinuation warns', flagged, clean, { flaggedMayWarn: true, cleanNotDisrespectful: true });

// Names listed (« Ahmed, Karim, Omar… »), names as a kind (« toujours les mêmes noms », « le même genre de prénoms ») beside a disclaimer, a name after « quand tu vois »,
// a wrongdoer called by a name of ours with a word between (« s'appelait sûrement pas Lavoie »), and a search with a pronoun
// between (« trouvez-moi un Gagnon »): left out to keep the worker within its size budget.
describe('round 28 (names): left for later (a fix makes these fail: move them up)', () => {
  it.fails.each([
    // (« je gage » alone is no hint: « Je gage que les Canadiens vont perdre », grammar-allude26.)
    'Le nouveau boss du garage s\'appelle Youssef, je gage que les prix vont changer',
    'Les noms sur la liste d\'embauche : Ahmed, Karim, Omar... Je pose pas de questions',
    'Mohamed, Youssef pis Rachid au conseil étudiant. Comme par hasard 🙃',
    'Pourquoi c\'est toujours les mêmes noms dans les faits divers, sans se faire traiter de raciste?',
    'Quand tu vois Goldberg sur la soumission, tu comprends pourquoi ça coûte le double',
    'Le suspect s\'appelait sûrement pas Lavoie, on s\'entend 😉',
    'Liste des bourses de l\'UQTR, trouvez-moi un Gagnon là-dedans 🤔',
  ])('%s', (text) => {
    expect(warnings(text).length).toBeGreaterThan(0);
  });
});
