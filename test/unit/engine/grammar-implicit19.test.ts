/**
 * Round 19 (implicit): the general shapes of branch implicit18-more, re-read compactly in hint.ts, each with clean
 * counterparts that use the same words. A mock verdict after a sentence naming a people (« Surprenant. », « Étonnant. »,
 * « Quelle surprise. », « surprise surprise », « drôle de timing »), a place said better before they came (« tranquille avant
 * que ce monde-là… », « propre avant l'arrivée des… »), one more of a people hired (« encore un Congolais embauché »), dog
 * whistles (« grand remplacement », « 14 mots » with « 88 »), our town become foreign some day (« dans 5 ans ça va prendre un
 * traducteur pour… »). All warnings to check. Written for this round, not copied from any set.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, tone } from './grammar-helpers.ts';

const respectful = (text: string) => tone(text).filter((f) => f.rule === 'respectful-language');

const FLAGGED: Record<string, string[]> = {
  'a mock verdict': [
    "Les Haïtiens d'en haut ont encore crié jusqu'à 3h. Surprenant.",
    'Un autre vol au dépanneur, le suspect est Algérien. Étonnant 🙄',
    'Les Roms ont laissé leurs déchets au parc. Quelle surprise.',
    'Des Africains qui crient en arabe au Walmart. Surprise surprise',
    'La musulmane porte plainte juste avant les élections, drôle de timing',
    'Le chauffeur de taxi se trouvait pas, il était Indien. Vraiment surprenant',
    'Les gars de la réserve ont encore fermé le pont. Tellement étonnant.',
  ],
  'better before they came': [
    'Le quartier était tranquille avant que ce monde-là s\'installe sur la rue',
    "Le parc Pie-XII était propre avant l'arrivée des Congolais",
    "C'était ben plus sécuritaire avant que les immigrants débarquent icitte",
    'La rue était calme avant que ces gens-là arrivent',
    "Trois-Rivières était paisible avant l'arrivée des réfugiés",
    "C'était mieux avant les Syriens",
  ],
  'one more hired': [
    'Encore un Congolais embauché aux travaux publics 🙄',
    'Encore une autre musulmane nommée à la bibliothèque',
    'Encore un Haïtien engagé à la Ville, on se demande ben',
    'Encore des Arabes embauchés au CIUSSS',
    "Encore une Autochtone élue au conseil de bande pis c'est nous qui paye",
    'encore un autre immigrant engagé au garage municipal',
  ],
  'a dog whistle': [
    "Le grand remplacement c'est réel, ouvrez-vous les yeux",
    'Le grand remplacement avance à Trois-Rivières tranquillement',
    'Fier de mes racines. 14 mots pour nos enfants. 88',
    '14 words, ceux qui savent savent 88',
    'Regardez les classes du primaire, le grand remplacement est commencé',
    '88 pis le grand remplacement, réveillez-vous',
  ],
  'our town become foreign': [
    'Les Syriens ont racheté trois commerces sur la rue, dans 5 ans ça va nous prendre un traducteur pour commander un café',
    "Y'a de plus en plus de Latinos au Carrefour, bientôt faudra un passeport pour faire son épicerie",
    "Avec tous les Africains au centre-ville, d'ici 10 ans ça va prendre un interprète pour acheter du pain",
    'Encore des Chinois dans le bloc. Bientôt il va falloir un visa pour aller au dépanneur',
    'Les Indiens partout au Tim. Dans 3 ans va falloir un interprète pour commander un café',
  ],
};

const CLEAN: Record<string, string[]> = {
  'a real surprise': [
    'Surprenant! Les Haïtiens ont gagné le tournoi de soccer.',
    'Les Haïtiens ont gagné le tournoi de soccer. Étonnant, bravo à eux!',
    'Le suspect a été arrêté hier soir. Surprenant.',
    'Le déneigement est passé à 5h du matin. Étonnant.',
    'Une femme de 92 ans a terminé le marathon. Bravo madame. Étonnant.',
    'Drôle de timing pour fermer la rue des Forges en plein festival',
    'Surprenant le nombre de bénévoles au comptoir alimentaire cette année',
    'La communauté haïtienne fête ses 50 ans à Trois-Rivières. Surprenant, je le savais pas! Félicitations',
  ],
  'a nostalgic remark about a thing': [
    'Le quartier était tranquille avant que les travaux commencent sur la rue',
    "Le parc était propre avant l'arrivée des bernaches",
    "La rue était calme avant l'ouverture du bar",
    "C'était plus sécuritaire avant qu'ils enlèvent le brigadier",
    "Les Syriens sont arrivés avant l'hiver, la communauté les a bien accueillis",
    "Le boulevard était plus propre avant les travaux d'aqueduc",
  ],
  'news of hiring': [
    'La Ville a engagé un Haïtien comme directeur des loisirs',
    'Encore une femme élue mairesse, bravo pour la parité',
    'Encore un pompier engagé cet été',
    'Encore une Autochtone nommée au conseil, enfin!',
    'Encore un jeune engagé au camp de jour cet été',
    'Encore un Québécois engagé dans la lutte contre la pauvreté',
    'La Ville embauche deux Congolais aux travaux publics, bienvenue à eux',
  ],
  'a number, a replacement, a whistle debunked': [
    'Un documentaire démonte la théorie complotiste du grand remplacement',
    'Le grand remplacement est une théorie raciste, faut la combattre',
    "Le remplacement des conduites d'eau avance tranquillement sur la rue des Forges",
    'Ma grand-mère fête ses 88 ans samedi',
    'Le bureau est au 88 rue des Forges',
    'Écrivez un résumé de 14 mots pour le concours',
    "Le grand remplacement, ça n'existe pas",
    'Le grand remplacement du parc de véhicules de la Ville est prévu en 2027',
  ],
  'an interpreter needed in earnest': [
    'Dans 10 ans ça va nous prendre un traducteur pour lire les règlements municipaux tellement c\'est compliqué',
    "Les Syriens auront bientôt besoin d'un passeport canadien, la cérémonie est en mai",
    "Les familles latinos auront besoin d'un interprète à l'école, la commission scolaire en engage deux",
    "D'ici 5 ans il faudra des interprètes pour servir les familles syriennes à l'hôtel de ville",
    'Bientôt faudra un passeport pour traverser la frontière, même pour les enfants',
    "Les Haïtiens m'ont aidé, dans 2 ans ça va prendre un passeport pour voyager au Mexique",
  ],
};

describe('implicit derogation (round 19): a warning to check and a disrespectful comment', () => {
  for (const [shape, texts] of Object.entries(FLAGGED)) {
    it.each(texts)(`${shape}: %s`, (text) => {
      expect(respectful(text).length, text).toBeGreaterThan(0);
      expect(respectful(text).every((f) => f.severity === 'warning'), text).toBe(true);
      expect(classifyIncoming(text)).toBe('disrespectful');
    });
  }
});

describe('implicit derogation (round 19): the same words, harmless, get no 3.2 finding', () => {
  for (const [shape, texts] of Object.entries(CLEAN)) {
    it.each(texts)(`${shape}: %s`, (text) => {
      expect(respectful(text)).toEqual([]);
      expect(classifyIncoming(text)).not.toBe('disrespectful');
    });
  }
});
