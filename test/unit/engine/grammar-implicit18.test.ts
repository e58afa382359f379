/**
 * Round 18 (implicit): derogation with no degrading word, read as a hint beside a people (hint.ts), each shape written with
 * clean counterparts that use the same words. Shapes: the conclusion handed to the reader (« je vous laisse faire le
 * calcul », « qui aurait pu prévoir ça », « ça en dit long »), a one-word mock verdict (« Surprenant. », « Belle époque. »),
 * the others paid for by us (« ils paient pas de taxes », « c'est le fédéral qui paye leur épicerie »), a hiring put down
 * to quotas or counted (« pas pour ses compétences », « encore un Congolais embauché »), our town become foreign (« dans
 * 5 ans ça va prendre un traducteur pour… »), things said calm before they came (« tranquille avant que ce monde-là… »), people pointed at without a name (« ce
 * monde-là », « originaires de », « un nom que personne est capable de prononcer »), euphemisms in quotation marks
 * (« cousins », « beau monde »), and dog whistles (« le grand remplacement » with « regardez les prénoms », « 14 mots » with
 * « 88 »). Written for this round, not copied from any set.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, describeReading, tone } from './grammar-helpers.ts';

const respectful = (text: string) => tone(text).filter((f) => f.rule === 'respectful-language');

describeReading(
  'implicit derogation (round 18): flagged as a warning to check',
  [
    "La nouvelle directrice des loisirs est une femme de 29 ans sans diplôme en gestion. Je vous laisse faire le calcul.",
    "Un Chinois qui rachète le dépanneur du coin, qui aurait pu prévoir ça 🤔",
    "Les voisins d'en face sont des Arabes, leur cour en dit long sur le genre de monde",
    "Ben oui les Autochtones paient pas de taxes, ils peuvent ben se payer des pick-up neufs",
    "Les Roms campent au parc tout l'été pis c'est le fédéral qui paye leur épicerie",
    "Les immigrants du bloc ont tous des chars neufs, on se demande bien qui paie leur essence",
    "Encore des subventions pour les Africains, nos impôts au travail 👏",
    "Ce monde-là se lève à midi pis c'est nous autres qui payons la facture",
    "Vol de vélos au centre-ville, laisse-moi deviner, les suspects étaient originaires de l'étranger",
    "Un gars en boubou à la caisse, comme par hasard la file avançait pu",
    "Encore des « cousins » qui s'installent dans le bloc, barrez vos cabanons",
    "Le nouveau HLM va attirer le « beau monde » habituel 😏",
    "Ils ont mis des élèves « à besoins particuliers » dans la classe de ma fille, ça explique ses notes",
    "Elle a eu le poste parce qu'elle est Autochtone, pas pour ses compétences",
    "Encore un Noir engagé à la Ville, c'est sûrement pour les quotas",
    "Une femme pompière? Ben oui, faut ben remplir les quotas",
    "Un Mexicain à la caisse de la SAQ. Ben voyons donc, qui l'aurait deviné",
    "Le cours de natation réservé aux musulmanes, on sait bien pour qui c'est fait",
    "Les Africains du bloc cuisinent toute la nuit, l'odeur en dit long",
    "Trois Arabes au guichet pis la file avance pu, on se demande pourquoi",
    "Ces gens-là, tout le monde sait ben c'est qui qui laisse traîner les déchets",
    "Le comité parle d'« inclusion », on sait ben ce que ça veut dire 😏",
    "Ils ont placé des enfants « à besoins particuliers » dans le groupe, ça explique ben des affaires",
    // Read since round 19 (hint.ts: verdicts, « avant que », one more hired, dog whistles, our town become foreign).
    "Les Haïtiens d'en haut ont encore crié toute la nuit. Surprenant.",
    "Une musulmane porte plainte contre son patron juste avant les élections, drôle de timing",
    "Les Syriens ont racheté trois commerces sur la rue, dans 5 ans ça va nous prendre un traducteur pour commander un café",
    "Y'a de plus en plus de Latinos au Carrefour, bientôt faudra un passeport pour faire son épicerie",
    "Le quartier était tranquille avant que ce monde-là s'installe sur la rue",
    "Le parc était propre avant l'arrivée des Congolais",
    "Le grand remplacement c'est réel, regardez les noms sur la liste des élèves du primaire",
    "Fier de mes racines. 14 mots pour nos enfants. 88",
    "Le nouveau chauffeur de taxi porte un turban pis il savait pas où était la rue. Étonnant.",
    "La rue était ben plus tranquille avant que ces gens-là arrivent",
    "Encore un Congolais embauché aux travaux publics 🙄",
    // (read in round 22: a suspect's name guessed, « le remplacement » beside the names, a precaution for one's pills or beer, a status card)
    "Le suspect avait un nom que personne est capable de prononcer, surprise surprise",
    "Le remplacement avance tranquillement, regardez juste les prénoms à la maternelle 🤔",
    "Le nouveau pharmacien est Africain, va falloir recompter nos pilules 😂",
    "Des Autochtones au festival? Cachez vos bières 😅",
    "Il a eu le contrat grâce à sa carte de statut, on se comprend",
  ],
  [],
  { flaggedMayWarn: true },
);

describe('implicit derogation (round 18): the same words, harmless, get no 3.2 finding and are no disrespectful comment', () => {
  it.each([
    "La nouvelle directrice des loisirs est une femme de 29 ans, diplômée en gestion. Bravo!",
    "Un Chinois rachète le dépanneur du coin, bonne chance au nouveau proprio",
    "Les voisins d'en face sont des Arabes, leur jardin est magnifique",
    "Les Haïtiens d'en haut m'ont aidé à déménager. Super fins.",
    "Deux femmes qui se marient à l'hôtel de ville samedi, félicitations!",
    "Une musulmane porte plainte contre son patron pour harcèlement, le procès commence lundi",
    "Le drapeau des Autochtones flotte à l'hôtel de ville pour la Journée de la vérité",
    "C'est un mythe que les Autochtones paient pas de taxes, ils en paient comme nous",
    "Les gens de la réserve paient des taxes sur leurs achats hors réserve",
    "Les réfugiés reçoivent de l'aide du fédéral pendant leur première année",
    "Le fédéral paye une partie de l'épicerie des familles réfugiées la première année",
    "Les immigrants du bloc font du covoiturage pour économiser l'essence",
    "Une subvention pour le centre des Africains de la Mauricie, c'est une belle nouvelle",
    "Les Syriens ont ouvert trois commerces sur la rue, bonne nouvelle pour le quartier",
    "Les familles latinos auront besoin d'un interprète à l'école, la commission scolaire en engage deux",
    "Le quartier était tranquille avant que les travaux commencent sur la rue",
    "Le parc était propre avant l'arrivée des bernaches",
    "Ce monde-là travaille fort au comptoir alimentaire, merci à eux",
    "Les nouveaux locataires sont de la communauté vietnamienne, ils ont apporté des rouleaux aux voisins",
    "Les joueurs sont originaires de Shawinigan pis de La Tuque",
    "Un gars en boubou a chanté au festival, c'était magnifique",
    "Mes cousins s'installent dans le bloc en juillet",
    "Le nouveau HLM va loger 40 familles, une bonne nouvelle pour le quartier",
    "Ma fille a des besoins particuliers et son école l'aide beaucoup",
    "La caissière avait un accent du Lac, ça m'a fait sourire",
    "Le suspect a été arrêté, son nom n'a pas été dévoilé",
    "Un documentaire à Radio-Canada démonte la théorie complotiste du grand remplacement",
    "Le remplacement des conduites d'eau avance tranquillement sur la rue des Forges",
    "Ma grand-mère fête ses 88 ans samedi",
    "Elle a eu le poste pour ses compétences, pas parce qu'elle est Autochtone",
    "La Ville a engagé un Noir comme directeur, il a vingt ans d'expérience",
    "Une femme pompière, ça fait du bien de voir ça",
    "Le nouveau pharmacien est Africain, il est vraiment patient avec ma mère",
    "Des Autochtones au festival cette année, avec des danses traditionnelles",
    "Le nouveau chauffeur de taxi porte un turban, il m'a aidé avec mes sacs",
    "Un Mexicain a gagné le concours de chili, bravo à lui",
    "Le cours de natation réservé aux femmes le mardi, c'est pour celles qui ont besoin d'intimité",
    "Les Africains du bloc cuisinent pour la fête des voisins, ça sent bon",
    "Trois Arabes au guichet m'ont aidé à remplir mon formulaire",
    "Un Français nommé au comité culturel, il a beaucoup d'expérience en théâtre",
    "On se demande pourquoi la rue Hart est encore fermée",
    "Je vous laisse faire le calcul des frais dans le formulaire",
    "Qui aurait pu prévoir une tempête pareille en avril",
    "Le grand remplacement est une théorie raciste, faut la combattre",
    "C'est faux que les réfugiés paient pas de taxes",
    "Ces gens-là ont besoin d'aide, ça me brise le coeur",
    "Le quartier est devenu plus tranquille depuis que le bar a fermé",
    "Dans 10 ans ça va nous prendre un traducteur pour lire les règlements municipaux tellement c'est compliqué",
    "Les Syriens auront bientôt besoin d'un passeport canadien, la cérémonie est en mai",
    "Les Haïtiens paient leurs taxes comme tout le monde, arrêtez les clichés",
    "Les Autochtones réclament que le fédéral paye pour l'eau potable dans les communautés",
    "Tout le monde sait ben c'est qui qui déneige la rue, c'est Gilles",
    "Cochez la bonne case sur le formulaire d'inscription",
    "Le défilé de la fierté passe sur la rue des Forges samedi, rues fermées de 13h à 16h",
    "Le comité parle d'inclusion des personnes handicapées dans les parcs",
    "Une artiste autochtone reçoit une bourse de la Ville, bravo",
    "Apportez votre carte de statut pour l'exemption de taxe au comptoir",
    "Mon fils a des besoins particuliers, la ville offre un camp de jour adapté",
    "On sait bien ce que les réfugiés ont vécu, faut les accueillir",
    "On se demande pourquoi les Autochtones sont surreprésentés dans les prisons, le rapport donne des réponses",
    "Les Syriens qui arrivent bientôt auront besoin d'un interprète pour l'école",
    "Les musulmans, je vous laisse imaginer leur peine après l'attentat",
    "Surprenant. Les Haïtiens ont gagné le tournoi de soccer.",
    "Belle époque. Deux femmes peuvent se marier à l'hôtel de ville.",
    "Le centre des femmes est financé par nos taxes, c'est normal",
    "Encore une femme élue mairesse, bravo pour la parité",
    "Une autre femme nommée à la direction, c'est une bonne nouvelle",
    "Une autre femme nommée juge à la Cour supérieure, une première en Mauricie",
    "Encore une Autochtone nommée au conseil, enfin!",
    "Encore un jeune engagé au camp de jour cet été",
  ])('%s', (text) => {
    expect(respectful(text)).toEqual([]);
    expect(classifyIncoming(text)).not.toBe('disrespectful');
  });
});

// Lost by the learned net's converged weights (session 16), read again since round 24: the eye-roll closing a sentence that
// names a people is a wink (hint.ts).
describe('implicit derogation (round 18), read again by the wink emoji (round 24)', () => {
  it.each(["Les réfugiés ont tous des cellulaires neufs, c'est nos taxes qui paient ça 🙄"])('%s', (text) => {
    expect(respectful(text).length).toBeGreaterThan(0);
    expect(classifyIncoming(text)).toBe('disrespectful');
  });
});

// Read since round 26: the strongest hints (« si tu vois ce que je veux dire ») beside a person described (« les nouveaux
// locataires »).
describe('implicit derogation (round 18), read again by the allusions of round 26', () => {
  it.each(["Les nouveaux locataires sont de la communauté, si tu vois ce que je veux dire 😏"])('%s', (text) => {
    expect(respectful(text).length).toBeGreaterThan(0);
    expect(classifyIncoming(text)).toBe('disrespectful');
  });
});

// (Round 19 read the verdicts, « avant que », « encore un … engagé », the whistles and our town become foreign: moved up.)
// Written the same way, read by branch implicit18-more (mock verdicts, « encore un … engagé », the replacement dog whistle and
// « 14 mots » with « 88 », our town become foreign, « avant que ce monde-là », precautions, more clues): left out of this
// branch to keep the worker within its size budget (+0,3 KB gzip). Known misses: a warning makes one fail, to say « move it up ».
describe('implicit derogation (round 18), shapes left for later (a fix makes these fail: move them up)', () => {
  it.fails.each([
    "Deux femmes qui s'embrassent au parc devant les enfants. Belle époque.",
    "Le drapeau des Autochtones à l'hôtel de ville, rien est jamais un hasard avec eux autres",
    "Ceux de la réserve devraient apprendre à payer des impôts comme tout le monde",
    "La caissière avait un « accent », je dis rien",
    "Un autre Français nommé au comité, va falloir prévoir du déodorant pour la salle 🧼",
    "Les Vietnamiens ont ouvert un resto, va falloir surveiller vos chats 😂",
    "On engage pu les meilleurs, on engage ceux qui cochent la bonne case d'origine",
    "Encore un défilé de la fierté devant la garderie, rien est jamais un hasard avec eux",
    "Une autre musulmane nommée à la bibliothèque. On verra ben.",
  ])('%s', (text) => {
    expect(respectful(text).length).toBeGreaterThan(0);
    expect(classifyIncoming(text)).toBe('disrespectful');
  });
});
