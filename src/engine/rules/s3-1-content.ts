/**
 * 3.1 Informations citoyennes, and 3.1.1 to 3.1.4: what the City shares on its official accounts.
 * These rules read the facts only, and apply to official accounts (city or service); on a personal
 * account, see 4.3.
 *
 * 3.1   « Seules les informations qui proviennent de la Ville seront partagées. » → a personal
 *       opinion is not information from the City: error (`city-only-information`).
 * 3.1.1 « La Ville fait la promotion de ses événements » (allowed, no finding);
 *       recognised organisations: « la Ville ne s'engage pas à diffuser » → allowed at the City's
 *       discretion, info (`recognized-org-event`); « la Ville ne fait pas la promotion des
 *       organisations avec lesquelles elle n'est pas partenaire » → error (`non-partner-event`).
 * 3.1.2 City press releases « peuvent être diffusés […] à la discrétion de la Ville » → info
 *       (`city-press-release`); « les communiqués de presse d'organisations ou d'entreprises ne sont
 *       pas diffusés » → error (`external-press-release`).
 * 3.1.3 tenders, public notices, by-laws, job offers « peuvent être diffusés […] bien que celle-ci
 *       n'en ait pas l'obligation légale » → info (`official-notices`).
 * 3.1.4 « La publicité […] est à l'usage exclusif de la Ville » → third-party advertising: error
 *       (`third-party-ad`); the City's own advertising: allowed, no finding.
 * Emergency information and awareness campaigns (3.1) are allowed, no finding.
 */
import { finding } from '../finding.ts';
import type { Content } from '../types.ts';
import { post } from './examples.ts';
import { defineRule, type Rule, type RuleMeta } from './rule.ts';
import type { Context } from '../context.ts';

/** A structured rule that fires when an official account publishes one of `contents`. */
function contentRule(meta: Omit<RuleMeta, 'kind' | 'examples'> & { contents: Content[]; message: string }): Rule {
  const [first = 'opinion'] = meta.contents;
  const others: Content[] = (['city-event', 'city-ad', 'opinion', 'third-party-ad'] as Content[]).filter((c) => !meta.contents.includes(c));
  const rule: Rule = defineRule({
    id: meta.id,
    section: meta.section,
    severity: meta.severity,
    kind: 'structured',
    title: meta.title,
    description: meta.description,
    examples: {
      mustFlag: meta.contents.flatMap((c) => [post('communications', 'city', c), post('communications', 'service', c)]),
      mustPass: [...others.slice(0, 2).map((c) => post('communications', 'city', c)), post('employee', 'personal', first)],
    },
    check(ctx: Context) {
      const s = ctx.situation;
      if (s.kind !== 'publish' || s.account === 'personal' || !meta.contents.includes(s.content)) return [];
      return [finding(rule, { message: meta.message })];
    },
  });
  return rule;
}

export const cityOnlyInformation = contentRule({
  id: 'city-only-information',
  section: '3.1',
  severity: 'error',
  title: 'Seules les informations de la Ville',
  description: 'Un compte officiel ne partage que de l’information qui provient de la Ville : pas d’opinion personnelle.',
  contents: ['opinion'],
  message:
    'Seules les informations qui proviennent de la Ville sont partagées sur ses comptes officiels. Une opinion personnelle n’y a pas sa place : publiez une information de la Ville, ou exprimez votre opinion sur votre compte personnel.',
});

export const nonPartnerEvent = contentRule({
  id: 'non-partner-event',
  section: '3.1.1',
  severity: 'error',
  title: 'Pas de promotion des organisations non partenaires',
  description: 'La Ville ne fait pas la promotion des organisations avec lesquelles elle n’est pas partenaire.',
  contents: ['non-partner-event'],
  message:
    'La Ville ne fait pas la promotion des organisations avec lesquelles elle n’est pas partenaire. Ne publiez pas cet événement sur un compte officiel.',
});

export const recognizedOrgEvent = contentRule({
  id: 'recognized-org-event',
  section: '3.1.1',
  severity: 'info',
  title: 'Événements des organismes reconnus : à la discrétion de la Ville',
  description: 'Les organismes reconnus peuvent recevoir du soutien, mais la Ville ne s’engage pas à diffuser leurs événements.',
  contents: ['recognized-org-event'],
  message:
    'Possible, mais sans obligation : la Ville ne s’engage pas à diffuser les événements des organismes qu’elle reconnaît. L’équipe des Communications décide.',
});

export const cityPressRelease = contentRule({
  id: 'city-press-release',
  section: '3.1.2',
  severity: 'info',
  title: 'Communiqués de la Ville : à sa discrétion',
  description: 'Les communiqués de presse de la Ville peuvent être diffusés; le choix reste à la discrétion de la Ville.',
  contents: ['city-press-release'],
  message:
    'Permis : les communiqués de la Ville peuvent être diffusés, au choix de la Ville. Tous les communiqués restent sur le site Web de la Ville : vous pouvez y renvoyer.',
});

export const externalPressRelease = contentRule({
  id: 'external-press-release',
  section: '3.1.2',
  severity: 'error',
  title: 'Pas de communiqués d’autres organisations',
  description: 'Les communiqués de presse d’organisations ou d’entreprises ne sont pas diffusés sur les plateformes de la Ville.',
  contents: ['external-press-release'],
  message:
    'Les communiqués de presse d’organisations ou d’entreprises ne sont pas diffusés sur les plateformes de la Ville. Ne publiez pas ce communiqué.',
});

export const officialNotices = contentRule({
  id: 'official-notices',
  section: '3.1.3',
  severity: 'info',
  title: 'Appels d’offres, avis publics, règlements, offres d’emploi',
  description: 'Ils peuvent être diffusés selon le média social, sans obligation légale de le faire.',
  contents: ['tender', 'public-notice', 'bylaw', 'job-offer'],
  message: 'Permis : selon le média social, la Ville peut diffuser ce contenu, sans en avoir l’obligation légale.',
});

export const thirdPartyAd = contentRule({
  id: 'third-party-ad',
  section: '3.1.4',
  severity: 'error',
  title: 'La publicité est réservée à la Ville',
  description: 'La publicité faite sur les médias sociaux est à l’usage exclusif de la Ville.',
  contents: ['third-party-ad'],
  message:
    'La publicité sur les médias sociaux de la Ville est à l’usage exclusif de la Ville. Ne publiez pas la publicité d’un tiers.',
});
