/**
 * Attitudes, feelings and attributes said WITHOUT the usual « je + verbe + les … » clause (round 11): a feeling
 * said by a participle or a noun with no subject (« Écœuré par tous les … », « Profond mépris pour les … »), a
 * feeling noun after a support verb (« j’ai un manque total de respect envers les … »), respect withheld
 * (« je refuse d’accorder le moindre respect à … », « n’ont droit à aucun respect »), being fed up with a
 * people around us, too many of a people where we live, superlatives of worth stated as fact (« le peuple le
 * plus … au monde », « de loin les plus … ») and profanity glued to a people (« maudite gang de … »). Half
 * standard written French, half Québec; each class has clean counterparts in the same register. Written by hand.
 */
import { describeKnownMisses, describeReading } from './grammar-helpers.ts';

const classes: Record<string, { hateful: string[]; clean: string[] }> = {
  'a feeling said by a participle with no subject, opening the sentence': {
    hateful: [
      'Écœuré par tous les immigrants du coin.',
      'Tannée de ces musulmans qui envahissent le quartier.',
      'Dégoûté des Noirs de mon quartier.',
      'Écœurée de voir des Arabes partout.',
      'Complètement écœuré des autochtones.',
      'Tanné des Haïtiens pis de leur bruit.',
      'Horrifiée par tous ces gais dans la rue.',
      'Révolté par la présence des musulmans dans nos écoles.',
      'Las de ces immigrants qui profitent du système.',
    ],
    clean: [
      'Écœuré par tous les cônes orange du coin.',
      'Tannée de ces travaux qui n’en finissent plus.',
      'Dégoûté des propos racistes contre les Noirs.',
      'Écœurée de voir des gens insulter les Arabes partout.',
      'Touchée par l’accueil des immigrants du coin.',
      'Fatigue des immigrants après un long voyage.',
      'Révolte des Patriotes en 1837.',
      'Tannée de voir des immigrants se faire insulter.',
      'Écœurés par la violence, les immigrants quittent le quartier.',
      'Outré par les propos contre les Juifs.',
      'Il est écœuré par les immigrants, selon lui.',
    ],
  },
  'a feeling said by a noun after a support verb': {
    hateful: [
      'J’éprouve un profond mépris pour les immigrants.',
      'Je ressens un dégoût total envers les musulmans.',
      'J’ai un profond mépris pour les Noirs.',
      'J’ai aucune estime pour les femmes.',
      'Je n’ai aucun respect pour les autochtones.',
      'J’ai un manque total de respect envers les Juifs.',
      'Je ressens une haine profonde pour les Arabes.',
      'J’éprouve de la répulsion pour les trans.',
      'J’ai que du mépris pour les gais.',
      'Je n’éprouve que du dégoût envers les Haïtiens.',
      'Mon mépris pour les musulmans n’a pas de limite.',
      'Je nourris une vraie aversion pour les immigrants.',
    ],
    clean: [
      'J’éprouve un profond respect pour les immigrants.',
      'Je ressens beaucoup d’admiration envers les musulmans.',
      'J’ai un profond mépris pour ceux qui insultent les Noirs.',
      'J’ai beaucoup d’estime pour les femmes.',
      'Je n’ai aucun mépris pour les autochtones.',
      'Mon mépris pour le racisme n’a pas de limite.',
      'J’ai constaté un manque de respect envers les Juifs.',
    ],
  },
  'respect or rights refused': {
    hateful: [
      'Je refuse d’accorder le moindre respect à ces immigrants.',
      'Je refuse de respecter les musulmans.',
      'Les Noirs ne méritent aucune considération.',
      'Les femmes ne méritent pas le moindre respect.',
      'Ces Arabes méritent aucun respect.',
      'Les autochtones ne méritent aucun égard.',
      'Pas question que je respecte les trans.',
      'Jamais j’accorderai mon respect à un Juif.',
      'Les gais n’ont droit à aucun respect.',
    ],
    clean: [
      'Je refuse d’accorder le moindre crédit aux racistes.',
      'Les immigrants méritent toute notre considération.',
      'Les femmes méritent le respect.',
      'Les gais ont droit au respect.',
      'J’accorde beaucoup de respect aux immigrants.',
      'Je ne refuse pas d’accorder mon respect aux immigrants.',
      'Je n’ai jamais refusé de respecter les musulmans.',
    ],
  },
  'fed up with a people around us': {
    hateful: [
      'J’en ai ras le bol d’être entourée de musulmans.',
      'J’en ai marre de vivre à côté d’immigrants.',
      'J’en ai plein le casque de croiser des Noirs partout.',
      'Je suis tanné de voir des Arabes partout.',
      'J’en ai assez de devoir côtoyer des Juifs.',
      'Ras le bol de vivre entouré d’autochtones.',
      'Marre de croiser des trans à chaque coin de rue.',
      'J’en peux plus de vivre avec des Haïtiens autour de moi.',
      'J’suis écœuré d’habiter à côté des immigrants.',
      'Ça me pue au nez de voir des musulmans partout.',
    ],
    clean: [
      'J’en ai marre des nids-de-poule partout.',
      'J’en ai plein le casque du déneigement.',
      'J’en ai ras le bol d’entendre des insultes contre les musulmans.',
      'Je suis content de vivre à côté d’immigrants.',
      'J’adore croiser des gens de partout dans le quartier.',
      'Ras le bol des préjugés contre les autochtones.',
    ],
  },
  'too many of a people where we live': {
    hateful: [
      'Il y a beaucoup trop d’immigrants dans ce pays.',
      'Y a trop de musulmans ici.',
      'Beaucoup trop de Noirs en ville.',
      'Il y a bien trop d’Arabes au Québec.',
      'Y’a ben trop d’immigrants à Trois-Rivières.',
      'Trop de Juifs dans ce quartier.',
      'Il y a trop de trans partout.',
      'On a beaucoup trop de musulmans au Canada.',
    ],
    clean: [
      'Il y a beaucoup trop de voitures dans ce quartier.',
      'Y a trop de nids-de-poule ici.',
      'Il y a trop peu d’immigrants dans la fonction publique.',
      'Il n’y a jamais trop d’immigrants pour combler les emplois.',
      'Y a beaucoup de Haïtiens à Montréal.',
      'Il y a trop de racisme envers les musulmans.',
      'Trop de femmes qui meurent sous les coups.',
      'Trop de femmes dans la pauvreté.',
      'Trop de femmes en détresse.',
      'Je connais trop de musulmans pour croire ça.',
      'Trop d’enfants dans la rue.',
      'Dire qu’il y a trop d’immigrants ici, c’est raciste.',
    ],
  },
  'superlatives of worth stated as fact': {
    hateful: [
      'Les immigrants sont les gens les plus stupides de la planète.',
      'Les musulmans sont les pires personnes du monde.',
      'Les Noirs sont les êtres les plus paresseux qui existent.',
      'Les femmes sont les créatures les plus idiotes de la terre.',
      'Les Juifs sont le peuple le plus malhonnête au monde.',
      'Les autochtones, c’est le monde le plus cave du pays.',
      'Les Arabes sont la race la plus inutile qui soit.',
      'Les gais sont les personnes les plus dégoûtantes que je connaisse.',
      'Y a pas plus stupide qu’un immigrant.',
      'Rien de plus stupide qu’un musulman.',
    ],
    clean: [
      'Les immigrants sont les gens les plus accueillants de la planète.',
      'Les musulmans sont les meilleurs voisins du monde.',
      'Les bénévoles sont les gens les plus généreux qui existent.',
      'Rien de plus beau qu’un quartier diversifié.',
      'Les Haïtiens sont la communauté la plus dynamique de la ville.',
      'Les immigrants sont le peuple le plus travaillant.',
      'Les Juifs sont le peuple le plus persécuté de l’histoire.',
      'Les immigrants sont les gens les plus malades de la ville.',
    ],
  },
  'profanity glued to a people': {
    hateful: [
      'Ces câlisses d’immigrants.',
      'Les musulmans de marde.',
      'Fuck les Noirs.',
      'Maudits Arabes.',
      'Ces tabarnaks de Juifs nous volent.',
      'Gang de crisses d’autochtones.',
      'Les osties de trans.',
      'Ces maudites féministes.',
      'Mange de la marde, gang d’immigrants.',
      'Les Haïtiens, une gang de calices.',
      'Maudite gang de musulmans.',
    ],
    clean: [
      'Une gang de musulmans est venue au parc.',
      'Honte aux racistes.',
    ],
  },
  'feelings without a verb': {
    hateful: [
      'Tous ces immigrants me lèvent le cœur.',
      'Honte aux Noirs.',
      'Dégoût total pour les Arabes.',
      'Aucun respect pour les Juifs.',
      'Zéro respect pour les femmes.',
      'Mépris total envers les autochtones.',
      'Que du mépris pour ces trans.',
      'À bas les immigrants.',
    ],
    clean: [
      'Aucun respect pour les chauffards.',
      'Zéro tolérance pour le racisme envers les Noirs.',
      'Tous ces immigrants me rendent fier de ma ville.',
      'Quelle belle fête, tous ces musulmans réunis.',
      'Profond respect pour les autochtones.',
      'Honte à ceux qui insultent les immigrants.',
    ],
  },
};

for (const [title, { hateful, clean }] of Object.entries(classes)) describeReading(title, hateful, clean);

// Not read yet: a restricted group after a bare participle, « y en a trop, des … », a superlative of place
// (« ce qu’il y a de plus bas »), contempt for all that concerns them, an exclamation set out before the group.
describeKnownMisses([
  'Le pays compte beaucoup trop d’immigrants.',
  'Fatigué de ces Juifs qui se plaignent tout le temps.',
  'Y en a trop, des Haïtiens, à Montréal.',
  'Les trans sont ce qu’il y a de plus bas sur terre.',
  'Je méprise profondément tout ce qui touche aux immigrants.',
  'Quelle honte, tous ces musulmans.',
], []);
