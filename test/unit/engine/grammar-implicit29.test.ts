/**
 * Round 29 (implicit): hate said without a degrading word, read by hint.ts (and appoint.ts) as warnings to check — a
 * precaution beside a service that stands for its people (« nouveau refuge…, barrez vos portes »), a claim shielded by a
 * question tag (« c'est-tu raciste de dire que… », « sans vouloir offenser », « …? Juste une question »), a dog whistle
 * upheld against « théorie » (« c'est pas une théorie », « dites-moi encore que… »), how it ends known to all (« on sait tous
 * comment ça finit »), our town no longer known, an interpreter needed to shop, a woman in a role with « bonne chance pour ».
 * The clean rows share the surface: sincere precautions, counter-speech, a real question, banter with no people. Written
 * for this round, not copied from any set.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, describeReading } from './grammar-helpers.ts';

const flagged = [
  // A precaution beside a service, a house of worship or a feast that stands for its people.
  'Un nouveau refuge sur la rue des Forges, cachez vos sacoches 😉',
  'Le refuge ouvre en face du parc, les parents vont devoir recompter leurs enfants le soir',
  'Faites attention à vos bicycles, le nouveau refuge ouvre lundi 😂',
  'Ils ouvrent une halte-chaleur au centre-ville, barrez vos chars',
  'Un centre de jour à côté du dépanneur... bonne chance, surveillez vos poches',
  'Une nouvelle mosquée dans le quartier, faites attention à vos filles 😏',
  'Un festival multiculturel au parc? Je vais laisser mon portefeuille chez nous',
  'Marché interculturel samedi, laissez vos bijoux à la maison 😉',
  'nouveau hlm sur ma rue, attention a vos chars le soir',
  // A claim shielded by a question tag or a disclaimer.
  'C\'est-tu vraiment raciste de dire que les Arabes trichent sur les permis?',
  'Est-ce homophobe de penser que les gais exagèrent avec leurs drapeaux?',
  'Est-ce que c\'est sexiste de dire que les femmes sont trop émotives pour diriger?',
  'Sans vouloir offenser, les Autochtones sont-tu capables de gérer un budget?',
  'Sans vouloir insulter personne, les immigrants travaillent-tu vraiment?',
  'Somaliens = fraudeurs? Juste une question 🤷',
  'Les Haïtiens pis la police? Question honnête',
  // A whistle upheld against the word that would deny it.
  'Le grand remplacement c\'est pas un mythe, regardez la photo des finissants',
  'Le grand remplacement c\'est pas juste une théorie, ouvrez-vous les yeux',
  'Dites-moi encore que le grand remplacement c\'est une théorie, regardez la file à l\'épicerie',
  // How it ends, known to all; our town no longer known; a feast while still allowed.
  'Un autre projet de mosquée, on sait tous comment ça finit en France',
  'Un resto halal sur la rue principale, on sait tous comment ça va finir',
  'Une autre synagogue? On sait ben c\'est quoi qui arrive après',
  'Un autre minaret, dans 20 ans on reconnaîtra plus notre ville',
  // Our town become foreign: a foreign place, an interpreter needed to shop.
  'Belle photo du festival... on se croirait à Kinshasa 😏',
  'Dans 10 ans faudra un interprète pour commander un café au Tim du coin',
  'Bientôt ça va prendre un traducteur pour acheter une caisse de bière au dépanneur',
  // A hiring mocked, a woman in a role with a mocking forecast.
  'Nouveau directeur embauché pour ses « compétences » évidemment 😏',
  'La nouvelle conseillère engagée pour son « expérience » 🙄',
  'Une femme comme chef des pompiers? Bonne chance pour les incendies 😂',
  'Une Noire nommée directrice de la police, bonne chance avec les patrouilles 🙃',
  // Already read by other readers (question.ts): a tag before a question, a right or trust questioned.
  'Juste une question, pourquoi on laisse entrer du monde qui veut pas parler français?',
  'Est-ce qu\'un Autochtone devrait vraiment avoir le droit de gérer le budget de la Ville?',
  'Peut-on encore faire confiance à une femme pour gérer le déneigement? Regardez les rues',
];

const clean = [
  // The whistle dismissed, its « pas » on its worth (second read: a dismissal beside « théorie » silences it).
  'Le grand remplacement, ce n\'est même pas une théorie sérieuse, c\'est de la propagande',
  'Le grand remplacement, c\'est un mensonge, pas une théorie',
  // Sincere precautions and news of a service, no people.
  'Le nouveau refuge ouvre lundi, bravo à tous les bénévoles',
  'Le refuge manque de lits, faites un don si vous pouvez',
  'Il y a eu des vols de vélos au parc, barrez vos bicycles svp',
  'Faites attention à vos enfants dans les rues pendant les travaux',
  'Je laisse mon portefeuille à la maison quand je vais courir',
  'Le festival interculturel était magnifique, bravo aux organisateurs',
  // Counter-speech on the whistle and on the claim; a word asked about.
  'Le grand remplacement est une théorie complotiste raciste',
  'Dire que le grand remplacement existe, c\'est du racisme pur',
  'C\'est raciste de dire que les Arabes trichent sur les permis',
  'Dire que les Haïtiens sont violents, c\'est raciste et faux',
  'Est-ce raciste de dire "Indiens"? Je veux utiliser le bon terme',
  'Sans vouloir offenser personne, les horaires de la bibliothèque sont mal faits',
  'Est-ce que la piscine ouvre lundi? Juste une question',
  // Good luck in earnest, an end foreseen of the works, heat, travel, jargon.
  'Une femme comme cheffe des pompiers, bonne chance dans ton nouveau poste!',
  'Bonne chance pour le déneigement cet hiver à toute l\'équipe',
  'On sait tous comment ça finit, les travaux vont encore être en retard',
  'On se croirait à Kinshasa tellement il fait chaud, la chaleur est folle',
  'Je suis allé à Kinshasa cet été, on se croirait au paradis',
  'Ça prend un interprète pour acheter un billet de train au Japon',
  'Faudrait un traducteur pour comprendre les avis de la Ville 😂',
  'On va avoir besoin d\'un traducteur pour servir les familles syriennes au CLSC',
  'Engagé pour son expérience en génie, le nouveau directeur commence lundi',
  'Avec tous les travaux, dans 20 ans on reconnaîtra plus notre ville',
  'Profitez de la piscine tant qu\'on a encore le droit, elle ferme le 1er septembre',
  'Juste une question, est-ce que la piscine ouvre lundi?',
];

describeReading('round 29 (implicit): hints without a degrading word warn', flagged, clean, { flaggedMayWarn: true, cleanNotDisrespectful: true });

// Left out for the size budget (+0,25 Ko): trust questioned after « je me demande si », « ça sent le remplacement », hiring
// « selon la couleur », « faut-tu porter un voile pour être prioritaire », a feast « tant qu'on a encore le droit », a bomb awaited
// beside a mosque, a dare « venez me
// dire que… ».
describe('round 29 (implicit): left for later (a fix makes these fail: move them up)', () => {
  it.fails.each([
    'Ça sent le remplacement, rue par rue. Réveillez-vous',
    'On engage selon la couleur asteure à la Ville 🙄',
    'Faut-tu porter un turban pour être engagé aux travaux publics?',
    'Encore une mosquée. Profitez de Noël tant qu\'on a encore le droit 🙃',
    'Une autre mosquée? On compte les jours avant que ça saute',
    'Je me demande si on peut encore confier la police à une femme... regardez le résultat',
    'Venez me dire que le grand remplacement c\'est un mythe après avoir vu la liste des nouveaux citoyens',
  ])('%s', (text) => {
    expect(classifyIncoming(text)).toBe('disrespectful');
  });
});
