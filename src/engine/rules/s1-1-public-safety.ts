/**
 * 1.1 Les services de sécurité publique
 * « la Direction de la police et la Direction de la sécurité incendie et de la sécurité civile sont
 * autorisées à diffuser de l'information au nom de leurs services respectifs sur les médias sociaux. »
 *
 * An exception to 4.1 (`publication-authority`), as data: police and fire on their OWN service's
 * account. On the City's account ('city') the exception does not apply: 1.1 speaks of « leurs
 * services respectifs », not of the City as a whole.
 */
import { finding } from '../finding.ts';
import { post, reply } from './examples.ts';
import { defineDoc, defineRule } from './rule.ts';

export const publicSafetyServices = defineRule({
  id: 'public-safety-services',
  section: '1.1',
  severity: 'info',
  kind: 'structured',
  exceptionTo: 'publication-authority',
  check(ctx) {
    const s = ctx.situation;
    if (s.kind === 'create-account' || s.account !== 'service' || (s.author !== 'police' && s.author !== 'fire')) return [];
    return [
      finding(this, {
        message:
          'Exception de sécurité publique : votre direction est autorisée à diffuser de l’information au nom de son service, sur le compte de ce service.',
      }),
    ];
  },
});

export const publicSafetyServicesDoc = /* @__PURE__ */ defineDoc(publicSafetyServices, {
  title: 'Police et sécurité incendie sur leurs propres comptes',
  description:
    'La Direction de la police et la Direction de la sécurité incendie et de la sécurité civile peuvent diffuser de l’information au nom de leurs services, sur les comptes de leurs services.',
  examples: {
    mustFlag: [
      /* @__PURE__ */ post('police', 'service', 'emergency-info'),
      /* @__PURE__ */ post('fire', 'service', 'awareness-campaign'),
      /* @__PURE__ */ reply('question', 'Merci, la caserne 3 est ouverte samedi.', { author: 'fire', account: 'service' }),
    ],
    mustPass: [/* @__PURE__ */ post('police', 'city', 'emergency-info'), /* @__PURE__ */ post('department', 'service', 'city-event'), /* @__PURE__ */ post('communications', 'service', 'city-event')],
  },
});
