/**
 * Round 20 (opinion): a claim about a people shielded as it is made. The speaker calls it a fact or a right before
 * anyone objects (« je dis juste ce que tout le monde pense », « j'ai le droit de le penser », « faites vos recherches »,
 * « sans me faire traiter de raciste », « c'est une constatation, pas du racisme »). The claim is disowned in advance
 * (« je dis pas que tous les … sont …, mais »). The speaker asks whether they are alone (« suis-je le seul à penser
 * que… », « c'tu juste moi ou… », « Juste moi ? »). A people's member is set in a place and judged by the sign
 * (« …, ça envoie un drôle de message », « normal ça ? »). Each of these is a warning to check. Clean counterparts:
 * the same markers without a people, counter-speech, and a sincere worry or news about a people. Written for this round.
 */
import { describeReading } from './grammar-helpers.ts';

describeReading(
  'a claim about a people shielded as fact or right, « juste moi », a sign judged (round 20): flagged, at least as a warning to check',
  [
    // the claim shielded as a fact or a right
    'Les Roms pis l\'honnêteté ça fait deux, je dis juste ce que tout le monde pense',
    'les Arabes conduisent tous mal, je fais juste dire ce que tout le monde pense',
    'Les musulmans veulent imposer leur loi. J\'ai le droit de le penser, on est en démocratie',
    'Une femme comme chef des pompiers ça marche pas. J\'ai bien le droit de le dire',
    'Les Haïtiens vivent tous sur le BS, faites vos recherches',
    'Les réfugiés coûtent une fortune. Faites vos recherches avant de chialer',
    'Les Autochtones boivent trop, c\'est une constatation, pas du racisme',
    'les Africains sont moins travaillants c\'est un constat pas du racisme',
    'Peut-on encore dire que les Chinois copient tout sans se faire traiter de raciste?',
    'J\'ai-tu le droit de dire que les Indiens sentent le curry sans me faire traiter de raciste?',
    'Est-ce que c\'est raciste de dire que les Arabes sont plus violents? C\'est juste la vérité',
    'Les Noirs pis la police c\'est toujours la même histoire, les statistiques parlent d\'elles-mêmes',
    'les immigrants pis le crime, les chiffres parlent d\'eux-mêmes',
    // the claim disowned in advance
    'Je dis pas que tous les musulmans sont dangereux, mais faut ouvrir les yeux',
    'je dis pas que tous les Mexicains sont des voleurs mais bon',
    'J\'ai jamais dit que tous les Juifs étaient riches, je dis juste qu\'ils s\'entraident pas mal',
    // alone in thinking it
    'Suis-je le seul à penser que les Haïtiens ont pas leur place dans la police?',
    'C\'tu juste moi ou les Africains sont de plus en plus nombreux au centre-ville?',
    'Les musulmanes voilées partout dans le Cap... Juste moi?',
    'Je m\'inquiète vraiment pour nos filles avec tous ces hommes d\'une certaine origine au parc',
    // a member set in a place, the sign judged
    'Une femme voilée comme prof de mes enfants, ça envoie un drôle de message',
    'Un policier avec un turban, ça envoie un mauvais message aux citoyens',
    'Deux lesbiennes comme profs de maternelle, normal ça? 🤔',
    'Des trans dans le vestiaire des femmes, normal ça?',
    'un Arabe à la réception du CLSC, c\'tu normal ça',
  ],
  [
    // the same markers without a people
    'Le déneigement dans mon rang ça fait pitié, je dis juste ce que tout le monde pense',
    'La Ville gaspille notre argent. J\'ai le droit de le penser, on est en démocratie',
    'Le pont Laviolette est dangereux, faites vos recherches',
    'Les taxes ont monté de 8 %, les chiffres parlent d\'eux-mêmes',
    'Suis-je le seul à penser que le stationnement au centre-ville est trop cher?',
    'C\'tu juste moi ou les nids-de-poule sont pires cette année?',
    'Les cônes orange partout sur des Forges... Juste moi?',
    'Fermer la bibliothèque le samedi, ça envoie un drôle de message aux familles',
    'Les bacs bruns ramassés aux deux semaines en été, normal ça?',
    'Des pistes cyclables sans déneigement, normal ça?',
    // counter-speech and denial
    'Dire que les Haïtiens vivent tous sur le BS, c\'est raciste, point',
    'C\'est raciste de dire que les Arabes sont violents',
    'Personne devrait se faire traiter de voleur juste parce qu\'il est mexicain',
    'Les statistiques parlent d\'elles-mêmes: les immigrants créent plus d\'entreprises',
    'Faites vos recherches: les réfugiés paient des taxes comme tout le monde',
    // a sincere worry, news or a welcome about a people
    'Une femme voilée à l\'accueil de l\'hôtel de ville, bienvenue Amira!',
    'Deux mamans ont gagné le concours de citrouilles, bravo!',
    'Les réfugiés dorment dans des roulottes l\'hiver, normal ça?',
    'Des aînés attendent 6 heures à l\'urgence, normal ça?',
    'Je suis la seule à trouver que les Haïtiens sont super accueillants? Merci à la communauté!',
    'Je dis pas que tous les immigrants sont pareils, chacun a son histoire',
    'Suis-je le seul à penser que les réfugiés méritent un meilleur accueil?',
    'Je dis pas que tous les policiers sont parfaits',
  ],
  { flaggedMayWarn: true, cleanNotDisrespectful: true },
);
