/**
 * Round 30 (implicit): a mocking forecast of what a people, or a service that stands for them, will do to others (the shops
 * wished luck, no change beside a strike; a trade's windfall is a known miss), a guess of where or what colour, a hiring to
 * tick a box, a precaution beside a feast of diversity, « continuez à dormir », « pas besoin d'en dire plus », a lone
 * « remplacement » with a recall, and a woman in a role mocked with « au moins les… ». Warnings only. Clean counterparts
 * share the surface: a sincere wish of luck, a real worry, a welcome. Written for this round, not copied from any set.
 */
import { describeKnownMisses, describeReading } from './grammar-helpers.ts';

describeReading(
  'round 30 (implicit): a mocking forecast of a people\'s effect on others warns',
  [
    // Good luck to the shops and neighbours nearby, with irony.
    'Le nouveau refuge ouvre sur la rue Notre-Dame, bonne chance aux commerçants du coin 😏',
    'Un centre jeunesse à côté de l\'école? Ben bonne chance aux dépanneurs 🤷',
    'Un HLM de 60 logements, bonne chance aux voisins pour garder leurs bicycles 😂',
    'Encore des réfugiés logés au motel, bonne chance aux épiceries du secteur lol',
    // No change, the others said to be the same already.
    'Grève des profs: on verra aucune différence avec d\'habitude 😂',
    'Les fonctionnaires en grève? pas de différence avec l\'ordinaire lol',
    'Un centre de jour dans le quartier, ça changera rien au monde qui reste là 🙄',
    // The colour or the street guessed.
    'Regardez la photo de classe, on devine facilement de quelle couleur sont la moitié des élèves 😏',
    'On devine sur quelle rue restent les nouveaux arrivants 😉',
    // Hired to tick a box, a precaution beside a feast of diversity.
    'Le nouveau directeur a été engagé pour ses compétences ou pour cocher une case? Je pose pas de question',
    'Semaine interculturelle au centre-ville, gardez vos sacoches proches 😉',
    'Encore une fête de la diversité au parc. Surveillez vos portefeuilles',
    // A takeover forecast, the reader told to sleep on; nothing more need be said.
    'Une mosquée de plus, dans 15 ans ça va être la charia, continuez à dormir',
    'Les Haïtiens sont arrivés dans le quartier. Pas besoin d\'en dire plus 🤐',
    'Remplacement, ça vous dit quelque chose? Regardez qui habite les nouveaux blocs',
    // A woman in a role, mocked.
    'Une femme nommée directrice des travaux publics, au moins les cônes vont être assortis à ses souliers 💅',
  ],
  [
    // Sincere luck, worry, welcome.
    'Bonne chance au nouveau conseiller, t\'as une grosse job devant toi',
    'Bonne chance aux commerçants de la rue des Forges pendant les travaux, on vous encourage!',
    'Le refuge ferme ses portes, bonne chance aux intervenants et aux résidents',
    'Le nouveau HLM ouvre en juin, préparez-vous à avoir des nouveaux voisins, allez leur dire bonjour 🙂',
    'Bienvenue aux familles syriennes, bonne chance aux nouveaux voisins 😊',
    'Je m\'inquiète du stationnement autour du futur HLM, y a déjà pas de place l\'hiver',
    'Fête nationale demain, la SAQ va faire son meilleur chiffre de l\'année 😂',
    'Le dépanneur du coin va faire de bonnes affaires avec le festival western',
    // A strike reported, a change denied in earnest.
    'Grève des cols bleus: la collecte se fait comme d\'habitude, aucun changement',
    'La grève des profs, ça change rien pour le service de garde, il reste ouvert',
    'Le centre de jour change rien au stationnement de la rue, selon la Ville',
    // A guess with no people, a box on a form.
    'Devinez de quelle couleur vont être les nouveaux bancs du parc 😉',
    'Devinez dans quel quartier le nouveau refuge va ouvrir? Pas dans celui du maire',
    'Pour vous inscrire, il faut cocher une case sur le formulaire',
    'Festival de la diversité ce samedi au parc, venez en grand nombre!',
    'Travaux sur la rue, faites attention à vos enfants',
    'Le remplacement des tuyaux, ça vous dit quelque chose? Ça fait trois ans qu\'on attend',
    'Les Haïtiens de Trois-Rivières ont gagné le tournoi. Pas besoin d\'en dire plus, bravo!',
    'Une femme nommée aux travaux publics, au moins les dossiers vont avancer',
    'Mon fils dort, continuez à jouer dehors sans crier svp',
  ],
  { flaggedMayWarn: true, cleanNotDisrespectful: true },
);

describeKnownMisses([
  // A trade that gains from a disorder (left out for the page budget: its trades, its windfalls and its mock reassurances).
  'Pow-wow au parc ce weekend, faites-vous-en pas le dépanneur va faire son meilleur chiffre de l\'année',
  'Un site d\'injection sur la rue, les serruriers vont être contents 😂',
  'Festival autochtone au parc, inquiétez-vous pas la SAQ va faire une grosse vente',
  // A foreign place as the people (not in the places of foreign.ts), the brace forecast without a people named.
  'Le conseiller revient d\'un voyage au Burkina, préparez-vous à avoir des nouveaux voisins 🙄',
  // A stereotype of women said through a cause.
  'Une ligue de soccer féminin, hâte de voir les matchs annulés pour des raisons... hormonales 🤭',
], []);
