/**
 * 3.1 Informations citoyennes, and 3.1.1 to 3.1.4: what the City shares on its official accounts.
 * These rules read the facts only, and apply to official accounts (city or service); on a personal
 * account, see 4.3.
 *
 * 3.1   « Seules les informations qui proviennent de la Ville seront partagées. » → a personal
 *       opinion is not information from the City: error (`city-only-information`).
 * 3.1   « La Ville utilisera les médias sociaux pour transmettre de l'information citoyenne, incluant
 *       toute campagne de promotion ou de sensibilisation » → awareness campaigns and relayed official
 *       messages: allowed, info citing 3.1 (`citizen-information`); emergency information: allowed,
 *       info citing 3.1 (`emergency-information`).
 * 3.1.1 « La Ville fait la promotion de ses événements » → allowed, info (`city-event-promotion`);
 *       recognised organisations: « la Ville ne s'engage pas à diffuser » → allowed at the City's
 *       discretion, info (`recognized-org-event`); « la Ville ne fait pas la promotion des
 *       organisations avec lesquelles elle n'est pas partenaire » → error (`non-partner-event`).
 * 3.1.2 City press releases « peuvent être diffusés […] à la discrétion de la Ville » → info
 *       (`city-press-release`); « les communiqués de presse d'organisations ou d'entreprises ne sont
 *       pas diffusés » → error (`external-press-release`).
 * 3.1.3 tenders, public notices, by-laws, job offers « peuvent être diffusés […] bien que celle-ci
 *       n'en ait pas l'obligation légale » → info (`official-notices`).
 * 3.1.4 « La publicité […] est à l'usage exclusif de la Ville » → third-party advertising: error
 *       (`third-party-ad`); the City's own advertising: allowed, info (`city-advertising`).
 * Allowed cases carry an info finding too, so that every answer cites the words that allow it.
 *
 * Whatever content the author declares, the WORDS of a post or reply on an official account are
 * read too (acts/acts.ts): a call to vote or support for a candidate or a party is not the City's
 * information (3.1, `city-partisan-content`); promoting a business is advertising for a third party
 * (3.1.4, `city-third-party-promotion`).
 */
import { actsOf, readingOf, type ActKind } from '../acts/acts.ts';
import { defineRule } from './rule.ts';
import { finding } from '../finding.ts';
import type { Content } from '../types.ts';
import { post } from './examples.ts';
import { defineDoc, type Rule, type RuleMeta } from './rule.ts';
import type { Context } from '../context.ts';

/** A structured rule that fires when an official account publishes one of `contents`. */
interface ContentRule extends Rule {
  readonly contents: readonly Content[];
}

function contentRule(def: Omit<ContentRule, 'kind' | 'check'> & { message: string }): ContentRule {
  const { message, ...core } = def;
  const rule: ContentRule = {
    ...core,
    kind: 'structured',
    check(ctx: Context) {
      const s = ctx.situation;
      if (s.kind !== 'publish' || s.account === 'personal' || !def.contents.includes(s.content)) return [];
      return [finding(rule, { message })];
    },
  };
  return rule;
}

/** A content rule's documentation; its examples: every content it names, on both official accounts. */
/* @__NO_SIDE_EFFECTS__ */
function contentDoc(rule: ContentRule, doc: { title: string; description: string }): RuleMeta {
  const [first = 'opinion'] = rule.contents;
  const others = (['city-event', 'city-ad', 'opinion', 'third-party-ad'] as Content[]).filter((c) => !rule.contents.includes(c));
  return /* @__PURE__ */ defineDoc(rule, {
    ...doc,
    examples: {
      mustFlag: rule.contents.flatMap((c) => [/* @__PURE__ */ post('communications', 'city', c), /* @__PURE__ */ post('communications', 'service', c)]),
      mustPass: [...others.slice(0, 2).map((c) => /* @__PURE__ */ post('communications', 'city', c)), /* @__PURE__ */ post('employee', 'personal', first)],
    },
  });
}

export const cityOnlyInformation = contentRule({
  id: 'city-only-information',
  section: '3.1',
  severity: 'error',
  contents: ['opinion'],
  message:
    'Seules les informations qui proviennent de la Ville sont partagées sur ses comptes officiels. Une opinion personnelle n’y a pas sa place : publiez une information de la Ville, ou exprimez votre opinion sur votre compte personnel.',
});

export const cityOnlyInformationDoc = /* @__PURE__ */ contentDoc(cityOnlyInformation, {
  title: 'Seules les informations de la Ville',
  description: 'Un compte officiel ne partage que de l’information qui provient de la Ville : pas d’opinion personnelle.',
});

export const nonPartnerEvent = contentRule({
  id: 'non-partner-event',
  section: '3.1.1',
  severity: 'error',
  contents: ['non-partner-event'],
  message:
    'La Ville ne fait pas la promotion des organisations avec lesquelles elle n’est pas partenaire. Ne publiez pas cet événement sur un compte officiel.',
});

export const nonPartnerEventDoc = /* @__PURE__ */ contentDoc(nonPartnerEvent, {
  title: 'Pas de promotion des organisations non partenaires',
  description: 'La Ville ne fait pas la promotion des organisations avec lesquelles elle n’est pas partenaire.',
});

export const recognizedOrgEvent = contentRule({
  id: 'recognized-org-event',
  section: '3.1.1',
  severity: 'info',
  contents: ['recognized-org-event'],
  message:
    'Possible, mais sans obligation : la Ville ne s’engage pas à diffuser les événements des organismes qu’elle reconnaît. L’équipe des Communications décide.',
});

export const recognizedOrgEventDoc = /* @__PURE__ */ contentDoc(recognizedOrgEvent, {
  title: 'Événements des organismes reconnus : à la discrétion de la Ville',
  description: 'Les organismes reconnus peuvent recevoir du soutien, mais la Ville ne s’engage pas à diffuser leurs événements.',
});

export const cityPressRelease = contentRule({
  id: 'city-press-release',
  grants: true,
  section: '3.1.2',
  severity: 'info',
  contents: ['city-press-release'],
  message:
    'Ce que permet la politique : les communiqués de la Ville peuvent être diffusés, au choix de la Ville. Tous les communiqués restent sur le site Web de la Ville : vous pouvez y renvoyer.',
});

export const cityPressReleaseDoc = /* @__PURE__ */ contentDoc(cityPressRelease, {
  title: 'Communiqués de la Ville : à sa discrétion',
  description: 'Les communiqués de presse de la Ville peuvent être diffusés; le choix reste à la discrétion de la Ville.',
});

export const externalPressRelease = contentRule({
  id: 'external-press-release',
  section: '3.1.2',
  severity: 'error',
  contents: ['external-press-release'],
  message:
    'Les communiqués de presse d’organisations ou d’entreprises ne sont pas diffusés sur les plateformes de la Ville. Ne publiez pas ce communiqué.',
});

export const externalPressReleaseDoc = /* @__PURE__ */ contentDoc(externalPressRelease, {
  title: 'Pas de communiqués d’autres organisations',
  description: 'Les communiqués de presse d’organisations ou d’entreprises ne sont pas diffusés sur les plateformes de la Ville.',
});

export const officialNotices = contentRule({
  id: 'official-notices',
  grants: true,
  section: '3.1.3',
  severity: 'info',
  contents: ['tender', 'public-notice', 'bylaw', 'job-offer'],
  message: 'Ce que permet la politique : selon le média social, la Ville peut diffuser ce contenu, sans en avoir l’obligation légale.',
});

export const officialNoticesDoc = /* @__PURE__ */ contentDoc(officialNotices, {
  title: 'Appels d’offres, avis publics, règlements, offres d’emploi',
  description: 'Ils peuvent être diffusés selon le média social, sans obligation légale de le faire.',
});

export const thirdPartyAd = contentRule({
  id: 'third-party-ad',
  section: '3.1.4',
  severity: 'error',
  contents: ['third-party-ad'],
  message:
    'La publicité sur les médias sociaux de la Ville est à l’usage exclusif de la Ville. Ne publiez pas la publicité d’un tiers.',
});

export const thirdPartyAdDoc = /* @__PURE__ */ contentDoc(thirdPartyAd, {
  title: 'La publicité est réservée à la Ville',
  description: 'La publicité faite sur les médias sociaux est à l’usage exclusif de la Ville.',
});

export const citizenInformation = contentRule({
  id: 'citizen-information',
  grants: true,
  section: '3.1',
  severity: 'info',
  contents: ['awareness-campaign', 'share-official'],
  message:
    'Ce que permet la politique : la Ville utilise ses médias sociaux pour transmettre de l’information citoyenne, y compris ses campagnes de promotion ou de sensibilisation.',
});

export const citizenInformationDoc = /* @__PURE__ */ contentDoc(citizenInformation, {
  title: 'L’information citoyenne et les campagnes de sensibilisation',
  description: 'La Ville transmet sur ses médias sociaux de l’information citoyenne, incluant toute campagne de promotion ou de sensibilisation.',
});

export const emergencyInformation = contentRule({
  id: 'emergency-information',
  grants: true,
  section: '3.1',
  severity: 'info',
  contents: ['emergency-info'],
  message:
    'Ce que permet la politique : en situation d’urgence, les médias sociaux de la Ville servent à informer les citoyens et à leur donner les consignes à suivre.',
});

export const emergencyInformationDoc = /* @__PURE__ */ contentDoc(emergencyInformation, {
  title: 'Informer en situation d’urgence',
  description: 'En cas de situation d’urgence, les médias sociaux de la Ville servent à informer les citoyens sur la situation et les consignes à suivre.',
});

export const cityEventPromotion = contentRule({
  id: 'city-event-promotion',
  grants: true,
  section: '3.1.1',
  severity: 'info',
  contents: ['city-event'],
  message: 'Ce que permet la politique : la Ville fait la promotion de ses événements sur ses médias sociaux.',
});

export const cityEventPromotionDoc = /* @__PURE__ */ contentDoc(cityEventPromotion, {
  title: 'Les événements de la Ville',
  description: 'La Ville fait la promotion de ses événements sur ses différents médias sociaux.',
});

export const cityAdvertising = contentRule({
  id: 'city-advertising',
  grants: true,
  section: '3.1.4',
  severity: 'info',
  contents: ['city-ad'],
  message: 'Ce que permet la politique : la publicité sur les médias sociaux est réservée à la Ville, sur des sujets dans l’intérêt de la population.',
});

export const cityAdvertisingDoc = /* @__PURE__ */ contentDoc(cityAdvertising, {
  title: 'La publicité de la Ville',
  description: 'La publicité faite sur les médias sociaux est à l’usage exclusif de la Ville, sur des sujets dans l’intérêt de la population.',
});

/** A text rule on an official account (post or reply): one finding per act of `kind`. */
function officialWordsRule(id: string, section: '3.1' | '3.1.4', kind: ActKind, message: string): Rule {
  return defineRule({
    id,
    section,
    severity: 'error',
    kind: 'text',
    check(ctx) {
      if (!ctx.official) return [];
      return actsOf(readingOf(ctx), kind).map((a) => finding(this, { message, span: { start: a.start, end: a.end } }, ctx.text));
    },
  });
}

export const cityPartisanContent = officialWordsRule(
  'city-partisan-content',
  '3.1',
  'partisan',
  'Seules les informations qui proviennent de la Ville sont partagées sur ses comptes officiels : un appel à voter, l’appui à un candidat ou à un parti, une opinion personnelle n’en sont pas. Retirez ce passage.',
);

export const cityPartisanContentDoc = /* @__PURE__ */ defineDoc(cityPartisanContent, {
  title: 'Pas de contenu partisan ni d’opinion personnelle sur les comptes de la Ville',
  description:
    'Un compte officiel ne partage que de l’information qui provient de la Ville : pas d’appel à voter pour quelqu’un, pas d’appui à un candidat ou à un parti, pas d’opinion personnelle.',
  context: /* @__PURE__ */ post('communications', 'city', 'city-event', ''),
  examples: {
    mustFlag: [
      '⟦Votez pour notre maire⟧ aux prochaines élections!',
      'On ⟦appuie le candidat⟧ du district 3 🗳️',
      'N’oubliez pas de ⟦voter pour l’équipe⟧ du maire le 2 novembre.',
      'Cette ⟦campagne électorale⟧ est la nôtre : ⟦réélisez le maire⟧!',
      '⟦Votez pour la conseillère⟧ Tremblay, elle le mérite.',
      '⟦À mon avis⟧, ce règlement arrive bien trop tard.',
      'Bonjour! ⟦Moi je trouve⟧ que le maire a raison.',
    ],
    mustPass: [
      'Le jour du scrutin, les bureaux de vote sont ouverts de 10 h à 20 h.',
      'Votez pour le plus beau jardin de votre quartier 🌻',
      'Le conseil municipal a adopté le budget hier soir.',
      'Appuyez sur le bouton « Inscription » pour vous inscrire au camp de jour.',
      'Le maire sera présent à l’inauguration du parc samedi.',
      'Personnellement, je vous conseille de passer par le 311.',
      'Selon le règlement, les piscines doivent être clôturées.',
    ],
  },
});

export const cityThirdPartyPromotion = officialWordsRule(
  'city-third-party-promotion',
  '3.1.4',
  'advert',
  'La publicité sur les médias sociaux de la Ville est à l’usage exclusif de la Ville : ne faites pas la promotion d’un commerce ou d’une entreprise. Retirez ce passage.',
);

export const cityThirdPartyPromotionDoc = /* @__PURE__ */ defineDoc(cityThirdPartyPromotion, {
  title: 'Pas de promotion d’un commerce sur les comptes de la Ville',
  description:
    'La publicité faite sur les médias sociaux est à l’usage exclusif de la Ville : une publication officielle ne vante pas les rabais ou les produits d’une entreprise.',
  context: /* @__PURE__ */ post('communications', 'city', 'city-event', ''),
  examples: {
    mustFlag: [
      'Profitez de 20 % de ⟦rabais chez⟧ Canadian Tire avec votre carte!',
      '⟦Profitez des soldes chez⟧ Meubles Laviolette ce week-end.',
      'Utilisez le ⟦code promo⟧ TR2026 à la boutique du coin.',
      '⟦Visitez le restaurant⟧ Chez Paul, le meilleur en ville!',
      '⟦Rabais de 15 % chez⟧ Sports Experts pour les membres.',
    ],
    mustPass: [
      'Le marché de Noël de la Ville ouvre samedi au parc Champlain.',
      'Inscrivez-vous aux activités de loisirs sur le site Web de la Ville.',
      'Le solde de votre compte de taxes est payable en ligne.',
      'Commandez votre bac brun sur le site Web de la Ville.',
      'La Ville remercie les commerçants du centre-ville pour leur collaboration.',
    ],
  },
});
