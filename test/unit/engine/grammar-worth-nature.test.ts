/**
 * Round 10 frames, each class paraphrased and each with clean counterparts: a vice or a degrading
 * attribute placed in a people's nature (grammar/hate.ts), superlatives of worth closed on everything
 * (lexicon-predicates.ts), a world wished for as the call to harm, a kind owned by the reader kept in the
 * group's name (groups.ts), people sent to the dump like waste, throats and heads cut by any owner
 * (lexicon-threat.ts), people as test subjects below lab animals (hate.ts). Clean: animals, human nature, pride, real waste, recycling, history, denial.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, errors } from './grammar-helpers.ts';

const hateful: Record<string, string[]> = {
  nature: [
    'C’est dans la nature des immigrants d’être des sauvages.',
    'C’est dans le sang des Arabes de tricher.',
    'C’est génétique chez les Noirs d’être paresseux.',
    'C’est dans l’ADN des Haïtiens de mentir.',
    'Les immigrés? C’est dans leur nature d’être des menteurs.',
    'Les musulmans, c’est dans leur sang de tout détruire.',
    'C’est dans la culture des réfugiés de voler.',
    'Ça a toujours été dans la nature d’un juif d’être un escroc.',
    'C’est dans les gènes des femmes d’être hystériques.',
    'Voler, c’est dans la nature des Roms.',
    'La violence, c’est dans le sang des Noirs.',
    'Mentir, ça fait partie de la nature des musulmans.',
  ],
  worst: [
    'Les immigrants sont les pires qui soient.',
    'Les musulmans sont les pires de tous.',
    'Les Noirs, c’est ce qu’il y a de pire.',
    'Les handicapés sont les pires êtres humains.',
    'Les Arabes, c’est ce qui se fait de pire.',
    'Les femmes sont les pires de la planète.',
    'Y’a pas pire que les Noirs.',
    'De toutes les races, les Noirs sont la pire.',
    'Les musulmans sont les pires.',
    'Les immigrants sont vraiment les pires, je vous le dis.',
    'Un monde sans immigrants serait un monde meilleur.',
    'Imagine un monde sans Juifs, ce serait le paradis.',
    'Une ville sans Roms serait tellement plus propre.',
    'Les immigrants, c’est vraiment ce qui existe de pire.',
  ],
  wish: [
    'Dans un monde juste, tous les immigrants seraient morts.',
    'Dans un monde idéal, les musulmans seraient tous pendus.',
    'Si ça ne tenait qu’à moi, les réfugiés seraient tous gazés.',
    'Si j’avais le choix, tous les musulmans seraient morts.',
    'Dans un monde idéal, les trans seraient tous enfermés.',
    'Dans une société normale, on fusillerait les Haïtiens.',
  ],
  species: [
    'Les immigrants de votre espèce méritent de mourir.',
    'Les musulmans de ton espèce devraient crever.',
    'Les gens de votre race méritent la mort.',
    'Les Noirs de votre genre devraient disparaître.',
    'Des femmes de votre espèce méritent de souffrir.',
  ],
  waste: [
    'Les immigrants devraient être jetés dans une décharge.',
    'Les musulmans devraient être jetés à la poubelle.',
    'On devrait mettre les Noirs aux poubelles.',
    'Les Arabes devraient être balancés aux vidanges.',
    'Jetez les trans au dépotoir.',
    'Il faudrait crisser les immigrés aux vidanges.',
    'Les autochtones sont bons pour la poubelle.',
    'Les femmes devraient être mises au recyclage.',
    'Les trans, direct aux vidanges.',
    'Vivement un monde sans Arabes.',
  ],
  testSubjects: [
    'On devrait utiliser les immigrants comme cobayes.',
    'Les musulmans devraient servir de cobayes.',
    'On devrait tester les vaccins sur les réfugiés avant les animaux.',
    'Il faudrait faire des expériences sur les Noirs plutôt que sur les rats.',
    'Prenez les Roms comme cobayes.',
  ],
  body: [
    'Je vais trancher leurs gorges de musulmans.',
    'Je vais arracher la tête des réfugiés.',
    'On va leur trancher les gorges, à ces immigrants.',
    'Faudrait trancher les gorges des musulmans.',
  ],
};

const clean = [
  // Nature: animals, human nature, pride, denial, counter-speech.
  'C’est dans la nature des chats de chasser.',
  'C’est dans leur nature de protéger leurs petits.',
  'C’est dans la nature humaine d’avoir peur de l’inconnu.',
  'C’est dans le sang des Québécois d’aimer le hockey.',
  'Ce n’est pas dans la nature des musulmans d’être violents.',
  'Dire que c’est dans la nature des immigrants d’être violents, c’est du racisme.',
  'Voler, c’est dans la nature des enfants.',
  'La musique, c’est dans le sang des Acadiens.',
  'La violence, ce n’est pas dans la nature des musulmans.',
  'Jouer au hockey, c’est dans le sang des Québécois.',
  'C’est dans les gènes des Italiens d’être bons cuisiniers.',
  // Worst: weather, hardship, victims, denial.
  'Les embouteillages sont les pires qui soient.',
  'Il n’y a rien de pire qu’une panne d’électricité en janvier.',
  'Les immigrants ont connu ce qu’il y a de pire.',
  'Les musulmans sont les pires victimes de ces attentats.',
  'Les femmes ne sont pas les pires conductrices.',
  'Y’a pas pire que les embouteillages du lundi.',
  'Les immigrants sont pas pires que les Québécois.',
  'Vivement un monde sans racisme.',
  'Les embouteillages sont les pires.',
  'Les femmes ne sont pas les pires.',
  'Les musulmans sont les pires victimes.',
  'Un monde sans racisme serait meilleur.',
  'Un Québec sans immigrants serait en pénurie de main-d’œuvre.',
  'Un monde sans femmes serait bien triste.',
  'Un monde sans immigrants ne serait pas meilleur, au contraire.',
  // A better world, without harm.
  'Dans un monde juste, tous les enfants mangeraient à leur faim.',
  'Dans un monde parfait, les réfugiés seraient accueillis partout.',
  'Si ça ne tenait qu’à moi, la piscine serait ouverte tout l’été.',
  'Si j’avais le choix, les réfugiés seraient tous accueillis.',
  // Kinds of animals and neighbourhoods.
  'Les oiseaux de cette espèce méritent d’être protégés.',
  'Les gens de votre sorte méritent notre respect.',
  'Les musulmans de votre communauté méritent d’être entendus.',
  // Real waste.
  'Les pneus usés devraient être jetés dans une décharge.',
  'Les bouteilles doivent être mises au recyclage.',
  'Il faudrait jeter ces vieux meubles aux ordures.',
  'Les réfugiés fouillaient les poubelles pour survivre.',
  'Les immigrants travaillent au dépotoir municipal.',
  'Les bacs bruns, aux vidanges mardi.',
  // Trials and history, not a wish (« ont servi de cobayes » tells of victims).
  'Les Noirs ont servi de cobayes à Tuskegee.',
  'On devrait tester les médicaments sur les femmes aussi, pas seulement sur les hommes.',
  'On teste les médicaments sur les animaux avant les humains.',
  'On devrait aider les réfugiés avant les animaux.',
  'Il ne faudrait jamais utiliser les Autochtones comme cobayes.',
  'Les handicapés ne devraient pas servir de cobayes.',
  // Bodies in ordinary senses.
  'Le chirurgien va opérer la gorge du patient.',
  'Je vais arracher la tête des pissenlits.',
  'Il faut couper la tête du brocoli.',
  'Je vais me casser la tête à trouver une solution.',
];

describe('hate said another way is still hate', () => {
  for (const [name, texts] of Object.entries(hateful)) {
    it.each(texts)(`${name}: %s`, (text) => {
      expect(errors(text).length, text).toBeGreaterThan(0);
      expect(classifyIncoming(text)).toBe('disrespectful');
    });
  }
});

describe('the same words in animals, pride, real waste, denial stay clean', () => {
  it.each(clean)('%s', (text) => {
    expect(errors(text)).toEqual([]);
  });
});
