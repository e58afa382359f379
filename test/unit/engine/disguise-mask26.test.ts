/**
 * Session 18 (masks): a word masked whole, after its first letter (« c***** ») or between its first and last
 * (« m*******s »), is a word the writer knew offends. The tokeniser keeps the masks in the word (tokens.ts); the lists
 * read it when a listed insult fits, a slur only when nothing else does (disguise.ts); where many of the grammar's
 * words fit, the place decides (stream.ts `maskedByPlace`, near.ts `unmaskAs`): after « sont des », « t'es un »,
 * « gang de » what is said of people, after a plural determiner a people. Clean: masks that hide no word (a name kept
 * private after a title, a noun hidden for tone after a determiner), stars that rate or mark emphasis. Written for
 * this round, not copied from any set.
 *
 * A word without the vowels between its first and last letters (« mslmns », « immgrnts », « prsts »: near.ts
 * `longSkeletonOf`) is the one long word of the grammar or the lists with that skeleton. Clean: texting abbreviations,
 * acronyms, and French words with three consonants inside (« ample », « arbre », « entre »).
 */
import { describeReading } from './grammar-helpers.ts';

describeReading(
  'a word masked whole (session 18): flagged and a disrespectful comment',
  [
    'T’es juste un c***** pis tout le monde le sait',
    'Gang de c****, réparez la rue au lieu de jaser',
    'Le conseiller du district est un c** fini',
    'vous êtes des t****s au 311',
    'Les m*******s dehors, on en veut pas',
    'Les immigrés du Cap sont des p*******s',
    'les r******s, des p*******s qui vivent sur notre dos',
    'Les n***** du Cap volent tout ce qui traîne',
    'Une gang de c*****s au conseil municipal',
    'Les vieux au volant sont des i******s',
    'La mairesse est une c*****e pis une menteuse',
    'Fermez-la, bande de m*****s',
  ],
  [
    'Mme T******* a répondu à ma plainte, merci',
    'M. L******* du 311 a été très gentil',
    'C’est la p******e fois que le bac est oublié.',
    'Une c******e d’eau a éclaté sur la rue des Forges.',
    'Service ***** à la bibliothèque, bravo',
    '**Important** : la piscine ferme à 20 h',
    'Le plan B* est affiché à l’entrée',
    'Mot de passe oublié ? Écrivez au 311',
    'Les immigrés du Cap sont des voisins comme les autres',
    'Les vieux au volant font attention l’hiver',
    'Les nouveaux arrivants sont des bénévoles précieux',
    'Les résultats du vote *** seront publiés lundi',
  ],
  { flaggedMayWarn: true, cleanNotDisrespectful: true },
);

describeReading(
  'a long word without its vowels (session 18): flagged and a disrespectful comment',
  [
    'Les mslmns sont des parasites',
    'Les immigrés sont des prsts pis des vlrs',
    'Je déteste les immgrnts, dehors',
    'les réfugiés du Cap, des crmnls',
    'Les musulmans sont tous des trrrsts',
    'Les trans sont des dégénérés pis des mlds',
  ],
  [
    'tjrs en retard le bus 12, svp réglez ça',
    'Merci bcp pour le déneigement, c’est apprécié',
    'Le CHSLD Cooke cherche des bénévoles',
    'La STTR ajoute un départ le samedi matin',
    'Un arbre est tombé sur la rue, c’est ample de place pour passer entre',
    'La CNESST a inspecté le chantier de la rue des Forges',
  ],
  { flaggedMayWarn: true, cleanNotDisrespectful: true },
);
