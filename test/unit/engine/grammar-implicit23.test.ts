/**
 * Round 23 (implicit): shapes rounds 21 and 22 did not read. The death of the old awaited (« la nature va régler ça »,
 * « seront pas là pour voir le résultat », « ceux qui servent pu à rien ») and a precaution beside a people named by age
 * (« gang d'ados, gardez vos sacoches »): a people named by age is read for these hints. Praise of one people that blames
 * another (« les Ukrainiens eux autres au moins ils travaillent »). A value of openness mocked (« ça doit être ça
 * l'ouverture », « le vivre-ensemble qu'ils disaient », « l'intégration ça marche juste dans un sens »). Our own town said
 * foreign beside a people (« on se croirait pu au Québec »). Each is a warning to check. Clean counterparts: the same words
 * as news, care, sincere praise, an age rule, a thing not a people. Written for this round.
 */
import { describeKnownDoubts, describeKnownMisses, describeReading } from './grammar-helpers.ts';

describeReading(
  'implicit derogation (round 23): death awaited, praise that blames, openness mocked, at least a warning to check',
  [
    // the death of the old awaited
    'Les boomers ont voté contre la piste cyclable encore, patience la nature va régler ça ⏳',
    'les vieux du conseil de quartier décident pour 2040, y vont même pas être là pour voir le résultat 🪦',
    'Les retraités bloquent le projet de skatepark, inquiétez-vous pas la nature va s\'en occuper',
    'Une autre résidence pour personnes âgées, faut ben prendre soin de ceux qui servent plus à rien',
    'les aînés qui chialent sur le bruit, un pied dans la tombe pis encore le temps de se plaindre',
    // a precaution beside a people named by age
    'Gang d\'ados au dépanneur après l\'école, gardez vos sacoches proches 😬',
    'Les jeunes du secondaire traînent au parc, cachez vos vélos',
    // praise that blames another people
    'Les Ukrainiens eux autres au moins ils travaillent 🤷',
    'Les Philippins au moins eux autres y travaillent pis y chialent pas',
    'les Vietnamiens eux au moins ils s\'intègrent, je dis ça de même',
    'Au moins les Français eux autres ils parlent notre langue 🙄',
    // a value of openness mocked
    'Trois langues dans la file à la clinique pis zéro français, ça doit être ça l\'ouverture 🙄',
    'Ça sent le cari dans tout le bloc depuis qu\'ils sont arrivés, le vivre-ensemble qu\'ils disaient',
    'Pu un mot de français au dépanneur, c\'est ça la diversité qu\'on nous vendait',
    'Ils font du bruit jusqu\'à 3h du matin, l\'intégration ça marche juste dans un sens on dirait',
    'Des minarets partout bientôt, ça devait être ça l\'inclusion',
    'la belle tolérance qu\'ils disaient, on peut pu rien dire sur nos propres rues',
    // our own town said foreign beside a people
    'Trois mosquées dans le secteur, on est pu chez nous, on se comprend',
  ],
  [
    // the death of the old, sincere or a thing
    'Mon grand-père aura 95 ans, il sera pas là pour voir le nouveau pont, ça me rend triste',
    'Les boomers ont voté contre la piste cyclable, on va continuer à militer pour 2025',
    'La nature va régler ça, la glace va fondre sur le lac d\'ici avril',
    'Les vieux ordinateurs de la bibliothèque servent plus à rien, on les recycle',
    'Réservé aux 65 ans et plus, les moins de 12 ans doivent être accompagnés',
    'Les aînés de la résidence ont planté un jardin, bravo à eux',
    // a precaution without a people, or care
    'Vols dans les autos au stationnement, gardez vos sacoches proches',
    'Les jeunes du secondaire font une vente de garage, gardez vos vieux vélos pour eux',
    'Les ados du club de soccer ont gagné, bravo la gang!',
    // praise that blames no one
    'Les Ukrainiens ont trouvé des logements, au moins ils sont en sécurité',
    'Les bénévoles eux autres au moins ils travaillent, pas comme la Ville qui dort',
    'Les Philippins ont organisé une fête au parc, au moins il faisait beau',
    'Au moins les Français ont gagné le match hier',
    'La famille syrienne au moins elle a un toit maintenant, merci aux bénévoles',
    // a value of openness, sincere
    'Le festival interculturel au parc, ça c\'est ça l\'ouverture, bravo aux organisateurs',
    'Le vivre-ensemble se construit au quotidien, dit la directrice du centre',
    'La diversité de nos commerces est une richesse pour le centre-ville',
    'L\'intégration des nouveaux arrivants passe par l\'emploi, selon le rapport',
    'Atelier sur l\'inclusion à la bibliothèque mardi, c\'est gratuit',
    // a town said foreign, not a people
    'Avec la chaleur qu\'il fait, on se croirait pu au Québec, on dirait la Floride',
    'Les Haïtiens ont organisé un souper, on se sentait chez nous',
    'Le marché public était plein de monde, on se croirait en Europe',
    'Les touristes au festival disaient qu\'on se croirait en France',
    'Les immigrants ont dit qu\'ils se sentent enfin chez eux à Trois-Rivières',
  ],
  { flaggedMayWarn: true, cleanNotDisrespectful: true },
);

// Praise that blames with « eux autres » after the verb (a clause between the two) is not read yet.
describeKnownMisses([
  // Our town said foreign beside a people: cut for the size budget (round 23), to take up.
    'Le samedi au Walmart avec tous les immigrants, on se croirait pu au Québec',
    'Avec tous les Haïtiens sur la rue, on se sent pu chez nous 🙄',
    'Les Maghrébins au parc Pie-XII, on se croirait plus à Trois-Rivières',
    'encore des voiles au Carrefour, on se croirait pus au Canada',
    'Les Indiens sont rendus partout au cégep, on se sent plus chez nous pantoute',
  'Les Portugais au moins ils paient leurs taxes eux autres',
  // « les 75 ans et plus » is no people mention in groups.ts yet.
  "Laisser les 75 ans et plus décider du plan d'urbanisme, ils seront pas là pour le voir de toute façon"], []);
// The learned net doubts this sincere worry (a warning, not hint.ts): never an error.
describeKnownDoubts(["Les réfugiés disent qu'on se sent pu chez nous quand on attend trois ans un permis"]);
