/**
 * Examples of `respectful-language` for what the grammar reads (text/grammar/): hate said of a
 * group without a listed phrase, claims against a faith or an origin, threats as verb + object, insults
 * that need a frame, contempt without a bad word, a doubt from the net under the frames; and their
 * clean counterparts (negated, denounced, ordinary mentions of the same groups and verbs). Listed
 * on /regles/ with the rule's other examples.
 */
export const grammarExamples = {
  mustFlag: [
    'J’espère ⟦qu’on va tous les chasser, ces immigrés-là⟧.',
    '⟦Je méprise les personnes handicapées⟧.',
    '⟦Les femmes ne valent rien⟧.',
    'Encore ⟦des réfugiés qui vivent sur notre dos⟧.',
    '⟦Je vais te casser la gueule⟧.',
    '⟦Tu mérites de te faire tabasser⟧.',
    '⟦Même un enfant comprendrait⟧.',
    '⟦Bravo⟧, la rue est toujours pas déneigée.',
    '⟦Les Noirs sont naturellement violents⟧.',
    '⟦Les musulmans? Des rats⟧.',
    '⟦Tuez-les tous⟧.',
    '⟦T’es autiste⟧ ou quoi?',
    '⟦Les musulmans veulent nous imposer la charia⟧.',
    '⟦L’islam est incompatible avec nos valeurs⟧.',
    '⟦T’es donc ben épais⟧.',
    'Le maire ⟦est un épais⟧.',
    // A doubt: a group and a degrading word in one clause, read by no frame (a warning to check).
    '⟦Les immigrants restent à mes yeux de complètes pourritures⟧.',
    // A doubt: a question that may belittle a group (a warning to check).
    'À quoi ⟦servent les immigrants⟧?',
    'Le maire ⟦est un pourri⟧.',
    '⟦Je vais tuer un maximum de musulmans⟧.',
    '⟦Je vais trouver un gai et le tabasser⟧.',
    '⟦Les gais qui vivent ici devraient être pendus⟧.',
    // A doubt: a group and a degrading word split across the clauses of one sentence (a warning to check).
    'Pour être honnête, ce que je ressens pour les immigrants, c’est du ⟦mépris⟧.',
    '⟦Il conviendrait, selon moi, de fusiller tous ces réfugiés⟧.',
    '⟦J’éprouve à l’égard des musulmans un mépris⟧ profond.',
    'Il ⟦faut tuer le plus de musulmans⟧ possible.',
    // A doubt: harm announced or wished to a group that no threat frame reads (a warning to check).
    'Un jour, ⟦les Juifs finiront tous pendus⟧ aux lampadaires.',
    // A doubt: a group's access or presence called a misfortune (a warning to check).
    '⟦Permettre aux musulmans de voter serait la ruine⟧ de notre pays.',
    '⟦Les gais n’arrêtent pas d’être des pervers⟧.',
    // Contempt asked, not a question: the reader denied any standing or use.
    '⟦Vous servez à quoi⟧, au juste?',
    // A doubt: a people shrugged off (a warning to check).
    '⟦Les handicapés, on s’en torche⟧.',
    '⟦Je sais où habite la mairesse⟧.',
    // A doubt: a refusal said as a slogan, without a verb (a warning to check).
    '⟦Zéro aide pour les immigrants⟧ illégaux.',
    // A doubt: a people named beside words that leave the conclusion to the reader (a warning to check).
    'Les Roms campent encore au parc. ⟦Pure coïncidence⟧ si les vélos disparaissent.',
    'Le maire ⟦est un clown⟧.',
  ],
  mustPass: [
    'Les immigrants ne sont pas des criminels.',
    'Dire que les immigrants sont des parasites est inacceptable : nous avons retiré ce commentaire.',
    'Les immigrants sont les bienvenus à la bibliothèque.',
    'Pas de logement pour les réfugiés cet hiver, c’est inhumain.',
    'Comme par hasard, le déneigement passe jamais chez nous.',
    'Les aînés ont droit à un rabais à l’aréna.',
    'On va vous retrouver au kiosque samedi!',
    'Bravo à nos bénévoles!',
    'Tuer des immigrés, c’est un crime.',
    'Si vous êtes autiste, le service d’accompagnement vous répond.',
    'Les musulmans ne veulent pas imposer quoi que ce soit.',
    'La cave de l’hôtel de ville a été inondée.',
    'Le sort réservé aux réfugiés est révoltant.',
    'Je ne pense pas à frapper les immigrants.',
    'Ceux qui tabassent des gais sont des criminels.',
    'Ce genre de commentaire sur les musulmans n’a pas sa place ici.',
    'Est-ce que les réfugiés ont droit au programme?',
    'Ma fille a une tête de cochon.',
    'Les aînés sont menacés par la chaleur : restez au frais.',
    'Des parasites, les réfugiés? Franchement, non.',
    'Les réfugiés, je ne les ai jamais trouvés hypocrites.',
    'Je vais plus les tabasser, c’est fini ce temps-là.',
    'Les immigrants de mon quartier sont fatigués de la saleté des rues.',
    'Les réfugiés vont mourir de froid cet hiver si on ne fait rien.',
    'Ne pas accueillir les réfugiés serait une honte pour notre pays.',
    'Si tu soutiens encore que les Juifs devraient être gazés, je te bloque.',
    'Savez-vous lire les nouveaux panneaux de stationnement?',
    'J’arrive armé de patience pour la réunion du conseil.',
  ],
} as const;
