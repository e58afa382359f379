/** The manifest writer's output is valid against the ADL SCORM 1.2 schemas, whatever the title. */
import { describe, expect, it } from 'vitest';
import { scormManifest, xmlId } from '../../../src/lms/manifest';
import { validateScorm12Manifest } from '../../support/scorm-schemas';

const base = {
  identifier: 'v3r-ce-2019-0040-employés',
  title: 'Parcours « employés » : médias sociaux & politique <CE-2019-0040>',
  masteryScore: 80,
  launch: 'index.html',
  files: ['index.html', '_astro/quiz.js', '_astro/quiz.css', 'index.html'],
};

describe('scormManifest', () => {
  it('est valide selon les schémas ADL SCORM 1.2', async () => {
    const { valid, errors } = await validateScorm12Manifest(scormManifest(base));
    expect(errors).toEqual([]);
    expect(valid).toBe(true);
  });

  it('déclare un SCO lancé par index.html, avec chaque fichier une seule fois et le seuil de réussite', () => {
    const xml = scormManifest(base);
    expect(xml).toContain('adlcp:scormtype="sco" href="index.html"');
    expect(xml.match(/<file href="index.html"\/>/g)).toHaveLength(1);
    expect(xml).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');
    expect(xml).toContain('&lt;CE-2019-0040&gt;');
  });

  it('refuse un manifeste cassé (le validateur n’est pas complaisant)', async () => {
    const broken = scormManifest(base).replace('<organizations', '<organisations').replace('</organizations>', '</organisations>');
    expect((await validateScorm12Manifest(broken)).valid).toBe(false);
  });

  it('fait des identifiants XML valides', () => {
    expect(xmlId('employés 2024')).toBe('employes-2024');
    expect(xmlId('3-parcours')).toBe('id-3-parcours');
  });
});
