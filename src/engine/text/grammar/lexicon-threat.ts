/**
 * Harm called for against people (threat.ts reads these as frames): a class of violence verbs by
 * lemma, multi-word ones included, and the frames that make them a threat, a call or a wish. The
 * object (a group or a person, named or taken up by a pronoun) is checked by the grammar, not here.
 */

/** Violence done to someone; a multi-word entry stops where its object starts (« trancher la gorge | de… »). */
export const violence = [
  '~tuer', '~assassiner', '~torturer', '~etrangler', '~noyer', '~poignarder', '~massacrer', '~exterminer', '~egorger', '~executer', '~pendre',
  '~bruler', '~lyncher', '~violer', '~fusiller', '~decapiter', '~lapider', '~tabasser', '~buter', '~flinguer', '~gazer', '~empoisonner', '~mutiler',
  '~eventrer', '~electrocuter', '~eradiquer', '~crucifier', '~castrer', '~steriliser', '~abattre', '~immoler', '~defenestrer', '~tirer sur|dans',
  '~ouvrir le feu sur', '~incendier', '~faire souffrir|crever|mourir|bruler|saigner', '~faire la peau', '~mettre le feu a|aux|au',
  '~trancher|~couper|~ouvrir|~egorger la|leur|ta|votre|sa gorge', '~briser|~casser|~tordre|~rompre|~peter le|leur|ton|votre|son|sa|la cou|nuque',
  '~mettre fin a|aux la|leur|ta|votre|sa? vie|vies|jours', '~debarrasser', '~en finir avec', '~rayer de la carte', '~reduire en cendres|bouillie',
  '~loger|~mettre|~tirer une balle dans la tete', '~envoyer six|6 pieds sous terre',
];
/** Harm suffered, the sufferer before it (« voir ces… souffrir », « qu'ils crèvent »). */
export const suffer = ['~souffrir', '~mourir', '~crever', '~bruler', '~pourrir', '~agoniser', '~disparaitre', '~manger une volee|claque|raclee|degelee'];

/** What makes violence a threat, a call or a wish (the verb follows, a few words on). */
export const harmCalls = [
  // The speaker's own act or will (« je vais… », « nous allons… », « il va falloir que je… »).
  'je|j\'|nous|on|jvais|jva|m\'|ma|mas ~aller|~vouloir|~pouvoir|~devoir|~compter|~rever|~aimer|~adorer|~esperer|~souhaiter|~finir|vais|vas|devrions|pourrions|voudrions|aimerions|allons',
  'je|j\'|nous|on ~avoir envie|hate de|d\'', 'm\'|ma as|vas', 'mas', '~falloir que|qu\' je|j\'|on|nous',
  // Someone called on (« quelqu'un devrait… », « on devrait… », « il faudrait… »).
  'quelqu\'|quelqu un ~devoir|~pouvoir|~aller|~finir', 'il|y ~falloir|~valoir mieux', 'faut|faudrait|faudra', 'qu\'|que on|nous|quelqu\'',
  // Normative and optative frames (« ce serait mieux de… », « c'est dans l'intérêt de tous de… », « si seulement… »).
  'ce|c\'|ca|cela ~etre|serait|sera|serais mieux|bien|temps|bon|juste|urgent de|d\'', 'dans l\'|l interet de tous|chacun de|d\'', 'dans l\'|l interet de tout le monde de|d\'', 'si seulement', 'mieux vaut|vaudrait',
  // Questions that propose (« Et si on… ? », « Pourquoi ne pas… ? »).
  'et|pis|puis si', 'pourquoi ne|n\' pas|plus',
];
/** Words that may stand between a call and its verb (« quelqu'un devrait tout simplement les… »). */
export const callGap = [
  '~pouvoir', '~devoir', '~aller', '~vouloir', '~falloir', 'voir', 'bien', 'tout', 'simplement', 'juste', 'enfin', 'finalement', 'trop', 'vraiment', 'tous', 'toutes',
  'les', 'leur', 'l\'', 'te', 't\'', 'vous', 'nous', 'se', 's\'', 'me', 'm\'', 'en', 'y', 'on', 'je', 'j\'', 'quelqu\'', 'un', 'que', 'qu\'', 'tellement', 'personnellement',
];
/** What may stand between a violence verb and its object (« trancher la gorge à toutes les… »). */
export const objectGap = ['de', 'd\'', 'a', 'aux', 'au', 'des', 'du', 'tous', 'toutes', 'chaque', 'ces', 'les', 'avec', 'nous', 'vous', 'une', 'fois', 'pour'];
/** A world better without them (« le monde se porterait mieux sans… »). */
export const betterWithout = ['se|s\'|nous ~porter|~aller|~vivre mieux sans', '~etre meilleur|meilleure|mieux|plus beau|plus belle sans', 'irait|irais|serait mieux sans'];
/** Violence approved after the act (« Assassiner un… devrait être dépénalisé »). */
export const approved = [
  '~devoir ~etre +depenalise|+legal|+permis|+autorise|+legalise|+encourage|+obligatoire|+recompense',
  'est|serait|sera +legitime|+legal|+permis|+justifie|un devoir|une bonne idee|la solution|la seule solution',
];
