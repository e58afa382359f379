/**
 * 4.1 L'équipe des Communications
 * « La gestion des médias sociaux officiels de la Ville relève de l'équipe des Communications ou des
 * personnes déléguées par celle-ci. Toute publication de messages ou d'images diffusée au nom de la
 * Ville sur les médias sociaux doit être faite par une des personnes autorisées. » Its tasks include
 * « Gérer les commentaires » and « Répondre aux questions ou référer aux bonnes ressources ».
 *
 * How it is coded:
 * - The role 'communications' is « the Communications team, or a person it delegated » (contract),
 *   so a delegation is a fact the situation gives through the role. Any other role posting or
 *   replying on an official account (city or service) is therefore NOT an authorised person: error.
 *   Exception (1.1, `public-safety-services`): police and fire on their own service's account.
 * - Elected officials: 4.3 says only that EMPLOYEES' messages are personal opinions; it says nothing
 *   of the kind for elected officials. So for an elected official who speaks in the City's name on a
 *   personal account, the applicable words are those of 4.1 (publication in the City's name by an
 *   authorised person): `elected-city-voice`.
 * - Where the policy does not decide, `policy-silent` says so and refers to the Communications team
 *   (the team that manages the accounts, 4.1). `invalid-situation` does the same for input the engine
 *   cannot read.
 */
import { actsOf, readingOf } from '../acts/acts.ts';
import type { Context, Span } from '../context.ts';
import { askCommunications, complaintChannelsPhrase } from '../facts.ts';
import { finding } from '../finding.ts';
import { post, reply } from './examples.ts';
import { defineDoc, defineRule } from './rule.ts';
import type { Situation } from '../types.ts';

/**
 * Where the text speaks as the City (acts/acts.ts `city-voice`): « au nom de » or « de la part de »
 * the City or the council, « avis officiel », « la Ville annonce », an unpublished decision told
 * from the inside. Negation is read in the clause. Shared with 4.3.
 */
export const cityVoiceSpans = (ctx: Context): Span[] =>
  ctx.memo('city-voice', () => actsOf(readingOf(ctx), 'city-voice').map((a) => ({ start: a.start, end: a.end })));

export const publicationAuthority = defineRule({
  id: 'publication-authority',
  section: '4.1',
  severity: 'error',
  kind: 'structured',
  check(ctx) {
    const s = ctx.situation;
    if (s.kind === 'create-account' || s.account === 'personal' || s.author === 'communications') return [];
    return [
      finding(this, {
        message:
          s.kind === 'reply'
            ? 'La gestion des commentaires sur les comptes officiels relève de l’équipe des Communications ou des personnes qu’elle a déléguées. Transmettez ce commentaire à l’équipe des Communications plutôt que d’y répondre vous-même.'
            : 'Seule l’équipe des Communications, ou une personne qu’elle a déléguée, peut publier au nom de la Ville sur un compte officiel. Confiez cette publication à l’équipe des Communications.',
      }),
    ];
  },
});

export const publicationAuthorityDoc = /* @__PURE__ */ defineDoc(publicationAuthority, {
  title: 'Seules les personnes autorisées publient au nom de la Ville',
  description:
    'Sur un compte officiel (de la Ville ou d’un service), seule l’équipe des Communications, ou une personne qu’elle a déléguée, publie et gère les commentaires.',
  examples: {
    mustFlag: [
      /* @__PURE__ */ post('department', 'city', 'city-event'),
      /* @__PURE__ */ post('department', 'service', 'city-event'),
      /* @__PURE__ */ post('employee', 'city', 'share-official'),
      /* @__PURE__ */ post('elected', 'city', 'city-press-release'),
      /* @__PURE__ */ post('police', 'city', 'emergency-info'),
      /* @__PURE__ */ reply('question', 'La piscine ouvre à 13 h.', { author: 'department' }),
    ],
    mustPass: [
      /* @__PURE__ */ post('communications', 'city', 'city-event'),
      /* @__PURE__ */ post('communications', 'service', 'job-offer'),
      /* @__PURE__ */ post('employee', 'personal', 'share-official'),
      /* @__PURE__ */ post('elected', 'personal', 'share-official'),
      /* @__PURE__ */ reply('question', 'La piscine ouvre à 13 h.'),
    ],
  },
});

const electedContext: Situation = /* @__PURE__ */ post('elected', 'personal', 'share-official', '');

export const electedCityVoice = defineRule({
  id: 'elected-city-voice',
  section: '4.1',
  severity: 'error',
  kind: 'text',
  check(ctx) {
    const s = ctx.situation;
    if (s.kind === 'create-account' || s.account !== 'personal' || s.author !== 'elected') return [];
    return cityVoiceSpans(ctx).map((span) =>
      finding(
        this,
        {
          message:
            'Vous parlez au nom de la Ville ou annoncez sa position officielle : une publication au nom de la Ville doit être faite par une personne autorisée (équipe des Communications). Partagez plutôt la publication officielle de la Ville, ou présentez votre propos comme le vôtre.',
          span,
        },
        ctx.text,
      ),
    );
  },
});

export const electedCityVoiceDoc = /* @__PURE__ */ defineDoc(electedCityVoice, {
  title: 'Un élu ne publie pas au nom de la Ville sur son compte personnel',
  description:
    'Sur son compte personnel, un élu qui parle « au nom de la Ville » ou annonce sa position officielle publie au nom de la Ville : cela doit être fait par une personne autorisée (équipe des Communications).',
  context: electedContext,
  examples: {
    mustFlag: [
      '⟦Au nom de la Ville⟧, je remercie tous les bénévoles!',
      '⟦La Ville annonce⟧ la gratuité du transport le 1er juillet 🎉',
      '⟦C’est officiel⟧ : le budget est adopté.',
      '⟦Officiellement⟧, le conseil a adopté le règlement hier soir.',
      'Voici la ⟦position officielle⟧ de la Ville sur le tramway.',
      '⟦Au nom du conseil⟧, merci aux bénévoles!',
      '⟦Avis officiel⟧ : la piscine ferme lundi.',
      '⟦De la part de la Ville⟧, bonne fête nationale!',
      '⟦C’est décidé⟧ : la Ville retire le projet de tramway.',
    ],
    mustPass: [
      'Fier de partager cette annonce de la Ville!',
      'Selon moi, ce projet est excellent pour le quartier.',
      'Je ne parle pas au nom de la Ville ici, c’est mon avis.',
      'Venez nombreux à la fête de quartier samedi!',
      'Bravo aux équipes de deneigement ❄️',
      'La position de la Ville est publiée sur sa page officielle.',
    ],
  },
});

/** Content a person may relay on a personal account: the City's own messages (4.3). */
export const officialContents = new Set([
  'city-event', 'city-press-release', 'tender', 'public-notice', 'bylaw', 'job-offer', 'city-ad', 'emergency-info', 'awareness-campaign', 'share-official',
]);

export const policySilent = defineRule({
  id: 'policy-silent',
  section: '4.1',
  severity: 'info',
  kind: 'structured',
  // The policy is silent on an elected official's opinion, not on speaking in the City's name (4.1),
  // nor on insults and sacres (4.3: « une utilisation appropriée est cependant nécessaire »).
  yieldsTo: ['elected-city-voice', 'appropriate-personal-use'],
  check(ctx) {
    const s = ctx.situation;
    if (s.kind === 'create-account' || s.account !== 'personal') return [];
    // An elected official answering people on their own account: the policy says nothing of it.
    if (s.kind === 'reply') {
      if (s.author !== 'elected') return [];
      return [
        finding(this, {
          message: `La politique ne tranche pas ce cas : elle ne dit rien des réponses d’un élu sur son compte personnel. Pour une plainte ou une requête, on peut toujours inviter la personne à passer par ${complaintChannelsPhrase}. Pour être sûr, ${askCommunications}.`,
        }),
      ];
    }
    const silentOnThirdParty = !officialContents.has(s.content) && s.content !== 'opinion';
    const silentOnElectedOpinion = s.content === 'opinion' && s.author === 'elected';
    if (!silentOnThirdParty && !silentOnElectedOpinion) return [];
    return [
      finding(this, {
        message: silentOnElectedOpinion
          ? `La politique ne tranche pas ce cas : elle encourage les élus à partager les messages officiels, mais ne dit rien de leurs opinions sur leur compte personnel. Pour être sûr, ${askCommunications}.`
          : `La politique ne tranche pas ce cas : elle encadre les comptes officiels de la Ville, pas le partage de contenus de tiers sur un compte personnel. Pour être sûr, ${askCommunications}.`,
      }),
    ];
  },
});

export const policySilentDoc = /* @__PURE__ */ defineDoc(policySilent, {
  title: 'La politique ne tranche pas',
  description:
    'Quand la politique ne dit rien qui décide le cas (contenu de tiers sur un compte personnel, opinion ou réponse d’un élu sur son compte personnel), le moteur le dit et renvoie à l’équipe des Communications.',
  examples: {
    mustFlag: [
      /* @__PURE__ */ post('employee', 'personal', 'third-party-ad'),
      /* @__PURE__ */ post('employee', 'personal', 'non-partner-event'),
      /* @__PURE__ */ post('elected', 'personal', 'opinion'),
      /* @__PURE__ */ post('elected', 'personal', 'external-press-release'),
      /* @__PURE__ */ reply('complaint', 'Merci, je regarde ça.', { author: 'elected', account: 'personal' }),
    ],
    mustPass: [/* @__PURE__ */ post('employee', 'personal', 'opinion'), /* @__PURE__ */ post('elected', 'personal', 'share-official'), /* @__PURE__ */ post('communications', 'city', 'third-party-ad')],
  },
});

export const invalidSituation = defineRule({
  id: 'invalid-situation',
  section: '4.1',
  severity: 'info',
  kind: 'structured',
  // Checked by evaluate() before any other rule, since the other rules need a readable situation.
  check: () => [],
});

export const invalidSituationDoc = /* @__PURE__ */ defineDoc(invalidSituation, {
  title: 'Situation incomplète',
  description:
    'Quand un fait nécessaire manque ou n’est pas reconnu, le moteur ne devine pas : il dit ce qui manque et renvoie à l’équipe des Communications.',
  examples: {
    mustFlag: [
      { kind: 'create-account', requester: 'department' } as unknown as Situation,
      { kind: 'publish', author: 'employee', account: 'personal' } as unknown as Situation,
      { kind: 'reply', incoming: 'rant', author: 'communications', account: 'city', text: 'Merci' } as unknown as Situation,
      null as unknown as Situation,
    ],
    mustPass: [/* @__PURE__ */ post('communications', 'city', 'city-event'), /* @__PURE__ */ reply('comment')],
  },
});

/** The message of `invalid-situation`, listing the problems found. */
export const invalidSituationMessage = (problems: readonly string[]): string =>
  `La situation ne peut pas être évaluée : ${problems.join(' ; ')}. La politique ne tranche pas sans ces faits : précisez-les ou ${askCommunications}.`;
