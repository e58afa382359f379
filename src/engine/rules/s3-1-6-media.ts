/**
 * 3.1.6 Demandes médias
 * « Les journalistes qui souhaitent adresser une question à la Ville doivent communiquer avec les
 * personnes responsables des relations médias par courriel ou par téléphone. […] La Ville ne
 * répondra en aucun cas aux demandes médias adressées sur ses comptes officiels. »
 *
 * On a reply to a media request (official account), read from the reply's acts (acts/acts.ts):
 * - `media-answer` (error): any clause that answers — a fact, a figure, a date, a confirmation or
 *   a denial, a position — even when a referral follows (« en aucun cas »). Clauses that answer
 *   one after the other in a sentence make one stretch.
 * - `media-redirect` (warning): no answer, but no referral to media relations either.
 * A referral alone is right, formal or not (« je te réfère… »), with or without an address or a
 * number, and whatever it says of the people referred to (« elles vous répondront rapidement »).
 */
import { actsOf, readingOf, type Reading } from '../acts/acts.ts';
import type { Context, Span } from '../context.ts';
import { mediaRedirectSuggestion } from '../facts.ts';
import { finding } from '../finding.ts';
import { reply } from './examples.ts';
import { defineDoc, defineRule } from './rule.ts';

const appliesTo = (ctx: Context): boolean => {
  const s = ctx.situation;
  return s.kind === 'reply' && ctx.official && s.incoming === 'media-request';
};

/** The stretches of a reading that answer (original offsets): answering clauses in a row, per sentence. */
export function answerSpans(r: Reading): Span[] {
  const out: Array<{ start: number; end: number; clause: number }> = [];
  let open: { start: number; end: number; clause: number } | undefined;
  for (const a of actsOf(r, 'answer')) {
    const prev = open ? r.clauses[open.clause] : undefined;
    if (open && prev && r.clauses[a.clause]!.sentence === prev.sentence && a.clause === open.clause + 1) {
      open.end = a.end;
      open.clause = a.clause;
    } else out.push((open = { start: a.start, end: a.end, clause: a.clause }));
  }
  return out.map(({ start, end }) => ({ start, end }));
}

const answersOf = (ctx: Context): Span[] => ctx.memo('media-answers', () => answerSpans(readingOf(ctx)));

export const mediaAnswer = defineRule({
  id: 'media-answer',
  section: '3.1.6',
  severity: 'error',
  kind: 'text',
  check(ctx) {
    if (!appliesTo(ctx)) return [];
    return answersOf(ctx).map((span) =>
      finding(
        this,
        {
          message:
            'La Ville ne répond en aucun cas aux demandes médias sur ses comptes officiels. Retirez cet élément de réponse et dirigez le journaliste vers les relations médias, par courriel ou par téléphone.',
          span,
          suggestion: mediaRedirectSuggestion,
        },
        ctx.text,
      ),
    );
  },
});

export const mediaAnswerDoc = /* @__PURE__ */ defineDoc(mediaAnswer, {
  title: 'Ne jamais répondre à une demande média sur les médias sociaux',
  description:
    'La Ville ne répond en aucun cas aux demandes médias adressées sur ses comptes officiels : la réponse n’apporte aucun élément de réponse.',
  context: /* @__PURE__ */ reply('media-request', ''),
  examples: {
    mustFlag: [
      '⟦Le chantier sera terminé en octobre⟧.',
      'Bonjour! ⟦Le maire sera disponible demain à 10 h⟧.',
      'Merci de votre intérêt. ⟦Le budget prévoit 2 M$ pour la piscine⟧.',
      '⟦Oui, la rue Notre-Dame rouvre lundi⟧ 👍',
      'Bonjour, ⟦on prévoit environ 300 000 $ pour les travaux⟧.',
      'Pas de commentaire sur le dossier pour l’instant, mais ⟦le rapport sort vendredi⟧.',
      'Nous ne pouvons pas confirmer, mais ⟦le maire sera là⟧.',
      '⟦Nous comprenons que le maire sera absent lundi⟧.',
      '⟦Oui, le directeur part à la retraite en mars⟧; pour une entrevue, voyez les relations médias.',
      'Écrivez aux relations médias. ⟦Le pont rouvre lundi⟧.',
    ],
    mustPass: [
      'Bonjour! Les demandes médias ne sont pas traitées ici. Écrivez aux relations médias de la Ville par courriel ou par téléphone.',
      'Merci de votre intérêt. Veuillez communiquer avec les relations médias par courriel.',
      'Nous comprenons votre impatience. Pour toute demande, écrivez aux relations médias par courriel.',
      'Bonjour, nous ne répondons pas aux questions des journalistes sur Facebook : contactez notre équipe des Communications par téléphone.',
      'Allo! Pour une entrevue, svp écrire à la relationniste de la Ville par courriel 🙂',
      'Bonjour madame, les relations médias vous répondront par téléphone ou par courriel.',
      'Je vous invite à joindre nos relations médias par courriel ou par téléphone. Elles vous répondront rapidement.',
      'Salut Marc, je te réfère à notre relationniste, elle va te revenir 👍',
      'Bonjour, veuillez contacter le Service des communications au 819 372-4621 ou à communications@v3r.net.',
    ],
  },
});

export const mediaRedirect = defineRule({
  id: 'media-redirect',
  section: '3.1.6',
  severity: 'warning',
  kind: 'text',
  check(ctx) {
    if (!appliesTo(ctx) || actsOf(readingOf(ctx), 'media-referral').length > 0 || answersOf(ctx).length > 0) return [];
    return [
      finding(this, {
        message: 'Dirigez le journaliste vers les personnes responsables des relations médias de la Ville, par courriel ou par téléphone.',
        suggestion: mediaRedirectSuggestion,
      }),
    ];
  },
});

export const mediaRedirectDoc = /* @__PURE__ */ defineDoc(mediaRedirect, {
  title: 'Diriger les journalistes vers les relations médias',
  description: 'Les journalistes doivent communiquer avec les responsables des relations médias par courriel ou par téléphone.',
  context: /* @__PURE__ */ reply('media-request', ''),
  examples: {
    mustFlag: ['Merci!', 'Bonjour, bonne journée!', 'Merci de votre message 🙂', 'Nous ne répondons pas aux demandes médias ici.', 'Allo, merci beaucoup!'],
    mustPass: [
      'Bonjour! Écrivez aux relations médias de la Ville par courriel ou par téléphone.',
      'Merci de votre intérêt. Veuillez communiquer avec les relations médias par courriel.',
      'Svp contactez l’équipe des Communications par téléphone.',
      'Allo! Pour une entrevue, svp écrire à la relationniste par courriel 🙂',
      'Bonjour, notre porte-parole vous répondra par courriel.',
    ],
  },
});
