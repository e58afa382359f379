/**
 * Round 18, threats: general shapes the read sets showed missing, each with clean counterparts written the same way.
 * A dare as the reader's condition (« remets les pieds icitte pis tu ressors en ambulance »), a fire with the person inside
 * (« ta maison va brûler avec toi dedans »), a weapon waiting for the reader (« y a une balle qui t'attend »), a home known and
 * a visit promised, no safety left anywhere, a people « taken care of » at night or once and for all; and a game is no threat (« je vais te tuer aux quilles »). Written for this round, not copied.
 */
import { describeReading } from './grammar-helpers.ts';

describeReading(
  'threats (round 18): an error and a disrespectful comment',
  [
    // A dare: the reader's own step is the condition of their fate.
    'Remets les pieds dans ma cour pis tu vas ressortir en ambulance',
    'Touche encore à mon char pis tu vas sortir sur une civière mon tabarnak',
    'Essaie juste de revenir icitte, tu vas repartir les pieds devant',
    'Approche-toi encore de mes enfants pis tu ressors en civière',
    'Mettez un pied dans mon commerce pis vous allez repartir en ambulance',
    // A fire or a blast with the person inside.
    'Conseillère Gagnon, ton bungalow va flamber avec toi dedans',
    'Votre mosquée va sauter avec vous autres dedans',
    'M\'a mettre le feu à ton garage avec toi dedans',
    'J\'espère que ton char va brûler avec toi dedans',
    'Monsieur le maire, votre hôtel de ville va exploser avec vous dedans 🔥',
    'leur temple va cramer avec eux autres dedans pis personne va pleurer',
    // A weapon waiting for the reader.
    'Y\'a une balle qui t\'attend, le journaliste',
    'Les Somaliens du 4e, y a un cocktail molotov qui vous attend',
    'Il y a une corde qui vous attend au parc, les élus',
    'y a des balles qui vous attendent à la sortie du conseil',
    'Le pédo du 3e, y a une batte qui t\'attend en bas',
    // No safety left anywhere, said to the reader.
    'T\'es pu en sécurité nulle part mon gars',
    'Les gens de Radio-Canada, vous êtes plus en sécurité nulle part',
    // Still a threat after the fixes: not a game, a weapon not named by its sport.
    'Je vais te tuer à la sortie du bar samedi',
    'Je vais te tuer avec ma boule de quilles',
  ],
  [
    // A game, a contest.
    'Je vais te tuer aux quilles jeudi, prépare-toi',
    'on va vous massacrer au hockey dimanche les gars 😎',
    'je vais t\'écraser au badminton à soir mon Steve',
    'On va les massacrer au tournoi de soccer',
    'Je vais vous tuer au bingo mesdames 😂',
    // A worry, not a dare; nobody hurt.
    'Roule pas vite de même sinon tu vas sortir en ambulance',
    'Mets ton casque pis tu vas pas sortir en ambulance',
    'Mets tes bottes, tu vas sortir dehors avec les enfants',
    'Le patient va ressortir en ambulance vers Québec',
    'Mets un pied sur la glace mince pis tu vas sortir en ambulance',
    'Essaie le nouveau sentier, tu vas sortir de là émerveillé',
    // A fire reported or feared, the speaker inside, an animal or a thing.
    'La grange a brûlé avec les animaux dedans, c\'est triste',
    'J\'ai peur que ma maison brûle avec moi dedans, le poêle est vieux',
    'Le camion a explosé avec le chauffeur dedans sur la 40',
    'Change tes détecteurs de fumée, sinon ta maison va brûler avec toi dedans pis personne le saura',
    // Whoever comes next, and a chore done with a tool.
    'Le prochain qui me laisse un banc de neige, je le déneige à coups de pelle',
    'Le prochain qui veut du bois, je le fends à coups de hache',
    'Le prochain hiver, je vais déneiger à coups de pelle',
    // Something nice waiting.
    'Y\'a un bon café qui vous attend à l\'accueil',
    'Une balle de golf gratuite qui vous attend au club',
    'Un cocktail de bienvenue qui vous attend au gala',
    'Y a une bombe de chocolat qui t\'attend au dépanneur',
    'Il y a une surprise qui t\'attend à la maison',
    // Safety, as a worry about a place.
    'Les piétons sont pu en sécurité nulle part dans ce quartier',
    'Avec ces chauffards, on est pu en sécurité nulle part',
    // Fuel told as news or as safety advice.
    'Un homme a été arrêté avec un bidon d\'essence et un briquet près de la mosquée',
    'Garde jamais un bidon d\'essence pis des allumettes dans le garage',
    'Faut acheter du gaz pis un briquet pour le BBQ de l\'église dimanche',
  ],
);

describeReading(
  'veiled threats (round 18): flagged, at least as a warning to check',
  [
    'Les Roms du campement, on va s\'occuper d\'eux une nuit, promis',
    'On va s\'occuper des Syriens du bloc un de ces soirs',
    'Les itinérants du parc, on va s\'en occuper nous-mêmes si la police fait rien',
    'Je vais m\'occuper des Haïtiens de ma rue une fois pour toutes',
    'On va s\'occuper de vous autres un par un, les squatteurs',
    'Les Tamouls d\'en face, on va s\'occuper d\'eux autres. Une nuit on va passer pis ça va être réglé',
  ],
  [
    'Votre adresse est dans le dossier, un inspecteur passe vous voir lundi',
    'On passe te voir bientôt avec les enfants!',
    'On va s\'occuper des aînés du quartier un soir par semaine avec la popote roulante',
    'Les réfugiés, on va s\'occuper d\'eux avec le comité d\'accueil',
    'On va s\'occuper des chats errants une fois pour toutes avec la SPA',
    'Je vais m\'occuper du dossier une fois pour toutes',
    'On va s\'occuper des nids-de-poule un par un cet été',
    'Tu vas pas regretter de m\'avoir écouté, le spectacle est malade',
    'Le comité va regretter d\'avoir annulé la fête',
  ],
  { flaggedMayWarn: true },
);
