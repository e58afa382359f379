/**
 * Round 28 (prove28): hate phrased as an opinion or a « just asking » question. The burden of proof shifted to the reader
 * (« qu'on me prouve que les … sont pas … », « montrez-moi un seul … qui … »); a loaded label on a people with a « just
 * asking » tag (« … = voleurs? Juste une question »); the accusation anticipated (« c'est-tu raciste de dire que les … »,
 * « … sans se faire traiter de raciste »); « pourquoi nos taxes paieraient … » for people whose deserving is denied
 * (« du monde qui veulent même pas travailler »); a people confined to a task (« bons pour …, pas pour … »). Warnings
 * (« à vérifier »). The clean rows use the same frames for services, sincere questions, counter-speech and negation.
 * Written for this round, not copied from any set.
 */
import { describe, expect, it } from 'vitest';
import { describeReading, tone } from './grammar-helpers.ts';

describeReading(
  'hate phrased as an opinion or a « just asking » question (round 28): a warning and a disrespectful comment',
  [
    // The burden of proof shifted: prove the slight false, or name a single good one.
    'Qu\'on me prouve que les Arabes trichent pas sur le BS. J\'attends.',
    'Prouvez-moi que les musulmans respectent pas les femmes… vous pourrez pas',
    'prouve moi que les Roms volent pas, vas-y',
    'Qu\'on me prouve qu\'un seul réfugié a déjà payé une cenne d\'impôt',
    'Prouvez-moi qu\'une seule immigrante a travaillé pour vrai ici',
    'qu\'on me démontre que les gais sont pas des dangers pour les enfants',
    // A loaded label with a « just asking » tag.
    'Les Haïtiens des criminels? Je pose juste la question',
    'Les Roms volent plus que les autres? Je pose juste la question, on a le droit',
    // « = » read as the copula (round 29, stream.ts): the label in a note's shorthand.
    'Africains = voleurs? Juste une question 😇',
    'Juifs = menteurs? question honnête',
    'Mexicains = paresseux? Question sérieuse',
    // The accusation anticipated.
    'On peut-tu dire que les musulmans s\'intègrent mal sans se faire traiter de raciste?',
    'On a-tu le droit de dire que les Africains font trop de bruit sans se faire traiter de xénophobe?',
    'C\'est-tu mal de penser que les trans devraient se changer ailleurs',
    // Public money for people whose deserving is denied.
    // A people confined to a task.
    'Les Haïtiens sont juste bons à conduire des taxis, pas à soigner du monde',
  ],
  [
    // Proof asked of a slight (counter-speech), of a service, or of a good thing.
    'Qu\'on me prouve que les Arabes trichent sur le BS. Personne a de preuve.',
    'Prouvez-moi que les immigrants volent nos jobs, vous pourrez pas',
    'Qu\'on me prouve que le déneigement est pas fait sur ma rue, j\'ai des photos',
    'Montrez-moi un seul rapport qui dit que la piscine est sécuritaire',
    'Qu\'on me montre un seul endroit où le déneigement est fait',
    'Prouvez-moi que le budget est pas gaspillé',
    'Qu\'on me prouve qu\'un aîné a pas le droit de parler au conseil. Tout le monde a une voix.',
    'prouvez moi que les réfugiés travaillent pas, ils sont tous à l\'usine',
    // A just-asking tag on a sincere question.
    'Les réfugiés ont-ils accès à la clinique? Juste une question',
    'Les Haïtiens de la ville ont une association? Question honnête',
    'Le déneigement = retard? Juste une question',
    'Les musulmans ont leur cimetière? Je pose juste la question',
    // The accusation named as a fact, or a hardship.
    'C\'est raciste de dire que les Arabes trichent sur les permis.',
    'Est-ce raciste de dire que les Noirs subissent du profilage?',
    'C\'est-tu normal que le déneigement soit pas fait?',
    'Est-ce normal que les réfugiés attendent 2 ans pour un permis?',
    'On peut-tu dire que le service de déneigement est lent sans se faire traiter de chialeux?',
    'Dire que les musulmans sont des terroristes, c\'est se faire traiter de raciste avec raison.',
    // Taxes for a service, or for people without contempt.
    'Pourquoi mes taxes augmentent?',
    'Pourquoi mes taxes paieraient un stade que personne veut?',
    'Pourquoi on devrait payer des logements à du monde qui en ont besoin? Parce que c\'est humain.',
    'Pourquoi nos taxes paient les cours de francisation? Parce que ça aide tout le monde à travailler.',
    'Je comprends que mes taxes paient des logements pour les gens qui travaillent pas à cause d\'une blessure',
    // Good at something, no confinement.
    'Les Mexicains sont bons pour cuisiner, leurs tacos sont incroyables',
    'Les bénévoles sont bons pour organiser, pas pour compter l\'argent',
    'Les Philippines sont bonnes en soins infirmiers et en gestion',
    'Les immigrants sont bons pour l\'économie, pas pour les chiffres de ton patron raciste',
  ],
  { flaggedMayWarn: true },
);

// Built in this round, then cut for the size cap (+0,25 Ko gzip): the « just asking » tag on a label, the accusation
// foreseen, public money refused to people described as undeserving, a people confined to a task. Still missed (a fix makes these fail).
// Read since round 29 (hint.ts: the tag as its own sentence after the claim, prejudice asked about as a question).
describe('« just asking » read in round 29 (warnings)', () => {
  it.each([
      'C\'est-tu raciste de dire que les Arabes trichent sur les permis?',
      'Est-ce homophobe de trouver que les gais exagèrent avec leur parade?',
  ])('%s', (text) => expect(tone(text).length).toBeGreaterThan(0));
});

describe('opinions and « just asking » still missed (round 28, cut for size)', () => {
  it.fails.each([
      'Est-ce que c\'est méchant de penser que les Haïtiens devraient rester chez eux?',
      'Pourquoi mes taxes paieraient l\'épicerie de gens qui veulent même pas travailler?',
      'Pourquoi on devrait payer des logements à du monde qui ont jamais travaillé?',
      'pourquoi nos impôts financeraient des cours à du monde qui veulent pas s\'intégrer',
      'Pourquoi faudrait payer le loyer à des gens qui ont jamais rien fait de leur vie?',
      'Les Mexicains sont bons pour ramasser des patates, pas pour gérer une business.',
      'les Philippines sont bonnes pour garder des enfants, pas pour enseigner',
      'Mon point c\'est que les Africains sont bons pour le ménage, pas pour diriger',
  ])('%s', (text) => expect(tone(text).length).toBeGreaterThan(0));
});
