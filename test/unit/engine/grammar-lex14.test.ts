/**
 * Round 14, area « lex »: disguised spellings of group names (texting and joual: « lé », « dé », « c », « ki », « pu »,
 * « dan », plurals in -z, initials spelled with hyphens), vermin comparisons (a people that breeds like vermin, a
 * people's place turned into a nest of vermin) and emotion toward a people (a comparison of hatred, disgust idioms,
 * « je les hais » taking up a people named earlier). Own sentences, written before coding; the clean rows are the
 * same words about animals, things, care, negation or counter-speech.
 */
import { describeReading } from './grammar-helpers.ts';

const disguised = [
  'lé immigrés c dé parasites',
  'lé musulmans sont dé terroristes pis c tout',
  'lé tranz sont tous dé malades mentaux',
  'lé juifz c dé voleurs',
  'lé noirz c tous dé criminels',
  'lé bé-ès vivent sur notre dos',
  'les b-s vivent aux crochets de l’état',
  'lé itinérantz c dé déchets',
  'les junkiz c dé parasites',
  'les arabz ki pu la pisse dan l’métro',
  'lé musulmanz sont dé barbares',
  'lé gaiz c dé malades',
  'lé immigrantz ki volent nos jobs',
  'lé autochtones vivent su notre dos',
  'les s@uv@ges de la réserve vont encore tout brûler',
  'ces s@uv@ges-là brûlent tout su leur passage',
];

const disguisedClean = [
  'c dé bons profs',
  'lé profs c dé héros',
  'lé immigrés c dé gens comme nous autres',
  'dé musulmans ont aidé lé sinistrés',
  'les b-s reçoivent leur chèque le premier du mois',
  'lé tranz ont le droit d’exister',
  'les junkiz ont besoin d’aide pas de prison',
  'un dé à coudre pis un lé de papier peint',
  'on a joué aux dés avec lé enfants',
  'ki vient au party samedi?',
  'Dan pis moi on va au parc',
  'y en a pu de place au stationnement',
  'les animaux sauvages du parc sont protégés',
  'lé bleuets sauvages sont mûrs',
];

const vermin = [
  'Les Syriens logés au motel se multiplient comme des lapins',
  'Les musulmans pullulent comme des coquerelles',
  'les immigrés se reproduisent comme des coquerelles',
  'les africains font des bébés comme des lapins',
  'ces gitans prolifèrent comme de la vermine',
  'les arabes se multiplient comme des rats dans nos villes',
  'les mexicains grouillent comme des fourmis',
  'les roms se propagent comme des poux',
  'y se reproduisent comme des lapins ces réfugiés-là',
  'La synagogue est devenue un nid à rats',
  'leur mosquée c’est un nid de coquerelles',
  'la réserve indienne est rendue un nid à rats',
  'le quartier chinois est devenu un nid à coquerelles',
  'leur mosquée va devenir un repaire de vermine',
  'Le temple sikh va devenir un nid à coquerelles pis ça va se multiplier',
];

const verminClean = [
  'les lapins se reproduisent comme des lapins',
  'les rats se multiplient vite dans les ruelles',
  'les coquerelles pullulent dans les vieux immeubles',
  'la cuisine du resto est un nid à coquerelles',
  'le vieux hangar est devenu un nid à rats',
  'l’appartement du 3e est un nid de coquerelles, appelez l’inspecteur',
  'les rats, ça se multiplie vite, appelez l’exterminateur',
  'les immigrés ne se reproduisent pas comme des lapins, c’est un mythe raciste',
  'dire que les Haïtiens se reproduisent comme des rats, c’est du racisme',
  'la mosquée est un lieu de prière, pas un nid à coquerelles',
  'les chats sauvages pullulent dans le parc',
  'les mouffettes se reproduisent comme des lapins',
  'le sous-sol de l’église est devenu un nid à souris',
  'la réserve du magasin est rendue un nid à rats',
  'le refuge pour itinérants a un problème de coquerelles, la Ville doit agir',
];

const emotion = [
  'J’ai jamais autant détesté du monde que les Arabes du coin',
  'j’ai jamais haï personne autant que les juifs',
  'les gitans me lèvent le cœur',
  'les Arabes me donnent la nausée',
  'juste de voir des musulmans dans le métro ça me lève le cœur',
  'les trans me donnent mal au cœur',
  'quand je vois des Haïtiens ça m’écœure je les hais',
  'entendre parler espagnol au Walmart ça me donne la nausée je les hais',
  'je hais les Noirs plus que tout',
  'je déteste les immigrants plus que n’importe quoi au monde',
  'y a rien que je déteste plus que les Autochtones',
  'les féministes me virent l’estomac à l’envers',
];

const emotionClean = [
  'ça me lève le cœur de voir des gens dormir dehors',
  'ça me donne la nausée de voir comment on traite les réfugiés',
  'je hais les lundis',
  'je déteste les lundis plus que tout',
  'j’ai jamais autant détesté un hiver que celui-là',
  'ça me lève le cœur ce qu’on fait aux Autochtones',
  'les itinérants dorment dehors en janvier, ça me lève le cœur',
  'le bateau me donne la nausée',
  'les maringouins, je les hais',
  'j’ai mangé au resto chinois, les nouilles étaient froides, je les hais',
  'les gens qui jettent leurs déchets dans le parc me lèvent le cœur',
  'je déteste pas les immigrants, je déteste le racisme',
];

describeReading('disguised spellings of group names (texting, joual, symbols)', disguised, disguisedClean);
describeReading('a people likened to vermin that breeds, a people’s place to a nest of vermin', vermin, verminClean);
describeReading('emotion toward a people: comparison, disgust idiom, « je les hais »', emotion, emotionClean);
