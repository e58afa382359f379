/**
 * What the output-hash benchmarks read from the project (test/bench/outputs-hash.ts for speed work,
 * test/bench/equivalence.ts for the built workers): the files under a folder, in a stable order,
 * and the string literals of a TypeScript file (the tables of cases of the unit tests).
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** Files under `dir` whose name matches `ext`, sorted, folders first walked in name order. */
export function filesUnder(dir: string, ext: RegExp): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, ext));
    else if (ext.test(name)) out.push(path);
  }
  return out;
}

/** Every string literal (and template without substitutions) of a TypeScript file. */
export function literals(file: string): string[] {
  const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) out.push(node.text);
    node.forEachChild(visit);
  };
  visit(src);
  return out;
}
