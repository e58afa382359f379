/**
 * Makes the simulator's Web Worker (the rule engine and its lexicons) smaller, toward the
 * simulator's 60 Ko budget (issue 14), at build time only: the sources stay as maintainers read them.
 * A worker plugin (renderChunk: before the file name's hash, and before the bundler's own minifier,
 * which still runs after it):
 * 1. Terser first: two compress passes, function declarations hoisted (−0.6 Ko gzip: the
 *    gzip stream then sees the functions together, then the data), top-level mangling.
 * 2. Every array written only of string literals (the lexicons' word lists) becomes one string
 *    split at load, `"a|b|c".split("|")`, with a separator none of its strings holds: the same
 *    fresh array of the same strings, without the quotes and commas between them.
 * Measured on the worker (gzip): 54.8 Ko with the bundler’s minifier alone, 52.7 Ko with both
 * steps (1 Ko = 1024 o), of which Terser 1.3 Ko and the split strings 0.8 Ko.
 * 3. Terser also shortens the grammar's most read property names (INTERNAL_PROPERTIES), which no
 *    object crossing the worker's boundary carries: −1,4 Ko on engine.worker, −1,3 Ko on
 *    engine-evaluate.worker (gzip, measured at the 8th session).
 * On the pages' small chunks Terser gains nothing (measured), so it runs on the worker only.
 * `npx node test/bench/equivalence.ts dist` checks that the built worker gives exactly the source
 * engine's outputs over every rule example, unit-test string and content line (and real data, locally).
 */
import { parseAst } from 'rolldown/parseAst';
import { minify } from 'terser';

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** Separators, best for gzip first (the same one most of the time). */
const SEPARATORS = ['|', ',', ';', ' ', '/', '#', '\n'];

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && typeof (v as Node).type === 'string';

/** `[ "a", "b", … ]` → `"a|b|…".split("|")`, for arrays of at least two string literals only. */
export function packStringArrays(code: string): string {
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    if (!isNode(node)) return;
    if (node.type === 'ArrayExpression') {
      const elements = node['elements'] as Array<Node | null>;
      const strings = elements.every((e) => e !== null && e.type === 'Literal' && typeof e['value'] === 'string')
        ? elements.map((e) => e!['value'] as string)
        : undefined;
      if (strings && strings.length >= 2) {
        const sep = SEPARATORS.find((s) => strings.every((w) => !w.includes(s)));
        if (sep !== undefined) {
          edits.push({ start: node.start, end: node.end, text: `${JSON.stringify(strings.join(sep))}.split(${JSON.stringify(sep)})` });
          return;
        }
      }
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'type' && typeof value === 'object') visit(value);
  };
  visit(parseAst(code));
  let out = '';
  let at = 0;
  for (const edit of edits.sort((a, b) => a.start - b.start)) {
    out += code.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + code.slice(at);
}

/**
 * Property names read hundreds of times by the grammar (`s.words[i]`, `s.sentence[i]`: about 2 400
 * reads), renamed by Terser to one letter in the worker, everywhere at once. Only names of the
 * engine's internal structures (grammar/stream.ts, groups.ts, tokens.ts…): never a key of a
 * situation, a finding, a reading or a worker message (`rule`, `span`, `start`, `kind`…), which the
 * pages read by name. Terser renames them in `o.words`, `{ words }`, `o['words']` and
 * `'words' in o` alike and never to a name the code uses elsewhere; only a key read through a
 * variable (`o[key]`) would break, and the engine reads none of these so (`npm run
 * bench:equivalence -- dist` runs the built workers over the whole corpus). `builtins: true`
 * because Terser's list of browser property names holds `identity` and `marks`, which the worker
 * never reads on a browser object.
 */
export const INTERNAL_PROPERTIES = [
  'words', 'sentence', 'clause', 'brk', 'hyphen', 'quoted', 'marks', 'markAt', 'mentions', 'identity', 'generic', 'startingAt',
  'endingAt', 'headAt', 'lastBefore', 'nStart', 'nEnd', 'lemmas', 'quantified', 'denials', 'spoken', 'properSense',
];

export function minifyWorkerWithTerser() {
  return {
    name: 'minify-worker-with-terser',
    async renderChunk(code: string, chunk: { fileName: string }) {
      const result = await minify(code, { compress: { passes: 2, hoist_funs: true }, mangle: { toplevel: true, properties: { builtins: true, regex: new RegExp(`^(?:${INTERNAL_PROPERTIES.join('|')})$`) } }, toplevel: true, module: false });
      if (result.code === undefined) throw new Error(`Terser returned nothing for ${chunk.fileName}`);
      return { code: packStringArrays(result.code), map: null };
    },
  };
}
