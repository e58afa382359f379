/**
 * 3.1.5 Plaintes et requêtes
 * « elle ne traite pas les plaintes et les requêtes soumises par les utilisateurs sur les médias
 * sociaux. Les employés doivent inviter les citoyens qui désirent formuler une plainte ou une
 * requête, à procéder par l'entremise du site Web, par l'application mobile Trois-Rivières 311 ou
 * encore en appelant directement à la Ville au 311. »
 *
 * Two rules on the reply to a complaint or a request, on an official account, read from the
 * reply's acts (acts/acts.ts), clause by clause:
 * - `complaint-handled-in-thread` (error): ANY handling act — a promise or an action by the City
 *   (« nos équipes vont réparer ça demain », « les cols bleus s'en viennent »), a transfer, details
 *   or a private channel asked (address, photo, message privé, an e-mail or a phone that is not one
 *   of the three channels), a deferral — whatever else the reply says: a redirection elsewhere in
 *   the reply does not make the promise right. Negation is read in the clause: « nous ne traitons
 *   pas les plaintes ici » is not handling.
 * - `complaint-redirect` (warning): the reply neither handles nor redirects to one of the three
 *   channels (the text says « ou »: one channel is enough). Not an error: the reply broke no
 *   prohibition, it only missed the invitation the text asks for.
 */
import { actsOf, HANDLING, readingOf, sentencesHolding } from '../acts/acts.ts';
import type { Context } from '../context.ts';
import { sentences } from '../text/sentences.ts';
import { complaintChannelsPhrase, complaintRedirectSuggestion, withChannels } from '../facts.ts';
import { finding } from '../finding.ts';
import { reply } from './examples.ts';
import { defineDoc, defineRule } from './rule.ts';

const appliesTo = (ctx: Context): boolean => {
  const s = ctx.situation;
  return s.kind === 'reply' && ctx.official && (s.incoming === 'complaint' || s.incoming === 'request');
};

/** Built once: a long paste has one finding per handling act. */
const HANDLED_MESSAGE = `La Ville ne traite pas les plaintes et les requêtes sur les médias sociaux. Ne promettez rien et ne demandez pas de coordonnées ici : invitez la personne à passer par ${complaintChannelsPhrase}.`;

export const complaintHandledInThread = defineRule({
  id: 'complaint-handled-in-thread',
  section: '3.1.5',
  severity: 'error',
  kind: 'text',
  check(ctx) {
    if (!appliesTo(ctx)) return [];
    const spans = actsOf(readingOf(ctx), ...HANDLING);
    const holding = sentencesHolding(spans.length > 0 ? sentences(ctx.text) : [], spans);
    return spans.map((span, k) =>
      finding(
        this,
        {
          message: HANDLED_MESSAGE,
          span: { start: span.start, end: span.end },
          suggestion: complaintRedirectSuggestion,
          // The suggestion is a whole sentence: it takes the place of the sentence that handles the complaint.
          replaces: holding[k],
        },
        ctx.text,
      ),
    );
  },
});

export const complaintHandledInThreadDoc = /* @__PURE__ */ defineDoc(complaintHandledInThread, {
  title: 'Ne pas traiter une plainte ou une requête dans les commentaires',
  description:
    'La Ville ne traite pas les plaintes et les requêtes sur les médias sociaux : pas d’équipe promise, pas d’adresse ni de photo demandée, pas de « on s’en occupe ».',
  context: /* @__PURE__ */ reply('complaint', ''),
  examples: {
    mustFlag: [
      '⟦On s’en occupe⟧, ⟦une équipe passe⟧ cet après-midi.',
      'Bonjour, ⟦je transmets⟧ votre plainte aux travaux publics 👍',
      'Merci! ⟦Envoyez-nous votre adresse⟧ et ⟦on regarde ça⟧.',
      'Desole pour le trou, ⟦on va reparer⟧ demain matin',
      '⟦Votre plainte a été transmise⟧ au bon service.',
      '⟦Écrivez-nous⟧ en ⟦message privé⟧ avec une photo SVP',
      'Pas de souci, ⟦on s’en charge⟧!',
      '⟦Nos équipes vont réparer⟧ ça demain, ⟦c’est promis⟧.',
      '⟦Les cols bleus s’en viennent⟧ ce matin 👍',
      'Vous pouvez appeler le 311 si vous voulez, mais ⟦on a déjà envoyé quelqu’un⟧.',
      'Bonjour! ⟦Envoyez un courriel⟧ au service des loisirs.',
      'Le 311 est là pour ça, mais ⟦je transmets⟧ quand même aux travaux publics.',
    ],
    mustPass: [
      'Bonjour! Votre signalement doit passer par l’application Trois-Rivières 311, le site Web ou le 311. Merci!',
      'Nous ne traitons pas les plaintes ici : utilisez l’appli Trois-Rivières 311 ou composez le 311.',
      'N’hésitez pas à appeler le 311 ou à remplir le formulaire sur le site Web.',
      'merci de votre message! pour une plainte, allez sur v3r.net ou l’app TR 311',
      'Désolés pour les inconvénients. Une requête peut être faite en ligne ou au 311.',
      'On ne s’en occupe pas sur Facebook, passez par le site web svp 🙂',
    ],
  },
});

export const complaintRedirect = defineRule({
  id: 'complaint-redirect',
  section: '3.1.5',
  severity: 'warning',
  kind: 'text',
  check(ctx) {
    if (!appliesTo(ctx)) return [];
    if (actsOf(readingOf(ctx), 'redirect', ...HANDLING).length > 0) return [];
    return [
      finding(this, {
        message:
          `Invitez la personne à formuler sa plainte ou sa requête par ${complaintChannelsPhrase}.`,
        suggestion: complaintRedirectSuggestion,
      }),
    ];
  },
});

export const complaintRedirectDoc = /* @__PURE__ */ defineDoc(complaintRedirect, {
  title: 'Inviter à passer par le site Web, l’application Trois-Rivières 311 ou le 311',
  description:
    /* @__PURE__ */ withChannels('Une réponse à une plainte ou à une requête invite la personne à procéder par '),
  context: /* @__PURE__ */ reply('request', ''),
  examples: {
    mustFlag: [
      'Merci pour votre message, bonne journée!',
      'Nous sommes désolés pour cette situation.',
      'Ok, merci de nous en informer 👍',
      'Bonjour, c’est noté.',
      'Désolé pour le retard de la collecte, ça arrive parfois.',
    ],
    mustPass: [
      'Bonjour! Votre signalement doit passer par l’application Trois-Rivières 311, le site Web ou le 311. Merci!',
      'Pour une requête, composez le 311 svp.',
      'Faites votre plainte sur le site web de la Ville, merci!',
      'Téléchargez l’application Trois-Rivières 311 pour faire un signalement 📱',
      'Allez sur v3r.net, section requêtes.',
    ],
  },
});
