/** French typography at build: prose gets it, the official text and quoted words never do. */
import { describe, expect, it } from 'vitest';
import { frenchProse, frenchTypography, NNBSP } from '../../../src/build/typography.ts';

const n = (s: string): string => s.replaceAll('⍽', NNBSP);

describe('frenchProse', () => {
  it.each([
    ["l'équipe d'urgence", 'l’équipe d’urgence'],
    ['aujourd&#39;hui', 'aujourd’hui'],
    ['«plainte»', n('«⍽plainte⍽»')],
    ['« plainte »', n('«⍽plainte⍽»')],
    ['Section 3.1.5 : Plaintes', n('Section 3.1.5⍽: Plaintes')],
    ['Merci! Pourquoi? Oui; non', n('Merci⍽! Pourquoi⍽? Oui⍽; non')],
    ['Quoi?!', n('Quoi⍽?!')],
    ['Que répondre?', n('Que répondre⍽?')],
    ['10:30, http://www.v3r.net/, 3.1.5', '10:30, http://www.v3r.net/, 3.1.5'],
    ["l'", "l'"],
    // The « ; » ending an HTML entity is markup, not punctuation.
    ['&quot;publish&quot;,&quot;x&quot; &amp; é!', n('&quot;publish&quot;,&quot;x&quot; &amp; é⍽!')],
  ])('« %s » → « %s »', (input, expected) => {
    expect(frenchProse(input)).toBe(expected);
  });

  it('ne change rien la deuxième fois', () => {
    const once = frenchProse("« Merci! » : l'équipe?");
    expect(frenchProse(once)).toBe(once);
  });
});

describe('frenchTypography', () => {
  it('laisse intacts le texte officiel, les citations, le code, les scripts et les îlots', () => {
    const kept = [
      `<div class="official" data-official-section="3.1"><p>d'utilisation : <em>l'a</em></p><div>x!</div></div>`,
      `<blockquote data-verbatim><p>d'un</p></blockquote>`,
      `<q>Merci!</q>`,
      `<code>a: b</code>`,
      `<script>const a = 'l'; if (x) y!</script>`,
      `<astro-island props="{&quot;t&quot;:&quot;l'a&quot;}"><p>l'a?</p></astro-island>`,
    ];
    for (const html of kept) expect(frenchTypography(html)).toBe(html);
  });

  it('corrige la prose autour, et jamais les attributs', () => {
    expect(frenchTypography(`<p title="l'a">l'équipe</p><div data-official-section="1"><p>l'x</p></div><p>Quoi?</p>`)).toBe(
      n(`<p title="l'a">l’équipe</p><div data-official-section="1"><p>l'x</p></div><p>Quoi⍽?</p>`),
    );
  });
});
