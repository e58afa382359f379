/**
 * Round 19 (opinion): strong feeling toward a people and contempt put as a poll or a useless aid. A same-sex couple
 * shown tender (« deux gars s'embrasser ») stands for gay people in a feeling; sharing where we live with a people
 * (« partager ma ville avec des … ») is being among them; a feeling noun after « un / une » opening the sentence
 * (« Un dégoût profond pour ces … »); « à quoi ça sert de <faire> … pour les … ? »; a poll weighing a people as a
 * burden (« une richesse ou un fardeau ? »). Clean counterparts: tenderness welcomed, news, a thing, a condition
 * that blames the service, a poll with no burden. Written for this round.
 */
import { describeReading } from './grammar-helpers.ts';

describeReading(
  'strong feeling toward a people, polls and useless aid (round 19): flagged, at least as a warning to check',
  [
    // a same-sex couple in a feeling of disgust
    'Ça me lève le cœur de voir deux gars se becquer au parc Pie-XII',
    'ça me dégoûte de voir deux filles s\'embrasser devant mes enfants 🤮',
    'Voir deux femmes se tenir la main au Walmart me donne la nausée',
    'Deux hommes ensemble, c\'est dégueulasse',
    'ça m\'écœure de voir deux gars se frencher dans l\'autobus',
    'Deux gars qui s\'embrassent, ça me lève le cœur',
    'Deux filles ensemble, c\'est contre nature',
    'Deux hommes ensemble ça me donne envie de vomir',
    // sharing where we live with them
    'J\'ai honte de partager mon quartier avec des Haïtiens',
    'chu tanné de partager ma rue avec des Arabes',
    'je déteste partager mon bloc avec des Indiens',
    'J\'en ai marre de partager ma ville avec des musulmans, ça me lève le cœur',
    'j\'ai honte de partager mon pays avec des Juifs',
    'Écœuré de partager mon quartier avec des Africains',
    // a feeling noun after « un / une », opening the sentence, pointed at
    'Un mépris total pour ces BS du centre-ville',
    'Un dégoût viscéral pour ces Roms',
    'Un profond dégoût pour ces Arabes',
    // useless aid for them
    'À quoi ça sert de bâtir des logements pour les itinérants? Y vont tout briser',
    'ça sert à quoi de payer des cours de français aux immigrants',
    'À quoi ça sert de dépenser des millions pour des autistes',
    'à quoi sert d\'ouvrir une garderie pour les Haïtiens',
    'À quoi ça sert de construire une mosquée pour les musulmans, sérieux?',
    'Ça sert à quoi de donner des jobs aux réfugiés?',
    'À quoi ça sert d\'investir autant pour les Autochtones?',
    'à quoi ça sert de faire des rampes pour les handicapés',
    // a poll weighing a people as a burden
    'Les réfugiés : une chance ou une menace?',
    'SONDAGE les Haïtiens, une richesse ou un fardeau pour la ville?',
    'les musulmans, un atout ou un danger? votez 👇',
    'Les immigrants, un bienfait ou une plaie pour le Québec?',
    'Les femmes au volant, danger public oui ou non? 😂',
    'Les itinérants, une nuisance ou pas?',
    'Les trans, un problème ou pas? Votez',
    'Les Roms, une chance ou un fléau?',
    'Les Noirs, un danger ou non?',
    'Les BS, un boulet ou une chance pour la société?',
    'Les Autochtones, un fardeau ou une richesse?',
    'Les Chinois : une menace ou une chance pour nos jobs?',
  ],
  [
    // tenderness welcomed, news, another act
    'Ça me touche de voir deux gars s\'embrasser à leur mariage',
    'j\'ai vu deux filles s\'embrasser au parc, c\'était beau',
    'Deux hommes se sont mariés hier à l\'hôtel de ville',
    'Deux gars se sont battus devant le bar, ça me lève le cœur',
    'Voir deux femmes se tenir la main au CHSLD, c\'est touchant',
    'Deux femmes ensemble ont fondé la coop du quartier',
    'Deux gars ensemble ont réparé la clôture du parc, merci!',
    'Ça me lève le cœur de voir deux chiens se battre',
    // sharing where we live: pride, others, a thing
    'Je suis fier de partager ma ville avec des Haïtiens',
    'J\'ai honte de partager ma ville avec des racistes',
    'Content de partager mon quartier avec des familles syriennes',
    'J\'aime partager ma rue avec des Africains, on a du fun',
    'J\'ai honte de partager ma ville avec des gens qui insultent les réfugiés',
    'Heureux de partager mon bloc avec des étudiants',
    // a feeling noun: a headline, respect, a thing
    'Une haine profonde envers les Juifs au cœur du procès',
    'Un profond respect pour ces infirmières',
    'Un dégoût profond pour la corruption',
    'Un mépris total pour ces règlements absurdes',
    'Une grande admiration pour ces bénévoles',
    'Un dégoût total pour ceux qui insultent les immigrants',
    // useful aid asked, a condition blaming the service, not a people
    'ça sert à quoi d\'ouvrir une clinique pour les femmes si elle est fermée le soir?',
    'À quoi ça sert de voter pour les libéraux',
    'À quoi ça sert de bâtir des logements pour les itinérants s\'ils sont trop chers?',
    'À quoi sert le nouveau programme pour les aînés? Voici la réponse.',
    'Ça sert à quoi de déneiger si la charrue repasse?',
    'À quoi ça sert de faire des rampes pour les handicapés quand les portes sont trop étroites?',
    'à quoi ça sert de payer des taxes',
    'À quoi ça sert de construire un pont pour les autos',
    // a poll with no burden, or a thing
    'Les immigrants, une richesse ou une chance pour la région?',
    'Les aînés, une richesse pour la ville?',
    'Le déneigement, un fardeau ou une nécessité?',
    'Les Haïtiens sont-ils en danger ou non?',
    'La taxe foncière, un fardeau ou pas?',
    'Le nouveau parc, une chance ou un gaspillage?',
    'Les réfugiés ont-ils accès à un médecin ou pas?',
    'Les travailleurs étrangers, une richesse pour nos fermes, merci à eux!',
    'Les bénévoles, un atout ou une chance? Les deux!',
    'Les femmes au volant sont-elles plus prudentes? Étude de la SAAQ',
    'Le pont Laviolette, un danger ou non?',
    'Les nids-de-poule, une menace pour nos autos?',
  ],
  { flaggedMayWarn: true, cleanNotDisrespectful: true },
);
