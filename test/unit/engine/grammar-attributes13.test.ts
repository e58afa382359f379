/**
 * Negative attributes and profanity glued to a people (session 9, attrib13): oaths of every strength before
 * « de » + a people, with or without a collective (« maudite race d'… », « mosusse de gang de… », « enfants de
 * chienne de… »); a name set in apposition to a people (« les Roms, ces vipères »); attributes said by a few
 * more adjectives and nouns of their families (« malodorants », « croches », « d'une brutalité… »). Each with
 * clean counterparts: the same oaths on things, the proper senses (« le calvaire des réfugiés »), reported speech.
 */
import { describeKnownMisses, describeReading } from './grammar-helpers.ts';

describeReading(
  'profanity glued to a people, whatever the oath',
  [
    'Maudite race d’Arabes',
    'Mosusse de race de Chinois, toujours à se plaindre.',
    'Ces enfants de chienne d’immigrants',
    'Baptême de Juifs, y sont partout.',
    'Les tabarouettes d’Haïtiens ont encore fait du bruit.',
    'Quelle sapristi de gang de musulmans.',
    'Ces satanés réfugiés.',
    'Torrieu de bande d’Indiens.',
    'Cette maudite engeance de gitans.',
    'Les immigrés de mes deux.',
    'Ces musulmans de mes fesses, qu’ils restent chez eux.',
    'Ces trans à la noix.',
    'Les femmes me les brisent.',
  ],
  [
    'Maudite race de chats, ils ont encore renversé la poubelle.',
    'Mosusse de gang de moustiques au parc.',
    'Le calvaire des réfugiés syriens a duré des années.',
    'Le baptême de Juifs convertis au XIXe siècle est un sujet d’histoire.',
    'Tabarouette de belle journée pour les immigrants nouvellement arrivés!',
    'Il m’a traitée de maudite race d’Arabes, j’ai porté plainte.',
    'Les Haïtiens de mes deux voisins sont très gentils.',
    'Les gâteaux à la noix de coco des bénévoles.',
    'Les immigrants à la noix de coco, une recette de mon quartier.',
  ],
);

describeReading(
  'a name in apposition to a people',
  [
    'Les Roms, ces vipères.',
    'Les Arabes, ces porcs.',
    'Les femmes ces chiennes',
    'Les Juifs, ces rapaces!',
    'Les musulmans. Ces parasites.',
    'Les Haïtiens, ces voleurs, sont arrivés dans le quartier.',
    'Les autochtones, ces maudits soûlons',
  ],
  [
    'Les immigrants, ces moutons qu’on exploite dans les usines.',
    'Les réfugiés, ces victimes oubliées.',
    'Les aînés, ces malades qu’on oublie.',
    'Les immigrants, ces travailleurs de l’ombre.',
    'Les Arabes. Ces porcs étaient bien gras à la ferme.',
    'Les musulmans, ces voisins merveilleux.',
    'Les Roms, ces oubliés de l’histoire.',
    'Quand tu écris « les Roms, ces vipères », tu fais de la haine.',
  ],
);

describeReading(
  'attributes of a people by a few more words of their families',
  [
    'Ces Africains sont d’une brutalité effrayante.',
    'Les Haïtiens sont d’une ignorance crasse.',
    'Les gitans sont d’une perfidie rare.',
    'Ces immigrants-là sont malodorants.',
    'les musulmans sont toute croches',
    'Toutes des pleurnicheuses, les femmes.',
    'Les immigrants? Des flancs mous.',
    'Les femmes sont tellement nulles.',
    'Franchement, les musulmans sont vénals et roublards.',
    'Ils sont nauséabonds, ces réfugiés.',
    'Les trans, tous des roublards et des mythomanes.',
    'Les Noirs sont d’une perfidie sans nom.',
    'Les Juives sont des traîtresses.',
    'Les homosexuels sont diaboliques.',
    'Les handicapés sont insignifiants pour la société.',
    'Les immigrés, ça reste des êtres serviles et miteux.',
  ],
  [
    'Ce règlement est d’une ignorance crasse des réalités du terrain.',
    'La poubelle du parc est malodorante.',
    'Le poteau devant chez nous est croche.',
    'Les immigrants ne sont pas malodorants, ce préjugé est raciste.',
    'Ce chantier est d’une brutalité pour les oreilles.',
    'Les jeunes sont bruyants le samedi soir au parc.',
    'Les conditions des travailleurs immigrants sont déplorables.',
    'Les réfugiés vivent dans des conditions inhumaines.',
    'Les adolescents sont parfois immatures, c’est normal.',
    'Les femmes trouvent ces remarques dégradantes et ridicules.',
    'Les Haïtiens du quartier ne sont pas bruyants ni nauséabonds, au contraire.',
    'Dire que les Juifs sont vénals, c’est de l’antisémitisme.',
    'Cette odeur d’égout est nauséabonde.',
    'Les frais de retard sont exaspérants.',
  ],
);

describeReading(
  'a lack set beside a people, without a verb',
  [
    'Zéro hygiène, les réfugiés.',
    'Aucune hygiène, ces Roms.',
    'Pas d’hygiène, pas de morale, les gitans.',
    'Les musulmans : aucune morale.',
    'Les Haïtiens, zéro classe.',
    'Pas une once d’honnêteté, ces Arabes.',
    'Les immigrants? Aucun savoir-vivre.',
    'Les immigrants? Aucun respect.',
    'Les réfugiés ont aucune gêne.',
    'Les immigrants ont zéro savoir-vivre.',
  ],
  [
    'Zéro hygiène dans ce restaurant, les clients se plaignent.',
    'Les autochtones : aucun respect de la part du gouvernement.',
    'Les réfugiés, aucune aide du fédéral.',
    'Aucun respect, les automobilistes sur le boulevard.',
    'Les femmes : aucune dignité accordée par ce régime, dénonce le rapport.',
    'Les aînés ont droit au respect.',
    'Dire « zéro hygiène, les réfugiés », c’est raciste.',
    'Les immigrants, aucune hygiène? Faux, c’est un préjugé.',
  ],
);

describeReading(
  'a vice as breath or habit',
  [
    'Les femmes mentent constamment.',
    'Les Arabes mentent comme ils respirent.',
    'Un musulman, ça ment comme ça respire.',
    'Les Roms, ça vole comme ça respire.',
    'Les Juifs mentent.',
    'Les Arabes, toujours à voler.',
    'Les femmes sont toujours à chialer.',
  ],
  [
    'Le maire ment.',
    'Les enfants mentent parfois à leurs parents.',
    'Il ne faut pas mentir aux enfants.',
    'Les employés sont toujours à l’heure.',
    'Les bénévoles sont toujours à aider les nouveaux arrivants.',
    'Les Haïtiens ne mentent pas plus que les autres.',
    'Dire que les Arabes mentent comme ils respirent, c’est raciste.',
  ],
);

describeKnownMisses(
  [
    'Chez les Arabes, le mensonge est une seconde nature.',
    'Aucun sens de l’honneur chez les Arabes.',
    'Pas une once d’honnêteté chez les Roms.',
    'Zéro hygiène chez ces réfugiés.',
    'Les femmes trichent toujours.',
    'Les autochtones se soûlent du matin au soir.',
    'Les Chinois copient sans cesse.',
    'Des voleurs nés, les gitans.',
    'Les femmes ont une cervelle de moineau.',
    'On ne trouvera jamais plus sournois qu’un Juif.',
    'Homosexuel = dégénéré.',
  ],
  [],
);
