/**
 * 3.2 Directives de rédaction
 * « Les administrateurs des comptes doivent aussi utiliser un langage respectueux et professionnel en
 * tout temps. Les interventions effectuées sur les médias sociaux de la Ville s'effectuent en
 * français, à moins que certains termes techniques ne soient requis. »
 *
 * Applies to text written on the City's official accounts (replies and posts). On a personal
 * account, see 4.3 (`appropriate-personal-use`).
 * - `french-language`: a sentence in another language (English, Spanish, Italian, German,
 *   Portuguese, another script); error when the evidence is strong (3+ foreign words, twice the
 *   French ones), warning when the sentence is short or the evidence thin; English words dropped in
 *   a French sentence (franglais: « open », « enjoy », « see ya ») are a warning. Technical terms,
 *   brand names, URLs, e-mail addresses and numbers carry no language and are allowed.
 * - `respectful-language` (error): insults, profanity, sacres, contempt, hateful or degrading
 *   statements about a person or a group, threats. Its exception, as data: `sacred-object-sense`.
 * - `professional-tone` (warning): softened sacres (tabarouette, mautadit…), condescending
 *   interjections (franchement, voyons donc), « !!! ».
 * - `shouting` (warning): capitals beyond acronyms (see text/shouting.ts for the threshold).
 * - `disrespectful-comment` (info): the comment received is disrespectful; 3.2 asks users for
 *   appropriate language (Politique n° C-2014-0097), and the reply must stay respectful.
 */
import type { Context } from '../context.ts';
import { commentsPolicy } from '../facts.ts';
import { finding } from '../finding.ts';
import { disrespectLabels } from '../labels.ts';
import type { DisrespectKind } from '../text/disrespect.ts';
import type { Doubt } from '../text/grammar/hit.ts';
import type { ForeignStretch } from '../text/language.ts';
import { findRepeatedPunctuation, findShouting } from '../text/shouting.ts';
import { post, reply } from './examples.ts';
import { grammarExamples } from './s3-2-grammar-examples.ts';
import { defineDoc, defineRule } from './rule.ts';

/** How a message names the language of a foreign stretch. */
const LANGUAGE_NAME: Record<ForeignStretch['language'], string> = {
  en: 'en anglais',
  es: 'en espagnol',
  it: 'en italien',
  de: 'en allemand',
  pt: 'en portugais',
  other: 'dans une autre langue',
};

/** Text rules of 3.2 read text written on an official account. */
const officialText = (ctx: Context): boolean => ctx.situation.kind !== 'create-account' && ctx.official && ctx.text.length > 0;

export const frenchLanguage = defineRule({
  id: 'french-language',
  section: '3.2',
  severity: 'error',
  kind: 'text',
  check(ctx) {
    if (!officialText(ctx)) return [];
    return ctx.foreign().map((s) =>
      finding(
        this,
        {
          severity: s.confident ? 'error' : 'warning',
          message:
            s.scope === 'word'
              ? `${/\s/u.test(ctx.text.slice(s.start, s.end)) ? 'Ces mots sont' : 'Ce mot est'} en anglais. Les interventions se font en français, sauf les termes techniques : dites-le en français.`
              : s.confident
                ? `Cette phrase est ${LANGUAGE_NAME[s.language]}. Les interventions sur les médias sociaux de la Ville se font en français : traduisez-la (seuls les termes techniques peuvent rester tels quels).`
                : `Ce passage semble être ${LANGUAGE_NAME[s.language]}. Les interventions se font en français, sauf les termes techniques : vérifiez et traduisez au besoin.`,
          span: s,
        },
        ctx.text,
      ),
    );
  },
});

export const frenchLanguageDoc = /* @__PURE__ */ defineDoc(frenchLanguage, {
  title: 'En français (termes techniques permis)',
  description:
    'Les interventions sur les médias sociaux de la Ville se font en français; les termes techniques (PDF, Wi-Fi, lien Zoom, hashtag, noms de marques, adresses) sont permis. Erreur quand une phrase est clairement dans une autre langue (anglais, espagnol, italien, allemand, portugais…), avertissement quand c’est court ou incertain, ou pour des mots anglais glissés dans une phrase française.',
  context: /* @__PURE__ */ reply('question', ''),
  examples: {
    mustFlag: [
      '⟦Sorry, we are closed on Monday.⟧',
      'Bonjour! ⟦Thanks for your message, we will call you back.⟧',
      '⟦Thank you!⟧',
      'Merci! ⟦The pool is open until 8 pm.⟧',
      '⟦Hi, you can find the link on our website⟧ 😊',
      '⟦Please call 311⟧',
      '⟦El parque está abierto todo el verano.⟧',
      '⟦Il parco è aperto tutta l’estate.⟧',
      '⟦Der Park ist den ganzen Sommer geöffnet.⟧',
      '⟦Obrigado pela sua mensagem, a piscina está aberta hoje.⟧',
      'Bonne nouvelle, le parc est ⟦open⟧ tout l’été, ⟦enjoy⟧!',
      '⟦Check⟧ le site, ⟦see ya⟧!',
    ],
    mustPass: [
      'OK merci!',
      'Le lien PDF est sur le site.',
      'Bonne journée 😊',
      'Bienvenue à tous',
      'Le Wi-Fi est gratuit à la bibliothèque, le mot de passe est sur place.',
      'Voici le lien : https://www.v3r.net/loisirs',
      'PDF',
      'Merci Mme Smith, le formulaire est en ligne 👍',
      'Le lien Zoom est dans l’invitation.',
      'Ajoutez le hashtag #TroisRivieres à vos photos.',
      'Le Wi-Fi et le stationnement sont gratuits au Colisée.',
    ],
  },
});

// Built in a pure call: the spreads below would otherwise keep every example in the simulator's worker.
const disrespectExamples = /* @__PURE__ */ (() => ({
  mustFlag: [
    ...grammarExamples.mustFlag,
    '⟦Calvaire⟧, ⟦lisez le site avant d’écrire⟧.',
    'Voyons, vous êtes un ⟦idiot⟧ ou quoi?',
    'C’est un ⟦ostie⟧ de bon point 😂',
    '⟦Je sais où vous habitez⟧, faites attention.',
    '⟦Sale immigrant⟧, ⟦retourne dans ton pays⟧.',
    '⟦TABARNAK⟧ que c’est long',
    '⟦crisse⟧ que vous êtes lents',
    '⟦Mange de la marde⟧',
    '⟦Les immigrants sont tous des voleurs⟧.',
    'Le chantier? ⟦C’est pourtant simple⟧, tout est écrit.',
    '⟦Les gens de Cap-de-la-Madeleine sont tous des paresseux⟧.',
    '⟦Les cols bleus sont des fainéants⟧, tout le monde le voit',
    'C’est dans le PDF, ⟦lisez-le comme il faut⟧.',
    '⟦T@b@rn@k⟧, encore fermé',
    'C’est de la ⟦m3rde⟧',
    '⟦o s t i e⟧ que c’est long',
    '⟦c*****e⟧ de chantier',
    '⟦ostiiiie⟧',
    '⟦Ferme-toé la yeule⟧',
    'Vos ⟦ostis⟧ de cônes orange',
    '⟦Des ignorants⟧ finis',
    'On va tout ⟦décâlisser⟧ ça',
    'Je m’en ⟦câlisse⟧',
    'Un chantier ⟦ostifié⟧',
  ],
  mustPass: [
    ...grammarExamples.mustPass,
    'Le calvaire au coin de la rue sera restauré cet été.',
    'La paroisse du Saint-Sacrement organise une collecte de denrées.',
    'Ce n’est pas une question idiote, merci de l’avoir posée!',
    'Merci pour votre patience, la collecte des ordures reprend mardi.',
    'Le conseil municipal se réunit lundi soir.',
    'Les bacs bruns sont vidés aux deux semaines 🍂',
    'L’hostie est distribuée à la messe de 10 h à l’église.',
    'Ne mettez pas les cendres chaudes dans le bac, merci!',
    'Les gens de Trois-Rivières-Ouest sont tous des bénévoles formidables.',
    'Les résidents du secteur sont invités à déplacer leur véhicule.',
    'Lisez le règlement sur le site Web, à la section 4.',
    'Le vieux tabernacle de l’église est exposé au musée.',
    'Le magnifique calvaire du rang a été restauré.',
    'Le 3e étage est fermé, écrivez à info@v3r.net.',
    'La caisse populaire et la médaille du mérite',
    'Les cônes orange restent jusqu’à vendredi.',
    'Vous n’êtes pas des idiots : la question est légitime.',
  ],
}) as const)();

const SEVERE: ReadonlySet<DisrespectKind> = new Set(['sacre', 'profanity', 'insult', 'hate', 'threat', 'contempt']);

/** What raised a doubt (Doubt in text/grammar/hit.ts), as the warning says it. */
const DOUBT_REASONS: Record<Doubt, string> = {
  together: 'un groupe et un mot dégradant dans la même phrase',
  cause: 'l’appartenance à un groupe donnée comme explication',
  question: 'une question qui semble rabaisser un groupe',
  violence: 'un groupe et une violence annoncée ou souhaitée dans la même phrase',
  relayed: 'une violence annoncée à la personne à qui l’on écrit, de la part de quelqu’un d’autre',
  veiled: 'des mots qui, ensemble, laissent entendre un mal à venir (une menace voilée)',
  access: 'la présence, les droits ou la place d’un groupe présentés comme un malheur',
  denied: 'un service ou un droit refusé à tout un groupe',
  hint: 'un groupe nommé ou évoqué (un pays d’origine, une couleur) près d’une insinuation (« comme par hasard », « on se comprend », « laissez-moi deviner »)',
  learned: 'une phrase sur un groupe qui ressemble aux propos dénigrants de nos exemples (lecture apprise)',
  'learned-plain': 'une phrase qui ressemble aux menaces, aux souhaits de malheur ou aux propos dénigrants de nos exemples (lecture apprise)',
};
/** Whom the words would target, as the advice says it: every doubt is about a group, except a sentence that names none or a threat relayed to the reader. */
const doubtTarget = (d: Doubt): string => (d === 'learned-plain' || d === 'relayed' || d === 'veiled' ? 'quelqu’un' : 'le groupe');

export const respectfulLanguage = defineRule({
  id: 'respectful-language',
  section: '3.2',
  severity: 'error',
  kind: 'text',
  check(ctx) {
    if (!officialText(ctx)) return [];
    return ctx
      .disrespect()
      .filter((h) => SEVERE.has(h.kind))
      .map((h) =>
        finding(
          this,
          {
            message: h.doubtful
              ? `${disrespectLabels[h.kind]}, peut-être : ${DOUBT_REASONS[h.doubtful]}. À vérifier : si ces mots visent ${doubtTarget(h.doubtful)}, retirez-les (langage respectueux en tout temps).`
              : `${disrespectLabels[h.kind]} : les administrateurs des comptes utilisent un langage respectueux et professionnel en tout temps. Retirez ces mots et reformulez calmement.`,
            ...(h.doubtful ? { severity: 'warning' as const } : {}),
            span: h,
          },
          ctx.text,
        ),
      );
  },
});

export const respectfulLanguageDoc = /* @__PURE__ */ defineDoc(respectfulLanguage, {
  title: 'Un langage respectueux',
  description:
    'Pas d’insultes, de grossièretés, de sacres, de mépris, de propos haineux ou dégradants envers une personne ou un groupe, ni de menaces : sous toutes leurs formes (pluriel, féminin, verbes comme « décâlisser ») et même déguisés (« T@b@rn@k », « m3rde », « c*****e », « o s t i e », « ostiiiie », « ferme-toé la yeule »). Quand un groupe et un mot dégradant se trouvent dans la même phrase sans tournure connue, qu’une insinuation (« comme par hasard », « on se comprend ») accompagne un groupe nommé, qu’un refus est dit en slogan (« Zéro aide pour les … »), ou qu’une phrase ressemble aux propos dénigrants, aux menaces ou aux souhaits de malheur de nos exemples (lecture apprise), c’est un avertissement : à vérifier.',
  context: /* @__PURE__ */ reply('comment', ''),
  examples: disrespectExamples,
});

export const sacredObjectSense = defineRule({
  id: 'sacred-object-sense',
  section: '3.2',
  severity: 'info',
  kind: 'text',
  exceptionTo: 'respectful-language',
  check(ctx) {
    if (ctx.text.length === 0) return [];
    return ctx
      .disrespect()
      .filter((h) => h.properSense)
      .map((h) =>
        finding(this, { message: 'Ce mot est employé dans son sens propre (objet religieux, lieu), pas comme un sacre.', span: h }, ctx.text),
      );
  },
});

export const sacredObjectSenseDoc = /* @__PURE__ */ defineDoc(sacredObjectSense, {
  title: 'Le sens propre n’est pas un sacre',
  description:
    'Calvaire, ciboire, hostie, sacrement, tabernacle, calice : précédés d’un déterminant, même avec un adjectif entre les deux (« le calvaire au coin de la rue », « le vieux tabernacle de l’église », « la paroisse du Saint-Sacrement ») et non suivis de « de » + nom (« un calvaire de chantier »), ils désignent des objets ou des lieux, pas des sacres.',
  context: /* @__PURE__ */ reply('comment', ''),
  examples: {
    mustFlag: [
      'Le ⟦calvaire⟧ au coin de la rue sera restauré.',
      'La paroisse du ⟦Saint-Sacrement⟧ organise un souper.',
      'Le ⟦ciboire⟧ de l’église a été volé.',
      'Les fidèles reçoivent l’⟦hostie⟧ à la messe.',
      'C’est un ⟦calvaire⟧, ce chantier-là, on le sait.',
      'Le ⟦tabernacle⟧ de la chapelle a été restauré.',
      'Le vieux ⟦tabernacle⟧ de l’église est exposé au musée.',
      'Le magnifique ⟦calvaire⟧ du rang a été restauré.',
      'Le petit ⟦calvaire⟧ de bois du rang Saint-Malo',
    ],
    mustPass: ['Calvaire, lisez le site avant d’écrire.', 'Un calvaire de chantier!', 'Ciboire que c’est long', 'Hostie de niaiseux', 'Tabarnak, encore fermé', 'Le maudit calvaire de cônes'],
  },
});

export const professionalTone = defineRule({
  id: 'professional-tone',
  section: '3.2',
  severity: 'warning',
  kind: 'text',
  check(ctx) {
    if (!officialText(ctx)) return [];
    const words = ctx
      .disrespect()
      .filter((h) => h.kind === 'unprofessional')
      .map((h) => ({ span: { start: h.start, end: h.end }, what: 'Ce mot n’a pas un ton professionnel' }));
    const marks = findRepeatedPunctuation(ctx.text).map((span) => ({ span, what: 'La ponctuation répétée donne un ton vif' }));
    return [...words, ...marks].map(({ span, what }) =>
      finding(this, { message: `${what} : les administrateurs des comptes gardent un ton professionnel en tout temps. Reformulez.`, span }, ctx.text),
    );
  },
});

export const professionalToneDoc = /* @__PURE__ */ defineDoc(professionalTone, {
  title: 'Un ton professionnel',
  description:
    'Pas de sacres adoucis (tabarouette, mautadit, calvince…), d’interjections condescendantes (franchement, voyons donc) ni de « !!! » : le ton reste professionnel en tout temps.',
  context: /* @__PURE__ */ reply('question', ''),
  examples: {
    mustFlag: [
      '⟦Tabarouette⟧, quelle belle journée pour le déneigement!',
      'Ben ⟦voyons donc⟧, la collecte est mardi.',
      '⟦Franchement⟧, vous auriez pu vérifier l’horaire.',
      'La piscine est fermée ⟦!!!⟧',
      '⟦Mautadit⟧ que l’hiver est long ❄️',
      '⟦lol⟧ c’est mardi la collecte',
    ],
    mustPass: [
      'Merci pour votre message, la collecte est mardi.',
      'Bonne fin de semaine à tous!',
      'Le crime a été signalé au Service de police.',
      'Quelle belle journée! Profitez-en!',
      'Le sacrifice des bénévoles est remarquable.',
      'Est-ce que la piscine est ouverte? Oui, jusqu’à 20 h.',
    ],
  },
});

export const shouting = defineRule({
  id: 'shouting',
  section: '3.2',
  severity: 'warning',
  kind: 'text',
  check(ctx) {
    if (!officialText(ctx)) return [];
    return findShouting(ctx.text).map((span) =>
      finding(this, { message: 'Écrire en majuscules, c’est crier. Gardez un ton professionnel : écrivez en minuscules (les sigles peuvent rester en majuscules).', span }, ctx.text),
    );
  },
});

export const shoutingDoc = /* @__PURE__ */ defineDoc(shouting, {
  title: 'Pas de majuscules criées',
  description:
    'Trois mots en majuscules à la suite (hors sigles comme SPVM, PDF, COVID) ou un texte à plus de 60 % en majuscules, c’est crier : écrivez en minuscules.',
  context: /* @__PURE__ */ reply('question', ''),
  examples: {
    mustFlag: [
      '⟦LISEZ LE SITE WEB⟧ avant de poser des questions.',
      'Bonjour, ⟦LA COLLECTE EST ANNULÉE⟧ demain.',
      '⟦ON VOUS A DÉJÀ RÉPONDU⟧',
      '⟦MERCI DE VOTRE PATIENCE⟧ 🙏',
      'Svp ⟦NE PAS STATIONNER SUR LA RUE⟧ cette nuit.',
    ],
    mustPass: [
      'Le SPVM et la SQ collaborent avec la Ville.',
      'Le formulaire PDF est sur le site, ou composez le 311.',
      'ATTENTION : la rue Papineau est fermée.',
      'La COVID a changé nos horaires.',
      'Merci à l’UQTR et au CÉGEP pour leur aide!',
      'Inscriptions au camp de jour : dès lundi, 9 h, sur le site Web.',
    ],
  },
});

export const disrespectfulComment = defineRule({
  id: 'disrespectful-comment',
  section: '3.2',
  severity: 'info',
  kind: 'structured',
  check(ctx) {
    const s = ctx.situation;
    if (s.kind !== 'reply' || s.incoming !== 'disrespectful') return [];
    return [
      finding(this, {
        message: `Ce commentaire n’est pas approprié : sa gestion relève de la ${commentsPolicy}. Si vous répondez, restez respectueux et professionnel; ne répondez pas sur le même ton.`,
      }),
    ];
  },
});

export const disrespectfulCommentDoc = /* @__PURE__ */ defineDoc(disrespectfulComment, {
  title: 'Commentaire irrespectueux reçu',
  description:
    'Les utilisateurs doivent utiliser un langage approprié sur les comptes de la Ville; la gestion de ces commentaires relève de la Politique n° C-2014-0097. La réponse, elle, reste respectueuse et professionnelle.',
  examples: {
    mustFlag: [/* @__PURE__ */ reply('disrespectful', 'Merci de garder un ton respectueux.'), /* @__PURE__ */ reply('disrespectful', 'Bonjour, nous comprenons votre frustration.')],
    mustPass: [/* @__PURE__ */ reply('question'), /* @__PURE__ */ reply('complaint', 'Composez le 311.'), /* @__PURE__ */ post('communications', 'city', 'city-event')],
  },
});
