/**
 * Session 9 (frames13): the wrappers around a feeling or a claim — idioms of feeling in every register, grudges and
 * intolerance, interjections of disgust opening the sentence, asides after the group (« non merci », « c'est ma bête
 * noire »), questions that ask how anyone could love them. Each with clean counterparts: the same idiom about a thing,
 * a role (a complaint, at most a warning), what a people suffers, a real question.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, describeKnownMisses, describeReading, warnings } from './grammar-helpers.ts';

describeReading('feelings said by idiom, the group as subject or taken up by « les »', [
  'Les Roms me hérissent le poil.',
  'Les musulmans me sortent par les oreilles.',
  'Les trans me donnent des boutons.',
  'Les gais me donnent la chair de poule.',
  'Les femmes me mettent en furie.',
  "Croiser des musulmans me donne des haut-le-cœur.",
  'Les Juifs, je les ai dans le nez.',
  'Les Roms, je les ai en travers de la gorge.',
  'Les immigrants, je les porte pas dans mon cœur.',
  "Les musulmans, c'est ma bête noire.",
  'Il y a rien que je déteste plus au monde que les Haïtiens.',
], [
  'Les moustiques me sortent par les oreilles.',
  "Les films d'horreur me donnent la chair de poule.",
  "Ce règlement-là, je l'ai dans le nez.",
  "Le déneigement, c'est ma bête noire.",
  'Il y a rien que je déteste plus au monde que les lundis matin.',
  'Les travaux me mettent en furie.',
]);

describeReading('grudges, intolerance and weariness of a people', [
  "J'ai une dent contre les musulmans depuis toujours.",
  "J'ai zéro tolérance pour les Roms.",
  "Les immigrés, j'en ai une indigestion.",
  "Des Noirs, j'en ai soupé.",
  'On les aime pas, les immigrés, icitte.',
  'Les Noirs, nous autres, on les veut pas.',
  'Les Juifs, je les ai jamais aimés pis je les aimerai jamais.',
  "Est-ce qu'on est obligés d'endurer les trans dans nos toilettes?",
], [
  "J'ai une dent contre la STTR depuis toujours.",
  "J'ai zéro tolérance pour le racisme.",
  "Des travaux, j'en ai soupé.",
  'On les aime, les immigrés, icitte.',
  "On est obligés d'endurer les travaux tout l'été.",
]);

describeReading('a role is a complaint (a warning at most)', [], [
  "J'ai une dent contre les cyclistes.",
  "Les cyclistes, c'est ma bête noire.",
  'Les cyclistes me mettent en rogne.',
]);

describeReading('interjections of disgust and sarcasm opening the sentence', [
  'Quelle horreur, ces Roms.',
  'Ouache, des Noirs partout.',
  'Beurk, des femmes voilées.',
  "Ouache, une gang de Haïtiens dans l'autobus.",
  'Pis quoi encore, des musulmans au conseil municipal?',
  'Les Juifs, non merci.',
  'Les musulmanes voilées, très peu pour moi.',
], [
  'Beurk, de la neige en mai.',
  'Ouache, une gang de maringouins sur le patio.',
  'Quelle horreur, ces réfugiés noyés en mer.',
  'Quelle horreur, les femmes battues.',
  'Pis quoi encore, des parcomètres sur la rue?',
  'Les frites, non merci.',
]);

describeReading('love or respect asked as impossible', [
  'Comment peut-on aimer un Arabe?',
  'Comment on fait pour aimer les Juifs?',
], [
  'Comment peut-on aider les réfugiés?',
  'Comment peut-on mieux respecter les autochtones?',
  'Je me demande comment on peut aimer les Juifs.',
]);

describeReading('a hedge before a dehumanising noun', [
  'Vous trouvez pas que les Asiatiques sont un peu des insectes?',
], [
  'Ce quartier est un peu des nôtres.',
  'Les abeilles sont des insectes utiles.',
]);

describeReading('a concession before the claim is no denunciation', [
  "Je suis peut-être raciste mais les Haïtiens, c'est de la vermine.",
  "C'est peut-être raciste, mais les Haïtiens sont de la vermine.",
], [
  'Il faut être raciste mais aussi ignorant pour dire que les Haïtiens sont de la vermine.',
  'C’est raciste mais surtout faux de dire que les Haïtiens sont de la vermine.',
]);

// A rhetorical question is a warning to check (question.ts), and the comment is disrespectful.
describe('a faculty of a people doubted by a question', () => {
  it.each([
    'Les femmes ont-elles vraiment un cerveau?',
    'Les musulmans ont-ils vraiment une âme?',
    "Ça sert à quoi d'embaucher une femme?",
    "Quand est-ce qu'on va arrêter de nourrir les autochtones?",
    'Pourquoi diable laisse-t-on entrer des musulmans?',
  ])('%s', (text) => {
    expect(warnings(text).length, text).toBeGreaterThan(0);
    expect(classifyIncoming(text)).toBe('disrespectful');
  });
});

describeReading('having seen enough of them, and its clean counterparts', [
  'Les gais, je les ai assez vus.',
], [
  'Les jeunes ont-ils vraiment une conscience écologique?',
  'Les aînés ont-ils vraiment un cerveau moins rapide?',
  'Pourquoi les trans existent-ils? Parce que la diversité est humaine.',
  'Pourquoi les programmes pour immigrants existent-ils?',
  'Ces films-là, je les ai assez vus.',
]);

describeReading('round 3: compound tenses, the speaker singled out, distrust and urges set out after the group', [
  "Est-ce que c'est juste moi qui peux plus endurer les immigrants?",
  'Suis-je la seule à ne plus supporter les immigrants?',
  'Les Mexicains, je m’en méfie comme de la peste.',
  "Les Haïtiens m'ont toujours tapé sur les nerfs.",
  "Ça m'écœure de voir autant d'Arabes à Trois-Rivières.",
  'Je me retiens, mais les Chinois me donnent envie de frapper.',
], [
  'Est-ce que c’est juste moi qui peux plus endurer le bruit des souffleuses?',
  'Suis-je la seule à ne plus supporter les travaux?',
  'Les moustiques, je m’en méfie comme de la peste.',
  "Ça m'écœure de voir autant d'Arabes se faire insulter.",
  'Ça m’écœure de voir autant de gens insulter les Arabes.',
  "Les travaux me donnent envie de frapper quelqu'un.",
  'Tellement tanné des cônes orange partout.',
]);

describeReading('a role stays a complaint in the compound tense', [], [
  "Les cyclistes m'ont toujours tapé sur les nerfs.",
  'Les politiciens, je m’en méfie.',
]);

describeKnownMisses([
  "Est-ce que quelqu'un peut m'expliquer pourquoi les lesbiennes existent?",
  'Ma mère disait que les Juifs étaient des voleurs pis elle avait ben raison.',
  'Moi je trouve ça écœurant, des gais qui se tiennent par la main.',
  'Aucune idée pourquoi on accepte encore des Haïtiens au Québec.',
  "Comment voulez-vous qu'on respecte des gens comme les Haïtiens?",
  "Ça vous arrive-tu d'avoir envie de vomir en voyant des trans?",
  'Les Juifs mériteraient-ils notre respect? Certainement pas.',
  "Ça vous tente-tu d'avoir des trans comme voisins? Moi non plus.",
  'Ça te dérange pas, toi, les Noirs partout dans le métro?',
  'Pourquoi diable les femmes ont-elles le droit de vote?',
  'Tu voudrais-tu que ta fille marie un musulman?',
  'La seule vue d’un Juif me rend malade.',
  'Juste d’entendre parler des réfugiés, le sang me bout.',
  'Les Arabes, j’peux juste pas.',
  'Les musulmans, des êtres humains? Laissez-moi rire.',
], []);

describeReading('round 4: the saying vouched for (being wrong, lying or exaggerating denied)', [
  'Je pense pas me tromper en disant que les Noirs sont des paresseux.',
  'Je ne mens pas en disant que les Noirs sont des paresseux.',
  "Ce n'est pas pour rien qu'on dit que les Haïtiens sont sales.",
  'Sans exagérer, on peut dire que les Arabes sont des voleurs.',
], [
  'Il se trompe en disant que les Noirs sont des paresseux.',
  'Tu mens quand tu dis que les Noirs sont des paresseux.',
  "Ce n'est pas pour rien qu'on dit que les Haïtiens sont accueillants.",
  'Je pense pas me tromper en disant que les Noirs sont victimes de profilage.',
  'Je me trompe peut-être, mais je ne pense pas que les Noirs soient des paresseux.',
  'Je me trompe pas souvent, mais je ne pense pas que les Noirs soient des paresseux.',
]);

describeReading('round 5: real questions with the same words stay clean', [], [
  'Ça sert à quoi de remplir ce formulaire?',
  "Ça sert à quoi d'aider les réfugiés?",
  "Pourquoi arrêter d'accueillir des réfugiés?",
  'Quand va-t-on arrêter de discriminer les autochtones?',
  "Pourquoi accepte-t-on encore des réfugiés? Parce que c'est notre devoir.",
  'Comment accueille-t-on les réfugiés en hiver?',
  'Comment peut-on mieux accueillir les Haïtiens chez nous?',
  'Vous aussi, les travaux vous tombent sur les nerfs?',
], { cleanNotDisrespectful: true });
