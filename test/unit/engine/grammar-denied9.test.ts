/**
 * What is said of a group with a negation or by implication, round 9: worth and abilities denied (« ne
 * feront jamais rien de bon », « on ne peut rien attendre des … », « il n'y a rien à tirer d'un … »),
 * belonging and trust denied, existence denied (« les …, ça n'existe pas »), an identity as a fate (« un …
 * reste un … »), blame with no harm named (« tout ça, c'est à cause des … », « tout ce qui va mal, c'est
 * les … »), emotions said with a negation (« je n'ai jamais aimé les … »), and opinions wrapping them
 * (« à mon avis, un … »). Half standard written French, half Québec, written by hand; each class has clean
 * counterparts in the same register (ordinary senses, things and offices, denounced speech, negation of the
 * claim, others' viewpoints). Rows the engine still misses are `it.fails`, so they are seen and move up when fixed.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, errors, tone } from './grammar-helpers.ts';

const classes: Record<string, { hateful: string[]; missed?: string[]; clean: string[] }> = {
  'worth and abilities denied: nothing good made, nothing to expect, good only for': {
    hateful: [
      'Les immigrants ne servent absolument à rien dans cette ville.',
      'Un Haïtien ne fera jamais rien de bon de sa vie.',
      'Les Haïtiens ne feront jamais rien de bon.',
      'On ne peut rien attendre des musulmans.',
      'On ne peut rien attendre d’un musulman.',
      'Il n’y a rien à tirer d’un autochtone.',
      'Y’a rien à attendre des Haïtiens, rien pantoute.',
      'Y’a rien de bon à attendre des réfugiés.',
      'Des immigrants, on n’a jamais rien vu de bon.',
      'Personne n’a jamais rien obtenu de bon d’un réfugié.',
      'Il ne sort jamais rien de bon des Roms.',
      'Les femmes ne sont bonnes qu’à faire le ménage.',
      'Les Arabes, ça sert à rien pantoute.',
      'Les trans sont bons à rien.',
      'Les Juifs n’apportent rien à la société.',
      'Les immigrés n’ont jamais rien apporté au Québec.',
      'Les réfugiés apportent rien de bon.',
      'Les femmes, c’est pas capable de rien faire.',
      'Les autochtones ne font que boire et dormir.',
      'Qu’ils soient Haïtiens ou Arabes, ils ne valent rien.',
      'Les musulmans ne méritent aucun respect.',
    ],
    missed: [
      'Qu’est-ce qu’on peut bien attendre d’une femme au volant ?',
      'Ce que les Noirs apportent ici ? Rien du tout.',
      'Ce n’est pas avec des immigrés qu’on va bâtir quelque chose.',
    ],
    clean: [
      'Les bénévoles ne servent pas seulement à l’accueil.',
      'Ce formulaire ne sert à rien sans signature.',
      'On ne peut rien attendre du ministère avant l’automne.',
      'Il n’y a rien à tirer de ce vieux moteur.',
      'Les réfugiés n’attendent rien de nous.',
      'Les immigrants n’ont rien reçu de la ville cette année.',
      'On n’a rien reçu des immigrants, ils ont tout donné aux voisins.',
      'Il n’y a rien à cacher aux musulmans.',
      'Ce n’est pas vrai qu’on ne peut rien attendre des immigrants.',
      'Les bénévoles n’ont rien fait de bon? Faux.',
      'Les immigrants ne font que travailler, ils n’ont pas de vacances.',
      'Quand tu dis que les musulmans servent à rien, c’est du racisme.',
      'Cette politique ne sert à rien, à mon avis.',
    ],
  },
  'trust and belonging denied, also after an opinion': {
    hateful: [
      'On ne peut pas faire confiance à un Arabe.',
      'Jamais je ne ferai confiance à un musulman.',
      'Les Roms, on peut pas leur faire confiance, c’est de même.',
      'Il ne faut jamais croire ce que dit une femme.',
      'Un immigré ne sera jamais d’ici.',
      'À mon avis, un musulman ne sera jamais d’ici.',
      'Selon moi, un immigré ne sera jamais d’ici.',
      'Je pense qu’un Haïtien ne sera jamais d’ici.',
      'Les musulmans ne seront jamais des nôtres.',
      'Un Haïtien, ça restera toujours un étranger.',
      'Les Arabes n’ont rien à faire au Québec.',
      'Les Noirs ne seront jamais de vrais Québécois.',
    ],
    missed: ['Un Chinois, faut jamais s’y fier.', 'Vous autres les réfugiés, vous serez jamais chez vous icitte.', 'Un trans n’est pas une vraie femme.'],
    clean: [
      'On peut faire confiance aux organismes qui accueillent les réfugiés.',
      'Un immigré peut devenir d’ici comme n’importe qui.',
      'Hier, un Arabe est venu me voir au comptoir.',
      'Il paraît qu’un Haïtien a gagné le concours.',
      'Les immigrés ne se sentent pas chez eux ici à cause du racisme.',
      'Les touristes ne sont pas d’ici.',
    ],
  },
  'existence denied': {
    hateful: [
      'Les trans, ça n’existe pas.',
      'Les non-binaires, ça existe pas, c’est une mode.',
      'Les personnes non binaires n’existent tout simplement pas.',
      'Franchement, je crois que les trans n’existent pas.',
      'Pour moi, les bisexuels n’existent pas.',
    ],
    missed: ['Il n’y a pas de trans, il y a juste des gens malades.', 'La bisexualité n’existe pas.'],
    clean: [
      'Les trans existent et méritent le respect.',
      'Les immigrants illégaux, ça n’existe pas : personne n’est illégal.',
      'Les Haïtiens n’existent pas dans les statistiques de la ville.',
      'Pour le ministère, les autochtones n’existent pas.',
      'Les femmes n’existent pas aux yeux de ce gouvernement.',
      'Le stationnement n’existe plus depuis les travaux.',
      'Il n’y a pas de honte à être trans.',
    ],
  },
  'an identity as a fate: « un … reste un … »': {
    hateful: [
      'Un Arabe reste un Arabe.',
      'Un immigré restera toujours un immigré.',
      'Une femme reste une femme, elle ne changera jamais.',
      'Un musulman, ça reste un musulman, peu importe ce qu’il dit.',
      'J’ai toujours pensé qu’un Noir reste un Noir.',
      'Les immigrés, ça restera toujours des immigrés.',
    ],
    clean: [
      'Un arbitre reste un arbitre, même en finale.',
      'Dire qu’un Arabe reste un Arabe, c’est raciste.',
      'Un Arabe reste un citoyen comme les autres.',
      'Un immigrant qui reste un an obtient sa carte.',
    ],
  },
  'role confinement': {
    hateful: [
      'La place d’une femme est dans sa cuisine.',
      'Les femmes devraient se contenter de faire des enfants.',
      'Une femme, ça doit se taire pis obéir.',
      'Les femmes sont faites pour servir les hommes.',
    ],
    missed: ['Une femme, c’est fait pour rester à la maison.', 'Leur place est à la cuisine, aux femmes.', 'Le rôle d’une femme, c’est de s’occuper des enfants.'],
    clean: [
      'Les femmes ne sont pas faites pour rester à la maison, voyons.',
      'La place des femmes est partout, y compris au conseil.',
      'Le rôle d’une femme au conseil est le même que celui d’un homme.',
      'Une femme a été élue mairesse en 2021.',
    ],
  },
  'blame with no harm named': {
    hateful: [
      'Tout ça, c’est à cause des immigrants.',
      'Selon moi, tout ça, c’est la faute des immigrés.',
      'C’est encore la faute des Juifs.',
      'C’est encore à cause des musulmans, évidemment.',
      'Tout ça à cause des Arabes!',
      'Tout ce qui va mal ici, c’est les réfugiés.',
      'À qui la faute ? Aux immigrés, comme toujours.',
    ],
    missed: ['Encore les musulmans, évidemment.'],
    clean: [
      'Tout ça, c’est à cause de la pluie.',
      'Tout ça, c’est grâce aux bénévoles.',
      'Ce n’est pas la faute des immigrants si les loyers montent.',
      'Ce n’est pas à cause des immigrants, tout ça.',
      'Tout ça, c’est à cause des préjugés contre les immigrants.',
      'C’est encore à cause des immigrants qu’on a ouvert une nouvelle école.',
      'J’ai appris le créole, tout ça à cause des Haïtiens de mon quartier.',
      'Ce qui me rend heureuse, c’est les Haïtiens de mon quartier.',
      'Tout ce qui va mal ici, c’est le racisme contre les immigrés.',
      'Ce qui va mal, c’est pas les immigrés.',
      'Selon moi, tout ça, c’est la faute du verglas.',
    ],
  },
  'negative emotions said with a negation or a restriction': {
    hateful: [
      'Je ne supporte pas les Arabes.',
      'Je ne peux pas sentir les Haïtiens.',
      'Je n’ai que du mépris pour les trans.',
      'Rien ne me dégoûte autant que les musulmans.',
      'Je peux pas blairer les immigrés.',
      'J’endure pas les Noirs, c’est plus fort que moi.',
      'Je n’ai jamais aimé les Juifs et je ne les aimerai jamais.',
      'J’ai jamais apprécié les Arabes.',
      'Je ne tolère pas les homosexuels.',
      'Rien ne m’écœure plus qu’un réfugié.',
      'Je n’éprouve que du dégoût pour les femmes.',
      'Il n’y a rien que je déteste plus que les autochtones.',
      'Je ne peux plus voir les Roms en peinture.',
      'Les gais, je peux pas les sentir.',
      'Les immigrés ? Je peux pas les sentir. Ils servent à rien.',
    ],
    clean: [
      'Je ne supporte pas qu’on insulte les musulmans.',
      'Je ne peux pas sentir l’odeur de la peinture.',
      'Je n’ai que du respect pour les Haïtiens.',
      'Rien ne me dégoûte autant que le racisme.',
      'Je ne tolère pas les retards aux réunions.',
      'Je n’ai jamais aimé les épinards et je ne les aimerai jamais.',
      'Je n’ai jamais supporté les insultes contre les Juifs.',
      'Je n’ai pas aimé les Haïtiens de la pièce, mal joués.',
      'Je peux pas endurer le bruit des travaux.',
    ],
  },
  'opinions wrapping a denial': {
    hateful: [
      'Je pense que les immigrants ne servent à rien.',
      'Je trouve qu’on ne peut pas faire confiance aux Arabes.',
      'Il me semble que les femmes ne sont bonnes qu’à cuisiner.',
      'Je dis juste que les réfugiés apportent rien de bon.',
      'J’ai rencontré des musulmans. Aucun d’eux n’était fiable.',
      'Les femmes, laissez-moi rire, elles ne savent rien faire.',
      'Qui a besoin des immigrants ? Personne.',
    ],
    clean: [
      'Je pense que les immigrants apportent beaucoup à la ville.',
      'À mon avis, les femmes devraient être mieux payées.',
      'Les Roms ont été persécutés pendant des siècles.',
      'Les Arabes ont apporté les chiffres et l’algèbre.',
      'Les autochtones n’ont jamais été consultés sur ce projet.',
    ],
  },
  'second batch, written after the first fixes to measure them on unseen shapes (clefts, « vous, les … », a pronoun in the next sentence, restrictions, needs and reasons denied)': {
    hateful: [
      'Les immigrés, c’est pas du monde fiable.',
      'Vous, les musulmans, vous n’apporterez jamais rien à ce pays.',
      'Les femmes ? Elles ne comprennent rien à rien.',
      'Un autochtone, ça ne travaillera jamais.',
      'Les Arabes ne sont même pas capables de parler français comme du monde.',
      'Il n’y a aucune raison de respecter les trans.',
      'Il ne faut rien attendre de bon de ces immigrés-là.',
      'Ce ne sont que des profiteurs, les réfugiés.',
      'Les Noirs n’ont jamais rien inventé.',
      'Les femmes, on ne peut rien leur confier.',
      'Un gai ne sera jamais un vrai homme.',
      'Les musulmans ne s’intégreront jamais, c’est impossible.',
      'Les Juifs ne pensent qu’à l’argent.',
      'Le Québec n’a pas besoin des Haïtiens.',
      'On n’a pas besoin de réfugiés ici.',
      'À mon humble avis, les femmes n’ont rien à faire en politique.',
      'Selon moi, les immigrés ne méritent pas leur place ici.',
      'Je crois sincèrement que les trans sont des malades.',
      'Il me semble évident que les musulmans ne respectent rien.',
      'Franchement, les Roms, je peux pas les voir.',
      'Je n’ai aucune estime pour les autochtones.',
      'Les immigrés me font vomir.',
      'Rien n’est plus dégoûtant qu’un homosexuel.',
      'Ça m’écœure de voir des musulmanes voilées partout.',
      'Y’a rien de pire qu’une femme au volant.',
      'J’aime pas les Haïtiens, pis je m’en cache pas.',
      'Je ne serai jamais à l’aise avec les trans.',
      'Les Arabes ne connaissent que la violence.',
      'Un réfugié, c’est jamais reconnaissant.',
      'Les immigrants ne respectent jamais nos lois.',
      'Les musulmans, c’est pas compatible avec le Québec.',
      'Les trans ne seront jamais des femmes.',
      'C’est à cause des féministes si les familles éclatent.',
      'Nos problèmes viennent tous des réfugiés.',
      'Les Haïtiens n’ont aucune éducation.',
      'Une femme ne devrait jamais diriger une ville.'
    ],
    missed: [
      'Ce n’est pas des gens sur qui on peut compter, les Haïtiens.',
      'Je ne vois pas ce que les réfugiés apportent à la société.',
      'Pas besoin d’immigrants, on se débrouille très bien sans eux.',
      'Il vaudrait mieux ne plus accueillir aucun Arabe.',
      'Les lesbiennes, c’est juste des filles frustrées.',
      'Je ne dis pas que tous les Arabes sont des voleurs, mais presque.',
      'Je déteste rien autant que les féministes.',
      'Les femmes, j’en ai rien à faire de leur opinion.',
      'Les Noirs, faut pas leur demander de réfléchir.',
      'Personne ne veut des Roms dans son quartier, et pour cause.',
      'Depuis qu’il y a des immigrants, on n’est plus chez nous.',
      'On ne laisse pas un Arabe s’occuper d’argent.',
      'L’homosexualité n’est pas naturelle.',
      'Les autochtones ne paient rien et se plaignent toujours.'
    ],
    clean: [
      'Les Haïtiens de mon quartier sont des gens sur qui on peut compter.',
      'Vous, les musulmans, vous êtes les bienvenus au souper communautaire.',
      'Les femmes ne comprennent pas pourquoi le parc est fermé.',
      'Un autochtone a été nommé au conseil.',
      'Je ne vois pas pourquoi les réfugiés seraient exclus du programme.',
      'Il n’y a aucune raison d’exclure les trans du programme.',
      'Les Noirs ont inventé le jazz.',
      'Le Québec a besoin des immigrants pour ses usines.',
      'Les immigrés n’ont pas besoin de permis pour ce service.',
      'Je n’ai aucune raison de me plaindre des autochtones.',
      'Rien n’est plus dégoûtant que l’homophobie.',
      'Je ne serai jamais à l’aise avec le racisme.',
      'Les Arabes connaissent bien la région.',
      'Un réfugié m’a aidé à déneiger mon entrée.',
      'Les immigrants respectent nos lois comme tout le monde.',
      'Personne ne veut de déchets dans son quartier.',
      'Les musulmans jeûnent pendant le ramadan.',
      'Ce n’est pas à cause des féministes si les familles éclatent.',
      'Depuis qu’il y a des immigrants, le quartier est plus vivant.',
      'Nos problèmes viennent du manque de financement.',
      'Les Haïtiens n’ont reçu aucune aide du gouvernement.',
      'Une femme devrait pouvoir diriger une ville sans qu’on la juge.',
      'Les autochtones ne paient pas la taxe sur ce produit, c’est prévu par la loi.',
      'Je n’aime pas les préjugés contre les Roms.',
      'Les immigrants ne sont jamais venus à nos réunions, faute d’interprète.'
    ],
  },
  'third batch, written after the second fixes: beliefs denied (« je ne pense pas qu’on puisse… »), a fronted « jamais un … ne », efforts and reasons denied, children never entrusted, needs denied': {
    hateful: [
      'Je ne pense pas qu’on puisse faire confiance à un immigrant.',
      'Je ne crois pas qu’une femme soit capable de gérer un budget.',
      'Jamais un musulman ne respectera nos valeurs.',
      'Il ne faut pas s’attendre à grand-chose de la part des autochtones.',
      'Les trans ne sont pas des gens normaux, désolé.',
      'Je n’ai rien contre les Noirs, mais ils ne sont pas comme nous.',
      'Je ne veux pas de Juifs dans mon entourage.',
      'Honnêtement, je ne vois pas l’intérêt d’accueillir des réfugiés, ils ne servent à rien.',
      'Il n’y a rien de plus paresseux qu’un autochtone.',
      'Ce n’est pas pour rien qu’on se méfie des Arabes.',
      'Les immigrants ne valent pas plus que les chiens errants.',
      'Les homosexuels, je ne les considère pas comme des êtres humains.',
      'On ne devrait jamais confier des enfants à un gai.',
      'Vous, les féministes, vous ne méritez aucune écoute.',
      'Les musulmans ne sont pas les bienvenus dans ma rue.',
      'Les Noirs ne savent pas se tenir en public.',
      'Je trouve que les réfugiés ne font aucun effort.',
      'Les autochtones ne font jamais d’effort pour s’en sortir.',
      'Je n’ai aucune pitié pour les immigrés.',
      'Il n’y a pas plus hypocrite qu’un Juif.',
      'Les Arabes ne méritent pas qu’on les aide.',
      'À mon avis, les trans ont un problème dans la tête.'
    ],
    missed: [
      'C’est pas demain la veille qu’un Haïtien va faire quelque chose d’utile.',
      'Les Roms, on n’en veut pas, c’est aussi simple que ça.',
      'Ne comptez pas sur les réfugiés pour travailler.',
      'Qu’est-ce que les immigrés ont fait pour nous? Rien.',
      'Tu ne verras jamais un Arabe travailler honnêtement.',
      'Les femmes n’ont jamais rien compris à la politique.',
      'Aucune personne sensée ne voudrait d’un musulman comme voisin.',
      'J’aurais jamais cru qu’un Haïtien puisse être aussi stupide, mais bon, ils le sont tous.'
    ],
    clean: [
      'Je ne pense pas qu’on puisse refuser un immigrant au programme.',
      'Jamais un musulman n’a été élu dans ce quartier.',
      'Ne comptez pas sur les réfugiés pour payer la facture, c’est la ville qui paie.',
      'Il ne faut pas s’attendre à des miracles de la part du ministère.',
      'Les trans ne sont pas des malades, désolé.',
      'Je n’ai rien contre les Noirs, ce sont mes voisins.',
      'Les femmes n’ont jamais eu assez de place en politique.',
      'Les immigrants ne font pas exprès d’être pauvres.',
      'Les musulmans sont les bienvenus dans ma rue.',
      'Je trouve que les réfugiés font beaucoup d’efforts.',
      'Je n’ai aucune pitié pour les racistes.',
      'Les autochtones ne méritent pas le traitement qu’ils ont subi.',
      'On ne devrait jamais laisser des enfants seuls dans une auto.'
    ],
  },
};

describe('what is said of a group with a negation or by implication is flagged and a disrespectful comment', () => {
  for (const [name, { hateful, missed = [] }] of Object.entries(classes)) {
    for (const text of hateful) {
      it(`${name}: ${text}`, () => {
        expect(tone(text).length).toBeGreaterThan(0);
        expect(classifyIncoming(text)).toBe('disrespectful');
      });
    }
    // Constructions still missed: seen here, moved up when a mechanism reads them.
    for (const text of missed) it.fails(`${name} (missed): ${text}`, () => expect(errors(text).length).toBeGreaterThan(0));
  }
});

describe('the same frames about things, offices, others’ views, denials and denounced speech stay without error', () => {
  for (const [name, { clean }] of Object.entries(classes)) {
    for (const text of clean) {
      it(`${name}: ${text}`, () => expect(errors(text)).toEqual([]));
    }
  }
});
