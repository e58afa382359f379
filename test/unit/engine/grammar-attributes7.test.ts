/**
 * What is said of a group, round 7: the same classes in STANDARD WRITTEN French — formal and neutral register,
 * long sentences, a relative clause, a completive « que », a cleft « ce que … c'est », an incise, a dislocation,
 * the reader addressed, compound prepositions (« à l'égard des », « vis-à-vis des »), verbs of avowal
 * (« j'avoue éprouver »), a feeling named before its verb (« la haine que m'inspirent les … »), judging verbs by
 * lemma (« je tiens les … pour des … », « je regarde les … comme des … »). Written by hand per class; each class
 * has clean counterparts in the same register (negation, counter-speech, victims, ordinary senses, other objects).
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, errors, tone } from './grammar-helpers.ts';

const classes: Record<string, { hateful: string[]; clean: string[] }> = {
  'feelings for a group, said formally': {
    hateful: [
      'Je n’éprouve que du mépris pour les immigrants qui s’installent dans notre ville.',
      'Rien ne me répugne davantage que les musulmans qui prient en public.',
      'Je dois avouer que les homosexuels m’inspirent un profond dégoût.',
      'Je ne supporte pas les femmes qui prétendent diriger une entreprise.',
      'Je ne puis tolérer la présence des Juifs dans mon quartier.',
      'Je ne peux souffrir la présence des Autochtones.',
      'Je ne puis supporter les lesbiennes.',
      'Il m’est impossible de dissimuler la haine que m’inspirent les personnes transgenres.',
      'Le mépris que j’éprouve pour les musulmans ne cesse de croître.',
      'Le dégoût que je ressens envers les Haïtiens est sans limite.',
      'Je nourris une haine tenace à l’égard des autochtones.',
      'Nous nourrissons une profonde aversion à l’endroit des Roms.',
      'Je voue une haine sans bornes aux Noirs.',
      'J’ai toujours porté une haine tenace aux Juifs.',
      'J’avoue éprouver une profonde antipathie envers les Haïtiens, quels qu’ils soient.',
      'Je continue d’éprouver une haine viscérale envers les musulmans.',
      'J’éprouve une profonde répugnance à l’égard des Arabes.',
      'J’éprouve une profonde répugnance vis-à-vis des Arabes.',
      'Il n’y a rien que je déteste autant que les féministes qui manifestent devant l’hôtel de ville.',
      'Les personnes handicapées suscitent chez moi une véritable répulsion.',
      'Quiconque me connaît sait à quel point je méprise les lesbiennes.',
      'Je tiens à dire que les musulmans me font horreur.',
      'Je ne saurais exprimer à quel point les gais me dégoûtent.',
      'Les musulmanes voilées me révulsent au plus haut point.',
      'Les trans me rebutent profondément.',
      'Les féministes me remplissent de dégoût.',
      'Les Noirs me sont insupportables.',
      'Les Roms, que je croise chaque matin devant la gare, me remplissent de dégoût.',
      'Je n’ai que du dédain pour ces immigrés qui refusent de s’intégrer.',
    ],
    clean: [
      'Je n’éprouve que du respect pour les immigrants qui s’installent dans notre ville.',
      'Je n’éprouve aucun mépris pour les immigrants, bien au contraire.',
      'Je méprise ceux qui méprisent les musulmans.',
      'Rien ne me répugne davantage que le racisme envers les Roms.',
      'Je ne supporte pas les gens qui insultent les femmes.',
      'Je ne supporte pas qu’on traite les homosexuels de malades.',
      'La haine que subissent les Juifs depuis des siècles me bouleverse.',
      'Les personnes trans subissent un mépris constant de la part de certains.',
      'Le mépris que subissent les Roms est inacceptable.',
      'La haine que certains éprouvent envers les Juifs me désole.',
      'La haine que m’inspirent ceux qui attaquent les Juifs est immense.',
      'Le dégoût que m’inspirent les propos tenus contre les Noirs est immense.',
      'Ils éprouvent une haine tenace à l’égard des immigrants, ce qui m’attriste.',
      'Je voue une admiration sans bornes aux bénévoles qui aident les réfugiés.',
      'Nous éprouvons une admiration sans bornes pour les immigrants.',
      'Je nourris une grande affection à l’égard des aînés de notre quartier.',
      'Je nourris un profond respect à l’égard des musulmans.',
      'J’éprouve une profonde répugnance à l’égard de la violence.',
      'Il m’est impossible de dissimuler la joie que m’inspirent les bénévoles.',
      'Nul ne peut tolérer la présence de rats dans un immeuble municipal.',
      'Je déteste la présence des chiens dans le parc.',
      'Ce que je ressens envers les réfugiés, c’est une profonde compassion.',
      'Ce que je déplore, c’est la haine dirigée contre les lesbiennes.',
      'Le mépris envers les personnes handicapées n’a pas sa place ici.',
      'Je déteste voir des réfugiés souffrir dans des camps surpeuplés.',
      'Les odeurs de l’usine me révulsent au plus haut point.',
      'Les déchets me sont insupportables.',
      'Les vieux pneus me sont insupportables.',
      'Les chats du refuge me sont profondément sympathiques.',
    ],
  },
  'attributes under an opinion, evidence or judging frame': {
    hateful: [
      'Je trouve les immigrés répugnants, tout simplement.',
      'À mon sens, les Noirs sont intellectuellement inférieurs aux autres.',
      'Il est évident que les femmes sont incapables de prendre des décisions rationnelles.',
      'Il me paraît évident que les musulmans sont fondamentalement violents.',
      'Force est de constater que les Roms sont malhonnêtes par nature.',
      'Les réfugiés que l’on accueille chaque année sont sales et paresseux.',
      'Je considère que les homosexuels sont des êtres dégénérés.',
      'Les personnes trans, dont on parle tant, sont toutes des malades mentaux.',
      'Selon moi, les Juifs sont foncièrement cupides.',
      'Il faut bien reconnaître que les autochtones sont totalement inaptes au travail.',
      'Les personnes âgées sont inaptes à comprendre le monde moderne.',
      'Je tiens les féministes pour des hystériques incapables de raisonner.',
      'Je regarde les Arabes comme des êtres inférieurs.',
      'Je vois les Arabes comme des voleurs.',
      'Chacun sait que les Haïtiens sont moins intelligents que les autres.',
      'Ces musulmans que vous défendez sont tous des barbares.',
      'Les femmes qui travaillent dans la fonction publique sont toutes incompétentes.',
      'Il est indéniable que les personnes handicapées sont inutiles à la société.',
      'Sincèrement, je trouve que les Roms sont des gens méprisables.',
      'Il est grand temps d’admettre que les Noirs sont une race inférieure.',
      'Les Asiatiques que j’ai connus étaient tous sournois et hypocrites.',
      'Il va de soi que les Noirs sont moins civilisés que nous.',
      'J’estime que les transgenres sont des gens profondément dérangés.',
      'Je ne comprends pas qu’on puisse aimer les Juifs, tant ils sont détestables.',
    ],
    clean: [
      'Affirmer que les Noirs sont inférieurs est une idée répugnante.',
      'Il est faux de prétendre que les femmes sont incapables de diriger.',
      'Ceux qui prétendent que les musulmans sont violents se trompent lourdement.',
      'Les Noirs ne sont pas inférieurs aux autres, et le dire relève du racisme.',
      'Les commentaires affirmant que les autochtones sont paresseux seront supprimés.',
      'Les Roms ont longtemps été considérés, à tort, comme des voleurs.',
      'Les immigrants se plaignent souvent d’être traités comme des êtres inférieurs.',
      'Je ne considère pas les immigrés comme des parasites.',
      'Je ne trouve pas les Arabes sales.',
      'Ceux qui voient les Noirs comme des êtres inférieurs sont racistes.',
      'Certains tiennent les féministes pour des hystériques, ce qui est injuste.',
      'Je tiens les pompiers pour des héros de notre communauté.',
      'Je perçois les immigrés comme une chance pour la ville.',
      'Je trouve les immigrants courageux d’avoir tout quitté.',
      'Je trouve ces déchets laissés sur le trottoir répugnants.',
      'Il est évident que la conduite d’eau est incapable de supporter cette pression.',
      'Il est évident que les féministes ont fait avancer les droits de toutes.',
      'À mon sens, les Juifs de la ville ont beaucoup apporté à la vie culturelle.',
      'Les déchets de l’usine sont inaptes au recyclage.',
      'Il est inacceptable de prétendre que les Arabes sont d’une stupidité sans nom.',
      'La stupidité de ce règlement saute aux yeux.',
    ],
  },
  'a burden, a disease, a plague; worth, respect, trust and place denied': {
    hateful: [
      'Les immigrants sont une plaie pour notre société.',
      'Les réfugiés constituent un fardeau insupportable pour les contribuables.',
      'Vous, les musulmans, vous êtes une plaie pour ce pays.',
      'Les Roms représentent un véritable cancer pour notre civilisation.',
      'Les homosexuels sont un fléau qu’il faut nommer comme tel.',
      'Les personnes trans sont une honte pour l’humanité.',
      'Les Noirs ne sont qu’un poids mort pour l’économie.',
      'Les Juifs sont la gangrène de notre société.',
      'Nous n’avons que faire des réfugiés, qui sont une charge pour tous.',
      'Les immigrants ne méritent aucun respect.',
      'Les femmes ne méritent pas d’être traitées comme nos égales.',
      'Les musulmans ne méritent pas d’être considérés comme des êtres humains.',
      'On ne peut pas faire confiance à un musulman, quel qu’il soit.',
      'Il ne faut jamais faire confiance à un Juif.',
      'Les Roms ne valent pas mieux que des animaux.',
      'Les gens comme vous, les réfugiés, ne méritent que notre mépris.',
      'Un homosexuel ne devrait jamais avoir le droit d’enseigner à des enfants.',
      'Les femmes n’ont rien à faire dans un conseil municipal.',
      'Les autochtones ne sont bons à rien.',
      'La vie d’un Noir ne vaut pas grand-chose.',
      'Les personnes handicapées n’ont aucune valeur.',
      'Les homosexuels n’ont aucune place dans notre société.',
      'Les Roms n’ont aucune place parmi nous.',
    ],
    clean: [
      'Les immigrants ne sont pas une plaie pour notre société; ils en sont une force.',
      'Les réfugiés ne constituent aucunement un fardeau pour les contribuables.',
      'Les personnes handicapées sont trop souvent traitées comme un fardeau, ce qui est inacceptable.',
      'Les personnes trans sont une richesse pour notre communauté.',
      'Le cancer touche durement les communautés autochtones.',
      'Les nids-de-poule sont un fléau pour les automobilistes de notre ville.',
      'Les homosexuels méritent le même respect que tout le monde.',
      'Les femmes méritent d’être traitées comme nos égales.',
      'Les femmes comme vous méritent toute notre reconnaissance.',
      'On peut tout à fait faire confiance à un musulman, comme à n’importe qui.',
      'On ne peut pas faire confiance à ce vieux pont pour supporter les camions.',
      'Les personnes handicapées ont toute leur place dans notre société.',
      'Dire que les homosexuels n’ont aucune place dans notre société est odieux.',
      'Les enfants n’ont aucune place dans le stationnement du garage.',
      'Les aînés n’ont plus de place dans les CHSLD de la région.',
    ],
  },
  'the reader addressed, dislocations, clefts and relative clauses': {
    hateful: [
      'Vous, les Arabes, vous m’inspirez le plus grand mépris.',
      'Vous, les féministes, vous me dégoûtez.',
      'Les Haïtiens comme toi me dégoûtent.',
      'Ce sont les musulmans, et eux seuls, qui me répugnent.',
      'Je hais les Juifs, qui contrôlent tout dans ce pays.',
      'Ce que je méprise le plus, ce sont les réfugiés.',
      'S’il y a une chose que je ne supporte pas, ce sont les lesbiennes.',
      'Les immigrants, qui vivent pourtant à nos crochets, sont d’une paresse affligeante.',
      'Les personnes trans, à mon humble avis, sont une aberration.',
      'Les femmes sont, de par leur nature, inférieures aux hommes.',
    ],
    clean: [
      'Vous, les Haïtiens, vous êtes les bienvenus à Trois-Rivières.',
      'Qui a dit que les Arabes étaient paresseux? C’est un préjugé sans fondement.',
      'Ce que je déplore le plus, ce sont les insultes envers les réfugiés.',
      'Les Roms, que je croise chaque matin devant la gare, me saluent toujours.',
    ],
  },
};

describe('what is said of a group in standard written French is flagged and a disrespectful comment', () => {
  for (const [name, { hateful }] of Object.entries(classes)) {
    for (const text of hateful) {
      it(`${name}: ${text}`, () => {
        expect(tone(text).length).toBeGreaterThan(0);
        expect(classifyIncoming(text)).toBe('disrespectful');
      });
    }
  }
});

describe('the same words in the same register, negated, denounced, about victims or about things, stay without error', () => {
  for (const [name, { clean }] of Object.entries(classes)) {
    for (const text of clean) {
      it(`${name}: ${text}`, () => expect(errors(text)).toEqual([]));
    }
  }
});
