/**
 * 4.3 Élus et employés
 * « [La Ville] encourage ses élus, ses employés […] à participer, à partager et à faire rayonner les
 * messages officiels de la Ville. Une utilisation appropriée est cependant nécessaire. »
 * « Les employés de la Ville […] peuvent mentionner qu'ils sont des employés de la Ville. Malgré leur
 * affiliation professionnelle, leurs messages et leurs prises de position ne représentent pas la
 * position officielle de la Ville et doivent être considérés comme des opinions strictement
 * personnelles. »
 *
 * - `personal-share-official` (info): relaying the City's own messages on a personal account is
 *   encouraged (elected and employees).
 * - `personal-opinion` (info): an EMPLOYEE's opinion, or reply, on a personal account is a personal
 *   opinion (second paragraph: « leurs messages et leurs prises de position »). Every role but 'elected' acting on a personal account acts as an employee.
 *   The second paragraph is about employees only: an elected official's opinion is `policy-silent`.
 * - `personal-city-voice` (error): an employee who presents a message as the City's official
 *   position or speaks in its name contradicts 4.3 (their messages are personal opinions).
 *   « Je travaille à la Ville » is explicitly allowed. For elected officials: `elected-city-voice` (4.1).
 * - `appropriate-personal-use` (warning): insults, sacres, hate or threats on a personal account:
 *   « Une utilisation appropriée est cependant nécessaire. » Warning, as 4.3 sets no precise rule.
 */
import { finding } from '../finding.ts';
import { post, reply } from './examples.ts';
import { cityVoiceSpans, officialContents } from './s4-1-communications.ts';
import { defineDoc, defineRule } from './rule.ts';


export const personalShareOfficial = defineRule({
  id: 'personal-share-official',
  section: '4.3',
  grants: true,
  severity: 'info',
  kind: 'structured',
  check(ctx) {
    const s = ctx.situation;
    if (s.kind !== 'publish' || s.account !== 'personal' || !officialContents.has(s.content)) return [];
    return [
      finding(this, {
        message: 'Ce que la politique encourage : partagez les messages officiels de la Ville tels quels. Une utilisation appropriée est nécessaire.',
      }),
    ];
  },
});

export const personalShareOfficialDoc = /* @__PURE__ */ defineDoc(personalShareOfficial, {
  title: 'Partager les messages officiels : encouragé',
  description: 'La Ville encourage ses élus et ses employés à partager et à faire rayonner ses messages officiels.',
  examples: {
    mustFlag: [/* @__PURE__ */ post('employee', 'personal', 'share-official'), /* @__PURE__ */ post('elected', 'personal', 'share-official'), /* @__PURE__ */ post('employee', 'personal', 'job-offer')],
    mustPass: [/* @__PURE__ */ post('employee', 'personal', 'opinion'), /* @__PURE__ */ post('communications', 'city', 'share-official'), /* @__PURE__ */ post('employee', 'personal', 'third-party-ad')],
  },
});

export const personalOpinion = defineRule({
  id: 'personal-opinion',
  section: '4.3',
  severity: 'info',
  kind: 'structured',
  grants: true,
  // Insults and sacres are not an « opinion »: the 4.3 warning decides, « permis » would contradict it.
  yieldsTo: ['appropriate-personal-use', 'personal-city-voice'],
  check(ctx) {
    const s = ctx.situation;
    if (s.kind === 'create-account' || s.account !== 'personal' || s.author === 'elected') return [];
    // A reply on one's own account is one of « leurs messages » too: personal, never the City's answer.
    if (s.kind === 'reply') {
      return [
        finding(this, {
          message:
            'Ce que permet la politique : sur votre compte personnel, votre réponse est une opinion strictement personnelle, pas la réponse de la Ville. Une réponse au nom de la Ville se fait sur ses comptes officiels, par l’équipe des Communications.',
        }),
      ];
    }
    if (s.content !== 'opinion') return [];
    return [
      finding(this, {
        message:
          'Ce que permet la politique : vous pouvez dire que vous travaillez à la Ville; votre message reste une opinion strictement personnelle. Ne le présentez pas comme la position officielle de la Ville.',
      }),
    ];
  },
});

export const personalOpinionDoc = /* @__PURE__ */ defineDoc(personalOpinion, {
  title: 'L’opinion d’un employé est personnelle',
  description:
    'Un employé peut mentionner qu’il travaille à la Ville; ses messages et prises de position sont des opinions strictement personnelles, pas la position officielle de la Ville.',
  examples: {
    mustFlag: [
      /* @__PURE__ */ post('employee', 'personal', 'opinion'),
      /* @__PURE__ */ post('department', 'personal', 'opinion'),
      /* @__PURE__ */ reply('question', 'Selon moi, la piscine ouvre à 9 h, mais vérifiez sur le site de la Ville.', { author: 'employee', account: 'personal' }),
    ],
    mustPass: [
      /* @__PURE__ */ post('elected', 'personal', 'opinion'),
      /* @__PURE__ */ post('communications', 'city', 'opinion'),
      /* @__PURE__ */ post('employee', 'personal', 'share-official'),
      /* @__PURE__ */ reply('question', 'Bonjour, la piscine ouvre à 9 h.', { author: 'elected', account: 'personal' }),
    ],
  },
});

export const personalCityVoice = defineRule({
  id: 'personal-city-voice',
  section: '4.3',
  severity: 'error',
  kind: 'text',
  check(ctx) {
    const s = ctx.situation;
    if (s.kind === 'create-account' || s.account !== 'personal' || s.author === 'elected') return [];
    return cityVoiceSpans(ctx).map((span) =>
      finding(
        this,
        {
          message:
            'Sur votre compte personnel, vos messages ne représentent pas la position officielle de la Ville. Ne parlez pas en son nom : partagez sa publication officielle, ou présentez votre propos comme votre opinion (« selon moi »).',
          span,
        },
        ctx.text,
      ),
    );
  },
});

export const personalCityVoiceDoc = /* @__PURE__ */ defineDoc(personalCityVoice, {
  title: 'Sur un compte personnel, un employé ne parle pas au nom de la Ville',
  description:
    'Les messages d’un employé sur son compte personnel ne représentent pas la position officielle de la Ville : il ne parle pas « au nom de la Ville » et n’annonce pas sa position. Dire « je travaille à la Ville » ou « selon moi » est permis.',
  context: /* @__PURE__ */ post('employee', 'personal', 'opinion', ''),
  examples: {
    mustFlag: [
      'Je vous l’annonce ⟦officiellement au nom de la Ville⟧ : la piscine ferme.',
      '⟦La Ville annonce⟧ que le pont sera refait en 2026!',
      'C’est la ⟦position officielle⟧ de la Ville, point final.',
      '⟦Nous, à la Ville, avons décidé⟧ de fermer l’aréna.',
      '⟦Je parle au nom de la Ville⟧ : les travaux commencent lundi.',
      '⟦Officiellement⟧, la collecte change d’horaire.',
      'Comme employé, ⟦je peux vous dire que la Ville⟧ ferme la piscine.',
      '⟦Info de l’intérieur⟧ : ⟦la décision est prise⟧, le pont ferme en mai.',
      '⟦Avis officiel⟧ : la piscine ferme lundi.',
      '⟦40 postes vont être coupés, ce n’est pas encore annoncé⟧.',
      '⟦Au nom de mes collègues de la Ville⟧, merci aux bénévoles!',
    ],
    mustPass: [
      'Je travaille à la Ville, et selon moi ce pont aurait dû être refait avant.',
      'À mon avis, la nouvelle piste cyclable est une réussite 🚲',
      'Ceci n’est pas la position officielle de la Ville, juste mon opinion.',
      'Je ne parle pas au nom de la Ville, mais je trouve l’idée bonne.',
      'Personnellement, je pense que la Ville devrait agrandir la bibliothèque.',
      'Partagez la publication de la Ville sur la collecte des feuilles!',
      'Je ne sais pas si la décision est prise, mais j’espère que la piscine restera ouverte.',
      'Je travaille aux travaux publics et je trouve que la Ville devrait embaucher plus de cols bleus.',
      'Lisez l’avis officiel de la Ville sur la collecte : le lien est ici.',
    ],
  },
});

export const appropriatePersonalUse = defineRule({
  id: 'appropriate-personal-use',
  section: '4.3',
  severity: 'warning',
  kind: 'text',
  check(ctx) {
    const s = ctx.situation;
    if (s.kind === 'create-account' || s.account !== 'personal') return [];
    return ctx
      .disrespect()
      .filter((h) => h.kind !== 'unprofessional' && !h.properSense)
      .map((h) =>
        finding(
          this,
          {
            message: 'La Ville demande une utilisation appropriée des médias sociaux, même sur un compte personnel : retirez ces mots.',
            span: h,
          },
          ctx.text,
        ),
      );
  },
});

export const appropriatePersonalUseDoc = /* @__PURE__ */ defineDoc(appropriatePersonalUse, {
  title: 'Une utilisation appropriée, même sur un compte personnel',
  description:
    'Sur un compte personnel, la politique demande une utilisation appropriée : pas d’insultes, de sacres, de propos haineux ni de menaces.',
  context: /* @__PURE__ */ post('employee', 'personal', 'opinion', ''),
  examples: {
    mustFlag: [
      'Ce ⟦tabarnak⟧ de pont est encore fermé.',
      'Le conseiller est un ⟦imbécile⟧.',
      '⟦Les immigrants sont tous des voleurs⟧.',
      '⟦Calvaire⟧ que c’est long, ce chantier.',
      '⟦Mange de la marde⟧, le troll.',
    ],
    mustPass: [
      'Je travaille à la Ville, et selon moi ce pont aurait dû être refait avant.',
      'Le calvaire du rang Saint-Malo est magnifique au coucher du soleil.',
      'Bravo aux cols bleus pour le déneigement ❄️',
      'À mon avis, la collecte des bacs bruns devrait être hebdomadaire.',
      'Fière de travailler pour ma ville!',
    ],
  },
});
