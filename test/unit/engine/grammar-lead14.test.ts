/**
 * The lead's readings of the tenth session (home set 13, read as development data; every row is our own sentence,
 * each flagged row missed on ed366ab): a gloss in parentheses read through, crime made to rise, a deviance said of
 * an orientation, the good a people gave asked for as if there were none, and a verbless verdict closed by
 * « c'est tout » after a long question. The clean rows are the same words about things, news, care or roles.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, describeReading, errors, warnings } from './grammar-helpers.ts';

describeReading(
  'a gloss in parentheses, crime made to rise, a deviance, a closing tag: errors',
  [
    'Les Indiens (de l’Inde) puent dans l’autobus.',
    'Les Somaliens (ceux du quartier) sont des parasites',
    'Les Tamouls (de la rue Bellefeuille) sont des voleurs',
    'Les migrants de l’hôtel vont faire monter la criminalité dans le secteur',
    'Les Roms font exploser les vols partout où ils passent',
    'Franchement l’homosexualité c’est une déviance',
    'Pour moi la transidentité c’est une déviance, point.',
    'Les Roms devraient apprendre à se laver avant de venir nous faire la morale',
    'Les Gitans sont de mauvaises personnes, tout le monde le sait',
    'Combattons les musulmans, c’est notre devoir!',
    'L’islam est synonyme de terrorisme, point.',
    'Pourquoi on paye des logements aux assistés sociaux pendant que les travailleurs en arrachent? Des parasites, c’est tout.',
  ],
  [
    'Le parc (au coin de la rue) est fermé pour la saison.',
    'Les Indiens (de l’Inde) ont ouvert un restaurant sur la rue des Forges.',
    'Les immigrants (pas tous, évidemment) ont besoin d’aide pour se loger.',
    'La fermeture du poste de police va faire monter la criminalité.',
    'Les gangs de rue font augmenter les vols dans le secteur, selon la police.',
    'Les enfants devraient apprendre à se laver les mains avant de manger.',
    'Les nouveaux arrivants devraient apprendre le français, la Ville offre des cours.',
    'Le gouvernement abandonne les réfugiés, c’est une honte.',
    'La Ville laisse les personnes âgées sans déneigement, c’est écœurant.',
    'Les itinérants ne sont pas de mauvaises personnes, ils ont besoin d’aide.',
    'Combattons l’islamophobie et la pauvreté ensemble.',
    'Le Carnaval est synonyme de fête pour toute la famille.',
    'La déviance du trajet de l’autobus 4 est en vigueur jusqu’à lundi.',
    'On a parlé des Syriens arrivés au refuge la semaine passée avec le comité. Des gens courageux, c’est tout.',
  ],
);

const asked = [
  'Qu’est-ce que les Arabes ont apporté de bon au Québec?',
  'Les Haïtiens ont-ils déjà apporté quelque chose de bon à la ville?',
  'Nommez-moi une chose que les Algériens ont faite de bien. J’attends.',
  'Quelqu’un peut me citer UNE chose positive que les musulmans ont amenée ici? J’attends toujours.',
];
const real = [
  'Qu’est-ce que les immigrants ont apporté à la cuisine québécoise?',
  'Les Vietnamiens ont apporté une cuisine extraordinaire, nommez-moi un meilleur resto!',
  'Les Italiens ont apporté de bonnes choses au quartier, pensez aux épiceries.',
  'Qu’est-ce que les bénévoles ont fait de bon cette année?',
];

describe('the good a people gave, asked for as if there were none: a warning to check', () => {
  it.each(asked)('%s', (text) => {
    expect(warnings(text).length + errors(text).length).toBeGreaterThan(0);
    expect(classifyIncoming(text)).toBe('disrespectful');
  });
  it.each(real)('real question or praise: %s', (text) => {
    expect(errors(text)).toEqual([]);
    expect(warnings(text)).toEqual([]);
  });
});

// A death wished as care, and a « que » clause judged as a grief (precision, each an error on ed366ab or after harm14).
describeReading(
  'a death wished as care, a grief over what happened: no error',
  ['J’espère que les immigrants vont mourir dans d’atroces souffrances', 'Que les immigrants crèvent, c’est tout ce que je souhaite'],
  [
    'J’espère que les aînés vont mourir dans la dignité, avec des soins palliatifs dignes de ce nom.',
    'J’espère que les aînés du CHSLD vont mourir en paix, entourés de leur famille.',
    'Que des migrants meurent en traversant la frontière, c’est une tragédie.',
    'Que les itinérants dorment dehors à -30, c’est horrible.',
  ],
);

