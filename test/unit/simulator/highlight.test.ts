/** The highlighted preview, the suggestion insertion and the spoken summary, without a browser. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { previewPieces, quotedWords, type Piece } from '../../../src/components/simulator/highlight';
import { evaluate } from '../../../src/engine/index';
import { sim } from '../../../src/i18n/simulator';

const rendered = (pieces: Piece[]) => pieces.map((p) => (p.kind === 'gap' ? '' : p.text)).join('');

describe('previewPieces', () => {
  test('marque les mots de chaque remarque et numérote la fin du passage', () => {
    const text = 'Calvaire, on envoie une équipe.';
    const pieces = previewPieces(text, [{ start: 0, end: 8 }, undefined, { start: 13, end: 30 }]);
    expect(pieces).toEqual([
      { kind: 'mark', text: 'Calvaire', findings: [1], endsHere: [1] },
      { kind: 'text', text: ', on ' },
      { kind: 'mark', text: 'envoie une équipe', findings: [3], endsHere: [3] },
      { kind: 'text', text: '.' },
    ]);
  });

  test('des passages qui se chevauchent donnent des morceaux marqués par chacune des remarques', () => {
    const pieces = previewPieces('abcdef', [{ start: 0, end: 4 }, { start: 2, end: 6 }]);
    expect(pieces.map((p) => (p.kind === 'mark' ? [p.text, p.findings, p.endsHere] : p.kind))).toEqual([
      ['ab', [1], []],
      ['cd', [1, 2], [1]],
      ['ef', [2], [2]],
    ]);
  });

  test('une remarque regroupée marque tous ses passages sous le même numéro', () => {
    const pieces = previewPieces('Au nom de la Ville, c’est officiel.', [[{ start: 0, end: 18 }, { start: 20, end: 34 }]]);
    expect(pieces.filter((p) => p.kind === 'mark').map((p) => p.kind === 'mark' && [p.text, p.findings])).toEqual([
      ['Au nom de la Ville', [1]],
      ['c’est officiel', [1]],
    ]);
  });

  test('ignore un passage qui sort du texte', () => {
    expect(previewPieces('abc', [{ start: 2, end: 9 }, { start: 3, end: 3 }])).toEqual([{ kind: 'text', text: 'abc' }]);
  });

  test('un texte court est rendu en entier, sans rien perdre ni ajouter', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.array(fc.record({ start: fc.nat(320), end: fc.nat(320) }), { maxLength: 8 }), (text, spans) => {
        expect(rendered(previewPieces(text, spans))).toBe(text);
      }),
    );
  });

  test('un texte de 100 000 caractères n’est rendu qu’autour des passages en cause', () => {
    const text = `${'x'.repeat(50_000)}Calvaire${'y'.repeat(49_992)}`;
    const pieces = previewPieces(text, [{ start: 50_000, end: 50_008 }]);
    expect(rendered(pieces).length).toBeLessThan(400);
    expect(pieces.filter((p) => p.kind === 'gap')).toHaveLength(2);
    expect(pieces.find((p) => p.kind === 'mark')).toMatchObject({ text: 'Calvaire' });
  });

  test('un texte long sans passage en cause est rendu en extrait, et au plus 60 passages sont marqués', () => {
    expect(rendered(previewPieces('z'.repeat(100_000), [])).length).toBeLessThan(1000);
    const spans = Array.from({ length: 5000 }, (_, i) => ({ start: i * 20, end: i * 20 + 8 }));
    const marks = previewPieces('Calvaire'.padEnd(20, ' ').repeat(5000), spans).filter((p) => p.kind === 'mark');
    expect(marks.length).toBe(60);
  });
});

describe('quotedWords', () => {
  test('cite les mots en cause, abrégés s’ils sont très longs', () => {
    expect(quotedWords('Ah calvaire!', { start: 3, end: 11 })).toBe('calvaire');
    expect(quotedWords('a'.repeat(200), { start: 0, end: 200 })).toHaveLength(80);
    expect(quotedWords('abc', undefined)).toBeUndefined();
  });
});

describe('le résumé annoncé aux lecteurs d’écran', () => {
  const reply = (text: string) => evaluate({ kind: 'reply', incoming: 'complaint', author: 'communications', account: 'city', text });
  test('compte les problèmes et nomme leurs sections', () => {
    const summary = sim.summary(reply('Calvaire, on envoie une équipe demain.'));
    expect(summary).toMatch(/^Non permis\. .* 2 problèmes : /);
    expect(summary).toContain('section 3.2');
    expect(summary).toContain('section 3.1.5');
  });
  test('dit « Permis » quand la réponse est conforme, « À corriger » quand il manque l’invitation au 311', () => {
    expect(sim.summary(reply('Pour votre plainte, passez par le site Web, l’application Trois-Rivières 311 ou le 311.'))).toMatch(/^Permis\. Rien à corriger/);
    const missing = sim.summary(reply('Merci pour votre message, bonne journée!'));
    expect(missing).toMatch(/^À corriger\. .*1 problème : section 3\.1\.5\./);
    expect(missing).not.toMatch(/Permis/);
  });
  test('compte une seule fois une règle qui relève plusieurs passages', () => {
    const summary = sim.summary(evaluate({ kind: 'publish', author: 'elected', account: 'personal', content: 'share-official', text: 'C’est officiel : la Ville annonce que la collecte est reportée.' }));
    expect(summary).toMatch(/1 problème : section 4\.1\./);
  });
});
