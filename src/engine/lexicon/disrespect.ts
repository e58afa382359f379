/**
 * Curated words and phrases that are not respectful or not professional (3.2), in Québec French as
 * people write it (terms are normalised: lowercase, no accents; see text/match.ts for the syntax).
 *
 * Curated by hand on purpose: generic lists (e.g. cuss/fr) flag ordinary municipal words
 * (mettre, envoyer, retard, queue, panier, ordure…). test/unit/engine/false-positives.test.ts
 * checks hundreds of ordinary municipal words and sentences against these lists.
 *
 * Decisions:
 * - Sacres (tabarnak, câlisse, crisse, ostie, calvaire, ciboire, sacrament, viarge…) are errors.
 *   Words with a proper, non-offensive sense (calvaire, ciboire, hostie, sacrement, tabernacle,
 *   calice, christ) are listed in `properSense`: the exception « sacred-object-sense » lets them
 *   pass after a determiner (« le calvaire au coin de la rue », « la paroisse du Saint-Sacrement »)
 *   unless used as an intensifier (« un calvaire de chantier »).
 * - Softened sacres (tabarouette, mautadit, calvince, câline de bine, torrieu…) and « maudit » are
 *   warnings: not insulting, but not the professional tone 3.2 asks of administrators.
 *   « crime » and « sacrifice » are NOT listed: they are ordinary nouns far more often than oaths.
 * - Ambiguous words that are ordinary nouns (cave, épais, innocent) count only in insulting frames
 *   (« espèce de cave », « t'es cave », « bande d'innocents »).
 */

/** Sacres proper: errors. */
export const sacres = [
  'tab(a|e)rn(a|e)(k|c|ck|q|que)s?', 'tabarnak', 'tbk', 'tabernacle',
  'calisse', 'caliss', 'calis', 'calice', 'calisser', 'decalisse(r|z)?', 'calissement',
  'criss(e)?', 'crisser', 'christ', 'crisse', 'decrisse(r|z)?',
  'ostie', 'osti', 'hostie', 'estie', 'esti', 'astie', 'ostifie', 'estifie', 'stie',
  'calvaire', 'calv', 'calvasse',
  'ciboire', 'cibouere', 'ciboere',
  'sacrament', 'sacramant', 'sacrement', 'saint sacrament', 'saint sacrement',
  'viarge',
];

/** Sacres that are also ordinary words in a proper sense (religion, places): see `sacred-object-sense`. */
export const properSense = ['calvaire', 'ciboire', 'hostie', 'sacrement', 'saint sacrement', 'tabernacle', 'calice', 'christ'];

/** Profanity (errors). */
export const profanity = [
  'merde', 'marde', 'mange(z)? (de la )?marde', 'fuck*', 'fck', 'wtf', 'shit', 'bullshit', 'chier', 'va chier', 'allez chier',
  'ta gueule', 'ferme ta gueule', 'fermez vos gueules', 'fermez-la', 'ferme-la', "trou d(e |')cul", 'bitch', 'salope',
  'putain', 'connard', 'connasse', 'enfoire(e)?s?', 'crosseur(s)?', 'crosseux', 'mange-marde',
];

/** Insults aimed at a person (errors; skipped when negated in their clause: « ce n'est pas idiot »). */
export const insults = [
  'idiot(e)?s?', 'imbecile(s)?', 'cretin(e)?s?', 'debile(s)?', 'abruti(e)?s?', 'stupide(s)?', 'con', 'conne(s)?',
  'niaiseu(x|se|ses)', 'nono(s)?', 'tarla(s)?', 'twit(s)?', 'zouf', 'attarde(e)?s? mentale?s?',
  'moron(s)?', 'loser(s)?', 'incompetent(e)?s?', 'bon(s)? a rien', 'minable(s)?', 'pathetique(s)?',
  "(espece|bande|gang|gagne|gros|grosse|maudit|maudite) d(e |')(cave|caves|epais|epaisse|innocent|innocents|innocente|nono|nonos|idiot|idiots|imbecile|imbeciles|cretin|cretins|niaiseux|tata|tatas|mongol|mongole|sans-dessein|sans dessein)",
  "(gros|grosse|maudit|maudits) (cave|caves|epais|epaisse|tata|porc|vache|innocent|innocents)",
  "(t'es|tes|t'est|vous etes|es-tu|etes-vous|tu es|t'as l'air|vous avez l'air) (un |une |des |ben |vraiment |tellement |assez )?(cave|caves|epais|epaisse|innocent|innocente|innocents|tata|sans-dessein|sans dessein|twit|nono|tarla|nul|nulle|nuls)",
  'sans-dessein', 'tete de linotte', "pas de tete",
];

/** Who a degrading statement can be about: a group named by its members, or by where they live or work. */
const GROUP =
  "((les|ces|tous les|toutes les) (immigre|immigrant|arabe|noir|juif|musulman|autochtone|indien|chinois|refugie|gai|gay|lesbienne|trans|homosexuel|itinerant|assiste social|bs|etranger|femme|vieux|jeune|anglo|anglophone|employe|fonctionnaire|col bleu|cols bleus|elu|citoyen|resident|habitant)(e)?s?|(les gens|le monde|ces gens-la|ces gens|les citoyens|les residents|les habitants|les employes|les fonctionnaires|les cols bleus|les elus|vous autres|vous) (de|du|des|d'|a)?( [\\p{L}'-]+){0,4}|vous)";
/** What no group may be called (degrading). */
const DEGRADING =
  '(paresseux|paresseuses|voleurs|voleuses|criminels|parasites|dangereux|sales|animaux|deches|profiteurs|moins que rien|vermines|vermine|inferieurs|inferieures|malades|deviants|terroristes|bons a rien|pas des humains|incompetent(e)?s|idiot(e)?s|imbeciles|caves|epais|epaisses|fraudeurs|menteurs|menteuses|nuls|nulles|lache(s)|fainean(t|ts|tes)|gratteux|quetaines|arrieres|attardes)';

/** Hateful or degrading statements about a group, and slurs (errors). */
export const hate = [
  'negre(s)?', 'negresse(s)?', 'bougnoule(s)?', 'tapette(s)?', 'fif(s)?', 'fifi(s)?', 'feluette(s)?', 'chinetoque(s)?', 'bloke(s)?', 'sauvagesse(s)?',
  '(maudit|maudite|maudits|maudites|osti de|esti de|criss de|crisse de|tabarnak de|sale|sales) (immigre|immigrant|arabe|noir|negre|juif|musulman|autochtone|indien|sauvage|chinois|refugie|etranger|anglais|anglo|bloke|homo|gai|gay|lesbienne|trans|tapette|bs|assiste social)(e)?s?',
  '(retournez|retourne|retourner|retournes) (dans|chez) (votre|ton|vos|leur|ta) (pays|bled|village|reserve)',
  // A group, named by its members or by where they live or work, said to be something degrading.
  `${GROUP} (sont|c'est|c est|etes) (tous |toutes |juste |rien que |vraiment |juste des |tous des |toutes des )?(des |du )?${DEGRADING}`,
];

/** Threats (errors). */
export const threats = [
  '(je vais|j\'vais|jvais|on va|nous allons|je vas) (te|vous|t\'|lui|leur) (tuer|casser la gueule|casser la face|peter la gueule|peter la face|frapper|planter|retrouver|faire payer|detruire|regler ton compte|regler votre compte|faire la peau|pogner|brasser)',
  '(tu vas|vous allez|tu va) le regretter', '(tu vas|vous allez) (y|le) gouter',
  '(je sais|on sait) ou (tu restes|vous restez|tu habites|vous habitez|tu demeures|vous demeurez)',
  '(fais|faites) attention a (toi|vous)', 'gare a (toi|vous)', "t'es mort", 'tu es mort', 'vous etes morts', 'menace(s)? de mort',
];

/** Contempt towards the person (errors). */
export const contempt = [
  "(lisez|lis|lire) (le|notre|un peu le|donc le) site avant d'(ecrire|ecrite|ecrire ici|commenter|poser|chialer|vous plaindre)",
  'apprenez a lire', 'apprends a lire', 'savez-vous lire', 'sais-tu lire', 'si vous saviez lire', 'si tu savais lire',
  "c'est pourtant simple", "c'est pourtant pas complique", "c'est pas sorcier", "ce n'est pas sorcier", "c'est pas de la physique nucleaire",
  'tout le monde sait (ca|cela)', 'tout le monde le sait', 'utilisez votre tete', 'sers-toi de ta tete', 'servez-vous de votre tete',
  'reflechissez un peu', 'reflechis un peu', "vous n'avez rien compris", 'vous comprenez rien', 'tu comprends rien',
  'arretez de (vous plaindre|chialer|brailler|pleurnicher)', 'arrete de (te plaindre|chialer|brailler|pleurnicher)', 'chialeu(x|se|ses)', 'bebe lala',
  '(vous etes|t\'es|tu es|vous etes donc|vous etes vraiment) (vraiment |tellement |donc )?(ridicule|ridicules|pathetique|pathetiques|nul|nuls|nulle|nulles|borne|bornes|bornee|bornees)',
  "(lisez|relisez|lis|relis)(-le|-la|-les| le| la| les)? (donc )?(comme il faut|comme du monde|comme il le faut|avant de (commenter|chialer|vous plaindre))",
  'ouvrez (donc )?(les|vos) yeux',
  'si vous aviez (lu|pris la peine de lire)', 'avez-vous (seulement|meme) lu', 'as-tu (seulement|meme) lu', "c'est (pourtant )?ecrit en gros",
  'on a autre chose a faire', "on n'a pas que ca a faire", 'pas notre probleme', 'pas mon probleme',
];

/** Not insulting but not professional (warnings): softened sacres, condescending interjections. */
export const unprofessional = [
  "c'est (pourtant )?ecrit (noir sur blanc|en toutes lettres|partout)",
  'tabarouette', 'tabarnouche', 'tabarnane', 'tabarslaque', 'tabarnache', 'mautadit(e)?s?', 'maudit(e)?s?', 'mosusse', 'mosus',
  'calvince', 'calvinouche', 'caline de bine(s)?', 'caline de binne(s)?', 'calinette', 'cibole', 'torrieu(x)?', 'batince', 'bateche',
  'bout de ciarge', 'cristi', 'christie', 'sapristi', 'simonac', 'jeriboire', 'saint-cimonaque', 'bordel',
  'franchement', 'voyons donc', 'come on', 'calme(z)?-(toi|vous)', 'lol', 'mdr', 'ptdr', 'pfff*', 'duh',
];
