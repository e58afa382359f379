/**
 * Reference and scope in standard written French (3.2): long sentences with a relative clause, a
 * completive « que », an aside between commas, a dislocation, the reader addressed, questions that
 * assert. Written for this file in a formal, often translated register (not Québec spoken French),
 * each class with clean counterparts in the same register: negation, reported or denounced speech,
 * victims, praise, real questions. Said of a group: flagged (error or warning) on the City's account
 * and a « disrespectful » comment; clean: no error (a warning to check is allowed).
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, errors, tone } from './grammar-helpers.ts';

/** [said of the group (flagged), the same shape said of no one or in its defence (no error)] */
const taken: ReadonlyArray<readonly [string, string]> = [
  // A group named, then taken up by « ceux-là », « ils », « elles », « eux », « ces gens-là ».
  ['J’ai rencontré plusieurs musulmans cette année ; ceux-là sont tous des hypocrites.', 'J’ai rencontré plusieurs musulmans cette année ; ceux-là sont tous devenus mes amis.'],
  ['Les réfugiés arrivent par milliers et ils ne sont qu’un fardeau pour notre société.', 'Les réfugiés arrivent par milliers et ils ne sont qu’une petite partie de la population.'],
  ['Les personnes handicapées, on devrait cesser de les subventionner, car elles ne servent à rien.', 'Les personnes handicapées, on devrait les soutenir davantage, car elles sont trop souvent oubliées.'],
  ['Les musulmans sont partout dans nos écoles. Ils sont une menace pour nos enfants.', 'Les musulmans sont partout dans nos écoles. Ils sont des élèves comme les autres.'],
  ['J’ai vu des réfugiés devant l’hôtel de ville hier. Ces gens-là sont une honte.', 'J’ai vu des réfugiés devant l’hôtel de ville hier. Ces gens-là avaient besoin d’aide.'],
  ['Il y a de plus en plus de Noirs dans notre quartier. Ils sont tous des dealers.', 'Il y a de plus en plus de Noirs dans notre quartier. Ils ont ouvert de beaux commerces.'],
  ['Les Noirs sont nombreux dans ce quartier, et ils sont tous violents.', 'Les Noirs sont nombreux dans ce quartier, et ils y ont fondé plusieurs commerces.'],
  ['Les femmes veulent diriger les entreprises, alors qu’elles sont incapables de prendre une décision.', 'Les femmes veulent diriger les entreprises, et elles en sont parfaitement capables.'],
  ['Ce que je pense des Juifs, c’est qu’ils sont tous des escrocs.', 'Ce que je pense des Juifs, c’est qu’ils ont été persécutés trop longtemps.'],
  ['Ce qui me dérange chez les immigrés, c’est qu’ils sont sales.', 'Ce qui me dérange chez les immigrés, c’est qu’on les accueille si mal.'],
  ['Lorsque je vois des homosexuels, je me dis qu’ils sont une honte pour l’humanité.', 'Lorsque je vois des homosexuels, je me dis qu’ils ont bien du courage.'],
  ['Les Roms, je les connais bien : ce ne sont que des voleurs qui vivent aux crochets des autres.', 'Les Roms, je les connais bien : ce sont des gens accueillants qui vivent souvent dans la précarité.'],
  ['Les femmes qui se mêlent de politique, je les trouve parfaitement incompétentes.', 'Les femmes qui se mêlent de politique, je les trouve parfaitement compétentes.'],
  ['Ces immigrés, je ne les supporte plus : ce sont des bons à rien.', 'Ces immigrés, je les admire : ce sont des gens courageux.'],
  ['Les réfugiés ne méritent aucun respect, eux qui profitent de notre générosité.', 'Les réfugiés méritent le respect, eux qui ont tout perdu.'],
  ['Les Haïtiens, eux, sont tous des criminels.', 'Les Haïtiens, eux, ont beaucoup apporté à notre ville.'],
  ['Ces gens-là, les Roms, sont une véritable plaie.', 'Ces gens-là, les Roms, sont victimes de discrimination.'],
  ['Ceux-là, les immigrés, ne valent rien.', 'Ceux-là, les immigrés, ont reconstruit notre quartier.'],
  // Relative clauses « qui / que / dont » and asides between the group and what is said of it.
  ['Les immigrés que nous accueillons depuis des années sont, pour la plupart, des délinquants.', 'Les immigrés que nous accueillons depuis des années sont, pour la plupart, des travailleurs.'],
  ['Les gens du voyage, dont on connaît les habitudes, sont tous des voleurs.', 'Les gens du voyage, dont on connaît mal les habitudes, sont souvent mal accueillis.'],
  ['Les homosexuels, dont tout le monde connaît les mœurs, sont des pervers.', 'Les homosexuels, dont on a longtemps nié les droits, méritent le respect.'],
  ['Les trans, dont on parle tant ces temps-ci, ne sont que des malades mentaux.', 'Les trans, dont on parle tant ces temps-ci, ne sont pas des malades mentaux.'],
  ['Les personnes âgées, qui coûtent une fortune à l’État, sont des parasites.', 'Les personnes âgées, qui ont bâti ce pays, méritent notre reconnaissance.'],
  ['Il est évident que les autochtones, dont la paresse est légendaire, sont incapables de travailler.', 'Il est évident que les autochtones, dont les terres ont été prises, ont subi une injustice.'],
  ['Je n’éprouve que du mépris pour les personnes trans, qui sont des dégénérés.', 'Je n’éprouve que du respect pour les personnes trans.'],
  ['Je ne vois pas pourquoi on devrait respecter les homosexuels, qui sont des malades.', 'Je ne vois pas pourquoi on devrait insulter les homosexuels, qui sont nos voisins.'],
  ['Pourquoi devrait-on tolérer ces Noirs qui ne sont que des voleurs ?', 'Pourquoi devrait-on tolérer ceux qui traitent les Noirs de voleurs ?'],
  ['On accueille ces immigrés, qui sont des criminels.', 'On accueille ces immigrés, qui sont des travailleurs.'],
  ['Les musulmans que j’ai croisés dans ma vie étaient tous des fanatiques.', 'Les musulmans que j’ai croisés dans ma vie étaient tous très accueillants.'],
  // « la plupart » takes up the group just named; a bare answer after a question is said of the group asked about.
  ['Je ne dis pas que tous les musulmans sont méchants, mais la plupart sont des terroristes.', 'Les musulmans ne sont pas des terroristes ; la plupart sont des gens paisibles.'],
  ['Les immigrés arrivent par milliers ; la plupart sont des criminels.', 'Les immigrés arrivent par milliers ; la plupart sont des travailleurs.'],
  ['Les immigrés qui vivent ici, vous savez ce qu’ils sont ? Des parasites.', 'Les immigrés qui vivent ici, vous savez ce qu’ils sont ? Des gens courageux.'],
  ['Et que dire des réfugiés ? Des parasites.', 'Et que dire des réfugiés ? Des voisins comme les autres.'],
  // An object set apart by a comma, then « qui »: said of all of them; « des … qui » without a comma picks out some.
  ['Chaque année, on accueille des immigrés, qui sont des criminels.', 'Je connais des immigrés qui sont des criminels, comme je connais des Québécois qui en sont.'],
  ['Nous accueillons des réfugiés, qui ne sont que des profiteurs.', 'Nous accueillons des réfugiés, qui sont arrivés hier.'],
  // Written asides opened by a preposition (« dans leur ensemble », « malgré… », « à quelques exceptions près »).
  ['Il apparaît clairement que les Noirs, dans leur ensemble, sont plus violents que les autres.', 'Les Noirs, dans leur ensemble, sont des citoyens respectueux des lois.'],
  ['Nous savons tous que les autochtones, malgré l’aide qu’on leur donne, restent des paresseux.', 'Nous savons tous que les autochtones, malgré les injustices subies, restent fiers de leur culture.'],
  ['Les immigrés, à quelques exceptions près, sont des criminels.', 'Les immigrés, à quelques exceptions près, sont des travailleurs.'],
  ['Je ne comprends pas comment on peut accepter des musulmans, qui sont tous des terroristes.', 'Il faut accueillir des réfugiés, qui sont des gens courageux.'],
  ['Les Arabes, comme chacun le sait, sont des menteurs.', 'Les Arabes, comme chacun le sait, ont inventé l’algèbre.'],
];

/** [the reader addressed as a member of the group (flagged), the reader welcomed (no error)] */
const addressed: ReadonlyArray<readonly [string, string]> = [
  ['Vous, les musulmans, vous êtes une plaie pour ce pays.', 'Vous, les musulmans, vous êtes les bienvenus dans ce pays.'],
  ['Les immigrés comme vous ne méritent que le mépris.', 'Les immigrés comme vous méritent notre respect.'],
  ['Toi et tes semblables, les trans, vous n’êtes que des malades mentaux.', 'Toi et tes semblables, vous êtes les bienvenus à la bibliothèque.'],
  ['Les femmes comme toi devraient se taire et rester à la cuisine.', 'Les femmes comme toi devraient se présenter aux élections.'],
  ['Vous autres, les autochtones, vous êtes tous des parasites qui vivez de nos impôts.', 'Vous autres, les autochtones, vous êtes ici chez vous.'],
  ['Vous qui êtes noirs, vous êtes des êtres inférieurs.', 'Vous qui êtes noirs, vous avez le droit de vivre en paix.'],
  ['Vous, les Juifs, n’êtes que des parasites.', 'Vous, les Juifs, êtes chez vous ici.'],
  ['Les handicapés comme toi sont un fardeau pour la société.', 'Les handicapés comme toi sont une force pour la société.'],
  ['Toi et ceux de ta race, vous êtes des animaux.', 'Toi et ta famille, vous êtes les bienvenus.'],
  ['À vous, les musulmans, je dis que vous êtes des barbares.', 'À vous, les musulmans, je dis que vous êtes chez vous.'],
  ['Vous êtes tous des voleurs, vous les immigrés.', 'Vous êtes tous les bienvenus, vous les immigrés.'],
];

/** [a statement asked to be agreed with (flagged), the same question that defends or really asks (no error)] */
const asked: ReadonlyArray<readonly [string, string]> = [
  ['N’est-il pas évident que les immigrés sont des criminels ?', 'N’est-il pas évident que les immigrés enrichissent notre société ?'],
  ['Comment peut-on ignorer que les femmes sont moins intelligentes que les hommes ?', 'Pourquoi certaines personnes pensent-elles encore que les femmes sont moins douées ?'],
  ['Ne voyez-vous pas que les réfugiés sont des profiteurs ?', 'Est-il vrai que les réfugiés reçoivent une aide financière de la Ville ?'],
  ['N’est-ce pas la preuve que les immigrés sont des criminels ?', 'N’est-ce pas la preuve que les immigrés sont bien intégrés ?'],
  ['Faut-il vraiment rappeler que les Noirs sont violents ?', 'Faut-il vraiment rappeler que les Noirs ont été victimes d’esclavage ?'],
  ['Peut-on sérieusement nier que les musulmans sont des terroristes ?', 'Peut-on sérieusement croire que les musulmans sont tous des terroristes ?'],
  ['Ne trouvez-vous pas que les trans sont répugnants ?', 'Qui a écrit que les trans sont répugnants ? Ce message sera supprimé.'],
  ['Est-ce que quelqu’un peut m’expliquer pourquoi les réfugiés sont tous des profiteurs ?', 'Est-ce que quelqu’un peut m’expliquer pourquoi les réfugiés sont traités de profiteurs ?'],
  // Believing a good quality asked as absurd denies it; the same question about a bad one is counter-speech.
  ['Qui peut encore croire que les musulmans sont des gens pacifiques ?', 'Qui peut encore croire que les musulmans sont des terroristes ? Personne de sensé.'],
  ['Qui oserait prétendre que les femmes sont aussi intelligentes que les hommes ?', 'Qui oserait prétendre que les femmes sont moins intelligentes que les hommes ?'],
  ['Comment peut-on croire que les immigrés sont honnêtes ?', 'Qui pense que les immigrés sont honnêtes ? Levez la main.'],
  ['Qui croit vraiment que les autochtones sont travaillants ?', 'Qui peut croire que les autochtones ne sont pas travaillants ?'],
  ['Qui peut croire que les Noirs sont des êtres humains ?', 'Qui peut croire que les musulmans sont pacifiques ? Moi, évidemment.'],
];

/** [a completive or a restriction that the speaker asserts (flagged), a matrix that denies or reports it (no error)] */
const matrix: ReadonlyArray<readonly [string, string]> = [
  ['Il est grand temps d’admettre que les réfugiés ne sont qu’une bande de parasites.', 'Dire que les réfugiés ne sont qu’une bande de parasites, c’est propager la haine.'],
  ['Ce que les gens refusent d’admettre, c’est que les immigrés sont des criminels.', 'Ce que les gens refusent d’admettre, c’est que les immigrés paient des impôts.'],
  ['Ce que j’ai appris au fil des ans, c’est que les Arabes sont tous des menteurs.', 'Le racisme, qui consiste à dire que les Arabes sont des menteurs, doit être combattu.'],
  ['Je ne suis pas raciste, mais les Noirs sont des voleurs.', 'Les propos selon lesquels les Noirs seraient des voleurs sont inadmissibles.'],
  ['Je n’ai rien contre les immigrés, sauf qu’ils sont tous des parasites.', 'Je n’ai rien contre les immigrés.'],
  ['Je ne peux que constater que les femmes sont inférieures aux hommes.', 'Il est faux de dire que les femmes sont inférieures aux hommes.'],
  ['Il ne fait aucun doute que les réfugiés sont des profiteurs.', 'Ceux qui prétendent que les réfugiés sont des profiteurs se trompent lourdement.'],
  ['Personne ne peut nier que les autochtones sont des paresseux.', 'Personne ne peut affirmer que les autochtones sont des paresseux.'],
  ['On sait bien que les femmes ne sont bonnes qu’à faire des enfants.', 'Quiconque affirme que les femmes ne sont bonnes qu’à faire des enfants se trompe.'],
  ['Je pense, sincèrement, que les immigrés sont des criminels.', 'Certains prétendent, sans la moindre preuve, que les immigrés sont des criminels.'],
  ['Cela prouve que les immigrés sont des criminels.', 'Il n’a jamais été démontré que les immigrés sont des criminels.'],
  ['Les chiffres démontrent que les immigrés sont des criminels.', 'Rien ne prouve que les immigrés sont des criminels.'],
  ['Il a été prouvé que les musulmans sont plus violents.', 'Aucune étude ne démontre que les musulmans sont plus violents.'],
  ['Je vois les immigrés comme des parasites.', 'Ceux qui voient les immigrés comme des parasites se trompent.'],
  ['Il faut considérer les réfugiés comme des parasites.', 'Il faut cesser de considérer les réfugiés comme des parasites.'],
  ['Les musulmans ne sont que des terroristes en puissance.', 'Les musulmans ne sont que des citoyens comme les autres.'],
  // Others' disbelief in the speaker's own deed asserts it; the speaker's own disbelief or a claim called false does not.
  ['Mes voisins ne croient pas que je vais chasser tous les immigrés du quartier, ils verront bien.', 'Mes voisins croient que je vais chasser tous les immigrés du quartier, ce qui est absurde.'],
  ['Ces musulmans ne pensent pas que je vais tous les tuer, et pourtant.', 'Ces musulmans pensent que je vais tous les tuer, mais c’est faux.'],
  // A word of the hateful statement itself does not denounce it: the group's own things called lies, the contrary
  // denounced, a verdict denied before the saying, an accusation against the speaker, words reported then endorsed.
  ['Les musulmans sont des terroristes, et leur religion n’est qu’un tissu de mensonges.', 'Les musulmans ne sont pas des terroristes, et le prétendre est un mensonge.'],
  ['Les immigrés sont des parasites ; prétendre le contraire est un mensonge.', 'Prétendre que les immigrés sont des parasites est un mensonge.'],
  ['Les trans sont des dégénérés, et leur prétendue discrimination est une invention.', 'Les trans ne sont pas des malades, et leur discrimination est bien réelle.'],
  ['Ce n’est pas de la haine de dire que les immigrés sont des criminels.', 'C’est de la haine de dire que les immigrés sont des criminels.'],
  ['On m’accuse de racisme parce que je dis que les Arabes sont des voleurs, mais c’est la vérité.', 'On a accusé mon voisin de racisme parce qu’il disait que les Arabes sont des voleurs.'],
  ['Les gens disent que les Noirs sont violents, et c’est vrai.', 'Certains disent qu’il est vrai que les Noirs sont violents ; c’est un préjugé.'],
  ['Mon grand-père disait que les Juifs étaient des escrocs, et il avait raison.', 'Mon grand-père disait que les Juifs étaient des escrocs, et il avait tort.'],
  ['Les immigrés sont des criminels, n’en déplaise aux bien-pensants qui crient au racisme.', 'Les immigrés ne sont pas des criminels, et ceux qui le prétendent font preuve de racisme.'],
  // « ne … jamais / plus que » restricts like « ne … que »; « ne … jamais » alone negates.
  ['Les femmes n’ont jamais été que des objets.', 'Les femmes n’ont jamais été des objets.'],
  ['Les immigrés ne sont plus que des parasites.', 'Les immigrés ne sont plus des étrangers ici.'],
  ['Les musulmans ne seront jamais que des terroristes.', 'Je n’ai jamais dit que les musulmans sont des terroristes.'],
  ['Les femmes ne sont jamais que des objets.', 'Les femmes ne sont jamais des objets.'],
];

/** Counter-speech in written French: reported, denounced or denied hate; no error. */
const counter: readonly string[] = [
  'Prétendre que les immigrés sont des criminels est inacceptable.',
  'Affirmer que les musulmans sont des terroristes relève du pur racisme.',
  'Ce commentaire, qui traite les homosexuels de répugnants, a été supprimé.',
  'Les autochtones ne sont pas des paresseux, contrairement à ce que certains prétendent.',
  'Je ne supporte pas qu’on insulte les musulmans.',
  'Les handicapés ne sont pas des bouches inutiles, comme certains l’écrivent.',
  'Il est inacceptable de traiter les Noirs de violents.',
  'Nous condamnons les messages affirmant que les Juifs sont des rats.',
  'Les gens qui disent que les trans sont des malades devraient s’informer.',
  'Votre commentaire laissant entendre que les immigrés sont des parasites a été retiré.',
  'Il n’est pas vrai que les autochtones vivent de nos impôts.',
  'On entend souvent dire que les musulmans sont dangereux, ce qui est complètement faux.',
  'Affirmer que les musulmans sont tous des terroristes, c’est faire preuve d’une ignorance crasse.',
  'Ceux qui répètent que les immigrés volent nos emplois n’ont jamais consulté les statistiques.',
  'Je suis outré qu’on puisse encore écrire que les femmes sont inférieures aux hommes.',
  'Votre publication, selon laquelle les Noirs seraient moins intelligents, sera retirée.',
  'Il est navrant de lire, en 2024, que les homosexuels seraient des malades.',
  'Il est désolant d’entendre dire que les femmes sont des objets.',
  'Nous avons reçu plusieurs messages affirmant que les réfugiés sont des parasites ; ils ont été supprimés.',
  'Traiter les autochtones de paresseux relève du préjugé le plus grossier.',
  'L’idée selon laquelle les Juifs contrôleraient le monde est une théorie du complot antisémite.',
  'Les personnes handicapées ne sont en rien un fardeau pour notre société.',
  'Contrairement à ce que prétend ce commentaire, les trans ne sont pas des malades mentaux.',
  'J’en ai assez d’entendre que les musulmans seraient incapables de s’intégrer.',
  'Il est faux et dangereux de prétendre que les Arabes sont des voleurs.',
  'Qualifier les réfugiés de vermine, c’est reprendre le vocabulaire des pires heures de l’histoire.',
  'Quand un élu déclare que les immigrés sont des criminels, il attise la haine.',
  'Les propos de cet internaute, qui compare les Noirs à des singes, sont intolérables.',
  'La conseillère a dénoncé ceux qui affirment que les femmes ne devraient pas travailler.',
  'On ne peut pas laisser dire que les homosexuels sont une menace pour les enfants.',
  'Rien ne permet d’affirmer que les réfugiés sont plus violents que le reste de la population.',
  'Ce genre de discours, qui présente les musulmans comme des envahisseurs, nourrit la haine.',
  'Je refuse qu’on traite mes voisins haïtiens de criminels.',
  'Dire des femmes qu’elles sont hystériques est un vieux cliché sexiste.',
  'Les insultes qui visent les personnes trans n’ont pas leur place sur nos réseaux.',
  'Les commentaires qui ciblent les musulmans ne sont pas les bienvenus ici.',
  'Beaucoup de Noirs se font encore traiter de voleurs, et cela doit cesser.',
  'Le message qui affirmait que les Juifs sont des rats a été signalé à la police.',
  'Personne ne devrait avoir à entendre que les handicapés sont des bouches inutiles.',
  'Les réfugiés que nous avons accueillis ne sont pas des profiteurs : ils travaillent fort.',
  'Les gens qui disent que les immigrés sont sales ne les ont jamais rencontrés.',
  'Est-ce vraiment acceptable de dire que les autochtones sont des ivrognes ?',
  'N’est-il pas honteux que certains traitent encore les Noirs de sauvages ?',
  'Je refuse d’entendre que les trans sont répugnants.',
  'Ceux qui traitent les immigrés de parasites ne connaissent rien à l’économie.',
  'Les femmes n’ont jamais été que des objets aux yeux de certains misogynes, ce qui est révoltant.',
  // A pretext, a portrayal by someone else, a piece of speech described by its participle.
  'Sous prétexte que les immigrés seraient des criminels, certains réclament leur expulsion.',
  'Ceux qui voient les réfugiés comme des parasites oublient ce qu’ils ont vécu.',
  'Les personnes qui considèrent les immigrés comme des parasites se trompent.',
  'Cette caricature représentant les Juifs comme des rats a été retirée.',
  'Ce dessin montrant les musulmans comme des terroristes est odieux.',
  'Insinuer que les Juifs sont des escrocs est profondément antisémite.',
  'Il faut arrêter de considérer les réfugiés comme des profiteurs.',
  'Les stéréotypes qui présentent les Noirs comme des criminels sont tenaces.',
  'Je ne tolérerai pas que vous traitiez les femmes d’hystériques.',
  'Combien de fois faudra-t-il répéter que les réfugiés ne sont pas des criminels ?',
  'Selon ce commentateur, les femmes seraient incapables de diriger ; c’est évidemment faux.',
  'Il est regrettable que certains voient encore les Noirs comme des êtres inférieurs.',
];

const flagged = (text: string): void => {
  expect(tone(text).length).toBeGreaterThan(0);
  expect(classifyIncoming(text)).toBe('disrespectful');
};

for (const [title, rows] of [
  ['a group taken up by a pronoun, a relative clause or an aside', taken],
  ['the reader addressed as one of the group', addressed],
  ['a question that asserts', asked],
  ['a completive, a restriction and the matrix above it', matrix],
] as const) {
  describe(`written French: ${title}`, () => {
    for (const [said, clean] of rows) {
      it(said, () => flagged(said));
      it(clean, () => expect(errors(clean)).toEqual([]));
    }
  });
}

describe('written French: counter-speech stays without error', () => {
  for (const text of counter) it(text, () => expect(errors(text)).toEqual([]));
});
