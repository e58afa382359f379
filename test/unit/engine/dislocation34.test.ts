/**
 * Round 34: a name set at the end of a sentence, after what is said of the person (« il a rien compris, le cave »), the way
 * real comments take someone up again, and a figure made someone's name by « de » (« ce déchet de maire »).
 * - A negation before the name belongs to the verb (« il écoute jamais, ce con »); only a negated « être » denies the name
 *   (« vous n'êtes pas les idiots du village »).
 * - « ce cave » (masculine) is the insult; « cette cave », « ces caves à vin » stay the cellar.
 * - A figure no thing is called in the singular (« cette ordure », « cette pourriture ») set after a clause about someone
 *   (il, elle, le, la) takes that someone up; an impersonal « il faut » names no one.
 * - A figure before « de » and a person (« cette ordure de voisin », « ce clown de conseiller ») calls the person so; a
 *   compound noun does not (« un rat de bibliothèque », « un cochon de lait »).
 * Written for this round, not copied from any set.
 */
import { describeReading } from './grammar-helpers.ts';

describeReading(
  'a name after a negated verb still calls someone (round 34)',
  [
    'Elle a encore rien compris la conne.',
    'Il comprend rien cet abruti.',
    'Y écoute jamais personne ce con-là',
    'N\'écoutez pas ces imbéciles.',
    'Il a pas encore répondu l\'idiot',
    'Il ne faut jamais croire ce crétin.',
  ],
  [
    'Vous n\'êtes pas les idiots du village.',
    'Ce n\'est pas la conne que tu penses.',
    'Je n\'ai pas traité le maire de con.',
    'Il n\'y a pas de cons ici.',
    'On ne laisse pas la cave ouverte l\'hiver.',
  ],
  { cleanNotDisrespectful: true },
);

describeReading(
  '« ce cave » is the insult, « cette cave » the cellar (round 34)',
  ['Il m\'énerve ce cave.', 'Y comprend rien ce cave-là', 'Regarde-moi donc ce cave qui se stationne sur le trottoir'],
  ['Cette cave est humide.', 'On a visité ces caves à vin.', 'La cave de la bibliothèque a été inondée.', 'Dans cette cave, on garde les archives.'],
  { cleanNotDisrespectful: true },
);

describeReading(
  'a figure set after a clause about someone takes that someone up (round 34)',
  [
    'On devrait l\'enfermer, cette pourriture.',
    'Il a encore menti cette ordure-là.',
    'Elle nous a volés, cette charogne',
    'Qu\'on le sorte de la ville, cette vermine',
    'Y s\'est encore présenté au conseil, cette ordure.',
  ],
  [
    'Il faut ramasser cette ordure.',
    'Il y a une ordure sur le trottoir devant chez nous.',
    'Y a encore cette ordure.',
    'Le fumier, c\'est bon pour le jardin.',
    'Il l\'a attrapé, ce parasite.',
    'Les ordures sont ramassées le jeudi.',
  ],
  { cleanNotDisrespectful: true },
);

describeReading(
  'a figure before « de » and a person calls the person so (round 34)',
  [
    'Ce déchet de maire nous ment encore.',
    'Cette ordure de voisin a empoisonné mon chat.',
    'Ce porc de conseiller.',
    'Ce clown de maire pense juste à sa réélection',
    'Maudit rat de fonctionnaire',
  ],
  [
    'Un rat de bibliothèque comme moi adore ce local.',
    'Le cochon de lait était délicieux au méchoui.',
    'La vache de mon voisin s\'est sauvée.',
    'Ce rat de ruelle a rongé les fils.',
    'Le clown de la fête a fait rire les enfants.',
    // A figure said of a pet or a thing insults no one.
    'Mon chien est une vraie vache, y dort toute la journée.',
    'Mon char est un vrai cochon sur l\'essence',
  ],
  { cleanNotDisrespectful: true },
);

describeReading(
  'suffering wished in the subjunctive or on « tous »; a « pas » after the verb denies the wish (round 34)',
  [
    'J\'espère qu\'il souffre',
    'Je souhaite qu\'elle souffre autant que nous',
    'J\'espère qu\'ils vont tous crever',
    'J\'espère qu\'elles vont toutes souffrir',
    'Je souhaite qu\'ils meurent tous',
  ],
  [
    'J\'espère qu\'il souffre pas trop',
    'J\'espère qu\'il crève pas de froid dehors, le pauvre',
    'J\'espère qu\'ils souffrent pas du froid au refuge',
    'J\'espère qu\'elle souffre moins aujourd\'hui',
    'J\'espère qu\'il va se remettre vite',
  ],
  { cleanNotDisrespectful: true },
);

describeReading(
  '« le pauvre » set after what happens to someone is pity for that one, not the poor as a group (round 34)',
  ['Dehors les pauvres', 'Dehors, les BS!', 'Les pauvres, dehors de notre quartier'],
  ['Il dort dehors, le pauvre.', 'Elle passe la nuit dehors, la pauvre', 'Le pauvre, il dort dehors depuis lundi.', 'Il a gelé dehors toute la nuit, le vieux.'],
  { cleanNotDisrespectful: true },
);

describeReading(
  'an oath, even softened, glued by « de » to a person or a role calls that person a name (round 34)',
  ['Mautadit de maire', 'Calvinse de police', 'Tabarouette de conseiller qui répond jamais', 'Mautadits de fonctionnaires', 'C\'est la faute à ce maudit de chauffeur'],
  ['Tabarouette de belle journée!', 'Le calvaire de ma voisine a duré des mois.', 'Franchement, de monde au parc aujourd\'hui!', 'Lol de gars, il a gagné le concours', 'Mautadit que c\'est beau, le nouveau parc'],
  { cleanNotDisrespectful: true },
);

describeReading(
  '« fini » after the name intensifies it (round 34)',
  ['T\'es un cave fini', 'Le maire est un épais fini', 'C\'est un épais fini, ce gars-là'],
  ['On a une cave finie au sous-sol.', 'Les travaux sont finis depuis lundi.', 'C\'est une cave finie, avec un plancher chauffant.'],
  { cleanNotDisrespectful: true },
);

describeReading(
  'the meeting awaited and others sent are threats; a friend\'s help and a reunion are not (round 34)',
  ['Attends que je te croise au Walmart', 'Attends que je t\'attrape, toi', 'Je connais du monde qui pourrait s\'occuper de toi', 'J\'ai des gars qui vont s\'occuper de ton cas'],
  ['Attends que je te montre la nouvelle piscine!', 'Attends que je te revoie, ça fait longtemps!', 'Attends que je te trouve une place au soccer', 'Du monde qui s\'occupe de vous, c\'est ça le service'],
  { cleanNotDisrespectful: true },
);

describeReading(
  'a recovery wished is warmth, not a doubt; « se remettre à » (to start again) is no recovery (round 34)',
  ['J\'espère que le maire va crever de sa grippe', 'J\'espère que les immigrants vont se remettre à travailler au lieu de vivre sur notre dos'],
  ['J\'espère que le maire va se remettre vite de sa grippe', 'J\'espère qu\'il va se rétablir vite, le pauvre conseiller', 'Prompt rétablissement au conseiller Dupont!'],
  { cleanNotDisrespectful: true, flaggedMayWarn: true },
);

describeReading(
  '« aller » before a reflexive infinitive is going to do, not being sent home (round 34)',
  ['J\'espère qu\'ils vont retourner chez eux, les immigrants', 'J\'espère qu\'ils vont s\'en retourner chez eux, les réfugiés', 'Qu\'ils retournent chez eux, les réfugiés'],
  ['On espère que les réfugiés vont se sentir chez eux à Trois-Rivières', 'On espère qu\'ils vont se sentir chez eux ici', 'Les nouveaux arrivants vont se bâtir une vie chez nous'],
  { cleanNotDisrespectful: true },
);
