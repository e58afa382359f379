/**
 * 3.3 Présence et veille sur les médias sociaux
 * « La gestion des commentaires a généralement lieu pendant les heures de travail. Les commentaires
 * envoyés après les heures d'ouverture, pendant la fin de semaine ou pendant les jours fériés seront
 * traités le plus rapidement possible. » → info (`after-hours`): no obligation to answer at once.
 * « Certaines informations doivent être validées avant publication. Ainsi, il est possible qu'une
 * personne qui a posé une question reçoive une réponse temporaire. » → on a question whose answer
 * must be validated (`needs-validation`), a reply that answers without any validation step gets a
 * warning with the temporary reply the text describes (`temporary-reply`). A warning, not an error:
 * the text says « il est possible », it does not forbid an answer once validated.
 */
import { actsOf, readingOf } from '../acts/acts.ts';
import { answerSpans } from './s3-1-6-media.ts';
import { temporaryReplySuggestion } from '../facts.ts';
import { finding } from '../finding.ts';
import { reply } from './examples.ts';
import { defineDoc, defineRule } from './rule.ts';

export const afterHours = defineRule({
  id: 'after-hours',
  section: '3.3',
  severity: 'info',
  kind: 'structured',
  check(ctx) {
    const s = ctx.situation;
    // An emergency is never « treated later »: the note would tell the opposite of 3.1.
    if (s.kind !== 'reply' || s.when === undefined || s.when === 'business-hours' || s.incoming === 'emergency-report') return [];
    const moment = { 'after-hours': 'après les heures d’ouverture', weekend: 'pendant la fin de semaine', holiday: 'pendant un jour férié' }[s.when];
    return [
      finding(this, {
        message: `Ce commentaire est arrivé ${moment} : il sera traité le plus rapidement possible, généralement pendant les heures de travail. Pas d’obligation d’y répondre sur-le-champ.`,
      }),
    ];
  },
});

export const afterHoursDoc = /* @__PURE__ */ defineDoc(afterHours, {
  title: 'Commentaires reçus hors des heures de travail',
  description:
    'La gestion des commentaires a lieu pendant les heures de travail; ceux reçus le soir, la fin de semaine ou un jour férié sont traités le plus rapidement possible.',
  examples: {
    mustFlag: [/* @__PURE__ */ reply('question', 'Merci!', { when: 'after-hours' }), /* @__PURE__ */ reply('question', 'Merci!', { when: 'weekend' }), /* @__PURE__ */ reply('comment', 'Merci!', { when: 'holiday' })],
    mustPass: [
      /* @__PURE__ */ reply('question', 'Merci!', { when: 'business-hours' }),
      /* @__PURE__ */ reply('question', 'Merci!'),
      /* @__PURE__ */ reply('emergency-report', 'Ce compte n’est pas un service d’urgence : composez le 911.', { when: 'weekend' }),
    ],
  },
});

export const temporaryReply = defineRule({
  id: 'temporary-reply',
  section: '3.3',
  severity: 'warning',
  kind: 'text',
  check(ctx) {
    const s = ctx.situation;
    if (s.kind !== 'reply' || s.incoming !== 'needs-validation' || !ctx.official) return [];
    // Clause by clause: a definite answer stays one even beside « on vous revient ».
    const r = readingOf(ctx);
    const answers = answerSpans(r);
    // Waiting for the answer: a temporary reply, a deferral, or the question passed on to be validated.
    const waits = actsOf(r, 'temporary', 'defer', 'transfer').length > 0;
    if (answers.length === 0 && waits) return [];
    const message =
      'Cette information doit être validée avant d’être publiée. Répondez d’abord de façon temporaire : la question est prise en compte et une réponse plus précise suivra.';
    if (answers.length === 0) return [finding(this, { message, suggestion: temporaryReplySuggestion })];
    return answers.map((span) => finding(this, { message, span, suggestion: temporaryReplySuggestion }, ctx.text));
  },
});

export const temporaryReplyDoc = /* @__PURE__ */ defineDoc(temporaryReply, {
  title: 'Réponse temporaire quand l’information doit être validée',
  description:
    'Quand la réponse doit être validée avant publication (dates, décisions, montants pas encore publics), répondez d’abord de façon temporaire : la question est prise en compte, une réponse plus précise suivra.',
  context: /* @__PURE__ */ reply('needs-validation', ''),
  examples: {
    mustFlag: [
      'La piscine ouvrira le 15 juin.',
      'Oui, le festival est annulé cette année.',
      'Les travaux coûteront 2 millions.',
      'C’est sûr : la bibliothèque ferme en juillet 📚',
      'La rue rouvre lundi, bonne journée!',
      'La piscine ouvrira le 15 juin, on vous revient si ça change.',
    ],
    mustPass: [
      'Merci, votre question a bien été prise en compte. Nous vous reviendrons avec une réponse plus précise dès que possible.',
      'Bonne question! Nous vérifions l’information et on vous revient sous peu.',
      'Merci! La date n’est pas encore confirmée, nous vous reviendrons.',
      'Votre question est prise en compte 👍 Réponse à venir ultérieurement.',
      'Nous allons valider avec le service concerné et vous revenir.',
    ],
  },
});
