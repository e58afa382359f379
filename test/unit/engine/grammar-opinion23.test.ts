/**
 * Round 23 (opinion): hate put as a « just asking » frame. A dare to prove a denial asserts the claim (« qu'on me prouve
 * que les … sont pas… », « prouvez-moi qu'un … est pas… »), and a dare to prove the claim doubts it; a blame asked with
 * « est-ce que » (« est-ce que c'est méchant de dire que… ? ») asks about the blame, the claim is said; the speaker's
 * right asked with « juste » (« on peut-tu juste dire que… ? »). Written for this round; each with clean counterparts.
 */
import { describeKnownMisses, describeReading } from './grammar-helpers.ts';

describeReading(
  'hate under a dare or a blame asked (round 23): a warning at least, and a disrespectful comment',
  [
    'Qu\'on me prouve que les immigrés sont pas des parasites. J\'attends.',
    'qu\'on me prouve que les musulmans sont pas violents',
    'Prouvez-moi que les Gitans sont pas des voleurs, vous pourrez pas',
    'prouve moi que les arabes sont pas tous des terroristes 🤷',
    'Que quelqu\'un me prouve que les Roms sont pas des voleurs',
    'Montrez-moi que les Haïtiens sont pas des criminels. Allez.',
    'Démontrez-moi que les réfugiés sont pas des profiteurs',
    'prouvez moi que les immigrants sont pas des parasites',
    'Montre-moi que les Africains sont pas des sauvages',
    'Qu\'on me démontre que les Juifs sont pas des rats. Personne peut.',
    'Est-ce que c\'est raciste de dire que les Roms sont des voleurs?',
    'Est-ce que c\'est mal de penser que les Mexicains viennent voler nos jobs?',
    'est-ce que c\'est méchant de dire que les immigrés viennent voler nos jobs',
    'Franchement, est-ce que c\'est raciste de penser que les musulmans veulent imposer la charia?',
    'Est-ce que c\'est déplacé de dire que les Juifs contrôlent les banques?',
    'Est-ce que c\'est offensant de dire que les immigrants viennent voler nos jobs?',
    'Honnêtement est-ce que c\'est mal de croire que les musulmans veulent imposer la charia',
    'On peut-tu juste dire que les Gitans sont des voleurs?',
    'On peut-tu juste dire que les musulmans veulent imposer la charia sans se faire traiter de raciste?',
    'on peut-tu vraiment dire que les Roms sont des voleurs? ben oui',
    'J\'ai-tu juste le droit de dire que les immigrés sont des parasites?',
    'On peut-tu simplement dire que les Haïtiens sont des criminels?',
    'Est-ce que c\'est mal de trouver que les réfugiés sont des profiteurs?',
    'Est-ce que c\'est choquant de dire que les Africains sont des sauvages?',
  ],
  [
    'On m\'a prouvé que les immigrés sont pas des parasites, merci pour l\'article.',
    'Prouvez-moi que les immigrés sont des parasites. Vous pouvez pas.',
    'Qu\'on me prouve que les musulmans sont violents. Aucune étude le montre.',
    'prouve moi que les arabes sont des terroristes, t\'as aucune source',
    'Les études ont prouvé que les réfugiés sont pas des profiteurs.',
    'Prouvez-moi que vous êtes pas raciste',
    'Montrez-moi que ce chien est pas dangereux avant de le laisser au parc',
    'Montre-moi que t\'as pas peur des chiens',
    'Qu\'on me prouve que le déneigement est pas en retard sur ma rue',
    'Prouvez-moi que la collecte passe pas le mardi',
    'Les Gitans sont pas des voleurs.',
    'Les musulmans veulent pas imposer la charia, arrêtez.',
    'Est-ce que c\'est vrai que la piscine ouvre samedi?',
    'Est-ce que c\'est mal de laisser mon chat dehors l\'hiver?',
    'Est-ce que c\'est méchant de dire à mon voisin que son chien jappe?',
    'Est-ce que c\'est raciste de dire que les Roms sont des voleurs? Oui, évidemment.',
    'C\'est raciste de dire que les Roms sont des voleurs.',
    'Est-ce que c\'est mal de penser que mon loyer est trop cher?',
    'On peut-tu juste dire que la collecte est en retard?',
    'On peut-tu juste dire merci aux cols bleus?',
    'On peut pas juste dire que les Gitans sont des voleurs, c\'est faux.',
    'Est-ce que c\'est offensant de dire que le maire est en retard?',
    'Est-ce que c\'est déplacé de parler de religion au souper?',
    'Prouve-moi que le parc est pas fermé, j\'y vais ce soir',
    'Qu\'on me prouve que les travaux finissent pas en juin',
  ],
  { flaggedMayWarn: true, cleanNotDisrespectful: true },
);

// The claim is not read by the grammar at all once denied (« contrôlent pas les banques »), so the dare has nothing to turn.
describeKnownMisses([
  'Qu\'on me prouve que les Juifs contrôlent pas les banques. J\'attends.',
  'Qu\'on me prouve qu\'un prêtre catholique est pas un pédophile en puissance.',
  'Qu\'on me prouve que les musulmans veulent pas imposer la charia',
], []);
