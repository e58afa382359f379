/**
 * Round 22 (implicit): a people evoked, not named, beside a hint. What stands for them: their place of worship, their
 * food or feast (« une autre mosquée », « un pow-wow », « resto halal »), a hiring quota (« grâce au quota de diversité,
 * pas grâce à ses compétences »), a suspect's name guessed (« le suspect s'appelle pas… », « un nom que personne est
 * capable de prononcer »), the names in a list beside « le remplacement ». Also new hints: a mock « bonne chance à ceux
 * qui… », a precaution for more of one's things (« cachez votre bière »). Each is a warning to check. Clean
 * counterparts: the same words as news, a service, good news or counter-speech. Written for this round.
 */
import { describeKnownMisses, describeReading } from './grammar-helpers.ts';

describeReading(
  'implicit derogation (round 22): a people evoked and the conclusion left to the reader, at least a warning to check',
  [
    // a place, a feast or a food that stands for a people
    'Une autre mosquée qui ouvre sur la rue Royale, comme par hasard les loyers baissent',
    'Un pow-wow au parc ce weekend, cachez vos caisses de bière',
    'Y ouvrent un 3e resto halal sur Laviolette, on se comprend 🙄',
    'Le ramadan commence, devinez qui va manquer la moitié de ses shifts',
    'Les gars en boubou au Carrefour, si vous voyez ce que je veux dire',
    'Bientôt la charia au conseil municipal, pure coïncidence que le maire soit allé à l\'inauguration du minaret',
    'elle a eu le poste grâce à sa carte de statut, pas pour ses compétences',
    // a hiring put down to a quota
    'Il a eu la job grâce au quota de diversité, sûrement pas grâce à ses compétences',
    'Engagée pour remplir les quotas de diversité, on se comprend 😉',
    'elle coche les bonnes cases faque elle a eu la promotion, certainement pas pour son expérience',
    // a suspect's name guessed
    'Encore un vol au dépanneur. Laissez-moi deviner, le suspect s\'appelle pas Bouchard 😏',
    'Je gage que les voleurs s\'appellent pas Lavoie pis Pelletier',
    'Agression au centre-ville, le suspect a un nom que personne est capable de prononcer, surprise surprise',
    'toujours le même genre de nom dans les nouvelles pour les vols de char, je dis rien',
    'L\'autre chauffeur s\'appelait Ngo, je dirai rien de plus 🤐',
    'Le proprio s\'appelle Rosenberg, devinez qui va payer la hausse de loyer',
    // the names in a list beside « le remplacement »
    'Le remplacement avance, regardez juste les prénoms sur la liste des nouveaux inscrits à la maternelle',
    'Regardez les noms des finissants de l\'UQTR cette année, le remplacement se fait tout seul',
    // a mock « good luck » and a precaution
    'Festival haïtien au parc samedi, bonne chance à ceux qui restent autour 🙃',
    'Les Roms campent à côté de l\'aréna, bonne chance à ceux qui ont laissé leur vélo dehors',
    'Des Africains vont rester dans le motel, surveillez vos autos',
    'Les Algériens ont ouvert un café sur des Forges, gardez vos cellulaires dans vos poches',
    'Un nouveau pharmacien arabe au coin, comptez vos pilules 😂',
    'Les Autochtones campent sur le quai, cachez votre bière',
  ],
  [
    'La mosquée de la rue Royale organise une collecte de sang samedi',
    'Une synagogue ouvre ses portes aux visiteurs pendant les Journées de la culture',
    'Le pow-wow de Wôlinak a attiré 3000 personnes, bravo aux organisateurs',
    'Le resto halal sur Laviolette a les meilleurs shawarmas en ville',
    'Bon ramadan à tous nos voisins musulmans!',
    'Le minaret de la nouvelle mosquée respecte le zonage, a confirmé la Ville',
    'Il a eu la job grâce à son beau-frère, pas grâce à ses compétences',
    'Les quotas de pêche ont été réduits cette année',
    'Elle coche toutes les cases du poste, elle a été engagée pour son expérience',
    'Le quota de diversité au conseil est un sujet débattu, disait le journal',
    'Le suspect s\'appelle Bouchard, selon la police de Trois-Rivières',
    'La fillette disparue s\'appelle Léa, appelez le 911 si vous la voyez',
    'Le nom du suspect n\'a pas été dévoilé par la police',
    'Mon voisin s\'appelle Rosenberg pis il m\'a aidé à pelleter, merci à lui',
    'Le remplacement des conduites d\'eau avance, regardez la carte des travaux',
    'Regardez les noms des finissants de l\'UQTR sur le site, félicitations à tous',
    'Le remplacement du gardien de but se fait après la période',
    'Bonne chance à ceux qui passent leurs examens cette semaine',
    'Festival haïtien au parc samedi, bienvenue à tous',
    'Vols dans les autos au stationnement du Colisée, la police recommande de barrer vos portes',
    'Gardez vos cellulaires dans vos poches au concert, c\'est plein de monde',
    'Le pharmacien m\'a dit de compter mes pilules chaque matin',
    'Cachez votre bière, la police fait des contrôles au parc',
    'Les Algériens ont ouvert un café sur des Forges, bonne chance à eux!',
    'La fête autochtone au quai était magnifique, merci aux organisateurs',
  ],
  { flaggedMayWarn: true, cleanNotDisrespectful: true },
);

// Read by the learned net alone when this round was written; its final lines (session 16) no longer reach it.
describeKnownMisses(['encore une synagogue qui agrandit, on sait ben qui paye 😏'], []);
