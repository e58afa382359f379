/**
 * Fidelity of the published text: the MDX sections in content/policy/sections/ must reproduce the
 * reference copy of the official text word for word, in order, with the numbers and titles of its
 * table of contents.
 */
import { describe, expect, it } from 'vitest';
import { compareSectionNumbers, sectionAnchor, sectionNumberFromFileName } from '../../../src/policy/anchors';
import { readContentDir } from '../../support/content-files';
import { normalizeWords, officialSections, officialToc } from '../../support/official-text';

interface SectionData { number: string; title: string; parent?: string; summary: string }

const files = readContentDir<SectionData>('policy/sections');
const published = [...files].sort((a, b) => compareSectionNumbers(a.data.number, b.data.number));

/** The published Markdown back to the official text's notation (autolinks `<url>`). */
const toOfficialNotation = (markdown: string): string =>
  markdown.replace(/\[(https?:\/\/[^\]]+)\]\(\1\)/g, '<$1>');

describe('le texte officiel publié', () => {
  it('contient chaque section de la table des matières, dans l’ordre, avec son numéro et son titre', () => {
    expect(published.map((f) => [f.data.number, f.data.title])).toEqual(
      officialToc().map((t) => [t.number, t.title]),
    );
  });

  it('nomme chaque fichier d’après le numéro de sa section', () => {
    for (const f of files) {
      expect(sectionNumberFromFileName(f.file.split('/').pop()!), f.file).toBe(f.data.number);
    }
  });

  it.each(officialSections().map((s) => [s.number, s] as const))(
    'reproduit mot pour mot la section %s',
    (number, official) => {
      const file = published.find((f) => f.data.number === number);
      expect(file, `section ${number} absente de content/policy/sections/`).toBeDefined();
      expect(normalizeWords(toOfficialNotation(file!.body))).toBe(normalizeWords(official.text));
    },
  );

  it('donne à chaque section une ancre unique et stable', () => {
    const anchors = published.map((f) => sectionAnchor(f.data.number));
    expect(new Set(anchors).size).toBe(anchors.length);
    expect(sectionAnchor('3.1.5')).toBe('section-3-1-5');
  });

  it('a un résumé « En bref » pour chaque section, distinct du texte officiel', () => {
    for (const f of published) {
      expect(f.data.summary.length, f.file).toBeGreaterThan(20);
      expect(normalizeWords(f.body)).not.toContain(normalizeWords(f.data.summary));
    }
  });
});
