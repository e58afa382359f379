/**
 * Round 23 (emotion): the group's effect on the speaker with the subject carried past a complement
 * (« les … du conseil me donnent la nausée »), the speaker's disgust at the mere sight of a people
 * (« rien qu'à voir des … j'ai envie de vomir », « plus je vois de …, plus ma haine monte »), and a group
 * set first, then the speaker's feeling with no object (« Les …, j'ai un dégoût que… »). Each with clean
 * counterparts written the same way. Written for this round, not copied from any set.
 */
import { describeReading } from './grammar-helpers.ts';

describeReading(
  'emotion toward a group (round 23): an error and a disrespectful comment',
  [
    // A. The subject carried past a complement.
    'Les féministes du comité de quartier me donnent la nausée',
    'les musulmans de Trois-Rivières me dégoûtent en maudit',
    'Les immigrants du Cap me donnent envie de vomir 🤮',
    'les Haïtiens de la rue Bellefeuille m\'écœurent',
    'Les autochtones des réserves me répugnent, point',
    'les BS du bloc d\'en face me font vomir',
    'Les Arabes du dépanneur me lèvent le cœur',
    'les juifs de Montréal me dégoûtent tous',
    // B. Disgust at the mere sight of a people.
    'Juste à voir des musulmanes à la caisse j\'ai envie de vomir',
    'rien qu\'à voir un Noir au Walmart j\'ai le sang qui bout',
    'Seulement à voir des Arabes au parc j\'ai envie de gerber',
    'juste à croiser des immigrants au centre d\'achat j\'ai la haine',
    'Plus je vois d\'Haïtiens au Maxi, plus ma haine monte',
    'plus je croise de musulmans en ville plus ma rage monte',
    'Rien qu\'à voir des autochtones au centre-ville, j\'ai le sang qui bout',
    'juste à voir une Chinoise au dépanneur j\'ai envie de vomir',
    // C. A group set first, then the feeling with no object.
    'Les Noirs, j\'ai un dégoût que je peux même pas expliquer',
    'les musulmans, j\'ai une haine profonde, c\'est viscéral',
    'Les immigrants, j\'ai un mépris total, je m\'en cache pas',
    'Les Juifs, j\'ai une aversion que personne peut comprendre',
    'les trans, j\'ai un dégoût physique',
    'Les Arabes, j\'ai la haine',
    'les Haïtiens j\'ai un dégoût incroyable',
    'Les autochtones, j\'ai que du mépris',
    'les homosexuels, j\'ai une répulsion naturelle',
  ],
  [
    // A. A thing, a person, what is done to them, the group as a complement.
    'Les décisions du conseil me donnent la nausée',
    'la situation des réfugiés du Soudan me lève le cœur',
    'le traitement des autochtones des réserves me dégoûte',
    'Les attaques contre les musulmans de Québec me dégoûtent',
    'les propos du maire sur les immigrants m\'écœurent',
    'Les odeurs de l\'usine du Cap me donnent envie de vomir',
    'les nids-de-poule de la rue Bellefeuille m\'écœurent',
    // B. Seeing what they suffer, seeing a thing, other feelings.
    'Juste à voir des enfants malades à l\'hôpital j\'ai envie de pleurer',
    'juste à voir des itinérants dormir dehors j\'ai le sang qui bout',
    'Seulement à voir des réfugiés se faire insulter j\'ai envie de vomir',
    'juste à voir le prix de l\'essence j\'ai envie de vomir',
    'Plus je vois de bénévoles au Centre Le Havre, plus mon respect monte',
    'plus je vois de racisme en ville plus ma rage monte',
    'rien qu\'à voir le maire à la télé j\'ai le sang qui bout',
    'juste à voir des musulmanes à la caisse j\'ai envie de les aider',
    // C. The feeling has another object, is someone else's, or is a good one.
    'Les Noirs, j\'ai un dégoût du racisme qu\'ils subissent',
    'les musulmans, j\'ai de la peine pour eux',
    'Les immigrants, j\'ai un respect total pour leur courage',
    'Le racisme envers les Juifs, j\'ai une aversion profonde',
    'les trans, ils ont un dégoût des commentaires haineux',
    'Les Arabes, j\'ai la haine de ceux qui les insultent',
    'les Haïtiens tués au séisme, j\'ai la rage',
    'Les autochtones, j\'ai que de l\'admiration',
    'Les lundis, j\'ai un dégoût que je peux pas expliquer',
    'les brocolis, j\'ai une haine profonde lol',
  ],
);
