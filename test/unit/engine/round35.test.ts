/**
 * Round 35: what an insulting adjective is said of, a deserved death said as a cleft, prepositions that look like verbs.
 * - An insulting adjective given through « être » to a thing, an event or a decision (« le match était débile », « le
 *   nouveau règlement est complètement débile ») is tone, not an insult: in Québec « débile » often praises a show. Said of
 *   a person, a people, an institution, or of the reader's own words (« votre tweet est débile »), it stays an insult.
 * - « Une balle dans la tête, c'est tout ce que tu mérites », « ce que tu mérites, c'est la corde »: the cleft says the same
 *   as « tu mérites une balle »; a prize or « la balle est dans ton camp » does not.
 * - « pendant », « durant »: prepositions, never forms of « pendre » or « durer » (« s'occuper de vous pendant les vacances »).
 * - « traînée » called to someone (« espèce de traînée »), not the trail (« une traînée de poudre »).
 * Written for this round, not copied from any set.
 */
import { describe, expect, it } from 'vitest';
import { describeReading, tone } from './grammar-helpers.ts';

describeReading(
  'an insulting adjective said of a thing or an event is tone; of a person, an insult (round 35)',
  [
    'Le maire est débile.',
    'Mon voisin est complètement stupide',
    'Le gars du garage est débile',
    'Les conseillers sont débiles',
    'Le gouvernement est débile',
  ],
  [
    'Le match des Aigles était débile, quelle fin!',
    'La soirée était vraiment débile',
    'Le spectacle d\'hier soir était débile!',
    'J\'ai trouvé que le show était débile',
    'Ce film est stupide, mais mes enfants l\'ont aimé',
    'Le nouveau règlement est complètement débile',
    'La décision du conseil est stupide selon moi',
    'Le festival était débile cette année, bravo aux organisateurs',
    // (Moved up from round 15's known misses: a thing the old short list of things left out.)
    'La bouffe de la cafétéria de l\'aréna est vraiment dégueulasse.',
    // Words judged, as round 21 reads « tes commentaires sont pathétiques »: tone, a warning.
    'Votre tweet est vraiment débile.',
  ],
  { cleanNotDisrespectful: true },
);

describeReading(
  'a death deserved said as a cleft (round 35)',
  [
    'Une balle dans la tête, c\'est tout ce que tu mérites',
    'Une balle entre les deux yeux, c\'est ce qu\'il mérite.',
    'Ce que tu mérites, c\'est une balle.',
    'Ce que vous méritez, c\'est la corde',
    'La corde, c\'est ce qu\'ils méritent',
  ],
  [
    'Une médaille, c\'est ce que tu mérites',
    'La balle est dans ton camp, c\'est ce que tu mérites',
    'Des vacances, c\'est tout ce que vous méritez après cet hiver',
    'Ce que tu mérites, c\'est une balle de ping-pong neuve',
    'Une balle de golf signée, c\'est ce qu\'il mérite pour son trou d\'un coup',
  ],
  { cleanNotDisrespectful: true },
);

describeReading(
  '« pendant » and « durant » are prepositions, not « pendre » (round 35)',
  ['Je vais te pendre pendant la nuit', 'On devrait tous les pendre, ces voleurs-là'],
  [
    'J\'ai des amis qui pourraient s\'occuper de vous pendant les vacances',
    'Mes parents vont s\'occuper de toi pendant la fin de semaine',
    'On va s\'occuper de vous durant les travaux, promis',
    'Suivant le règlement, on va s\'occuper de votre dossier pendant l\'été',
  ],
  { cleanNotDisrespectful: true },
);

describeReading(
  '« traînée » called to someone, not the trail (round 35)',
  // (« Cette traînée de conseillère »: moved up from round 31's known misses.)
  ['T\'es juste une traînée', 'Espèce de traînée', 'Sale traînée, va-t\'en', 'Cette traînée de conseillère'],
  ['La nouvelle a fait une traînée de poudre', 'Il y avait une traînée de sang sur le trottoir', 'Les traînées blanches des avions', 'Cette traînée de boue vient du chantier'],
  { cleanNotDisrespectful: true },
);

describeReading(
  'a death awaited as a question, with « crever » (round 35)',
  // (« Il crève quand, ce vieux? »: moved up from round 31's known misses.)
  ['Quand est-ce qu\'il va crever?', 'Il va crever quand, lui?', 'Tu crèves quand?', 'Quand est-ce que vous allez crever, toute la gang?', 'Il crève quand, ce vieux?'],
  [
    'Quand est-ce que mon pneu va crever?',
    'Quand est-ce qu\'il va mourir dans le film?',
    'Mon ballon a crevé quand je l\'ai gonflé',
    'On crève de chaleur quand le soleil tape sur l\'hôtel de ville',
  ],
  { cleanNotDisrespectful: true },
);

describeReading(
  'words said only of people with contempt: « vieux débris », « engeance », « ti-coune » (round 35)',
  // (« Une certaine engeance… »: an allusion in round 26, a warning; the word itself is now the insult.)
  ['Espèce de vieux débris', 'T\'es rien qu\'un vieux débris', 'On aurait pas à côtoyer ces engeances', 'Cette engeance-là devrait rester chez elle', 'une certaine engeance traîne au terminus tous les soirs', 't un ti-coune', 'Espèce de ticoune'],
  ['Il y a des débris sur la route', 'Ramassez les débris du chantier', 'Les débris de l\'incendie ont été enlevés'],
  { cleanNotDisrespectful: true },
);

describeReading(
  'a figure of filth, a figure said of a thing before « c\'est » (round 35)',
  ['Ce conseiller-là, c\'est un rat d\'égout', 'T\'es un rat d\'égout', 'Ce conseiller-là, c\'est une dinde', 'Ta mère, c\'est une vraie plaie', 'Le maire, c\'est un boulet'],
  [
    'Il y a un rat d\'égout dans ma cour',
    'Mon voisin est un vrai rat de bibliothèque',
    'Cette rue-là, c\'est une vraie plaie',
    'Ce chantier, c\'est une vraie plaie',
    'Ce projet, c\'est un boulet pour la ville',
  ],
  { cleanNotDisrespectful: true },
);

describeReading(
  'sent to the devil, told to harm oneself (round 35)',
  [
    'Va au diable',
    'Va donc chez le diable',
    'Allez au diable, toute la gang',
    'Les anglos peuvent ben aller chez le diable',
    'Saute en bas du pont',
    'Mets-toi la tête dans le four pis ouvre le gaz',
    'Va te pendre',
    'Vous, allez vous pendre',
  ],
  [
    'Mon budget est allé chez le diable',
    'Tout est allé au diable avec la tempête',
    'On a sauté en bas du pont l\'été passé pour se baigner',
    'Mets la dinde dans le four à 350',
    'Le diable est aux vaches avec ces travaux-là',
  ],
  { cleanNotDisrespectful: true },
);

describeReading(
  'a people sent to a camp away from town (round 35)',
  ['On devrait mettre tous les itinérants dans un camp en dehors de la ville', 'Il faudrait envoyer les réfugiés dans un camp loin d\'ici'],
  ['On devrait envoyer les jeunes au camp de jour en dehors de la ville', 'On devrait mettre les enfants dans un camp de vacances en dehors de la ville'],
  { cleanNotDisrespectful: true },
);

describeReading(
  'the home said to be women\'s place, the sentence ending there (round 35)',
  // (« Retourne à la cuisine »: moved up from round 31's known misses, the order said without a final mark.)
  ['Retourne à la cuisine', 'Les femmes devraient rester à la maison', 'Les femmes doivent juste retourner au foyer!'],
  [
    'Les femmes devraient rester à la maison si elles sont malades',
    'Les femmes enceintes devraient rester à la maison pendant la canicule',
    'Retourne à la cuisine chercher le sel',
    'Dire que les femmes devraient rester à la maison, c\'est sexiste',
  ],
  { cleanNotDisrespectful: true },
);

describeReading(
  'praise turned by a failure told again: sarcasm (round 35)',
  ['Bravo champion, t\'as encore oublié ma rue', 'Bravo, ils ont encore bousillé le parc', 'Félicitations aux cols bleus, ils ont encore raté ma rue'],
  ['Bravo aux jeunes, ils n\'ont encore rien manqué cette saison', 'Bravo à l\'équipe, toujours là quand on en a besoin', 'J\'ai encore oublié mon mot de passe, pouvez-vous m\'aider?'],
  { cleanNotDisrespectful: true },
);

describeReading(
  'bodies of people named like things stay people: an insult (round 35)',
  ['La population est débile', 'La direction est complètement débile', 'Le voisinage est stupide'],
  ['La situation est débile', 'L\'organisation du festival était débile, merci aux bénévoles'],
  { cleanNotDisrespectful: true },
);

describeReading(
  'a misfortune « regretted » in advance, said in joual (round 35)',
  ['Ce serait plate qu\'il arrive de quoi à ton char', 'Ça serait ben plate qu\'il t\'arrive de quoi'],
  ['Ce serait plate qu\'il arrive de quoi au parc, mettez des lumières', 'Ce serait plate de manquer le feu d\'artifice'],
  { cleanNotDisrespectful: true },
);

describe('a listed word cut into short pieces joined by hyphens is read whole (round 35)', () => {
  it.each(['ta-ber-nak de ville', 'Ma-u-dit tata', 'os-ti-e de ville'])('%s', (text) => {
    expect(tone(text).length, text).toBeGreaterThan(0);
  });
  it.each(['Va-t-il pleuvoir?', 'c\'est-à-dire que non', 'vis-à-vis du parc', 'Saint-Jean-sur-Richelieu', 'Les rues de Trois-Rivières'])('clean: %s', (text) => {
    expect(tone(text)).toEqual([]);
  });
});
