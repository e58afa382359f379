/**
 * French typography for prose (Québec usage): curly apostrophes, narrow no-break spaces (U+202F)
 * inside « » and before : ; ! ?. One function for the built pages (src/build/typography.ts) and for
 * the engine's own messages, which the islands render in the browser where the build never passes.
 */

export const NNBSP = '\u202F';

/** The rules, on a run of prose text (HTML entities already in place: `&#39;` is an apostrophe). Idempotent. */
export function frenchProse(text: string): string {
  return (
    text
      // l'équipe, aujourd'hui → l’équipe, aujourd’hui (an apostrophe between two letters)
      .replace(/(\p{L})(?:'|&#39;|&#x27;|&apos;)(?=\p{L})/gu, '$1’')
      // « texte » : one narrow no-break space inside each guillemet, whatever space was there.
      .replace(/«[ \u00A0\u202F]*/g, `«${NNBSP}`)
      .replace(/[ \u00A0\u202F]*»/g, `${NNBSP}»`)
      // A space before : ; ! ? becomes a narrow no-break one.
      .replace(/[ \u00A0]+([:;!?])/g, `${NNBSP}$1`)
      // Merci! Pourquoi? → Merci ! Pourquoi ? (after a word or a closing mark, never in 10:30 or http://)
      // (never the « ; » that ends an HTML entity such as &quot; or &#39;)
      .replace(/([\p{L}\p{N}»)…])([;!?]+)(?=$|[\s<»)"’.,&]|\p{Extended_Pictographic})/gu, (m, before: string, marks: string, offset: number, all: string) => {
        // (only the last few characters are read: an entity is short, and the whole text would make this quadratic)
        if (marks.startsWith(';') && /&#?[a-z0-9]+$/i.test(all.slice(Math.max(0, offset - 16), offset + 1))) return m;
        return /\d/.test(before) && /\d/.test(all.charAt(offset + m.length)) ? m : `${before}${NNBSP}${marks}`;
      })
      .replace(/(\p{L}|»|\))(:)(?=[\s]|$)/gu, `$1${NNBSP}$2`)
  );
}

