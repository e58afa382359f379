/**
 * Signs of each kind of incoming citizen message (classify.ts). Normalised terms (text/match.ts syntax).
 */

/** An emergency in progress (3.1: social media is not an emergency service). */
export const emergency = [
  'au feu', 'y a le feu', "y'a le feu", 'il y a le feu', "il y a un feu", 'y a un feu', "y'a un feu", 'le feu est pris', 'le feu a pris', 'en feu',
  'feu (chez|dans|sur|au|a la|pres)', 'incendie', 'fuite de gaz', 'odeur de gaz', 'ca sent le gaz', 'accident', 'blesse(e)?s?', 'au secours', 'a l\'aide',
  'ca brule', 'fumee', 'inondation', 'inonde(e)?s?', "l'eau monte", 'se noie', 'noyade', 'ambulance', "c'est une urgence", 'appelez le 911', 'faites le 911',
  "(quelqu'un|un homme|une femme|un enfant|une personne) (est tombe|est tombee|saigne|ne respire|est inconscient|est inconsciente|est coince|est coincee)",
  'fil(s)? electrique(s)? (tombe|tombes|par terre|au sol)', 'arbre tombe sur', 'effondre(e)?s?', 'explosion',
];
/** Not an emergency despite the words (traffic lights, fireworks, asking about rules). */
export const notEmergency = [
  'feu(x)? de circulation', 'feu(x)? (rouge|vert|jaune|pieton|pietons)', "feu(x)? d'artifice", 'feu(x)? de camp', 'feu(x)? de foyer', 'faire un feu',
  'permis de (feu|bruler)', 'interdiction de (feu|bruler)', "(plan|mesures?|numero|services?) d'urgence", 'soins d\'urgence', 'urgence sociale',
  'prevention des incendies', "(exercice|simulation) d'(incendie|evacuation)", 'service(s)? (de securite )?incendie', 'caserne', 'pompiers? volontaires?',
];
/** The event is in the past: not an emergency in progress. */
export const pastEvent = [
  "l'an (dernier|passe)", "l'annee (derniere|passee)", '(la semaine|le mois) (derniere|dernier|passee|passe)', 'dernierement', 'en (19|20)\\d\\d',
];

/** A journalist or a media outlet (3.1.6). */
export const media = [
  'journaliste', 'reporter', 'recherchiste', 'chroniqueu(r|se)', '(de la|notre|la salle de) redaction', 'salle de nouvelles', 'le nouvelliste', 'nouvelliste', 'radio-canada',
  'ici radio-canada', 'tva', 'tva nouvelles', 'noovo', 'la presse', 'le devoir', 'journal de montreal', 'journal de quebec', 'cogeco', 'rythme fm',
  '98 5', 'qub', 'cbc', 'ctv', 'global news', 'l\'hebdo', 'hebdo', 'magazine', 'reportage', 'pour un article', 'pour notre article',
  'nos lecteurs', 'nos auditeurs', 'nos telespectateurs', 'en ondes', 'notre emission', 'demande d\'entrevue', 'accorder une entrevue', 'une entrevue (avec|au sujet|a propos|sur le|sur la|telephonique)',
  'pour (notre|un|mon) (media|journal|article|topo|bulletin)', 'au nom de (notre|mon) (media|journal|station)',
];
/** Radio call signs (« ici CHLN 106,9 »), read on the original text (capitals). */
export const callSign = /(?<![\p{L}\p{N}])(?:C[FHIJK][A-Z]{2}|CBF|CBV)(?:-FM)?(?![\p{L}\p{N}])/u;

/** A complaint. */
export const complaint = [
  'plainte', 'je me plains', 'inacceptable', 'honteux', 'honteuse', 'une honte', 'scandale', 'scandaleux', 'ridicule', 'decu(e)?s?', 'decevant',
  'toujours pas', 'encore une fois', 'depuis (deux|trois|quatre|plusieurs|des|\\d+) (jours|semaines|mois|heures)', "ca n'a pas de bon sens",
  'pas de bon sens', 'nid(s)?-de-poule', 'nids de poule', 'trou(s)? dans la rue', '(pas|jamais) (ete )?(ramasse|ramassee|ramasses|deneige|deneigee|passe|passee|venu|venus)',
  'oublie(e)?s? (mon|ma|notre|nos|la|le)', 'personne (ne|n\'est|est venu)', 'bruit', 'tannant', 'tanne(e)?s?', 'ecoeure(e)?s?', "j'en ai assez", 'ras le bol',
  'ca fait (deux|trois|\\d+) (jours|semaines|mois)', 'dangereux', 'dangereuse', 'inadmissible', 'pas normal', 'incompetence', 'mal (deneige|ramasse|fait)',
  'lampadaire (brule|eteint|ne fonctionne)', 'ne repond (pas|jamais)', 'personne ne repond', 'ne fonctionne (pas|plus)', 'brise(e)?s?', 'pas fonctionnel',
];

/** A request (a service to be done). */
export const request = [
  '(pouvez|pourriez)-vous (venir|reparer|ramasser|envoyer|installer|deneiger|nettoyer|boucher|remplacer|changer|enlever|passer|faire)',
  "j'aimerais (qu'on|que vous|avoir|obtenir|demander|faire|un|une)", 'je voudrais (avoir|obtenir|un|une|faire|qu\'on|que vous)', 'je demande', 'serait-il possible',
  'est-ce possible de', 'svp (venir|reparer|ramasser|passer)', "besoin d'un (nouveau )?(bac|bac brun|bac vert|permis)", 'demande de', 'requete', 'faire enlever',
  'remplacer (mon|ma|notre)', 'un nouveau bac', 'mon bac est (brise|fendu|vole|disparu)', 'venir chercher', 'faire ramasser', 'venir ramasser',
];

/** A question whose answer must be validated before publication (3.3): dates, decisions, amounts not yet public. */
export const needsValidation = [
  'quand [^?.!]{0,50}(va|vont|sera|seront|ouvrira|ouvriront|rouvrira|commencera|commenceront|debutera|debuteront|finira|finiront|terminera|termineront|reprendra|reouvrira|fermera|fermeront)',
  "date d'(ouverture|fermeture|debut|fin)", 'a quelle date', 'combien (va|vont|ca va) (couter|couteront|nous couter)', 'combien coutera', 'montant',
  'budget', 'est-ce que la ville va', 'la ville va-t-elle', 'la ville a-t-elle (decide|choisi)', 'decision', 'est-ce (confirme|officiel)', "c'est-tu (confirme|officiel)",
  'sera-t-(il|elle) (annule|annulee|reporte|reportee|ouvert|ouverte|ferme|fermee)', 'est-ce (annule|reporte)', 'reporte(e)?s?', 'annule(e)?s?', 'rumeur(s)?',
  "est-ce qu(e |')[^?.!]{0,50}(va|vont) (rouvrir|ouvrir|fermer|augmenter|baisser|changer|etre (annule|reporte|ferme|ouvert|agrandi|demoli))",
  'combien (a|ont|aura|auront) coute',
  'est-ce vrai que', "c'est-tu vrai", 'taxe(s)? (va|vont|augmenter)', 'augmentation de (taxe|taxes|tarif|tarifs)',
];

/** Question openings (besides a question mark). */
export const question = [
  'est-ce que', 'est-ce qu\'', 'quand', 'comment', 'pourquoi', 'combien', 'quel(le)?s?', 'ou est', 'ou sont', 'ou se trouve', 'savez-vous',
  'pouvez-vous me dire', 'y a-t-il', 'y a t il', "c'est-tu", 'c tu', "est-il possible",
];
