/**
 * Threat frames no reader had (round 8), written for this file (not copied from any data set), half standard
 * written French, half Québec: an impact on a body part after ANY verb (« lui loger une balle dans le crâne »),
 * an adverbial between the verb and its victims (« une bonne fois pour toutes », « sans hésiter », « à coups de… »),
 * an attack on a people's places (« faire sauter leur mosquée »), mass violence as a noun foretold or approved
 * (« ce sera un bain de sang pour les… », « une bonne boucherie de… »), a death foretold with a cruel manner
 * (« va mourir d'une mort lente »), the reader threatened in the plural future and passive (« vous serez tous… »),
 * and wrongdoers, no identity group, as victims of killing called for (« tous les voleurs doivent être tués »).
 * Each class has clean counterparts in the same register: news, history, sport and games, cooking, medicine,
 * negated intentions, condemnation, ordinary senses. The second batch of each class was written after the
 * mechanisms of the first, to check that they carry over.
 */
import { describe, expect, it } from 'vitest';
import { classifyIncoming, errors } from './grammar-helpers.ts';

const harmful: Record<string, readonly string[]> = {
  'an impact on a body part, any verb': [
    'Je vais lui loger une balle dans le crâne, à ce musulman.',
    'Je vais leur coller une balle entre les deux yeux, à ces immigrés.',
    'Un jour, je vais planter un couteau dans le ventre de ce Juif.',
    'J\'vas y crisser une balle dans la tête, au maudit réfugié.',
    'Je lui enverrai une balle dans la nuque, à cet Arabe, tu peux me croire.',
    'Je vais y rentrer un couteau dans les côtes, à c\'t\'immigré-là.',
    'Ce Noir-là, je vais lui tirer une balle dans le dos.',
    'Les homosexuels, on devrait leur mettre une balle dans la tête.',
    'Je rêve de leur planter une lame dans le cœur, à tous ces Roms.',
    'J\'ai hâte de lui loger une balle dans la tête.',
    'Un jour ou l\'autre, je vais lui vider mon chargeur dans le corps, à ce maudit Arabe.',
    'Tu vas voir, on va leur enfoncer des couteaux dans le ventre, à ces Juifs.',
    'Ce musulman-là, je lui logerais volontiers une balle entre les deux yeux.',
    'Si je croise un immigré, je lui plante mon couteau dans la gorge.',
    'Moi, j\'leur sacrerais une balle dans la tête à tous ces réfugiés.',
    'Il faudrait leur tirer une balle dans la nuque, à tous ces homosexuels.',
  ],
  'an adverbial between the verb and its victims': [
    'Il faut éliminer une bonne fois pour toutes ces immigrés.',
    'On va tuer sans hésiter tous les musulmans qui nous barrent la route.',
    'Il faudrait exterminer sans aucune pitié tous ces Juifs.',
    'Faut se débarrasser au plus crisse de tous les réfugiés.',
    'Nous devons abattre dès demain matin tous les Arabes du quartier.',
    'On va éliminer un après l\'autre tous les homosexuels de la ville.',
    'Il faudrait pendre haut et court tous les trans.',
    'Je vais massacrer à coups de bâton tous ces Noirs.',
    'On devrait exécuter publiquement tous les musulmans qui prient dans la rue.',
    'Il faut exterminer jusqu\'au dernier, sans exception, tous ces Roms.',
    'On devrait pendre sur-le-champ tous les musulmans qui prient dehors.',
    'Nous allons abattre froidement et méthodiquement chacun de ces immigrés.',
    'Faudrait tuer au plus sacrant toutes ces tapettes.',
    'Il faut gazer sans autre forme de procès tous les Juifs de la planète.',
    'On va massacrer à la machette tous les Noirs du quartier.',
    'On va éliminer en masse tous ces réfugiés, crois-moi.',
    'Il faudrait fusiller dès ce soir tous les Arabes de la ville.',
  ],
  'an attack on a people\'s places': [
    'Je vais faire exploser une bombe dans leur mosquée.',
    'On devrait mettre le feu à toutes les synagogues de la ville.',
    'Quelqu\'un devrait poser une bombe dans le centre culturel des Juifs.',
    'Je vais aller brûler leur église, à ces immigrés.',
    'On va faire sauter le centre communautaire des musulmans.',
    'Ce serait bien que quelqu\'un incendie le temple de ces sikhs.',
    'Leur synagogue, je vais la faire sauter avec eux dedans.',
    'Nous allons réduire en cendres les mosquées de ces musulmans.',
    'On devrait faire sauter toutes les mosquées du Québec.',
    'J\'ai hâte de mettre le feu à leur synagogue.',
    'Je vais lancer un cocktail Molotov dans leur mosquée, à ces musulmans.',
    'Quelqu\'un devrait faire exploser la synagogue de la rue Laviolette.',
    'Il faudrait bombarder leurs mosquées, à ces islamistes.',
  ],
  'mass violence as a noun, foretold or approved': [
    'On va faire une boucherie de ces immigrés.',
    'Ce sera un bain de sang pour les musulmans.',
    'Il faudrait faire un carnage parmi ces Juifs.',
    'Ça va être une vraie boucherie pour les Arabes, je vous le garantis.',
    'On va faire un massacre de ces réfugiés dans leur camp.',
    'Pour les homosexuels, ce sera un bain de sang.',
    'Prépare-toi, ça va être un carnage chez les immigrés.',
    'Une bonne boucherie de Roms, c\'est ce qu\'il nous faut.',
    'On va faire une vraie boucherie de ces immigrés, vous allez voir.',
    'Ce qu\'il faut, c\'est un bon massacre de musulmans.',
    'Ce sera un carnage pour les Juifs de cette ville.',
    'Ça va être un bain de sang chez les Arabes, je vous le jure.',
    'Pour les réfugiés, ça va être une boucherie.',
  ],
  'a death foretold with a cruel manner': [
    'Cet immigré va mourir d\'une mort lente.',
    'Ces musulmans vont crever dans d\'atroces souffrances.',
    'Ce Juif va mourir à petit feu, je vous le promets.',
    'Les réfugiés vont crever comme des chiens.',
    'Tous ces Noirs vont mourir dans la douleur.',
    'Les trans vont souffrir jusqu\'à leur dernier souffle.',
    'Cette musulmane va crever lentement, seule dans son coin.',
    'Ces Arabes mourront dans d\'horribles souffrances.',
    'Les Juifs vont agoniser pendant des jours.',
    'Cette Juive-là va crever à petit feu, je le sais.',
    'Ces Noirs vont mourir comme des chiens dans la rue.',
    'Ces musulmans vont périr dans les flammes.',
    'Ce réfugié va souffrir atrocement avant de mourir.',
    'Les homosexuels vont agoniser lentement, croyez-moi.',
    'Les immigrés mourront dans la douleur, c\'est promis.',
  ],
  'the reader threatened, plural future and passive': [
    'Vous allez crever comme des rats, bande d\'immigrés.',
    'Vous serez tous pendus, sales musulmans.',
    'Vous, les immigrés, vous serez tous abattus.',
    'Vous allez tous être massacrés, les homosexuels.',
    'Vous serez exterminés jusqu\'au dernier, les Juifs.',
    'Les réfugiés, vous allez toutes vous faire égorger.',
    'Vous finirez tous au bout d\'une corde, les Arabes.',
    'Bande de musulmans, vous allez être brûlés vifs.',
    'Vous serez tous fusillés, vous et vos enfants, les Roms.',
    'Vous allez tous être pendus haut et court, les Juifs.',
    'Vous serez tous égorgés, les musulmans, un par un.',
    'Les Noirs, vous allez tous vous faire abattre.',
    'Vous serez brûlés vifs jusqu\'au dernier, les homosexuels.',
  ],
  'wrongdoers, killing called for': [
    'Tous les voleurs doivent être tués.',
    'Les pédophiles méritent d\'être pendus sur la place publique.',
    'Il faudrait abattre tous les violeurs.',
    'Les politiciens corrompus devraient être fusillés.',
    'Tous les junkies du centre-ville, faudrait les tuer.',
    'Les criminels, on devrait tous les exécuter sans procès.',
    'Chaque pédophile mérite une balle dans la tête.',
    'Les vendeurs de drogue devraient être pendus.',
    'Tous les violeurs devraient être pendus.',
    'Les pédophiles, faudrait tous les fusiller.',
    'Chaque terroriste mérite la corde.',
    'Il faudrait exécuter tous les trafiquants de drogue.',
    'Les voleurs, je les tuerais tous de mes propres mains.',
    'Tous les criminels méritent une balle dans la tête.',
  ],
};

const clean: Record<string, readonly string[]> = {
  'an impact told, treated or figurative': [
    'Un homme a logé une balle dans le crâne de sa victime, selon la police.',
    'Le chirurgien a retiré une balle logée dans le crâne du soldat.',
    'Il a reçu une balle dans la jambe lors de la fusillade de 1989.',
    'Je vais mettre une balle dans la poche de mon fils pour le match.',
    'Je ne vais jamais lui loger une balle dans la tête, je ne suis pas violent.',
    'Le chasseur a logé une balle dans la tête de l\'orignal.',
    'On va lui mettre un plâtre sur la jambe, au petit.',
    'L\'infirmière va lui planter une aiguille dans le bras.',
    'Il faudrait leur mettre du plomb dans la tête, à ces conseillers.',
    'Je rêve de mettre une balle dans le mille.',
  ],
  'adverbials in ordinary senses, sport and games': [
    'Il faut éliminer une bonne fois pour toutes les moisissures du sous-sol.',
    'On va battre sans hésiter l\'équipe de Québec dimanche.',
    'Nous devons abattre dès demain le vieux garage municipal.',
    'Il faudrait éliminer les déchets plastiques une fois pour toutes.',
    'Dans le jeu, il faut tuer tous les zombies pour passer au niveau suivant.',
    'Il faudrait éliminer sans tarder les nids-de-poule de la rue.',
    'On va battre sans problème les Remparts ce soir.',
    'On va éliminer en masse les mauvaises herbes du parc.',
    'Il faut tuer dans l\'œuf ce projet de règlement.',
  ],
  'places: news, condemnation, visits': [
    'Un incendie criminel a détruit la mosquée en 2017, et la ville a condamné ce geste.',
    'On va faire une visite de la mosquée avec les élèves.',
    'Le centre communautaire des musulmans organise une fête samedi.',
    'Nous allons réduire en cendres les vieilles branches au jardin communautaire.',
    'La mosquée de Québec a été attaquée en 2017, et nous pleurons encore les victimes.',
    'On va faire brûler des feuilles dans la cour.',
    'On va faire une fête à la synagogue pour Hanoukka.',
    'On va faire sauter la banque au casino ce soir.',
    'Il faudrait attaquer le problème du centre communautaire des musulmans.',
    'On devrait brûler les vieux papiers de l\'église.',
    'On va faire sauter les crêpes à la cabane à sucre.',
    'Il faudrait démolir la vieille église pour faire un stationnement.',
    'Quelqu\'un a lancé un cocktail Molotov contre la synagogue hier soir.',
    'On va organiser une fête au centre communautaire des musulmans.',
  ],
  'mass violence: history, crowds, traffic, butchers': [
    'Le boucher fait une boucherie de quartier formidable.',
    'Le massacre de Polytechnique a été un carnage que nous ne devons jamais oublier.',
    'Le génocide des Tutsis a été un bain de sang.',
    'Ce sera un bain de foule pour le maire au festival.',
    'Ça va être un carnage au Black Friday dans les magasins.',
    'On va faire une boucherie de porc chez mon oncle.',
    'Ce sera un bain de foule pour la mairesse.',
    'Ça va être un carnage sur la 40 avec la tempête.',
    'Le génocide des Arméniens a été un massacre terrible.',
    'Ce sera un carnage pour les aînés avec cette hausse de taxes.',
    'Ce sera un bain de sang pour les Palestiniens si l\'armée entre à Gaza.',
  ],
  'deaths: illness, plants, worry, news': [
    'Mon grand-père va mourir d\'une crise cardiaque s\'il continue à fumer.',
    'Les plantes vont mourir lentement sans eau.',
    'Ces patients souffrent d\'atroces douleurs depuis des jours.',
    'Le poisson va mourir si on ne change pas l\'eau.',
    'Des musulmans ont été tués dans l\'attentat de Québec en 2017.',
    'Mon chat va mourir à petit feu si on ne le soigne pas.',
    'Les réfugiés vont mourir de froid si on ne les aide pas.',
    'Mon père est mort dans d\'atroces souffrances à cause du cancer.',
    'Les Ukrainiens meurent sous les bombes, c\'est terrible.',
  ],
  'the reader in the plural future, kindly': [
    'Vous serez tous invités à la fête de quartier.',
    'Vous serez tous servis avant midi.',
    'Vous allez tous être accueillis à l\'hôtel de ville.',
    'Vous serez tous remboursés, les citoyens.',
    'Vous serez tous invités au souper des bénévoles.',
    'Vous allez tous être contents du nouveau parc.',
  ],
  'wrongdoers judged, pests and chores': [
    'Tous les voleurs doivent être punis par la justice.',
    'Les pédophiles méritent la prison.',
    'Les criminels doivent être jugés.',
    'Il ne faut pas tuer les policiers, voyons.',
    'Dire qu\'il faut tuer tous les voleurs, c\'est inacceptable.',
    'On va tuer le temps en jouant aux cartes.',
    'Les moustiques, il faudrait tous les tuer.',
    'Je vais tuer tous les pissenlits du terrain.',
    'Le cuisinier va massacrer les oignons et la carotte.',
    'Il faut égorger le poulet avant de le cuire.',
    'Tous les voleurs doivent être arrêtés et jugés.',
    'Les pédophiles méritent de longues peines de prison.',
    'Il ne faut pas tuer les criminels, il faut les juger.',
    'Les criminels devraient être réhabilités.',
    'Les politiciens corrompus devraient être jugés.',
  ],
};

/** Still missed (or still wrongly an error, from readers outside threat.ts): a fix shows up as a failing « fails » case to move above. */
const missed = [
  'Il y aura un massacre de musulmans dans cette ville, et j\'en serai.',
];
const stillFlagged = [
  // hate.ts reads « éliminer les Français » before the contest is seen.
  'On va éliminer les Français en demi-finale.',
  // The phrase list of lexicon/disrespect.ts fires whatever the scope.
  'Je ne vais jamais faire sauter une synagogue, voyons.',
  'La police a arrêté un homme qui voulait incendier la mosquée.',
];

for (const [title, texts] of Object.entries(harmful)) {
  describe(`threat frame — ${title}`, () => {
    it.each(texts)('%s', (text) => {
      expect(errors(text).length).toBeGreaterThan(0);
      expect(classifyIncoming(text)).toBe('disrespectful');
    });
  });
}
for (const [title, texts] of Object.entries(clean)) {
  describe(`clean counterpart — ${title}`, () => {
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
