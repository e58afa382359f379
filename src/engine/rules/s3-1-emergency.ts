/**
 * 3.1 Informations citoyennes — emergencies.
 * « Les interactions qui ne concernent pas la mesure d'urgence pourront être retardées. »
 * « À noter que les médias sociaux ne sont pas un service d'urgence […] »
 *
 * The text only NOTES that social media is not an emergency service: it does not oblige a reply to
 * say so, so a reply to an emergency report that does not say it is a warning, not an error.
 * 911 is never named by the policy: the suggestion says so (« Conseil de sécurité, en plus de la politique »).
 *
 * `emergency-routine` (error): a reply that treats the emergency as routine — defers (« on regarde
 * ça lundi »), promises to check or to send someone, passes it on, asks for details, or sends the
 * person to the complaint channels of 3.1.5 without the reminder. Social media is not an
 * emergency service: handling the emergency in the thread is exactly what 3.1 rules out.
 */
import { actsOf, HANDLING, readingOf, sentencesHolding } from '../acts/acts.ts';
import { emergencyReminder } from '../lexicon/replies.ts';
import { compileTerms } from '../text/match.ts';
import { sentences } from '../text/sentences.ts';
import { emergencyReplySuggestion, emergencyAdviceOutsidePolicy } from '../facts.ts';
import { finding } from '../finding.ts';
import { reply } from './examples.ts';
import { defineDoc, defineRule } from './rule.ts';

const REMINDER = compileTerms(emergencyReminder);

export const emergencyRoutine = defineRule({
  id: 'emergency-routine',
  section: '3.1',
  severity: 'error',
  kind: 'text',
  check(ctx) {
    const s = ctx.situation;
    if (s.kind !== 'reply' || s.incoming !== 'emergency-report') return [];
    const reminded = ctx.find(REMINDER).length > 0;
    const acts = actsOf(readingOf(ctx), ...HANDLING, ...(reminded ? [] : (['redirect'] as const)));
    const holding = sentencesHolding(acts.length > 0 ? sentences(ctx.text) : [], acts);
    return acts.map((a, k) =>
      finding(
        this,
        {
          message: `Ce commentaire signale une urgence : ne la traitez pas comme une demande ordinaire (pas de suivi, de promesse ni de renvoi à plus tard dans les commentaires). Les médias sociaux ne sont pas un service d’urgence : dites-le. ${emergencyAdviceOutsidePolicy}`,
          span: { start: a.start, end: a.end },
          suggestion: emergencyReplySuggestion,
          replaces: holding[k],
        },
        ctx.text,
      ),
    );
  },
});

export const emergencyRoutineDoc = /* @__PURE__ */ defineDoc(emergencyRoutine, {
  title: 'Une urgence n’est jamais une demande ordinaire',
  description:
    'Quand un commentaire signale une urgence, la réponse ne la remet pas à plus tard, ne promet pas de vérifier et ne la traite pas comme une plainte : elle rappelle que les médias sociaux ne sont pas un service d’urgence (et, en conseil de sécurité qui s’ajoute à la politique, renvoie au 911).',
  context: /* @__PURE__ */ reply('emergency-report', ''),
  examples: {
    mustFlag: [
      'Merci, ⟦on regarde ça⟧ lundi.',
      'Ok merci, ⟦on vous revient⟧ demain.',
      '⟦Nous transmettons⟧ l’information aux pompiers.',
      'Merci! ⟦Une équipe va passer⟧ vérifier.',
      '⟦Pouvez-vous nous envoyer une photo⟧?',
      'Faites une requête sur ⟦l’appli 311⟧ svp.',
    ],
    mustPass: [
      'Les médias sociaux ne sont pas un service d’urgence. Composez le 911 immédiatement.',
      'Appelez le 911 tout de suite!',
      'Merci de nous avertir!',
      'Nos réseaux sociaux ne sont pas un service d’urgence : faites le 9-1-1.',
      'Oh non! Soyez prudents 🙏',
    ],
  },
});

export const emergencyNotService = defineRule({
  id: 'emergency-not-service',
  section: '3.1',
  severity: 'warning',
  kind: 'text',
  // The error says it already, with the same suggestion.
  yieldsTo: ['emergency-routine'],
  check(ctx) {
    const s = ctx.situation;
    if (s.kind !== 'reply' || s.incoming !== 'emergency-report' || ctx.find(REMINDER).length > 0) return [];
    return [
      finding(this, {
        message: `Ce commentaire signale une urgence. Rappelez que les médias sociaux ne sont pas un service d’urgence. ${emergencyAdviceOutsidePolicy}`,
        suggestion: emergencyReplySuggestion,
      }),
    ];
  },
});

export const emergencyNotServiceDoc = /* @__PURE__ */ defineDoc(emergencyNotService, {
  title: 'Les médias sociaux ne sont pas un service d’urgence',
  description:
    'Quand un commentaire signale une urgence, la réponse rappelle que les médias sociaux ne sont pas un service d’urgence (et, en conseil de sécurité qui s’ajoute à la politique, renvoie au 911).',
  context: /* @__PURE__ */ reply('emergency-report', ''),
  examples: {
    mustFlag: [
      'Merci de nous avertir!',
      'Oh non! Soyez prudents 🙏',
      'Bonjour, nous avons bien reçu votre message.',
      'Ça va bien aller!',
      'Merci pour l’info, bonne soirée!',
    ],
    mustPass: [
      'Les médias sociaux ne sont pas un service d’urgence. Composez le 911 immédiatement.',
      'Appelez le 911 tout de suite!',
      'Svp faites le 911, ce compte n’est pas surveillé en continu.',
      'Nos réseaux sociaux ne sont pas un service d’urgence : faites le 9-1-1.',
      'En cas d’urgence, composez le 911.',
    ],
  },
});

export const emergencyPriority = defineRule({
  id: 'emergency-priority',
  section: '3.1',
  severity: 'info',
  kind: 'structured',
  check(ctx) {
    const s = ctx.situation;
    if (s.kind !== 'reply' || s.emergencyOngoing !== true) return [];
    return [
      finding(this, {
        message:
          'Une mesure d’urgence est en cours : les interactions qui ne la concernent pas peuvent être retardées. Priorisez l’information sur l’urgence.',
      }),
    ];
  },
});

export const emergencyPriorityDoc = /* @__PURE__ */ defineDoc(emergencyPriority, {
  title: 'Pendant une mesure d’urgence',
  description: 'Pendant une mesure d’urgence, les interactions qui ne la concernent pas peuvent être retardées.',
  examples: {
    mustFlag: [/* @__PURE__ */ reply('question', 'Merci!', { emergencyOngoing: true }), /* @__PURE__ */ reply('complaint', 'Appelez le 311.', { emergencyOngoing: true })],
    mustPass: [/* @__PURE__ */ reply('question', 'Merci!', { emergencyOngoing: false }), /* @__PURE__ */ reply('question', 'Merci!')],
  },
});
