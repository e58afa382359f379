/**
 * Reads content/scenarios/*.yaml as the build does (same zod schema, same section checker), for unit
 * tests that run without building the site.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { sectionNumberFromFileName } from '../../src/policy/anchors';
import type { ModuleFile } from '../../src/quiz/agreement';
import { makeQuizModuleSchema } from '../../src/quiz/schema';
import { CONTENT_DIR } from './content-files';

const existing = new Set(readdirSync(join(CONTENT_DIR, 'policy/sections')).map(sectionNumberFromFileName));

/** The same check as src/content.config.ts's `sectionRef`: a section number that exists. */
export const testSectionRef = z.string().refine((n) => existing.has(n), { error: (i) => `la section « ${String(i.input)} » n’existe pas` });

export const moduleSchema = makeQuizModuleSchema(testSectionRef);

export const SCENARIO_DIR = join(CONTENT_DIR, 'scenarios');

/** Every module file, parsed and validated; throws naming the file and the fields on error. */
export function readModuleFiles(): ModuleFile[] {
  return readdirSync(SCENARIO_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const file = `content/scenarios/${f}`;
      let raw: unknown;
      try {
        raw = parse(readFileSync(join(SCENARIO_DIR, f), 'utf8'));
      } catch (e) {
        throw new Error(`${file} : YAML illisible (${(e as Error).message})`);
      }
      const result = moduleSchema.safeParse(raw);
      if (!result.success) {
        throw new Error(`${file} :\n${result.error.issues.map((i) => `- ${i.path.join('.')} : ${i.message}`).join('\n')}`);
      }
      return { file, id: f.replace(/\.yaml$/, ''), data: result.data };
    });
}
