/**
 * Round 22 (opinion): hate put as a « just asking » question. A people's basic decency asked yes or no (« les … sont-ils
 * capables de respecter… ? », « est-ce qu'un … peut être honnête ? »); a claim under the speaker's own right to say it,
 * asked with the Québec « -tu » (« j'ai-tu le droit de dire que… ? »), which names no reader; a claim under a mild blame
 * asked (« c'est-tu méchant / mal de penser que… ? »). Written for this round; each with clean counterparts.
 */
import { describeKnownMisses, describeReading } from './grammar-helpers.ts';

describeReading(
  'hate asked as a question (round 22): a warning at least, and a disrespectful comment',
  [
    'Les Arabes qui débarquent ici sont-ils capables de respecter une femme?',
    'les Chinois sont-tu capables d\'être honnêtes en affaire? jamais vu ça',
    'Est-ce qu\'un musulman peut vraiment être fiable?',
    'Les Haïtiens sont-ils vraiment capables de s\'intégrer?',
    'les Roms sont-tu honnêtes des fois? 🤔',
    'Est-ce que les Africains sont capables de respecter nos règles?',
    'Les Mexicains peuvent-ils être honnêtes?',
    'Un Juif peut-il vraiment être honnête en affaires?',
    'les gais sont-tu normaux franchement?',
    'Les Autochtones sont-ils capables de respecter une loi?',
    'est-ce qu\'une femme peut vraiment être fiable?',
    'Les musulmans sont-ils vraiment civilisés?',
    'J\'ai-tu le droit de dire que les Mexicains viennent voler nos jobs?',
    'j\'ai-tu le droit de dire que les Juifs contrôlent les banques sans me faire traiter de raciste',
    'On peut-tu dire que les Chinois sont pas honnêtes?',
    'C\'est-tu méchant de penser que les Chinois sont pas honnêtes?',
    'c\'est-tu mal de dire que les Juifs contrôlent les banques?',
    'Est-ce mal de dire que les Juifs contrôlent les banques?',
    'C\'est-tu déplacé de dire que les Chinois sont pas honnêtes?',
    'Les Somaliens qui arrivent sont-tu capables de respecter nos lois?',
    'Les Asiatiques sont-ils honnêtes en affaires? Posez-vous la question',
    'est-ce qu\'un Arabe peut être respectueux avec une femme?',
    'Les Noirs sont-ils vraiment intelligents?',
  ],
  [
    'Les aînés sont-ils capables de marcher jusqu\'au centre communautaire?',
    'Les réfugiés sont-ils bienvenus au souper de Noël?',
    'Les Haïtiens sont-ils pas capables de s\'intégrer? Bien sûr que oui.',
    'Est-ce que les musulmans sont invités à la fête de quartier?',
    'Les Chinois sont honnêtes, j\'en connais plein.',
    'Est-ce que mon voisin peut être honnête avec moi?',
    'Les enfants sont-ils capables de nager seuls?',
    'Est-ce que le contrat est fiable?',
    'Les bénévoles sont-ils capables de respecter l\'horaire?',
    'Les Mexicains peuvent-ils travailler dans les fermes cet été?',
    'Un Juif peut-il être élu maire?',
    'Est-ce qu\'une femme peut être pompière à Trois-Rivières?',
    'As-tu le droit de dire que les Mexicains volent nos jobs?',
    'C\'est méchant de dire que les Chinois sont pas honnêtes.',
    'C\'est mal de dire que les Juifs contrôlent les banques.',
    'Est-ce mal de dire que les Juifs contrôlent les banques? Oui, c\'est un mythe.',
    'J\'ai-tu le droit de stationner dans la rue l\'hiver?',
    'On peut-tu dire que la collecte est en retard?',
    'C\'est-tu mal de laisser mon chien au parc?',
    'Est-ce que c\'est méchant de dire à mon voisin que sa haie dépasse?',
    'Les nouveaux arrivants sont-ils capables de s\'inscrire en ligne?',
    'Les Arabes sont capables de respecter les femmes autant que nous.',
    'Les musulmans sont-ils nombreux à Trois-Rivières?',
    'Les Autochtones sont-ils consultés sur le projet?',
    'Les Noirs sont-ils bien représentés au conseil?',
  ],
  { flaggedMayWarn: true, cleanNotDisrespectful: true },
);

// « est-ce que » before the blame is read by claims.ts as asking the claim itself, which clears it.
describeKnownMisses([
  'Est-ce que c\'est méchant de penser que les Mexicains viennent voler nos jobs?',
  'Sérieux, est-ce que c\'est mal de dire que les Mexicains viennent voler nos jobs?',
], []);
