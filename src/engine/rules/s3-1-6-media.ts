/**
 * 3.1.6 Demandes médias
 * « Les journalistes qui souhaitent adresser une question à la Ville doivent communiquer avec les
 * personnes responsables des relations médias par courriel ou par téléphone. […] La Ville ne
 * répondra en aucun cas aux demandes médias adressées sur ses comptes officiels. »
 *
 * On a reply to a media request (official account):
 * - `media-answer` (error): a sentence, or a clause after « mais », « cependant »…, that answers
 *   (anything but greetings, thanks, the City's rule or the redirection to media relations).
 *   « en aucun cas »: even a partial answer is an error.
 * - `media-redirect` (warning): no answer, but no redirection to media relations either.
 */
import { mediaNonAnswer, mediaRedirect as mediaRedirectTerms } from '../lexicon/replies.ts';
import type { Context, Span } from '../context.ts';
import { mediaRedirectSuggestion } from '../facts.ts';
import { finding } from '../finding.ts';
import { compileTerms, hasMatch } from '../text/match.ts';
import { fold } from '../text/normalize.ts';
import { sentences } from '../text/sentences.ts';
import { reply } from './examples.ts';
import { defineDoc, defineRule } from './rule.ts';

const REDIRECT = compileTerms(mediaRedirectTerms);
const NON_ANSWER = compileTerms(mediaNonAnswer);
const GREETING =
  /^(?:(?:bonjour|bonsoir|allo|allô|salut|bonne (?:journée|journee|soirée|soiree|fin de semaine)|merci(?: beaucoup| bien)?(?: (?:de|pour) (?:votre|ton|l['’]|la |le )\s*(?:message|intérêt|interet|question|demande|patience))?|madame|monsieur|m\.|mme)[\s,!.:;]*)+/iu;

const appliesTo = (ctx: Context): boolean => {
  const s = ctx.situation;
  return s.kind === 'reply' && ctx.official && s.incoming === 'media-request';
};

/** « mais », « cependant »…: what follows may answer even when what precedes declines to. */
const CONTRAST = /(?<![\p{L}])(?:mais|cependant|toutefois|par contre|sauf que|quoique|n[’']empêche que)(?![\p{L}])\s*/giu;

/** A sentence cut at its contrastive conjunctions (original offsets; the conjunction is left out). */
function clauses(start: number, text: string): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (const m of text.matchAll(CONTRAST)) {
    out.push({ start: start + from, end: start + m.index });
    from = m.index + m[0].length;
  }
  out.push({ start: start + from, end: start + text.length });
  return out;
}

/** Whether a clause answers: not a greeting, a refusal, a thank-you or the redirection to media relations. */
function answers(clause: string): boolean {
  if (!/[\p{L}\p{N}]/u.test(clause)) return false;
  if (hasMatch(REDIRECT, fold(clause))) return false;
  return !(hasMatch(NON_ANSWER, fold(clause.slice(0, 60))) && !/\p{N}/u.test(clause));
}

/**
 * The stretches of the reply that answer the journalist (original offsets). Each sentence is read
 * clause by clause, so « nous ne pouvons pas confirmer, mais le maire sera là » is caught; clauses
 * that answer one after the other make one stretch.
 */
export function answerSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const s of sentences(text)) {
    const greeting = GREETING.exec(s.text)?.[0].length ?? 0;
    let open: Span | undefined;
    for (const c of clauses(s.start + greeting, s.text.slice(greeting))) {
      // Trailing spaces and separators trimmed by a loop (a `[…]+$` pattern rescans a long run: issue 14).
      let to = c.end;
      while (to > c.start && /[\s,;:]/u.test(text[to - 1] ?? '')) to -= 1;
      const words = text.slice(c.start, to);
      if (answers(words)) {
        if (open) open.end = c.start + words.length;
        else out.push((open = { start: c.start, end: c.start + words.length }));
      } else open = undefined;
    }
  }
  return out;
}

export const mediaAnswer = defineRule({
  id: 'media-answer',
  section: '3.1.6',
  severity: 'error',
  kind: 'text',
  check(ctx) {
    if (!appliesTo(ctx)) return [];
    return ctx.memo('media-answers', () => answerSpans(ctx.text)).map((span) =>
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
      '⟦Le chantier sera terminé en octobre.⟧',
      'Bonjour! ⟦Le maire sera disponible demain à 10 h.⟧',
      'Merci de votre intérêt. ⟦Le budget prévoit 2 M$ pour la piscine.⟧',
      '⟦Oui, la rue Notre-Dame rouvre lundi⟧ 👍',
      'Bonjour, ⟦on prévoit environ 300 000 $ pour les travaux.⟧',
      '⟦Pas de commentaire sur le dossier pour l’instant, mais le rapport sort vendredi.⟧',
      'Nous ne pouvons pas confirmer, mais ⟦le maire sera là.⟧',
    ],
    mustPass: [
      'Bonjour! Les demandes médias ne sont pas traitées ici. Écrivez aux relations médias de la Ville par courriel ou par téléphone.',
      'Merci de votre intérêt. Veuillez communiquer avec les relations médias par courriel.',
      'Bonjour, nous ne répondons pas aux questions des journalistes sur Facebook : contactez notre équipe des Communications par téléphone.',
      'Allo! Pour une entrevue, svp écrire à la relationniste de la Ville par courriel 🙂',
      'Bonjour madame, les relations médias vous répondront par téléphone ou par courriel.',
    ],
  },
});

export const mediaRedirect = defineRule({
  id: 'media-redirect',
  section: '3.1.6',
  severity: 'warning',
  kind: 'text',
  check(ctx) {
    if (!appliesTo(ctx) || ctx.find(REDIRECT, true).length > 0 || ctx.memo('media-answers', () => answerSpans(ctx.text)).length > 0) return [];
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
