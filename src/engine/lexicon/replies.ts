/**
 * What a reply says: handling a complaint in the thread, redirecting to the channels of 3.1.5,
 * redirecting a journalist to media relations (3.1.6), a temporary reply (3.3), the City's voice on
 * a personal account (4.1, 4.3), an emergency reminder (3.1). Normalised terms (text/match.ts syntax).
 */

/** 3.1.5: signs that the reply handles the complaint or request in the thread (errors). */
export const handling = [
  "(on|nous) (s'en|nous en) (occupe|occupons|charge|chargeons)", "je m'en (occupe|charge)", "on va s'en (occuper|charger)",
  "nous allons nous en (occuper|charger)", "(on|nous) (va|allons) (nous |s')?(en )?occuper de (votre|ta|cette) (plainte|demande|requete|situation|probleme)",
  'je (transmets|transmet|vais transmettre|fais suivre|vais faire suivre)', "j'ai (transmis|fait suivre|avise|avertis|averti)",
  '(nous|on) (transmettons|transmet|avons transmis|a transmis|faisons suivre|a fait suivre|avons fait suivre|avons avise|a avise)',
  'je (vais )?(transferer|transfere)', '(votre|ta) (plainte|demande|requete|signalement) (a ete|est|sera) (transmise?|transferee?|enregistree?|traitee?|acheminee?|envoyee?|prise? en charge)',
  'une equipe (passe|passera|va passer|sera envoyee|se rendra|ira|est en route|s\'en vient|arrive)', "(des|les) (employes|cols bleus|travaux publics) (vont|passeront|iront|seront)",
  '(nous|on) (envoyons|envoie|enverrons|va envoyer|allons envoyer) (une equipe|quelqu\'un|un employe|un inspecteur|les cols bleus)',
  "(on|nous) (va|allons) (reparer|ramasser|deneiger|regarder ca|verifier sur place|boucher|nettoyer|corriger|remplacer|passer)",
  'sera (repare|reparee|ramasse|ramassee|deneige|deneigee|bouche|nettoye|remplace|corrige) (demain|aujourd\'hui|cette semaine|sous peu|bientot|rapidement|ce soir|cet apres-midi)',
  "(donnez|envoyez|ecrivez|indiquez|laissez|transmettez|fournissez)(-| )?(nous|moi) (votre|ton|l') ?(adresse|numero|no de telephone|telephone|coordonnees|photo|courriel|code postal|nom)",
  '(quelle est|c\'est quoi|quel est) (votre|ton) (adresse|numero|code postal)', '(votre|ton) adresse exacte',
  '(en |par )?(message prive|messagerie privee|mp|dm|inbox)', 'envoyez-nous une photo', 'envoyez une photo',
  "(nous avons|j'ai|on a) (ouvert|cree|ouvre) (une requete|un dossier|un billet|une demande)", '(requete|dossier) (cree|ouvert)',
  '(nous traitons|on traite|je traite) (votre|ta|cette) (plainte|demande|requete)', 'on regarde (ca|cela)',
  'nous regardons (ca|cela)', 'on est dessus', 'nous sommes dessus',
  "(je vais|on va|nous allons|je) (faire|fais|fait) (un|le) suivi", '(nous faisons|on fait) (un|le) suivi', "(je vais|on va|nous allons) (voir|verifier) avec (le|la|les|l')",
  "(je vais|on va|nous allons) (aviser|avertir|informer) (le|la|les|l'|nos|notre)", "j'en parle (au|a la|aux|a l')",
  '(en|par) prive', 'ecrivez-nous en prive', "(quelle est|c'est quoi) l'adresse", 'a quelle adresse', '(votre|le) numero civique',
];

/** 3.1.5: the channels (website, Trois-Rivières 311 app, 311 by phone). */
export const channels = [
  '311', '3 1 1', 'trois rivieres 311', 'tr 311', 'application', 'appli', 'app', 'site web', 'site internet', 'site de la ville', 'notre site',
  'v3r net', 'v3r.net', 'formulaire en ligne', 'requete en ligne', 'en ligne',
];

/** 3.1.6: a redirection to media relations (e-mail or phone). */
export const mediaRedirect = [
  'relations? (avec les )?medias', 'relationniste(s)?', 'porte-parole', "(service|equipe|direction) des communications",
  'responsables? des communications', 'communications@*', 'par courriel', 'par telephone', 'un courriel', 'par email',
];

/** 3.1.6: sentences that carry no answer (greetings, thanks, the City's rule itself). */
export const mediaNonAnswer = [
  'bonjour', 'bonsoir', 'allo', 'salut', 'merci', 'bonne (journee|soiree|fin de semaine)', 'au plaisir', 'cordialement',
  "(ne|n') ?(pouvons|peut|pourrons|repondons|repond|repondra|commentons|commente)", 'aucun commentaire',
  'demandes? (des )?medias', 'journalistes?',
];

/** 3.3: signs of a temporary reply (acknowledged; a more precise answer will follow). */
export const temporary = [
  'prise? en compte', '(nous|on|je) (vous|te) (reviendrons|reviens|revient|reviendrai|revenons)', 'vous reviendr*', 'revenir vers vous',
  'reponse plus precise', 'plus de (details|precisions|informations) (suivront|sous peu|bientot|des que possible)',
  'ulterieurement', 'des que possible', 'sous peu', 'en (cours de )?(validation|verification)', '(nous|on) (verifions|validons|verifie|valide)',
  '(nous allons|on va|je vais) (verifier|valider|confirmer|nous informer|nous renseigner|vous revenir)', 'a confirmer', 'a valider',
  'pas encore (confirme|confirmee|decide|decidee|annonce|annoncee|disponible)', 'suivez nos (annonces|publications)',
];

/** 4.1 and 4.3: speaking in the City's name or stating its official position. */
export const cityVoice = [
  'au nom de la ville', 'officiellement', 'position officielle', 'la ville annonce', 'la ville vous annonce', '(je|nous) vous annon(ce|cons) que la ville',
  "(nous|on),? (a|a la) ville,? (avons|a|allons|va) (decide|resolu|choisi|adopte)", 'nous, a la ville', 'nous a la ville', 'ici a la ville on',
  '(en tant que|comme) porte-parole', 'je parle (au nom de la ville|pour la ville)', 'la position de la ville (est|sera)', "c'est la position de la ville",
  'la ville confirme', 'la ville vous informe', 'communique officiel', "c'est officiel", 'je vous confirme au nom',
  // An insider who confirms or announces what the City decided speaks for it, not for themselves.
  'la decision (de la ville )?est (prise|finale|officielle)', '(je|nous) (vous )?(confirme|confirmons|annonce|annoncons) que la ville',
  '(je|nous) (peux|pouvons) (vous )?(dire|confirmer|annoncer) que la (ville|decision)',
];

/** 3.1: a reply that reminds that social media is not an emergency service, or points to 911. */
export const emergencyReminder = [
  '911', '9 1 1', "(pas|ne sont pas|n'est pas) (un|le) service d'urgence", "service(s)? d'urgence", 'composez', 'appelez les pompiers', 'appelez la police',
];
