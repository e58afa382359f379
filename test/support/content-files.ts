/**
 * Reads content files the way the site does, for unit tests: front matter (YAML) and body.
 * Tests read `content/` directly so they run without building the site.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const CONTENT_DIR = fileURLToPath(new URL('../../content/', import.meta.url));

export interface ContentFile<T = Record<string, unknown>> {
  file: string;
  data: T;
  body: string;
}

/** Splits a Markdown/MDX file into its YAML front matter and its body. */
export function readContentFile<T = Record<string, unknown>>(path: string): ContentFile<T> {
  const raw = readFileSync(path, 'utf8');
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(raw);
  if (!m) throw new Error(`${path} : front matter (--- … ---) attendu en tête du fichier`);
  return { file: path, data: parse(m[1]!) as T, body: m[2]! };
}

/** Every `.md`/`.mdx` file of a content folder, sorted by name. */
export function readContentDir<T = Record<string, unknown>>(folder: string): ContentFile<T>[] {
  const dir = join(CONTENT_DIR, folder);
  return readdirSync(dir)
    .filter((f) => /\.mdx?$/.test(f))
    .sort()
    .map((f) => readContentFile<T>(join(dir, f)));
}
