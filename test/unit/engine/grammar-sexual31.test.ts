/**
 * Round 31 (sexual remarks about people, sexual vulgarity, sexist put-downs; text/sexual.ts): a crude act on someone's body
 * part, a crude verb on a person named by a pronoun, genitals with a crude participle, a person on all fours, women drooled
 * over, women's wits and sports sneered at, the kitchen order. Clean counterparts share the surface: a cat, a kiss on the
 * hand, a baby at the breast, health, sex education, news, counter-speech, the community hall's kitchen.
 * Written for this round, not copied from any set.
 */
import { describeKnownMisses, describeReading } from './grammar-helpers.ts';

describeReading(
  'a crude act on a body part whose owner is named (a possessive, a dative pronoun)',
  [
    'Je lui lécherais bien la chatte, à la nouvelle conseillère',
    'jvais te bouffer les fesses ma belle',
    'J\'ai envie de téter tes seins',
    'j aimerais ben lécher tes boules',
    'Je lui pognerais bien les fesses, à la caissière du aréna',
    'On devrait lui défoncer le cul à celle-là',
    'Elle a dû lui sucer la queue pour avoir eu ce poste-là',
    'Va sucer des queues ailleurs',
  ],
  [
    'La chatte de ma voisine a eu des chatons',
    'Le bébé lui tète le sein toute la nuit',
    'On a mangé des moules au resto du port',
    'Les enfants font la queue pour la glissade',
    'J\'ai mangé ta queue de castor, désolé',
    'Le dépistage du cancer du sein est gratuit pour les femmes de 50 ans',
    'Mon chat lui lèche la main chaque matin',
    'Sa boule de crème glacée est tombée',
  ],
);

describeReading(
  'a crude verb on a person named by a pronoun, genitals with a crude participle, a person on all fours',
  [
    'La mairesse, je la baiserais bien',
    'Ta sœur, je l\'ai baisée hier',
    'jte baise quand tu veux',
    'Il a ken la secrétaire du DG',
    'Elle suce tout le monde pour avoir des contrats',
    'Elle a sûrement sucé le DG',
    'des chattes défoncées à la chaîne',
    'Je vais te prendre à quatre pattes',
    'Elle aime se faire prendre à quatre pattes, ça paraît',
  ],
  [
    'Il lui a fait un baiser sur la joue',
    'Le maire a baisé la main de la reine en 1987',
    'Le baiser d\'adieu était touchant',
    'La suce du bébé est tombée dans la flaque',
    'Mon gars suce encore son pouce',
    'Le bébé marche à quatre pattes dans le salon',
    'Ken a dit qu\'il viendrait à la réunion',
    'Le cours d\'éducation sexuelle parle du consentement',
    'Un homme a été accusé d\'agression sexuelle à Laval',
  ],
);

describeReading(
  'sexist put-downs: the kitchen order, a vice said feminine, a woman put down to her sex life',
  [
    'Retourne à la cuisine!',
    'retourne a la cuisine ma belle.',
    'Les femmes devraient retourner à la cuisine',
    'Typique de la stupidité féminine',
    'Encore de la connerie de bonne femme',
    'C\'est bien un caprice de bonne femme',
    'Tu vois le niveau ben bas des filles d\'aujourd\'hui',
    'Le QI des meufs est à zéro',
    'Le hockey féminin c\'est une vraie joke',
    'Surtout les teens du camp de jour 🤤',
    'Les gonzesses à la piscine municipale :bave: :bave:',
    'Elle est mal baisée, la mairesse',
    'une gang de mal-baisées',
  ],
  [
    'La cuisine de la salle communautaire est libre samedi',
    'Dire à une femme de retourner à la cuisine, c\'est sexiste',
    'Retournez à la cuisine du sous-sol pour le café',
    'Retourne à la cuisine chercher les chaises, svp',
    'Je suis retournée à la cuisine chercher du café',
    'La bêtise de ce règlement me dépasse',
    'Ma blonde fait une bonne tourtière',
  ],
);

describeReading(
  'clean beside women drooled over, their wits or sports',
  [],
  [
    'La poutine du casse-croûte 🤤',
    'Surtout les blondes de la microbrasserie 🤤',
    'Mon chien bave partout quand il voit les filles',
    'La ligue de hockey féminin cherche des bénévoles',
    'Le soccer féminin attire de plus en plus de monde',
    'L\'hystérie collective autour du match était drôle',
    'Le niveau de la rivière est bas cette semaine',
    'Ce n\'est pas un truc de filles, tout le monde peut jouer au hockey',
    'L\'hystérie féminine, c\'est un vieux diagnostic sexiste',
  ],
);


describeKnownMisses(
  [
    'L\'odeur de ta chatte me rend fou',
    'La greffière doit faire l\'étoile de mer au lit',
    'Typiquement le genre de fille qui aime se faire dominer',
    'Surtout les blondes :bave:',
    'Montre-nous tes boules',
    'Retournez à vos fourneaux madame',
    'Le niveau de la femme d\'aujourd\'hui est vraiment bas',
    'Encore de l\'hystérie féminine',
    'C\'est un truc de bonne femme, pleurer pour rien',
    'Jvais la fourrer ta blonde',
  ],
  [],
);
