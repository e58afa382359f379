/**
 * Word classes for reading what a reply does (acts.ts). Folded (lowercase, no accents), one entry
 * per word; `x*` is a stem that covers every inflection (« repar* »: répare, réparé, réparera…).
 * Plain entries go through `lemma()` at load (pattern.ts), so their plurals and other forms match
 * as soon as the lemmatiser knows them.
 */
import { words, type WordSet } from './pattern.ts';

export const classes: Record<string, WordSet> = {
  /** Who acts for the City in a reply: « on », « nous », « je », a crew, a department. */
  agent: words([
    'on', 'nous', 'je', "j'", 'equipe', 'equipes', 'gars', 'col', 'cols', 'employe', 'employes', 'inspecteur', 'inspecteurs', 'contremaitre',
    'technicien', 'techniciens', 'travaux', 'voirie', 'ville', 'personnel', 'camion', 'camions', 'deneigeuse', 'souffleuse', 'niveleuse',
    'patrouille', 'collegue', 'collegues', 'quelqu', 'service', 'cols-bleus', 'ouvrier', 'ouvriers', 'responsables', 'responsable',
  ]),
  /** Words that may stand between an agent and its verb: clitics, auxiliaries, adverbs, a department's name. */
  filler: words([
    "s'", 'se', 'en', 'y', 'le', 'la', 'les', "l'", 'lui', 'leur', 'vous', 'te', "t'", 'nous', 'me', "m'", 'ca', 'cela', 'un', 'une',
    'va', 'vont', 'vais', 'allons', 'aller', 'a', 'ai', 'avons', 'ont', 'as', 'est', 'sont', 'sera', 'seront', 'sommes', 'etre', 'ete',
    'peut', 'pouvons', 'pourra', 'pourrons', 'peuvent', 'pourrait', 'pourrions', 'devrait', 'devrions', 'devraient', 'doit', 'devons', 'vient',
    'deja', 'bientot', 'rapidement', 'vite', 'demain', 'aussi', 'justement', 'probablement', 'surement', 'certainement', 'normalement',
    'tout', 'de', 'du', 'des', "d'", 'ne', "n'", 'pas', 'bleus', 'bleu', 'publics', 'public', 'municipaux', 'municipal', 'municipale', 'voirie',
    'travaux', 'ville', 'nos', 'notre', 'mes', 'moi', 'meme', 'immediatement', 'aujourd', 'hui', 'ce', 'cet', 'cette', 'matin', 'soir',
    'apres-midi', 'midi', 'train', 'bien', 'encore', 'sans', 'faute', 'donc', 'alors', 'ici', 'personnellement', 'quelqu', 'daller',
    'equipe', 'equipes', 'deneigement', 'parcs', 'collecte', 'gars', 'go', 'voir', 'nouveau', 'sur', 'place',
    'tenter', 'tente', 'tentera', 'tenterons', 'essayer', 'essaie', 'essaye', 'essayons', 'essaierons',
  ]),
  /** Doing the work the complaint or request asks for. */
  handle: words([
    'repar*', 'ramass*', 'deneig*', 'bouch*', 'nettoi*', 'nettoy*', 'corrig*', 'remplac*', 'installer', 'installera', 'installerons', 'installe',
    'installee', 'enlev*', 'tond*', 'colmat*', 'rempli', 'remplir', 'remplira', 'remplirons', 'deblai*', 'deblay*', 'regler', 'reglera', 'reglerons',
    'reglons', 'arrang*', 'interv*', 'depech*', 'occup*', 'charg*', 'passe', 'passer', 'passera', 'passeront', 'passerons', 'passons', 'passent',
    'viennent', 'viendra', 'viendront', 'viendrons', 'venir', 'venu', 'venus', 'rendra', 'rendront', 'rendrons', 'rendre', 'ira', 'iront', 'irons',
    'rappel*', 'contacter', 'contactera', 'contacterons', 'contacterai', 'trait*', 'sabl*', 'elag*', 'abatt*', 'couper', 'coupera', 'couperons',
    'vider', 'videra', 'ramene*', 'livr*', 'appelle', 'appelons', 'contacte', 'contactons', 'avise', 'avisons', 'alerte', 'alertons', 'previens', 'prevenons', 'communiquera', 'communiquerons', 'communiquer', 'appellera', 'appellerons', 'appeler',
    'dessus',
  ]),
  /** Sending someone (with an object that is a crew or a person). */
  send: words(['envoi*', 'envoy*', 'enverr*', 'depech*', 'dispatch*', 'mandat*', 'assign*']),
  /** Who is sent. */
  crew: words(['quelqu', 'equipe', 'equipes', 'employe', 'employes', 'inspecteur', 'col', 'cols', 'camion', 'technicien', 'gars', 'personne', 'ouvriers', 'patrouille', 'deneigeuse', 'souffleuse']),
  /** Passing the matter on. */
  transfer: words(['transmet*', 'transmis*', 'transmett*', 'transfer*', 'achemin*', 'relai*', 'relay*', 'refile*']),
  /** Telling someone inside (after « a », « ai », « avons »: already done). */
  notify: words(['avis*', 'avert*', 'inform*', 'prevenu*', 'contacte', 'appele', 'signale', 'notifie', 'ecrit', 'parle']),
  /** Checking, looking into, coming back: a deferral. */
  defer: words(['regard*', 'verifi*', 'valid*', 'revien*', 'reviendr*', 'reven*', 'examin*', 'analys*', 'etudi*', 'check*', 'penche*', 'renseign*', 'enquet*', 'suiv*', 'suivi']),
  /** What a person is asked for in the thread. */
  detail: words([
    'adresse', 'adresses', 'photo*', 'image', 'images', 'video', 'videos', 'numero', 'coordonnee*', 'courriel', 'courriels', 'telephone', 'cellulaire',
    'cell', 'code', 'intersection', 'coin', 'emplacement', 'localisation', 'endroit', 'nom', 'civique', 'detail*', 'precision*', 'infos', 'renseignement*',
    'position', 'email', 'mail', 'no',
  ]),
  /** The details a possessive asks for (« votre adresse »). */
  ownDetail: words(['adresse', 'coordonnee*', 'numero', 'telephone', 'courriel', 'code', 'nom', 'civique', 'cellulaire']),
  /** Asking a person to give or send. */
  ask: words([
    'donn*', 'envoi*', 'envoy*', 'ecri*', 'ecriv*', 'indiqu*', 'laiss*', 'transmett*', 'fourni*', 'partag*', 'precis*', 'mentionn*', 'texte*', 'textez',
    'dites', 'joign*', 'faites', 'fais', 'mettez', 'mets', 'publiez', 'ajoutez', 'joignez', 'pouvez', 'pourriez', 'peux', 'pourrais', 'aurais', 'auriez', 'avez', 'as', 'manque', 'faudrait', 'besoin',
  ]),
  /** Getting in touch with someone. */
  contact: words(['appel*', 'telephon*', 'contact*', 'joign*', 'joindr*', 'rejoin*', 'ecri*', 'ecriv*', 'communiqu*', 'adress*', 'rendez', 'passez', 'texte*', 'textez']),
  /** A department, office or person one could call instead of the three channels. */
  dept: words([
    'service', 'services', 'bureau', 'poste', 'direction', 'division', 'loisirs', 'voirie', 'inspecteur', 'inspecteurs', 'arrondissement', 'hotel',
    'greffe', 'taxation', 'urbanisme', 'fourriere', 'conseiller', 'conseillere', 'secteur', 'comptoir', 'reception', 'contremaitre', 'garage', 'caserne',
    'cour', 'ecocentre', 'biblio', 'bibliotheque', 'aqueduc', 'environnement', 'responsable',
  ]),
  /** Who a journalist is referred to (3.1.6). */
  media: words(['relation', 'relations', 'relationniste', 'relationnistes', 'porte', 'attache', 'attachee', 'communications', 'communication', 'presse']),
  /** Replying to, coming back to, or contacting a person: what the referred people will do. */
  respond: words(['repond*', 'revien*', 'reviendr*', 'reven*', 'contact*', 'rappel*', 'aider*', 'aid*', 'renseign*', 'guider*', 'orient*', 'joindre', 'joignable', 'disponible*', 'ecrir*', 'communiqu*', 'traiter', 'traiteront', 'occuper*', 'occupera*']),
  /** Thanks, greetings, empathy and closings: they carry no answer. */
  polite: words([
    'bonjour', 'bonsoir', 'allo', 'salut', 'hello', 'merci', 'mercii', 'thanks', 'bonne', 'bon', 'journee', 'soiree', 'fin', 'semaine', 'cordialement',
    'plaisir', 'desole', 'desolee', 'desoles', 'navre', 'navree', 'comprend*', 'dommage', 'patience', 'comprehension', 'message', 'interet', 'question',
    'madame', 'monsieur', 'mme', 'm', 'svp', 'stp', 'sil', 'vous', 'plait', 'beaucoup', 'bien', 'votre', 'ton', 'pour', 'de', 'la', 'le', "l'", 'et', 'a',
    'au', 'oh', 'ah', 'wow', 'bravo', 'felicitations', 'excellente', 'vraiment', 'tres', 'prudents', 'prudent', 'prudence', 'soyez', 'sois',
    'avoir', 'ecrit', 'communique', 'signale', 'avise', 'pris', 'temps', 'nous', 'informer', 'inconvenient*', 'situation', 'frustration', 'inquietude',
    'ok', 'parfait', 'super', 'genial', 'cool', 'entendu', 'avec', 'joie', 'heureux', 'heureuse', 'contents', 'content', 'contente',
    'les', 'des', 'du', 'ce', 'cette', 'ces', 'nos', 'notre', 'vos', 'un', 'une', 'tous', 'toutes', 'tout', 'sincerement', 'encore', 'infiniment',
    'recu', 'recue', 'reception', 'demande', 'requete', 'courriel', 'avons', 'ai', "j'", 'on', 'ca', 'va', 'faire', 'fera', 'bienvenue', 'rien',
  ]),
  /** Confirming or denying. */
  yesNo: words(['oui', 'non', 'ouais', 'effectivement', 'exact', 'exactement', 'absolument', 'affirmatif', 'negatif', 'certainement', 'evidemment', 'yep', 'yes', 'nope', 'pantoute', 'confirme', 'confirmee', 'faux', 'vrai', 'officiel', 'officielle']),
  /** Time words that make a statement definite (a day, a month, a season). */
  time: words([
    'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'demain', 'aujourd', 'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin',
    'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre', 'printemps', 'ete', 'automne', 'hiver', 'semaine', 'mois', 'annee', 'soir', 'matin',
    'prochain', 'prochaine', 'h', 'heure', 'heures',
  ]),
  /** The City's bodies, in whose name one speaks. */
  cityBody: words(['ville', 'conseil', 'municipalite', 'administration', 'maire', 'mairesse', 'direction', 'service', 'services', 'comite', 'executif', 'trois', 'elus', 'municipal', 'municipale', 'cabinet', 'loisirs', 'travaux', 'voirie', 'division', 'police', 'incendie', 'cols']),
  /** Things that are announced officially. */
  officialThing: words(['avis', 'annonce', 'communique', 'position', 'declaration', 'message', 'decision', 'information', 'confirmation', 'nouvelle']),
  /** Politics: whom a vote or support goes to. */
  politics: words(['maire', 'mairesse', 'candidat', 'candidate', 'candidats', 'candidates', 'parti', 'partis', 'conseiller', 'conseillere', 'conseillers', 'depute', 'deputee', 'equipe', 'liste', 'chef', 'premier', 'ministre', 'gouvernement', 'opposition']),
  /** Voting and backing someone. */
  vote: words(['vot*', 'elis*', 'elire', 'reelis*', 'reelire', 'appui*', 'appuy*', 'soutien*', 'soutenez', 'soutenons', 'choisissez']),
  /** Selling: a commercial promotion. */
  sale: words(['rabais', 'solde', 'soldes', 'aubaine', 'aubaines', 'promo', 'achetez', 'magasinez', 'commandez', 'liquidation', 'escompte', 'coupon', 'coupons']),
  /** Relaying the City's own message (not speaking for it). */
  share: words(['partag*', 'lisez', 'lire', 'voyez', 'consult*', 'lien', 'relai*', 'relay*', 'repost*']),
  /**
   * Where a stance can be read (« la position de la Ville est publiée sur sa page »): pointing to the
   * City's own words, not stating them.
   */
  pointer: words(['publi*', 'affich*', 'disponible*', 'accessible*', 'consultable*', 'expliqu*', 'present*', 'detaill*', 'decrit*', 'resum*', 'expos*', 'ecrit*', 'ici']),
  /** Not made public yet. */
  unpublished: words(['annonc*', 'officiel*', 'public', 'publique', 'publie*', 'devoil*', 'sorti*', 'confirm*', 'rendu*', 'dit']),
  /** Personal news after « officiellement » / « c'est officiel » (« officiellement en vacances »). */
  personalNews: words(['vacances', 'retraite', 'retraitee', 'marie', 'mariee', 'maman', 'papa', 'parent', 'parents', 'fiance', 'fiancee', 'proprietaire', 'diplome', 'diplomee', 'je', "j'", 'moi', 'mon', 'ma', 'mes', 'nous', 'on']),
  /** Hedges: the person does not know, or hopes. */
  hedge: words(['sais', 'sait', 'espere', 'esperons', 'idee', 'rumeur*', 'peut-etre', 'paraît', 'parait', 'souhaite', 'crois']),
};
