/**
 * What a reply DOES, clause by clause, each act with its span (original offsets):
 * - promise     the City acts or promises to (an agent — « on », « nous », l'équipe, les cols
 *               bleus, travaux publics — then an action: « va réparer », « passera », « s'en
 *               occupe », « s'en viennent », « on a déjà envoyé quelqu'un »);
 * - transfer    the matter is passed on (« je transmets », « j'ai fait suivre », « a avisé »);
 * - ask-details address, photo, private message, an e-mail or phone that is not one of the
 *               three channels (« envoyez un courriel au service des loisirs »);
 * - redirect    one of the three channels of 3.1.5 (phrasings in facts.ts);
 * - media-referral  to media relations (formal or « je te réfère »);
 * - defer       « on regarde ça lundi », « on vous revient demain »;
 * - temporary   the temporary reply of 3.3 (« prise en compte », « pas encore confirmé »);
 * - answer      a clause that states something: a fact, a figure, a date, a confirmation or a
 *               denial, a position — any clause that is none of the above, nor thanks, greetings,
 *               empathy, a question back, or the City's own rule (« nous ne répondons pas ici »);
 * - city-voice  speaking as the City: « au nom de », « de la part de » the City, « avis
 *               officiel », an unpublished decision told from the inside (4.1, 4.3);
 * - partisan    a vote or support for a candidate or a party, or a personal opinion (« à mon avis »,
 *               « selon moi »): 3.1, only the City's information;
 * - advert      promoting a business (3.1.4).
 * Negation is read inside the clause (« nous ne traitons pas les plaintes ici » is no promise).
 */
import { complaintChannelPhrasings } from '../facts.ts';
import { normalize, type Normalized } from '../text/normalize.ts';
import { tokensOf, type Token } from '../text/tokens.ts';
import { clausesOf, partsOf, type Clause } from './clauses.ts';
import { inSet, PatternList, PatternSet, type Matcher } from './pattern.ts';
import { classes } from './words.ts';

export type ActKind =
  // Internal: a private channel asked (reported as 'ask-details').
  | 'ask-private'
  | 'promise' | 'transfer' | 'ask-details' | 'redirect' | 'media-referral' | 'answer' | 'defer' | 'temporary'
  | 'city-voice' | 'partisan' | 'advert';

export interface Act {
  kind: ActKind;
  start: number;
  end: number;
  /** Index of its clause in `Reading.clauses`. */
  clause: number;
}

export interface Reading {
  clauses: Clause[];
  acts: Act[];
}

const set = new PatternSet(classes);

/** Patterns of each act; `negatable: false` for phrases that carry their own negation. */
const SOURCES: ReadonlyArray<readonly [ActKind, boolean, readonly string[]]> = [
  ['media-referral', true, [
    'relation|relations _3 medias|media|presse|publiques', 'relationniste|relationnistes', 'porte parole', 'attache|attachee de presse',
    'service|equipe|direction|responsable|responsables|personne|personnes|conseiller|conseillere|bureau _2 communications|communication|presse',
    'je|j\'|nous|on ~3 refer*|redirig*', 'communications', 'refer* _2 aux|au|vers relation|relations|communications|porte',
  ]],
  ['redirect', true, Object.values(complaintChannelPhrasings).flat()],
  ['temporary', false, [
    'pris|prise|prises en compte', 'reponse|reponses plus? precise|precises|complete|completes|detaillee', 'a venir', 'ulterieurement', 'des que possible', 'sous peu',
    'en cours de|d\' validation|verification|confirmation|analyse|evaluation', 'a|reste|restent confirmer|valider|determiner|preciser',
    'pas encore ~2 confirm*|decid*|annonc*|disponible*|connu*|officiel*|determine*|fixe*|public*|publi*|arrete*|finalise*|pris|prise',
    'rien|aucun|aucune n\' ~2 encore? ~2 decid*|arrete*|confirm*|officiel*|fixe*|determine*|pris|prise|annonc*', 'tiendr*|tiendrons|tenons|tenir ~2 au courant',
    'suivez|surveillez nos|notre annonces|publications|pages|page|fil', 'n\' avons|ai|a pas encore? cette|l\'|d\'|les|de information|informations|info|infos|details|reponse|reponses', 'restez a l\' affut', 'plus de|d\' details|precisions|informations|infos|nouvelles suivront|bientot|prochainement|a',
    'des nouvelles des que', 'aucune decision|date|confirmation ~3 n\'? ~2 ete? pris|prise|arrete*|confirm*|fixe*|annonce*',
    'des que|qu\' _2 sera|seront|aura|auront ~2 confirm*|disponible*|connu*|officiel*|valide*|pris|prise', 'reponse|reponses|details|suite a venir|suivra|suivront', 'va|vont|sera|seront etre? annonce*|devoile*|officialise*',
  ]],
  ['defer', true, [
    '@agent ~4 vous|te revien*|reviendr*|revenir|revenons', 'et|puis vous|te revien*|reviendr*|revenir|revenons', '@agent ~4 @defer ca|cela?', 'je|on|nous ~3 voir|verr*|verrons|verra avec|ca|cela|ce', '@agent ~3 suit|suivons|suivent le|ce|votre dossier|cas',
    '@agent ~3 fai*|fais|ferai|ferons|fera un|le suivi', 'on|nous ~2 est|sommes sur le dossier|cas',
  ]],
  ['transfer', true, [
    '@agent ~3 fai*|fais|fait|ferai|ferons|fera passer? le|votre message', '@agent ~3 transmettre|passer le|votre message',
    '@agent ~3 parle|parler|parlerai|parlerons|parlons au|a|aux', '@agent ~2 envoie|envoyons|envoyer|envoye ca|cela|votre|le|la|l\' _3 au|aux|a',
    '@crew|service|voirie|contremaitre ~2 a|ont|est|sont ete avise*|informe*|averti*|prevenu*|contacte*',
    '@agent ~4 @transfer', '@agent ~3 fai*|fais|fait|ferai*|ferons|fera suivre', 'c\' est ~2 transmis|transmise|transfere|transferee|achemine|acheminee|relaye', '@agent a|ai|avons|ont|as deja? @notify',
    '@agent ~3 vais|va|allons aviser|avertir|informer|prevenir|contacter|appeler le|la|les|l\'|nos|notre|@dept',
    'votre|ta|vos|tes? plainte|plaintes|demande|demandes|requete|requetes|signalement|message|commentaire a|est|sera|ont|sont ete? transmis*|transfere*|achemine*|enregistre*|relaye*',
  ]],
  ['promise', true, [
    'un|le suivi sera|va ~2 fait|effectue', '@agent ~3 faire|ferons|fera|fais|ferai le necessaire',
    '@agent ~3 prend|prenons|pris|prendre|prenez bonne? note',
    'un|une|le|la|les|l\'|nos|notre|des|mes|vos? @agent ~5 @send _2 @crew un?', 'un|une|le|la|les|l\'|nos|notre|des|mes|vos? @agent ~2 s\' en vient|viennent|venons|allons', 'un|une|le|la|les|l\'|nos|notre|des|mes|vos? @agent ~4 @handle', '@agent ~3 prend|prendra|prenons|pris|prendre ~2 en charge',
    '@agent ~3 ouvert|ouvre|ouvrons|cree|creer|ouvrir un|une dossier|requete|billet|demande|plainte',
    'votre|ta|vos|tes? plainte|demande|requete|signalement|dossier a|est|sera ete? pris|prise|traite*|regle* ~2 en? charge?',
    '@crew _3 est|sont en route', '@crew ~2 est|sont deja? sur place|rendus|rendu', '@crew ~2 est|sont deja? sur les lieux', 'requete|dossier|billet cree|ouvert', 'sera|seront|va|vont|devrait|devraient|doit|doivent etre? repar*|ramass*|deneig*|bouch*|nettoy*|corrig*|remplac*|regl*|enlev*|colmat*|deblay*|elag*|coup*|install*|ramene*|fix*',
    'c\' est promis', 'promis|promets|promettons', 'dossier|demande|requete|plainte suit son cours',
  ]],
  ['ask-details', true, [
    '@ask ~3 _3 @detail', 'quel|quelle|quels|quoi ~2 _2 @detail', 'ou exactement|precisement', 'quel|quelle|quels|quelles _2 exactement|precisement',
    'quelle|quel rue|secteur|quartier|coin|endroit|adresse', 'a quelle|quel adresse|coin|intersection|endroit|heure',
    'votre|ton|vos|tes @ownDetail', '@contact ~3 _2 @dept',
  ]],
  // A private channel: never part of a redirection, whatever else the clause names.
  ['ask-private', true, [
    'message|messages|messagerie|msg prive|privee|prives', 'en|par prive|pv|mp|inbox|dm', 'mp|dm|inbox|messenger|texto|pm',
    '@contact ~3 nous|moi', '@contact avec nous|moi',
  ]],
  ['city-voice', true, [
    'je|j\'|nous|on ~2 parle|parlons|ecris|exprime au|de la? nom|part _5 @cityBody', 'je|j\'|nous|on ~2 parle|parlons pour la ville|municipalite', 'au|de la? nom|part _5 @cityBody', '@officialThing officiel|officielle|officiels|officielles', 'officiellement',
    'c\' est officiel|officielle', 'c\' est decide|decidee|confirme|confirmee|tranche|vote|votee|adopte|adoptee _6 @cityBody', 'la|le ville|conseil|municipalite vous? annonc*|confirm*|inform*', 'nous|on a la ville ~3 decid*|choisi|resolu|adopt*|annonc*|confirm*|tranch*',
    'je|j\'|nous ~3 peux|pouvons|puis vous? dire|confirmer|annoncer|garantir que la ville|decision|conseil', 'la decision ~4 est|sont prise|finale|officielle|definitive',
    'c\' est la position|decision|volonte de la|du|l\' ville|conseil|municipalite|administration',
    'la position|decision|volonte de la|du|l\' ville|conseil|municipalite|administration est|sera', 'en tant que porte parole', 'comme porte parole',
    'je|nous vous confirme|confirmons|annonce|annoncons que', '@officialThing aux|a tous? les? citoyens|citoyennes|residents|residentes|population|contribuables', 'en primeur', 'info|infos|information|nouvelle de l\' interieur', 'entre vous et moi', 'confidentiel*', 'scoop',
  ]],
  ['partisan', true, [
    '@vote _3 @politics', 'campagne electorale', 'parti politique',
    // A personal opinion is not the City's information either.
    'a mon avis', 'selon moi', 'mon opinion', 'avis personnel', 'moi je|j\' ~2 trouve|pense|crois', 'personnellement je|j\' ~2 trouve|pense|crois|prefere',
  ]],
  ['advert', true, [
    '@sale _6 chez', 'chez _6 @sale', 'code promo', 'profitez|visitez|encouragez|essayez|decouvrez _3 chez|restaurant|resto|boutique|magasin|commerce|concessionnaire|bar|brasserie|epicerie',
    'achetez|magasinez|commandez _4 chez|boutique|magasin',
  ]],
];

const PATTERNS = new PatternList<ActKind>(SOURCES.map(([k, , src]) => [k, src.map((x) => set.compile(x))]));
const NEGATABLE = new Set(SOURCES.filter(([, neg]) => neg).map(([k]) => k));

const HEADING = new Set(['avis', 'annonce', 'communique', 'message', 'important', 'info', 'information']);
const TO_YOU = new Set(['vous', 'te', "t'"]);
const SUBORDINATE = new Set(['que', "qu'"]);
const NEGATORS = new Set(['ne', "n'", 'pas', 'jamais', 'aucun', 'aucune', 'rien', 'nullement', 'aucunement']);
const IDIOM_AFTER_NE = /^(?:hesit|oubli|importe|empeche)/;

/**
 * Whether tokens [i, j) of a part are negated: a negator six tokens before, inside, or three after,
 * within the comma clauses the match covers (`clauseOf[k]`: the clause of token k).
 */
function negated(tokens: readonly Token[], i: number, j: number, clauseOf?: readonly number[]): boolean {
  const lo = clauseOf ? clauseOf[i]! : -1;
  const hi = clauseOf ? clauseOf[j - 1]! : -1;
  for (let k = Math.max(0, i - 6); k < Math.min(tokens.length, j + 3); k += 1) {
    if (clauseOf && (clauseOf[k]! < lo || clauseOf[k]! > hi)) continue;
    const t = tokens[k]!;
    // A negation inside what follows « que » belongs to that subordinate, not to the act.
    if (k >= j && (SUBORDINATE.has(t.norm) || (k === j && SUBORDINATE.has(tokens[k - 1]?.norm ?? '')))) break;
    if (!NEGATORS.has(t.norm)) continue;
    const next = tokens[k + 1]?.norm ?? '';
    const prev = tokens[k - 1]?.norm ?? '';
    // « n'hésitez pas », « pas de problème », « pas encore » (a temporary reply) are no negation of the act.
    if ((t.norm === 'ne' || t.norm === "n'") && IDIOM_AFTER_NE.test(next)) continue;
    if (t.norm === 'pas' && IDIOM_AFTER_NE.test(prev)) continue;
    if (t.norm === 'pas' && (next === 'mal' || (next === 'de' && /^(?:probleme|souci|soucis|trouble)/.test(tokens[k + 2]?.norm ?? '')))) continue;
    return true;
  }
  return false;
}

/** Whether token i follows « pour que », « afin qu' », « pour » + infinitive lead (a purpose, not an act). */
function purpose(tokens: readonly Token[], i: number): boolean {
  for (let k = Math.max(0, i - 3); k < i; k += 1) {
    const a = tokens[k]!.norm;
    const b = tokens[k + 1]?.norm ?? '';
    if ((a === 'pour' || a === 'afin' || a === 'avant') && (b === 'que' || b === "qu'")) return true;
  }
  return false;
}

/** The digits of a number token, 0 for any other (a function of the module: a closure over the tokens would be a new object per token). */
const digits = (t: Token | undefined): number => (t?.kind === 'number' ? t.norm.length : 0);
/** A phone number that is not 311 or 911 (« 819 372-4621 », « 372-4621 poste 2 »). */
function phoneAt(tokens: readonly Token[], i: number): number {
  const a = digits(tokens[i]);
  const b = digits(tokens[i + 1]);
  if (a === 3 && b === 3 && digits(tokens[i + 2]) === 4) return i + 3;
  if (a === 3 && b === 4) return i + 2;
  if (a === 10) return i + 1;
  return -1;
}

/** Two tokens of one address: nothing, or a dot, dash or underscore between them. */
const glued = (text: string, from: number, to: number): boolean => to === from || (to - from === 1 && '.-_'.includes(text[from] ?? ' '));

const MEDIA_MAILBOX = /^(?:communications?|medias?|presse|relations?|relationsmedias)$/;

/**
 * Acts found by code rather than patterns, in clause `ci`: e-mail addresses (their starts also in `mails`)
 * and phone numbers.
 */
function addresses(c: Clause, ci: number, original: string, found: Act[], mails: number[]): void {
  const t = c.tokens;
  for (let i = 0; i < t.length; i += 1) {
    if (t[i]!.norm === '@' && i > 0 && i + 1 < t.length) {
      // local@domain: the tokens glued on each side (a dropped dot counts as glued).
      let to = i + 1;
      while (to + 1 < t.length && to - i < 12 && glued(original, t[to]!.end, t[to + 1]!.start) && t[to + 1]!.kind !== 'symbol') to += 1;
      mails.push(t[i - 1]!.start);
      found.push({ kind: MEDIA_MAILBOX.test(t[i - 1]!.norm) ? 'media-referral' : 'ask-details', start: t[i - 1]!.start, end: t[to]!.end, clause: ci });
      i = to;
      continue;
    }
    const end = phoneAt(t, i);
    if (end > 0) {
      found.push({ kind: 'ask-details', start: t[i]!.start, end: t[end - 1]!.end, clause: ci });
      i = end - 1;
    }
  }
}

/**
 * Clauses whose words are all thanks, greetings or empathy; after a greeting, a name
 * (« Salut Marc », « Bonjour Mme Tremblay ») counts as part of it.
 */
function isPolite(c: Clause, original: string): boolean {
  const greeting = c.tokens[0] !== undefined && inSet(classes.polite!, c.tokens[0]);
  return c.tokens.every((t) => {
    if (t.kind !== 'word' || inSet(classes.polite!, t)) return true;
    const ch = original[t.start] ?? '';
    return greeting && ch !== ch.toLowerCase();
  });
}
const STATE_VERB = /^(?:pouv|peu|repond|trait|comment|confirm|divulg|sais|sait|savons|connai|donn|partag|publi|discut|accord|fai)/;
/** Words that open thanks or greetings. */
const THANKS = new Set(['merci', 'bonjour', 'bonsoir', 'allo', 'salut', 'desole', 'desolee', 'desoles', 'navre', 'navree', 'felicitations', 'bravo']);
/** Imperatives that introduce a statement (« notez que la piscine ferme »). */
const NOTE = new Set(['notez', 'sachez', 'remarquez', 'constatez']);
const LEADS = new Set(['pour', 'concernant', 'quant', 'si', 'afin', 'dans', 'sur', 'propos', 'en', 'par', 'avec', 'selon', 'question', 'svp', 'merci']);

/** Whether a clause answers: it states something (see the file comment). */
/** Verbs and adjectives that acknowledge how the person feels. */
const EMPATHY = new Set(['comprenons', 'comprends', 'partageons', 'partage', 'regrettons', 'regrette', 'desole', 'desolee', 'desoles', 'desolees']);

function answers(c: Clause, hasAct: boolean, hasNumber: boolean, original: string): boolean {
  if (hasAct || c.closer === '?' || isPolite(c, original)) return false;
  const t = c.tokens;
  const wordsIn = t.filter((x) => x.kind === 'word');
  const first = wordsIn[0];
  if (!first) return hasNumber;
  // The City's own rule, or not knowing (« nous ne pouvons pas commenter », « pas de commentaire »).
  if (negated(t, 0, t.length) && wordsIn.some((x) => STATE_VERB.test(x.norm) || x.norm === 'commentaire' || x.norm === 'commentaires')) return false;
  if (wordsIn.some((x) => inSet(classes.yesNo!, x)) || hasNumber) return true;
  // Thanks or a greeting with no date, figure or yes/no in it (« merci de votre intérêt pour ce dossier »).
  if (THANKS.has(first.norm) && !wordsIn.some((x) => inSet(classes.time!, x))) return false;
  // Acknowledging a feeling (« nous comprenons votre frustration », « désolés pour l’attente »): no fact
  // is told, unless a « que » clause carries one (« nous comprenons que le maire sera là »).
  if (wordsIn.slice(0, 4).some((x) => EMPATHY.has(x.norm)) && !wordsIn.some((x) => x.norm === 'que' || x.norm === "qu'" || inSet(classes.time!, x))) return false;
  // An instruction (« Contactez Mme Gagnon », « Consultez le communiqué »): it directs, it does not state.
  if (first.norm.length > 4 && first.norm.endsWith('ez') && !NOTE.has(first.norm)) return false;
  // An adjunct that leads into the next clause (« pour une entrevue, … »), or a lone word.
  if (LEADS.has(first.norm) && !wordsIn.some((x) => inSet(classes.time!, x))) return false;
  // What the referred people will do (« elles vous répondront rapidement »).
  if (wordsIn.some((x) => inSet(classes.respond!, x)) && wordsIn.some((x) => /^(?:vous|te|t'|me|m')$/.test(x.norm))) return false;
  return wordsIn.length >= 2;
}

const NOT_PUBLIC = /^(?:annonc|officiel|public|publi|devoil|sorti|dit)/;

/**
 * A decision told before the City has published it (« 40 postes vont être coupés, ce n'est pas
 * encore annoncé »): in one sentence, « pas encore annoncé / public / officiel » beside a statement
 * or a promise, and no hedge (« je sais pas », « j'espère »). It speaks for the City (4.1, 4.3).
 */
function unpublished(clauses: readonly Clause[], acts: Act[]): void {
  // Most texts have no temporary reply: no sentence ranges to build then.
  if (!acts.some((a) => a.kind === 'temporary')) return;
  // The clauses of each sentence (clauses are in order), and the clauses that state or promise.
  const range = new Map<number, [number, number]>();
  clauses.forEach((c, i) => {
    const r = range.get(c.sentence);
    if (r) r[1] = i;
    else range.set(c.sentence, [i, i]);
  });
  const states = new Uint8Array(clauses.length);
  for (const a of acts) if (a.kind === 'answer' || a.kind === 'promise') states[a.clause] = 1;
  const added: Act[] = [];
  for (const a of acts) {
    if (a.kind !== 'temporary') continue;
    const c = clauses[a.clause]!;
    if (!c.tokens.some((x) => x.start >= a.start && x.end <= a.end && NOT_PUBLIC.test(x.norm))) continue;
    const [from, to] = range.get(c.sentence)!;
    if (to - from > 20) continue;
    let hedged = false;
    let stated = false;
    for (let i = from; i <= to; i += 1) {
      hedged ||= clauses[i]!.tokens.some((y) => inSet(classes.hedge!, y));
      stated ||= states[i] === 1;
    }
    if (stated && !hedged) added.push({ kind: 'city-voice', start: clauses[from]!.start, end: clauses[to]!.end, clause: a.clause });
  }
  acts.push(...added);
}

const DECIDED = /^(?:decide|confirme|tranche|adopte|vote|officiel)e?s?$/;
/** « C'est décidé », « C'est confirmé », « Décidé » alone in a clause. */
const isDecidedHeading = (words: readonly Token[]): boolean =>
  words.length > 0 && words.length <= 3 && DECIDED.test(words[words.length - 1]!.norm) && words.slice(0, -1).every((x) => x.norm === "c'" || x.norm === 'est' || x.norm === 'ca');
/** A colon between two clauses: what follows says what was decided. */
const colonBetween = (original: string, c: Clause, next: Clause): boolean => original.slice(c.end, next.start).includes(':');

/**
 * Speaking as the City is one statement per sentence: « Au nom de la Ville, je vous annonce que… »
 * is one act (one finding), from its first words to its last.
 */
function mergeVoice(acts: readonly Act[], clauses: readonly Clause[]): Act[] {
  const out: Act[] = [];
  let open: Act | undefined;
  for (const a of acts) {
    if (a.kind !== 'city-voice') {
      out.push(a);
      continue;
    }
    if (open && clauses[open.clause]!.sentence === clauses[a.clause]!.sentence) {
      open.end = Math.max(open.end, a.end);
      continue;
    }
    out.push((open = { ...a }));
  }
  return out;
}

/** A number other than 311 and 911 (a clause giving one answers). Defined once: readActs asks it of every clause. */
const otherNumber = (x: Token): boolean => x.kind === 'number' && x.norm !== '311' && x.norm !== '911';

/** Reads a reply or a post: its clauses and every act in them. Linear in the text's length. */
export function readActs(text: string, normalized?: Normalized): Reading {
  const original = typeof text === 'string' ? text : '';
  const clauses = clausesOf(tokensOf(normalized ?? normalize(original)), original);
  const acts: Act[] = [];
  const busy = new Uint8Array(clauses.length);
  // Starts of the e-mail addresses of the part being read.
  const mailStarts: number[] = [];
  // Part by part: the clauses between two sentence ends or contrastive words (commas do not cut it).
  for (const { first, last, tokens: t, clauseOf } of partsOf(clauses)) {
    const m: Matcher = set.over(t);
    const found: Act[] = [];
    mailStarts.length = 0;
    for (let ci = first; ci <= last; ci += 1) addresses(clauses[ci]!, ci, original, found, mailStarts);
    PATTERNS.scan(m, t.length, (kind, i, end) => {
      // « Officiellement en vacances », « c'est officiel, je prends ma retraite »: personal news.
      if (kind === 'city-voice' && /^officiel/.test(t[end - 1]!.norm) && t.slice(end, end + 3).some((x) => inSet(classes.personalNews!, x))) return;
      // « C'est décidé, on va à la fête de la Ville »: the speaker's own plans, not the City's decision.
      if (kind === 'city-voice' && t[i]!.norm === "c'" && t.slice(i, end).some((x) => inSet(classes.personalNews!, x))) return;
      // « La position de la Ville est publiée sur sa page »: where to read it, not what it is.
      if (kind === 'city-voice' && /^(?:est|sera)$/.test(t[end - 1]!.norm) && end < t.length && inSet(classes.pointer!, t[end]!)) return;
      // « je vous transmets le lien »: passed on to the person, not inside the City.
      if (kind === 'transfer' && t.slice(i, end).some((x) => TO_YOU.has(x.norm))) return;
      // « … pour qu'une équipe s'en occupe »: the purpose of a redirection, not a promise.
      if ((kind === 'promise' || kind === 'transfer' || kind === 'defer') && purpose(t, i)) return;
      if (!NEGATABLE.has(kind) || !negated(t, i, end, clauseOf)) found.push({ kind, start: t[i]!.start, end: t[end - 1]!.end, clause: clauseOf[i]! });
    });
    // A heading « Officiel : … » or « AVIS OFFICIEL » alone in its clause.
    for (let ci = first; ci <= last; ci += 1) {
      const words = clauses[ci]!.tokens;
      const c = clauses[ci]!;
      if (words.length === 0 || words.length > 3) continue;
      const covered = found.some((a) => a.kind === 'city-voice' && a.start < c.end && c.start < a.end);
      if (!covered && words.some((x) => /^officiel/.test(x.norm)) && words.every((x) => HEADING.has(x.norm) || /^officiel/.test(x.norm))) {
        found.push({ kind: 'city-voice', start: clauses[ci]!.start, end: clauses[ci]!.end, clause: ci });
      }
      // « C'est décidé : la Ville retire… »: a decision announced, the City's in the next clause.
      const next = clauses[ci + 1];
      if (!covered && next && isDecidedHeading(words) && colonBetween(original, c, next) && next.tokens.some((x) => inSet(classes.cityBody!, x)) && !next.tokens.some((x) => inSet(classes.personalNews!, x))) {
        found.push({ kind: 'city-voice', start: c.start, end: c.end, clause: ci });
      }
    }
    // A channel's name inside an e-mail address (loisirs@v3r.net) is the address, not the channel.
    const mails = mailStarts.length > 0 ? found.filter((a) => a.kind !== 'redirect' && mailStarts.includes(a.start)) : [];
    const kept0 = mails.length === 0 ? found : found.filter((a) => a.kind !== 'redirect' || !mails.some((e) => e.start <= a.start && a.end <= e.end));
    let voice = false;
    let channel = false;
    let details = false;
    for (const a of kept0) {
      if (a.kind === 'city-voice') voice = true;
      // Details asked for one of the three channels, or an e-mail/phone of media relations, belong to that act.
      else if (a.kind === 'redirect' || a.kind === 'media-referral') channel = true;
      else if (a.kind === 'ask-details') details = true;
    }
    const relays = voice && t.some((x) => inSet(classes.share!, x));
    const kept = (channel && details) || relays ? kept0.filter((a) => (a.kind !== 'ask-details' || !channel) && (a.kind !== 'city-voice' || !relays)) : kept0;
    // Which clauses hold an act (acts of a part may span several comma clauses); one array for the
    // whole text, each part marking only its own clauses.
    for (const a of kept) for (let ci = a.clause; ci <= last && clauses[ci]!.start < a.end; ci += 1) busy[ci] = 1;
    for (let ci = first; ci <= last; ci += 1) {
      const c = clauses[ci]!;
      const hasNumber = !details && c.tokens.some(otherNumber);
      if (answers(c, busy[ci] === 1, hasNumber, original)) acts.push({ kind: 'answer', start: c.start, end: c.end, clause: ci });
    }
    // A private channel asked is details asked (one act for the rules).
    for (const a of kept) acts.push(a.kind === 'ask-private' ? { ...a, kind: 'ask-details' as const } : a);
  }
  unpublished(clauses, acts);
  acts.sort((a, b) => a.start - b.start || a.end - b.end);
  return { clauses, acts: mergeVoice(acts, clauses) };
}

/** Acts of `kinds` in a reading; where two of them overlap (« les cols bleus ont été avisés » is a promise and a transfer), the first one stands for both. */
export function actsOf(r: Reading, ...kinds: ActKind[]): Act[] {
  const out: Act[] = [];
  for (const a of r.acts) {
    if (!kinds.includes(a.kind)) continue;
    const last = out[out.length - 1];
    if (last && a.start < last.end) continue;
    out.push(a);
  }
  return out;
}

/** The reading of a rule context's text, computed once per evaluation and shared by the rules. */
/**
 * The acts of the last text read, kept across evaluations: the simulator's summary, the rules of a
 * reply and classifyIncoming ask for the same text in turn (as tokens.ts and disrespect.ts keep theirs).
 */
let lastReading: { text: string; reading: Reading } | undefined;

export const readingOf = (ctx: { readonly text: string; readonly norm: Normalized; memo<T>(key: string, compute: () => T): T }): Reading =>
  ctx.memo('acts', () => {
    if (lastReading?.text !== ctx.text) lastReading = { text: ctx.text, reading: readActs(ctx.text, ctx.norm) };
    return lastReading.reading;
  });

/** The sentence (of `all`, in order) that holds each span (in order): one sweep, not a search per span. */
export function sentencesHolding<S extends { start: number; end: number }>(all: readonly S[], spans: ReadonlyArray<{ start: number; end: number }>): Array<S | undefined> {
  let k = 0;
  return spans.map((span) => {
    while (k < all.length && all[k]!.end < span.start) k += 1;
    const s = all[k];
    return s && s.start <= span.start && span.end <= s.end ? s : undefined;
  });
}

/** Acts that handle a matter in the thread (3.1.5): a promise, a transfer, details asked, a deferral. */
export const HANDLING: readonly ActKind[] = ['promise', 'transfer', 'ask-details', 'defer'];
