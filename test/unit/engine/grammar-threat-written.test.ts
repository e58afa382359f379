/**
 * Threats and calls for harm in STANDARD WRITTEN French (round 7): long sentences with a relative clause
 * between the verb and its victims, a completive « que », « ce qu'il faudrait, c'est… », an incise between
 * commas, an address to the reader, a dislocation; formal frames (« il conviendrait de », « il est grand
 * temps que », « la meilleure chose à faire serait de », « il me tarde de », « je n'hésiterai pas à »,
 * « puissent-ils »). Each class has clean counterparts in the same register: the same verbs in ordinary
 * senses, condemnation, news of a crime, negated intentions, victims. Written for this file, not copied
 * from any data set. The second batch of each was written after the mechanisms were fixed, to check
 * that they generalise.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, errors } from './grammar-helpers.ts';

const harmful: Record<string, readonly string[]> = {
  'direct': [
    'Je vais égorger chaque musulman que je croiserai sur mon chemin.',
    'Vous, les homosexuels, vous ne perdez rien pour attendre.',
    'Je jure que j\'abattrai le premier réfugié qui osera s\'approcher de ma maison.',
    'Nous allons traquer sans relâche tous les Juifs qui vivent dans cette ville.',
    'Croyez-moi, je finirai par tuer ces Noirs qui se croient tout permis.',
    'Le jour venu, nous exterminerons jusqu\'au dernier ces musulmans que vous défendez tant.',
    'Je n\'hésiterai pas un instant à abattre les immigrés qui traverseront la frontière.',
    'Je compte bien faire souffrir tous les homosexuels de mon quartier.',
    'Je prendrai plaisir à massacrer chacun des réfugiés que le gouvernement nous envoie.',
    'Tous les Juifs que je rencontrerai désormais seront battus à mort.',
    'Les femmes qui osent porter plainte contre moi, je les étranglerai de mes propres mains.',
    'Vous, les Juifs qui contrôlez les banques, vous serez bientôt tous exécutés.',
    'J\'ai la ferme intention de poignarder le prochain immigré que je verrai.',
    'Attendez un peu, les homosexuels : nous allons vous faire la peau.',
    'Nous finirons par vous égorger tous, vous et vos semblables, sales musulmans.',
    'Je ne laisserai aucun Noir vivant dans ce quartier.',
    'Je tirerai sur tous les immigrés qui s\'approcheront de ma propriété.',
    'Ces immigrés que vous aimez tant, je vais les massacrer un par un.',
    'Je vais tous les tuer, ces handicapés qui vivent à nos crochets.',
  ],
  'normative': [
    'Il est grand temps que l\'on se débarrasse une fois pour toutes de ces immigrés.',
    'Ce qu\'il faudrait, c\'est fusiller tous les musulmans qui refusent nos valeurs.',
    'Ce qu\'il faudrait faire, c\'est pendre tous les homosexuels sur la place publique.',
    'La seule solution est d\'exterminer les Roms qui envahissent nos villes.',
    'Il conviendrait d\'éliminer physiquement les réfugiés avant qu\'ils ne se multiplient.',
    'Qu\'on les pende tous, ces traîtres de Juifs.',
    'Il faudrait, à mon humble avis, abattre tous les Noirs qui traînent dans nos rues.',
    'Les autorités devraient enfin avoir le courage d\'exécuter les immigrés clandestins.',
    'Il serait souhaitable que quelqu\'un mette fin à la vie de tous ces musulmans.',
    'À mon sens, la meilleure chose à faire serait de brûler vifs les homosexuels.',
    'Nous devons, sans plus attendre, anéantir les musulmans qui vivent parmi nous.',
    'Il est urgent d\'éradiquer les Juifs de notre pays.',
    'Il faut que quelqu\'un tue les immigrés qui volent nos emplois.',
    'Le mieux serait encore de les abattre tous, ces immigrés.',
    'Il est temps de passer à l\'action et de massacrer ces musulmans.',
    'Pour régler le problème des réfugiés, il suffirait de les exécuter.',
    'Il est de notre devoir d\'exterminer les Noirs avant qu\'il ne soit trop tard.',
    'La société serait bien plus saine si l\'on pendait tous les homosexuels.',
    'Il faudrait que l\'État fasse fusiller les musulmans qui prient dans la rue.',
    'Ce dont ce pays a besoin, c\'est qu\'on extermine enfin les immigrés.',
  ],
  'wishes': [
    'J\'espère que quelqu\'un finira par abattre tous ces immigrés.',
    'Puissent-ils tous crever, ces musulmans.',
    'Je rêve du jour où tous les Juifs auront été exterminés.',
    'Je souhaite de tout cœur que les homosexuels brûlent vifs.',
    'J\'attends avec impatience le jour où l\'on pendra les réfugiés.',
    'Si seulement quelqu\'un pouvait égorger tous les Noirs de ce quartier.',
    'Je prie pour que tous les trans meurent dans d\'atroces souffrances.',
    'Que Dieu fasse périr tous ces musulmans qui nous envahissent.',
    'J\'aimerais tant voir les immigrés se faire massacrer.',
    'Rien ne me ferait plus plaisir que de voir tous les Juifs mourir.',
    'Vivement que l\'on extermine les homosexuels.',
    'Il me tarde de voir les réfugiés pendus sur la place publique.',
    'Ce serait formidable si quelqu\'un tuait tous ces immigrés.',
    'Je souhaiterais qu\'on abatte tous les Autochtones qui bloquent les routes.',
  ],
  'written after the fix': [
    'Il conviendrait, selon moi, de fusiller sans procès tous les Roms de la région.',
    'Je n\'hésiterais pas une seconde à poignarder un de ces musulmans qui prient dans la rue.',
    'Il est grand temps qu\'on extermine ces Juifs qui nous volent.',
    'Nous devrions, une fois pour toutes, pendre les homosexuels qui paradent dans nos rues.',
    'La meilleure solution serait d\'abattre tous les immigrés qui franchissent illégalement la frontière.',
    'Il me tarde de voir ces féministes brûlées vives.',
    'Je prendrais un immense plaisir à égorger tous ces réfugiés.',
    'Puissent-elles toutes mourir, ces lesbiennes dégoûtantes.',
    'Ce serait merveilleux si l\'on pouvait exterminer tous les Noirs de ce pays.',
    'Il est de notre devoir de massacrer les Arabes avant qu\'ils ne nous envahissent.',
    'Tout Juif qui s\'installera dans ce village sera pendu.',
    'Tous les immigrés qui entreront dans ce quartier seront tués.',
    'Je ne laisserai aucun homosexuel vivant sur mon passage.',
    'Il serait temps de passer aux actes et d\'abattre ces trans.',
    'Nous allons, croyez-moi, éliminer physiquement tous les musulmans.',
    'J\'aimerais tellement voir les Autochtones fusillés.',
    'Il conviendrait d\'éradiquer définitivement ces Roms.',
    'Il faudrait, sans plus tarder, exécuter les réfugiés qui commettent des crimes.',
    'Je n\'hésiterai jamais à tuer les immigrés qui s\'approchent de ma famille.',
    'Ce qu\'il nous faut, c\'est que quelqu\'un abatte tous ces musulmans.',
    'Le mieux serait tout simplement de noyer ces réfugiés.',
    'Je tuerai de mes propres mains chacun des Juifs qui vit dans ma rue.',
    'Je compte bien faire souffrir toutes les femmes qui m\'ont rejeté.',
    'Je vous promets, les Noirs, que nous vous pendrons tous.',
    'Il est urgent, à mon avis, de massacrer les homosexuels.',
  ],
  'third batch: the reader addressed, subjunctive passives, clefts': [
    'Vous, les musulmans, vous finirez tous au bout d\'une corde.',
    'Sachez que nous viendrons vous chercher un par un, sales immigrés.',
    'Toi et tes semblables, je vais vous exterminer jusqu\'au dernier.',
    'Les homosexuels comme vous devraient être fusillés sur-le-champ.',
    'J\'espère qu\'un jour quelqu\'un aura le courage de pendre tous ces immigrés.',
    'Je souhaite qu\'un jour prochain les musulmans soient tous exterminés.',
    'Il faudrait que ces réfugiés qui profitent de notre pays soient tous fusillés.',
    'Un jour viendra où nous égorgerons tous les musulmans de ce pays.',
    'Je ferai en sorte que chaque immigré qui vit ici soit abattu.',
    'Il est temps que quelqu\'un se décide enfin à massacrer ces trans.',
    'Je souhaiterais de tout cœur que l\'on brûle ces musulmans sur le bûcher.',
    'Je n\'attends qu\'une chose : que l\'on exécute enfin tous les homosexuels.',
  ],
};

const clean: Record<string, readonly string[]> = {
  'ordinary senses, condemnation, news, negation': [
    'Je vais égorger le poulet que j\'ai acheté au marché pour le souper.',
    'Je m\'occuperai personnellement de chaque dossier que vous me transmettrez.',
    'Il est grand temps que l\'on se débarrasse de ces vieux meubles qui encombrent le sous-sol.',
    'Ce qu\'il faudrait, c\'est éliminer les délais qui pénalisent les nouveaux arrivants.',
    'La seule solution est d\'éradiquer la pauvreté qui frappe tant d\'immigrés.',
    'Il conviendrait d\'accueillir les réfugiés avec dignité.',
    'J\'espère que quelqu\'un finira par aider les immigrés qui attendent leurs papiers.',
    'Je rêve du jour où tous les enfants auront accès à l\'école.',
    'Puissent-ils tous trouver la paix, ces réfugiés qui ont tant souffert.',
    'Il faut condamner avec fermeté ceux qui menacent de tuer les musulmans.',
    'Appeler à pendre les homosexuels est un crime puni par la loi.',
    'Un homme a été arrêté après avoir poignardé un immigré dans le métro.',
    'Trois musulmans ont été tués lors de l\'attaque contre la mosquée de Québec.',
    'Je ne ferai jamais de mal à un réfugié, quoi qu\'en disent certains.',
    'Personne ne devrait être tué en raison de sa religion.',
    'Je n\'ai aucunement l\'intention de m\'en prendre aux immigrés.',
    'Ceux qui rêvent d\'exterminer les Juifs doivent être dénoncés.',
    'Les propos qui appellent à massacrer les Noirs sont inacceptables.',
    'Il est grand temps que l\'on protège les personnes trans contre la violence.',
    'Ce qu\'il faudrait faire, c\'est abattre les arbres malades qui bordent la rue.',
    'Je vais tuer le temps en attendant l\'autobus.',
    'Les pompiers ont dû abattre le mur qui menaçait de s\'effondrer.',
    'La meilleure chose à faire serait d\'éliminer les obstacles qui freinent l\'embauche des immigrés.',
    'J\'espère que les homosexuels ne seront plus jamais agressés dans ce quartier.',
    'Le tribunal a condamné l\'homme qui avait menacé de pendre ses voisins musulmans.',
    'Je souhaite de tout cœur que les réfugiés trouvent ici un foyer.',
    'Qu\'on les accueille tous, ces réfugiés, c\'est notre devoir.',
    'Il est inacceptable que l\'on menace de mort les personnes handicapées.',
    'Je prie pour que tous les trans soient enfin respectés.',
    'Nous devons combattre le racisme qui tue encore des Noirs chaque année.',
    'Il faudrait éradiquer la haine envers les Juifs.',
    'Les immigrés qui ont fui la guerre ont vu leurs familles massacrées.',
    'Je m\'occuperai personnellement de l\'accueil des nouveaux arrivants.',
    'Le jour où les femmes auront enfin l\'égalité salariale, je serai heureuse.',
    'Je n\'ai jamais souhaité que les musulmans souffrent, contrairement à ce que vous affirmez.',
    'Dire qu\'il faudrait exterminer les immigrés, c\'est de la haine pure.',
    'Le suspect aurait voulu abattre les fidèles qui priaient dans la mosquée.',
    'Il est grand temps que l\'on arrête ceux qui menacent les Juifs.',
    'Je vais m\'occuper moi-même des réfugiés qui arrivent ce soir au centre d\'accueil.',
    'Nous allons traquer sans relâche les fraudeurs qui s\'en prennent aux aînés.',
    'Je tirerai les leçons de cette rencontre avec les immigrés du quartier.',
    'La seule solution est d\'offrir un logement aux réfugiés qui dorment dehors.',
  ],
  'written after the fix': [
    'Il conviendrait, selon moi, d\'accueillir sans délai tous les Roms de la région.',
    'Je n\'hésiterais pas une seconde à aider un de ces musulmans qui prient dans la rue.',
    'Il est grand temps qu\'on protège ces Juifs qui reçoivent des menaces.',
    'La meilleure solution serait d\'abattre les préjugés qui visent les immigrés.',
    'Il me tarde de voir ces féministes élues au conseil municipal.',
    'Je prendrais un immense plaisir à recevoir tous ces réfugiés à souper.',
    'Ce serait merveilleux si l\'on pouvait loger tous les réfugiés de ce pays.',
    'Il est de notre devoir de protéger les Arabes contre la haine.',
    'Tous les immigrés qui entreront dans ce quartier seront accueillis.',
    'Il serait temps de passer aux actes et d\'aider ces trans.',
    'J\'aimerais tellement voir les Autochtones représentés au conseil.',
    'Il conviendrait d\'éradiquer définitivement le racisme envers les Roms.',
    'Je n\'hésiterai jamais à défendre les immigrés qui s\'approchent de ma famille.',
    'Le mieux serait tout simplement de consulter ces réfugiés.',
    'Les Noirs tués par la police méritent justice.',
    'Je ne souhaite pas que les homosexuels soient pendus, contrairement à vous.',
    'Personne ne mérite d\'être fusillé pour sa religion.',
    'Il me tarde de voir les coupables de l\'attentat contre les musulmans condamnés.',
    'Le mieux serait d\'éliminer le gaspillage dans les services aux immigrés.',
    'J\'aimerais voir les pompiers éteindre le feu avant qu\'il ne touche les maisons.',
  ],
  'third batch': [
    'Vous, les bénévoles, vous finirez tous au gala de fin d\'année.',
    'Sachez que nous viendrons vous chercher un par un à la gare, chers réfugiés.',
    'J\'espère qu\'un jour quelqu\'un aura le courage de défendre tous ces immigrés.',
    'Ce que je voudrais, c\'est voir tous les Noirs respectés dans nos institutions.',
    'Il faudrait que ces réfugiés qui arrivent soient tous logés avant l\'hiver.',
    'La seule chose que méritent les Juifs, c\'est le respect.',
    'Je ferai en sorte que chaque immigré qui vit ici soit accueilli.',
    'Le suspect a été accusé d\'avoir voulu abattre les fidèles de la mosquée.',
    'Ceux qui souhaitent que l\'on exécute les homosexuels doivent être poursuivis.',
    'Personne ne devrait jamais souhaiter que les Roms périssent dans un incendie.',
  ],
};

/** Still missed (or still wrongly an error): kept so that a fix shows up as a failing « fails » case to move above. */
const missed = [
  'Vous autres, les Juifs, vous allez bientôt tous mourir.',
  'Ce que je voudrais, c\'est voir tous les Noirs pendus aux arbres.',
  'Ce que nous devrions faire, c\'est abattre chacun des réfugiés qui arrive ici.',
  'La seule chose que méritent les Juifs, c\'est une balle dans la tête.',
  'Nous ne cesserons de traquer les homosexuels que lorsqu\'ils seront tous morts.',
  'Ce serait une bénédiction si tous les Roms périssaient dans un incendie.',
  'À ceux qui défendent les immigrés : vous serez les prochains à être abattus.',
  'Les Juifs qui liront ce message feraient mieux de se cacher, car nous arrivons.',
  'Je m\'occuperai personnellement de chaque immigré qui mettra les pieds dans ce quartier.',
  'Tout musulman qui franchira cette porte sera abattu sans sommation.',
  'Je vais m\'occuper moi-même de tous ces réfugiés qui squattent nos hôtels.',
  'Il n\'y a qu\'une seule chose à faire avec les trans : les éliminer.',
  'On devrait noyer dans le fleuve tous ces réfugiés qui arrivent par bateau.',
  'Que l\'on fusille tous les homosexuels, voilà ce que je propose.',
  'Mon vœu le plus cher est que les musulmans disparaissent dans un bain de sang.',
  'J\'espère sincèrement que les femmes qui portent le voile finiront toutes poignardées.',
  'Dieu veuille que tous ces réfugiés se noient avant d\'atteindre nos côtes.',
];
const stillFlagged = [
  'Vous ne perdez rien pour attendre : la nouvelle bibliothèque ouvrira ses portes en juin.',
  'Il n\'est jamais acceptable d\'appeler à fusiller les homosexuels.',
];

for (const [title, texts] of Object.entries(harmful)) {
  describe(`standard written threat — ${title}`, () => {
    it.each(texts)('%s', (text) => {
      expect(errors(text).length).toBeGreaterThan(0);
      expect(classifyIncoming(text)).toBe('disrespectful');
    });
  });
}
for (const [title, texts] of Object.entries(clean)) {
  describe(`standard written clean counterpart — ${title}`, () => {
    it.each(texts)('%s', (text) => expect(errors(text)).toEqual([]));
  });
}
describe('known misses (a fix makes these fail: move them up)', () => {
  it.fails.each(missed)('%s', (text) => {
    expect(errors(text).length).toBeGreaterThan(0);
    expect(classifyIncoming(text)).toBe('disrespectful');
  });
  it.fails.each(stillFlagged)('%s', (text) => expect(errors(text)).toEqual([]));
});
