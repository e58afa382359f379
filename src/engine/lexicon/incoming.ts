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
  // The same alarm in English or Spanish: an emergency is never routine, whatever the language (« There's a fire in the building! »).
  '(a|the|on) fire', 'fire in', 'gas leak', 'smells? like gas', 'not breathing', 'unconscious', 'bleeding', 'drowning', 'flooding', 'call 911',
  'incendio', 'fuego', 'socorro', 'fuga de gas', 'no respira', 'inundacion', 'herido', 'llamen al 911',
  'collapsed', '(with|has) a (gun|knife)', '(kid|child|son|daughter|baby|mom|dad|mother|father) is missing', 'shots fired', '(having|had) a heart attack', 'car crash',
  // A wrong-way driver, a roof torn off.
  'a contresens', 'arrache(nt)? (le|un|des) toits?',
];
/** Not an emergency despite the words (traffic lights, fireworks, asking about rules). */
export const notEmergency = [
  'feu(x)? de circulation', 'feu(x)? (rouge|vert|jaune|pieton|pietons)', "feu(x)? d'artifice", 'feu(x)? de camp', 'feu(x)? de foyer', 'faire un feu',
  'permis de (feu|bruler)', 'interdiction de (feu|bruler)', "(plan|mesures?|numero|services?) d'urgence", 'soins d\'urgence', 'urgence sociale',
  'prevention des incendies', "(exercice|simulation) d'(incendie|evacuation)", 'service(s)? (de securite )?incendie', 'caserne', 'pompiers? volontaires?',
  // (With « s'occupe(nt) / responsable(s) / chargé(e) / dossier / gestion des … »: a danger named as a job's or a file's topic.)
  // (The possessives « son|sa|…|notre » are spelled out in both patterns: a shared constant in a template cost 30 bytes gzip
  // in the received-comment worker, whose budget line is full; the CI of the 24th session failed on them.)
  "prix (du|de l') ?(gaz|essence)", "(a cause d'|suite a|en raison d') ?(un|une|l'|son|sa|ses|mon|ma|mes|leur|leurs|votre|notre) ?(accident|incendie|inondation)", "(sur|concernant|au sujet de|a propos de|apres|s'occupe(nt|r)?|responsables?|chargee?s?|dossier|gestion) (les|la|le|l'|des|son|sa|ses|mon|ma|mes|leur|leurs|votre|notre)? ?(inondation|incendie|accident|explosion)s?", "station(s)? (de|d') ?(gaz|essence|service)", 'gaz a effet de serre', 'effet de serre', 'gaz de schiste',
  // Figures of speech: « par accident » (by mistake), a backlash, a betrayal, hurt feelings, a heated thread.
  'par (pur |pure |simple )?accident', 'retour (de|des) flamme(s)?',
  // A cause fought for (« se battre pour leurs droits », « ils se battent contre la fermeture »), not a brawl.
  "(se|s'|nous|vous) (battre|battent|battons|battez|bat) (pour|contre) (leurs?|nos|notre|vos|votre|ses|son|sa|mes|mon|ma|la|le|l'|les|des|une?) ?(droits?|causes?|idees?|valeurs?|justice|liberte|egalite|reconnaissance|survie|projets?|ecoles?|quartiers?|parcs?|fermeture|hausse|projet|dossier|services?|emplois?|jobs?)",
  // Lost in thought; falling into ruin over years; a plan falling through (« tomber à l'eau »); crushed by debts or work.
  "perdue?s? dans (ses|mes|tes|leurs|nos|vos) pensees", 'tombe(nt)? en ruines?', "tomber a l'eau", 'ecrasee?s? sous (les|le|la|des|ses|nos) (dettes?|poids|travail|taxes|impots|responsabilites|pression)',
  // Overflowing with something good (« le lac déborde d'activités »).
  "deborde(nt)? (de|d') ?(vie|joie|monde|projets|talent|energie|activites|idees|enthousiasme|amour)",
  // A thing done « au lance-flammes » / « à la dynamite » is a manner of speaking (a report says « avec un »); a fire-eater's or
  // a juggler's show. (Not the Saint-Jean bonfire: « le feu de la Saint-Jean a pogné dans la maison » is a report.)
  "(au|a la) (lance-?flammes?|napalm|dynamite|tronconneuse|bulldozer)", "(cracheu(r|se)s?|jongl[a-z]*|spectacle|numero) (de|d'|avec du|avec des) (feu|flammes?)",
  // « Je m'en bats l'œil », « ils s'en battent les couilles »: not caring, no fight.
  "(m'|t'|s'|nous |vous )en (bat|bats|battent|battons|battez|battre|battais|battait|battaient|battu)",
  // One's own knife or gun lost or found, or one bought or sold (« j'ai perdu mon couteau suisse »): an object, no one armed
  // (« j'ai trouvé un couteau plein de sang » stays a report).
  "(perdu|trouve|oublie|echappe) (mon|ma|mes|son|sa|notre|votre)( petit| vieux)? (couteau|canif|fusil|carabine|arc)( suisse| de chasse| de poche)?",
  "(achete|vendu|vends|a vendre|cherche) (mon|ma|mes|un|une|son|sa|notre|votre) (couteau|canif|fusil|carabine|arc)( suisse| de chasse| de poche)?",
  // Armed with a virtue or an argument (« j'arrive armé de patience »), not a weapon.
  "arme(e|s|es)? (de|d') ?(patience|courage|bonne volonte|bonnes intentions|sourires?|humour|optimisme|arguments|questions|preuves|bon sens)",
  // A party set going, a grill lit (« on va mettre le feu au party », « mettre le feu aux poudres »): no fire to report.
  "(mettre|mettent|mets|met|mettez|mettons|mis) le feu (au |a la |aux |a l'|dans le |dans la )?(party|partys|fete|plancher|piste|scene|salle|ambiance|show|spectacle|baraque|poudres|dancefloor|bbq|barbecue)", 'poignard(e|er|es|ent|ait|aient|ee|ees)? dans le dos', 'coup(s)? de poignard dans le dos',
  "(je t'|je vous |tu m'|vous m')(ai|as|avez) blesse(e)?s?",
  // « droit à l'aide sociale », « à l'aide d'un outil »: help as a programme or a means, no cry for help.
  "a l'aide (sociale|financiere|juridique|alimentaire|au logement|aux devoirs|de|d'|du|des)",
  // A place likened to war (« ma rue ressemble à un champ de bataille », « on se croirait dans une zone de guerre »): a mess, not a fight.
  "(ressembl[a-z]*|on dirait|on se croirait|comme|digne d'|un vrai|une vraie) (a |dans )?(un |une |le |la )?(champ de bataille|zone de guerre|zone sinistree)",
  '(ca|sa) (fume|brule|chauffe) (dans|sur) (mes|les|tes|ses|vos|nos|leurs|la|le|ce|cette|ces) (mentions|commentaires|coms|reponses|notifs|notifications|dm|dms|tweets?|twitter|tl|timeline|fil|chat|reseaux|debats?|groupe|live|stories)',
];
/** The event is in the past: not an emergency in progress. */
export const pastEvent = [
  "l'an (dernier|passe)", "l'annee (derniere|passee)", '(condamne|condamnee|condamnes|condamnees) (pour|a)', '(la semaine|le mois) (derniere|dernier|passee|passe)', 'dernierement', 'en (19|20)\\d\\d',
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

/*
 * Meaning, on tokens (acts/pattern.ts syntax: `a|b` words, `x*` stems, `@class`, `_N` gaps of up to
 * N words, `~N` gaps of filler words, `x?` optional). Read by classify.ts clause by clause.
 */

/** Word classes for the patterns below (folded, lemmatised at load). */
export const incomingClasses = {
  person: [
    'voisin', 'voisins', 'voisine', 'homme', 'femme', 'enfant', 'enfants', 'personne', 'personnes', 'quelqu', 'monsieur', 'madame', 'dame', 'gars',
    'fille', 'garcon', 'bebe', 'vieux', 'vieille', 'aine', 'bonhomme', 'cycliste', 'pieton', 'pietonne', 'chauffeur', 'conducteur', 'conductrice', 'jeune', 'jeunes',
    'ado', 'ami', 'amie', 'pere', 'mere', 'frere', 'soeur', 'fils', 'conjoint', 'conjointe', 'chum', 'blonde', 'il', 'elle', 'ils', 'elles', 'kid', 'kids',
    // People named by what they were doing there (« un skieur est pris dans l'eau », « un ouvrier est tombé »).
    'skieur', 'patineur', 'patineuse', 'motoneigiste', 'nageur', 'baigneur', 'kayakiste', 'pecheur', 'marcheur', 'joggeur', 'coureur', 'ouvrier',
    'travailleur', 'employe', 'eleve', 'passant', 'passante', 'client', 'cliente', 'locataire', 'motocycliste', 'automobiliste', 'livreur', 'vieillard',
  ],
  /** A person's state that is an emergency. */
  distress: ['disparu', 'disparue', 'inconscient*', 'evanoui*', 'saign*', 'convuls*', '=noie', 'noient', 'noyer', 'noye*', 'coince*', 'agonis*', 'etouff*', 'suffoqu*'],
  /** Vital signs absent (read with their own negation: « ne respire plus »). */
  vital: ['respire', 'respirent', 'bouge', 'bougent', 'reagit', 'reagissent', 'repond', 'reveille', 'conscient'],
  fire: ['feu', 'flammes', 'flamme', 'boucane', 'fumee', 'incendie', 'brule', 'brulent'],
  building: ['maison', 'garage', 'batiment', 'immeuble', 'bloc', 'appartement', 'logement', 'cuisine', 'auto', 'voiture', 'char', 'camion', 'cabanon', 'foret', 'bois', 'champ', 'conteneur', 'poubelle', 'toit', 'grange', 'usine', 'ecole', 'commerce', 'restaurant', 'sous-sol', 'chalet', 'terrain', 'cour'],
  smell: ['sent', 'sens', 'senteur', 'odeur', 'pue', 'puent', 'fuite', 'fuit', 'sentir'],
  gas: ['gaz', 'propane', 'methane'],
  wire: ['fil', 'fils', 'cable', 'cables', 'poteau', 'poteaux', 'ligne', 'lignes', 'transformateur'],
  fallen: ['tomb*', 'terre', 'sol', 'pend', 'pendent', 'arrach*', 'etincel*', 'casse*', 'explos*', 'feu', 'boucane', 'fume', 'grille', 'pete'],
  water: ['eau'],
  rising: ['monte', 'montent', 'rentre', 'entre', 'envahi*', 'refoul*', 'deborde*', 'jaillit', 'partout'],
  collapse: ['effondr*', 'affaiss*', 'ecroul*', 'engouffr*'],
  // Exact forms where a stem would meet another word: « une agression », « l'agresseur » (a past
  // event, a news item), « l'armée » (arm-: an armed woman is read with her person below), « bataillé »;
  // the acts are read as verbs.
  violence: ['effraction', '=bataille', '=agresse', '=agressee', '=agressent', '=agresser', '=agressez', 'poignard*', 'couteau', '=arme', 'fusil', 'revolver', 'kidnapp*', 'braquage', 'battent', 'tabasse*'],
  outlet: ['journal', 'radio', 'tele', 'television', 'station', 'emission', 'balado', 'podcast', 'magazine', 'hebdo', 'quotidien', 'media', 'medias', 'nouvelles', 'fm', 'presse', 'gazette', 'echo', 'courrier', 'chaine', 'webtele', 'web-tele', 'info', 'actualite', 'actualites'],
  mediaWork: ['reportage', 'article', 'topo', 'chronique', 'entrevue', 'segment', 'capsule', 'lecteurs', 'auditeurs', 'telespectateurs'],
  number: ['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'quinze', 'vingt', 'plusieurs', 'des', 'une', 'un', 'quelques'],
  /** Broken or out of service (a complaint about a thing). */
  broken: ['sale', 'sales', 'malpropre', 'malpropres', 'degueulasse', 'degueu', 'brule', 'brulee', 'brules', 'brulees', 'eteint', 'eteinte', 'eteints', 'defonce', 'defoncee', 'defonces', 'bouche', 'bouchee', 'fissure', 'fissuree', 'brise', 'brisee', 'brises', 'brisees', 'casse', 'cassee', 'casses', 'cassees', 'pete', 'petee', 'scrap', 'magane', 'maganee', 'endommage', 'endommagee'],
  duration: ['jour', 'jours', 'semaine', 'semaines', 'mois', 'heure', 'heures', 'an', 'ans', 'annee', 'annees', 'hiver', 'hivers', 'ete', 'fois'],
  future: ['va', 'vont', 'sera', 'seront', 'aura', 'auront', 'allez', 'prevoit', 'prevoyez', 'prevu', 'prevue', 'planifie*', 'envisag*', 'compte', 'comptez', 'ira', 'iront', 'decide*', 'fermera', 'ouvrira', 'rouvrira', 'augmentera', 'coutera', 'couteront'],
} as const;

/** An emergency described, not named (3.1). Negation in the clause cancels a match. */
export const emergencyPatterns = [
  '@person _4 @distress', 'se noie|noient|noyer', 'noyade', 'crise|arret cardiaque', 'overdose|surdose', 'perdu connaissance', '@person _3 en danger',
  '@fire _4 @building', '@building _4 en? @fire', 'y|il ~3 a|avait du|un|le feu', 'prend|pris|poigne en feu', 'flammes',
  // The fire caught somewhere (« le feu de la Saint-Jean a pogné dans la maison à côté »), however long the fire's name.
  '@fire _6 a|est pris|prend|prennent|poigne|pogne dans|sur|au|aux|a la|chez', 'boucane|fumee _3 sort|sortent|partout|noire|epaisse',
  '@smell _3 @gas', '@gas _3 @smell|fuit',
  '@wire _3 electrique|electriques|hydro|haute _6 @fallen', '@wire ~3 tomb*|arrach*|pend|pendent', '@wire _2 en feu',
  '@water ~2 monte|montent|rentre|envahi*|refoul*|deborde*|jaillit|partout', '@water entre dans|chez', '@water qui ~2 monte|montent|rentre|entre|envahi*|refoul*|deborde*',
  // A river, a dam or a sewer overflowing (« le barrage déborde », « la rivière sort de son lit »).
  'riviere|fleuve|ruisseau|lac|barrage|digue|egout|egouts ~2 deborde*|cede', 'riviere|fleuve|ruisseau ~2 sort|sorti|sortie de son lit', 'barrage|digue ~2 cede|lache|brise|fissure*',
  // Through the ice (« un motoneigiste est passé à travers la glace », « la glace a cédé sous un enfant »).
  'a travers la glace', 'glace ~2 cede|casse|brise|craque sous', '@person ~2 pris|prise|coince*|tombe* dans la|le|l\'? eau|glace|riviere|lac|fleuve', 'inond*', '@collapse', 'trou geant|enorme|beant', 'cratere|gouffre',
  '@violence', '@person _2 armee|armees', 'se battent|battre', 'coup|coups de feu', 'au secours', 'a l\' aide', 'help',
  'tomb* sur|dans _2 @wire', 'tomb* a|dans l\'? eau|riviere|fleuve|lac|piscine', 'ca|sa boucane|fume', 'glissement|glissade de terrain',
  '@person _3 fait une|un chute|malaise|avc', '@person ~3 dans l\' eau', 'par effraction', '@smell _3 brule|fumee|boucane|feu',
  // Someone threatening to kill or to die, told by a witness (« un homme menace de tuer quelqu'un », « il crie qu'il va tirer »).
  '@person _3 menace|menacent|crie|crient|hurle|hurlent que|qu\'|de|d\' _3 tuer|tirer|poignarder|egorger|suicider|sauter',
  // Someone waiting for, chasing or hitting a person with a weapon other than a knife or a gun (« un gars attend mon fils avec un bat »).
  '@person _2 attend|attendent|poursuit|poursuivent|guette|guettent|frappe|frappent|menace|menacent _5 avec|a un|une|des bat|bats|batte|battes|baton|batons|hache|machette|barre', '@person _3 dit|disent que|qu\' _3 tuer|poignarder|egorger|suicider',
  // Round 34: a child lost, a seizure or breath failing, a poisoning, someone lying on the ground, a vehicle that hit someone,
  // a tree on a car, a vehicle in the water, children on thin ice, a dangerous animal, someone made to be beaten.
  'enfant|enfants|bebe|fille|garcon|fils|fillette|petit|petite s\'? est|sont perdu|perdue|perdus|egare*',
  '@person _3 crise d\' epilepsie|asthme', '@person _3 choc anaphylactique', '@person _3 reaction allergique', '@person _4 misere|difficulte|peine a respirer', 'respire|respirent mal',
  'avale|avalee|bu|ingere* _3 produit|produits|medicament*|pilule*|javel|poison|detergent|pile|piles|aimant|aimants|cannabis|drogue',
  '@person ~2 etendu*|couche*|allonge*|inanime* par terre', '@person ~2 etendu*|couche*|allonge*|inanime* au|sur|dans le|la? sol|route|rue|trottoir|chaussee|neige',
  'camion|auto|voiture|char|autobus|bus|vehicule|moto|train|vtt|motoneige|chauffard ~3 frappe|heurte|happe|renverse* un|une|des|deux? @person',
  '@person ~2 frappe*|happe*|heurte*|renverse* par un|une? camion|auto|voiture|char|autobus|bus|vehicule|moto|train|chauffard',
  'arbre|branche|poteau ~2 tombe* sur un|une|la|le|l\'|mon|ma|notre? auto|voiture|char|camion|maison|toit|fil|fils|@person', 'auto|voiture|char|vehicule|camion|autobus ~2 tombe*|plonge* dans la|le|l\'? eau|riviere|fleuve|lac',
  '@person _4 sur la glace mince', 'chien|chiens|ours|coyote|coyotes|loup|loups _2 attaque*|mord* un|une|des|mon|ma|mes|le|la|les|l\'? @person|monde', 'chien|chiens _1 enrage*', 'ours|coyote|coyotes|loup|loups _2 rode|rodent|attaque*',
  '@person se|s\' ~1 fait|fais|font battre|frapper|tabasser|agresser|poignarder',
  // Someone pinned under something or caught in a door, a boiler or a tank exploded, a ceiling coming down, a threat to jump.
  '@person _4 pogne|pognee|coince*|coincee|ecrase*|ecrasee sous', 'pris|prise|pogne|pognee|coince*|coincee dans la|une|les porte|portes|machine|ascenseur',
  'chaudiere|reservoir|bonbonne|transformateur|fournaise|chauffe-eau|cylindre|bombe|@building ~2 explose*|saute|sautee',
  'plafond|toit|mur|balcon|pont|structure|echafaud* _8 tomber|tombe|tombent|cede|cedent|craque|craquent', 'menace|menacent de|d\' sauter', 'menace|menacent de|d\' se|s\' suicider|jeter|tuer|lancer',
  // A car or someone fallen into a hole, a door forced, a needle prick, a carbon monoxide alarm, someone about to jump, a beating at home.
  'auto|voiture|char|camion|@person ~2 tombe*|tombee dedans', 'force|defonce|enfonce ma|notre porte|fenetre',
  'seringue _8 pique*', 'pique* _4 seringue', 'monoxyde _6 sonne|sonnent|alarme|mal|etourdi*|vomi*', '@person _3 veut|veulent|va|vont sauter|jeter _3 pont|toit|balcon|edifice|immeuble|falaise|viaduc', '@person ~2 bat|battent|frappe|frappent sa|son|ses|leur femme|blonde|conjointe|conjoint|chum|mari|enfant|enfants|bebe',
];
/** Vital signs absent: the negation is the meaning (« il ne respire plus »). */
export const emergencyNegatedPatterns = ['@person _4 @vital pas|plus|pu', '@person ne|n\' _2 @vital pas|plus', 'pas capable de|d\' se? relever|respirer|bouger|sortir',
  // No sign of life from someone for days (« mon voisin est pas sorti depuis trois jours », « elle donne plus signe de vie »): someone should check now.
  '@person _3 pas|plus|pu ~2 sorti|sortie|vu|vue|repondu de? chez? lui|elle? depuis _2 jours|semaine', 'pas|plus|pu|aucun _2 signe de vie', 'tombe* _8 se releve|relevent pas|plus|pu'];
/** A hypothetical or a question about what to do: not an emergency in progress. */
export const hypothetical = ['en cas d\'|de', 'si jamais', 'imagine|imaginez|imaginons|imaginer', 'que|quoi faire', 'comment faire|reagir|prevenir', 'prevention', 'exercice|simulation', 'formation', 'conseils', 'cours'];

/** A complaint said without a complaint word (« encore pas déneigé », « ça fait deux semaines »). */
export const complaintPatterns = [
  'encore|toujours pas', 'toujours rien', 'ca|cela fait|faisait longtemps', 'ca|cela fait|faisait #|@number @duration _8 pas|rien|personne|jamais|attend*|toujours|encore|@broken',
  'pas|rien|personne|jamais|attend*|toujours|encore _8 depuis|fait #|@number @duration', '@broken _8 depuis #|@number @duration',
  'pas normal|acceptable|correct|securitaire|serieux|logique', 'aucun|pas de? bon sens', 'ca a pas de bon sens', 'on|je paie|paye|payons des? taxes pour', 'payeurs de taxes',
  'oublie|oublient|oubliee|oublies _3 rue|secteur|bac|bacs|poubelle|poubelles|quartier|nous|moi', 'encore|ete|toujours|jamais ~2 oublie|oubliee|oublies|oubliees',
  'plein|pleine|pleins|pleines de trous|nids|dechets|deche', 'nid|nids de poule',
  'j\' attends|attend toujours|encore|depuis|ca|cela', 'on attend|attendons toujours|encore|depuis', 'personne|aucun ~3 venu|passe|repondu|rappele|rappelle',
  'qu\' est ce que vous attendez', 'bloque|bloquee|bloquent|bloques _3 entree|rue|trottoir|chemin|acces', 'entree|rue|trottoir|chemin|acces|ruelle ~2 bloque|bloquee|bloques|bloquees',
  'chaque annee|hiver|fois|semaine _6 pas|meme|encore|pareil', 'jamais deneige*|ramasse*|passe|repare*', 'c\' est long', 'quelle|une honte', 'merci pour rien',
  'pas ete? vide|videe|vides|videes|ramasse|ramassee|ramasses|ramassees|deneige|deneigee|deneiges|repare|reparee|nettoye|nettoyee|tondu|collecte|collectes',
  'est|sont ~2 pas fait|faite|faits|faites', 'fonctionne|fonctionnent|marche|marchent plus|pas',
];
/** A thing broken or out of service: a complaint, but too weak to win over an explicit request. */
export const weakComplaintPatterns = ['@broken'];
/** A journalist introducing themself, or an outlet at work (3.1.6). */
export const mediaPatterns = [
  'prepare|ecris|redige|fais|faisons|preparons|realise un|une|mon|notre @mediaWork', 'entrevue telephonique',
  'pour|dans mon|notre|une emission|balado|podcast|documentaire', 'recherche pour _3 @outlet|emission|balado|documentaire',
  'ici|part _4 @outlet', 'travaille|ecris|ecrit pour|a|au _4 @outlet', 'suis de|du|avec _3 @outlet', 'pour mon|notre|un|une @mediaWork',
  'journaliste|=reporter|recherchiste|chroniqueur|chroniqueuse|pigiste|redacteur|redactrice|reporteur|reporteure',
];
/** A rumour (needs validation whatever its punctuation, 3.3). */
export const rumourPatterns = [
  'entendu _2 dire|que|parler', 'parait que', 'il parait', 'on dit que', 'il se dit', 'rumeur|rumeurs', 'est ce|il vrai que', 'c\' est tu? vrai',
  'on m\' a dit', 'quelqu un? ~2 m\' a dit', 'il semblerait|semble que', 'le bruit court',
];
/** A question about a future decision, a cost, a plan (3.3). */
export const futureDecisionPatterns = [
  '@future _6 fermer|fermera|fermeront|ouvrir|ouvrira|rouvr*|augment*|baiss*|couper|annuler|reporter|demolir|agrandir|construire|refaire|abolir|eliminer|vendre|privatiser|fusionner|investir|installer|implanter|ajouter',
  '@future _6 refait*|demoli*|agrandi|agrandie|construit|construite|annule*|reporte*|coupe|coupee|coupes|vendu*|renove*|remplace*|ferme|fermee|abol*|privatise*',
  '@future _6 avoir lieu', 'combien _6 coutera|couteront|coute|paye|payee|payer|depense*|investi*|facture', 'est ce|c\' est tu? prevu|planifie|decide|confirme|officiel',
  'est|sont|ete confirme|confirmee|confirmes|officiel|officielle|decide|decidee|approuve|approuvee|adopte|adoptee',
];

/** A request said as a wish (« j'en voudrais un autre »). */
export const requestPatterns = ['j\' en? voudrais|aimerais|prendrais un|une|des|avoir|obtenir|recevoir|qu\'|que', 'j\' aurais|aurai besoin', 'pourriez|pouvez vous? ~2 remplacer|reparer|ramasser|installer|enlever|changer|nettoyer|venir|passer|envoyer'];

/** Complaint words too weak to win over an explicit request (« mon bac est brisé, pouvez-vous le remplacer? »). */
export const weakComplaint = ['brise(e)?s?', 'bruit', 'dangereux', 'dangereuse', 'ne fonctionne (pas|plus)', 'pas fonctionnel'];
