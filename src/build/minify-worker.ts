/**
 * Makes the simulator's Web Worker (the rule engine and its lexicons) smaller, toward the
 * simulator's 60 Ko budget (issue 14), at build time only: the sources stay as maintainers read them.
 * A worker plugin (renderChunk: before the file name's hash, and before the bundler's own minifier,
 * which still runs after it):
 * 1. Terser first: three compress passes, function declarations hoisted (−0.6 Ko gzip: the
 *    gzip stream then sees the functions together, then the data), only simple functions inlined
 *    (`inline: 1`; with the third pass −0,1 Ko on engine-evaluate.worker), top-level mangling.
 * 2. Every array written only of string literals (the lexicons' word lists) becomes one string
 *    split at load, `"a|b|c".split("|")`, with a separator none of its strings holds: the same
 *    fresh array of the same strings, without the quotes and commas between them.
 * Measured on the worker (gzip): 54.8 Ko with the bundler’s minifier alone, 52.7 Ko with both
 * steps (1 Ko = 1024 o), of which Terser 1.3 Ko and the split strings 0.8 Ko.
 * 3. Terser also shortens the grammar's most read property names (INTERNAL_PROPERTIES), which no
 *    object crossing the worker's boundary carries: −1,4 Ko on engine.worker, −1,3 Ko on
 *    engine-evaluate.worker (gzip, measured at the 8th session).
 * 4. Last, the strings the worker reads while it loads go first, in one template (stringsFirst).
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
  // A token's forms, a slot's, a clause's and a rule's own fields (read by the engine only; none is a key of a
  // situation, a finding, a reading or a message): −0,3 Ko more on each worker (gzip, measured in the size14 round).
  'form', 'norm', 'head', 'lemma', 'forms', 'optional', 'pivot', 'copula', 'verb', 'pronoun', 'det', 'cond', 'letters', 'items',
  'token', 'tokens', 'check', 'contents', 'grants', 'problems', 'lastSay', 'exceptionTo', 'yieldsTo', 'keyed', 'deny', 'seen',
  'aside', 'noun', 'clauses', 'stems', 'hits', 'caps', 'postings', 'notionNext', 'nextAfter', 'wordKeys',
  // A stream's emoji and marks, a pattern's lengths and mask, a word's language and shouting reads, a span's
  // confidence (read by its rule only): −48 o more on engine.worker (gzip, measured in the size34 round).
  'moods', 'winkAt', 'askedAt', 'lemmaLengths', 'formLengths', 'mask', 'drop', 'acronym', 'shouted', 'nonLatin', 'capitalised',
  'neutral', 'franglais', 'afterEnglish', 'foreignLetter', 'clauseOf', 'confident', 'notion',
];

/** Template text reading back as `value` (cooked), whatever it holds. */
const templateText = (value: string): string =>
  JSON.stringify(value).slice(1, -1).replaceAll('`', '\\`').replaceAll('${', '\\${');

/** The string a literal or a template without substitutions holds. */
function stringOf(node: Node | undefined): string | undefined {
  if (node?.type === 'Literal' && typeof node['value'] === 'string') return node['value'];
  if (node?.type !== 'TemplateLiteral' || (node['expressions'] as unknown[]).length > 0) return undefined;
  const cooked = (node['quasis'] as Array<{ value: { cooked: string | null } }>)[0]?.value.cooked;
  return typeof cooked === 'string' ? cooked : undefined;
}

/**
 * What a tag makes of its list: the array, a Set of it, its `includes` method, or a call of a
 * function of the worker's top level with it (`compile("a|b".split("|"))`, with the same constant
 * arguments after it).
 */
interface Tagged {
  start: number;
  end: number;
  value: string;
  sep: string;
  /** The tag's body, which also names it: one tag per body. */
  body: string;
}

const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);
const CONSTANT = /^(?:!0|!1|-?\d+|null|void 0|"[^"\\]*"|`[^`\\$]*`)$/;

/**
 * Where each name is bound, as the code span of the function around the binding (the span of a
 * binding's real scope or wider): a name read outside every span but its top-level one reads the
 * top-level binding.
 */
function bindings(ast: Node): Map<string, Array<[number, number]>> {
  const out = new Map<string, Array<[number, number]>>();
  const stack: Node[] = [];
  const bind = (p: Node | null | undefined, scope: Node | undefined): void => {
    if (!p || !scope) return;
    if (p.type === 'Identifier') {
      const list = out.get(p['name'] as string) ?? [];
      list.push([scope.start, scope.end]);
      out.set(p['name'] as string, list);
    } else if (p.type === 'ObjectPattern') for (const q of p['properties'] as Node[]) bind(q.type === 'RestElement' ? (q['argument'] as Node) : (q['value'] as Node), scope);
    else if (p.type === 'ArrayPattern') for (const q of p['elements'] as Node[]) bind(q, scope);
    else if (p.type === 'RestElement') bind(p['argument'] as Node, scope);
    else if (p.type === 'AssignmentPattern') bind(p['left'] as Node, scope);
  };
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    if (!isNode(node)) return;
    const around = stack.at(-1);
    if (node.type === 'VariableDeclarator') bind(node['id'] as Node, around);
    if (node.type === 'FunctionDeclaration' || node.type === 'ClassDeclaration') bind(node['id'] as Node, around);
    if (node.type === 'ClassExpression') bind(node['id'] as Node, node);
    if (node.type === 'CatchClause') bind(node['param'] as Node, around);
    const fn = FUNCTION_TYPES.has(node.type);
    if (fn) {
      if (node.type === 'FunctionExpression') bind(node['id'] as Node, node);
      for (const p of node['params'] as Node[]) bind(p, node);
      stack.push(node);
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'type' && typeof value === 'object') visit(value);
    if (fn) stack.pop();
  };
  visit(ast);
  return out;
}

/**
 * `"a|b|c".split("|")` → `$0\`a|b|c\``, a template tagged by a function defined once at the top of
 * the worker's function (`function $0(s){return s[0].split("|")}`): the same fresh array of the same
 * strings (the tag reads the cooked text), without `.split("|")` after each of the thousand lists.
 * Likewise `new Set("a|b".split("|"))` → `$1\`a|b\`` (a fresh Set of them),
 * `"a|b".split("|").includes(w)` → `$2\`a|b\`(w)` (one argument, read after the list is made, as
 * before), and `f("a|b".split("|"),!1)` → `$3\`a|b\`` when `f` is a function of the worker's top
 * level that no inner binding hides at that place (the tag, declared at the top, reads the same `f`
 * when it is called where the call was). Only in code wrapped in one function (the worker's IIFE);
 * the tags' names are used nowhere else in it, and `Set` is the global one (never declared in it).
 */
export function tagSplitStrings(code: string): string {
  const ast = parseAst(code) as unknown as Node;
  const fn = workerFunction(ast);
  const body = fn?.['body'] as Node | undefined;
  if (!fn || body?.type !== 'BlockStatement') return code;
  const bound = bindings(ast);
  // Names declared by the statements of the worker's function themselves (not inside a block).
  const direct = new Set<string>();
  for (const st of body['body'] as Node[]) {
    if (st.type === 'FunctionDeclaration' || st.type === 'ClassDeclaration') direct.add((st['id'] as Node)['name'] as string);
    if (st.type === 'VariableDeclaration') for (const d of st['declarations'] as Node[]) if ((d['id'] as Node).type === 'Identifier') direct.add((d['id'] as Node)['name'] as string);
  }
  // A name declared once there and nowhere else at that level, read where no inner binding of it reaches.
  const topLevel = (name: string, at: number): boolean => {
    const spans = bound.get(name) ?? [];
    const top = spans.filter(([a, b]) => a === fn.start && b === fn.end).length;
    return direct.has(name) && top === 1 && spans.every(([a, b]) => (a === fn.start && b === fn.end) || at < a || at >= b);
  };
  const setFree = !bound.has('Set');
  const used = new Set<string>();
  const edits: Tagged[] = [];
  const splitOf = (node: Node | undefined): { value: string; sep: string } | undefined => {
    if (node?.type !== 'CallExpression' || node['optional']) return undefined;
    const callee = node['callee'] as Node;
    const args = node['arguments'] as Node[];
    const value = stringOf(callee['object'] as Node | undefined);
    const sep = args.length === 1 ? stringOf(args[0]) : undefined;
    const named = callee.type === 'MemberExpression' && !callee['computed'] && !callee['optional'] && (callee['property'] as Node)['name'] === 'split';
    return named && value !== undefined && sep !== undefined ? { value, sep } : undefined;
  };
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    if (!isNode(node)) return;
    if (node.type === 'Identifier') used.add(node['name'] as string);
    const args = node['arguments'] as Node[] | undefined;
    const callee = node['callee'] as Node | undefined;
    const first = args?.[0] ? splitOf(args[0]) : undefined;
    const split = first ? JSON.stringify(first.sep) : '';
    if (first && node.type === 'NewExpression' && callee?.type === 'Identifier' && callee['name'] === 'Set' && args!.length === 1 && setFree) {
      edits.push({ start: node.start, end: node.end, ...first, body: `return new Set(s[0].split(${split}))` });
      return;
    }
    const rest = args?.slice(1).map((a) => code.slice(a.start, a.end)) ?? [];
    if (first && node.type === 'CallExpression' && !node['optional'] && callee?.type === 'Identifier' && rest.every((a) => CONSTANT.test(a)) && topLevel(callee['name'] as string, node.start)) {
      edits.push({ start: node.start, end: node.end, ...first, body: `return ${callee['name'] as string}(s[0].split(${split})${rest.map((a) => `,${a}`).join('')})` });
      return;
    }
    const member = node.type === 'CallExpression' && !node['optional'] && callee?.type === 'MemberExpression' && !callee['computed'] && !callee['optional'] && (callee['property'] as Node)['name'] === 'includes' && args?.length === 1 && args[0]!.type !== 'SpreadElement' ? splitOf(callee['object'] as Node) : undefined;
    if (member && callee) {
      edits.push({ start: node.start, end: callee.end, ...member, body: `return w=>s[0].split(${JSON.stringify(member.sep)}).includes(w)` });
      visit(args);
      return;
    }
    const alone = splitOf(node);
    if (alone) {
      edits.push({ start: node.start, end: node.end, ...alone, body: `return s[0].split(${JSON.stringify(alone.sep)})` });
      return;
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'type' && typeof value === 'object') visit(value);
  };
  visit(body);
  const inside = edits.filter((x) => x.start > body.start && x.end < body.end);
  // One tag per body used at least twice (a single list stays as it is).
  const counts = new Map<string, number>();
  for (const x of inside) counts.set(x.body, (counts.get(x.body) ?? 0) + 1);
  const tags = new Map<string, string>();
  let n = 0;
  const fresh = (): string => {
    for (;;) {
      const name = `$${(n++).toString(36)}`;
      if (!used.has(name)) return name;
    }
  };
  for (const [key, count] of [...counts].sort((a, b) => b[1] - a[1])) if (count >= 2) tags.set(key, fresh());
  if (tags.size === 0) return code;
  let out = code.slice(0, body.start + 1);
  for (const [tagBody, name] of tags) out += `function ${name}(s){${tagBody}}`;
  let at = body.start + 1;
  for (const x of inside.sort((a, b) => a.start - b.start)) {
    const tag = tags.get(x.body);
    if (tag === undefined) continue;
    // A space after a keyword (`return"…"` → `return $0`…`).
    out += code.slice(at, x.start) + (/[\w$]/.test(code[x.start - 1] ?? '') ? ' ' : '') + `${tag}\`${templateText(x.value)}\``;
    at = x.end;
  }
  return out + code.slice(at);
}

/** The worker's function, `(function(){…})()` or `!function(){…}()`, if the code is only that. */
function workerFunction(ast: Node): Node | undefined {
  const program = ast['body'] as Node[];
  let call = program.length === 1 && program[0]!.type === 'ExpressionStatement' ? (program[0]!['expression'] as Node) : undefined;
  if (call?.type === 'UnaryExpression') call = call['argument'] as Node;
  const fn = call?.type === 'CallExpression' ? (call['callee'] as Node) : undefined;
  return fn && (fn.type === 'FunctionExpression' || fn.type === 'ArrowFunctionExpression') ? fn : undefined;
}

/** The body of the worker's function, as a block. */
function workerBody(ast: Node): Node | undefined {
  const body = workerFunction(ast)?.['body'] as Node | undefined;
  return body?.type === 'BlockStatement' ? body : undefined;
}

/**
 * The worker function's own function declarations moved after its other statements (the word lists,
 * the classes, the start): a declaration is created when the function is entered wherever it
 * stands, so nothing runs differently. The bundler's minifier leaves them first (after Terser's
 * hoisting); gzip codes the worker smaller with the data first (measured on engine.worker: −0,4 Ko),
 * and smaller still with the functions in reverse order (−0,3 Ko more).
 */
export function functionsLast(code: string): string {
  const body = workerBody(parseAst(code) as unknown as Node);
  if (!body) return code;
  const statements = body['body'] as Node[];
  // Directives (« use strict ») stay first.
  const directives = statements.filter((s, i) => s['directive'] !== undefined && statements.slice(0, i).every((t) => t['directive'] !== undefined));
  const functions = statements.filter((s) => s.type === 'FunctionDeclaration');
  const others = statements.filter((s) => s.type !== 'FunctionDeclaration' && !directives.includes(s));
  // Each statement keeps its own text; one without its closing « ; » (the last before « } », or one
  // ending in a block or a class body) gets one: at worst an empty statement.
  const text = (s: Node): string => {
    const t = code.slice(s.start, s.end);
    return s.type === 'FunctionDeclaration' || t.endsWith(';') ? t : `${t};`;
  };
  // In reverse order: measured smaller than in order (engine.worker −0,3 Ko, engine-evaluate.worker −0,2 Ko).
  const inner = [...directives, ...others, ...functions.reverse()].map(text).join('');
  return code.slice(0, body.start + 1) + inner + code.slice(body.end - 1);
}

/**
 * Where descending from a top-level statement of the worker's function reaches only expressions it
 * evaluates once, when the worker loads, each in the order its text is written: no function body,
 * no branch (`a ? b : c`, `a && b`, optional chaining), no class, no loop.
 */
const IN_ORDER: Record<string, readonly string[]> = {
  VariableDeclaration: ['declarations'],
  VariableDeclarator: ['init'],
  ExpressionStatement: ['expression'],
  CallExpression: ['callee', 'arguments'],
  NewExpression: ['callee', 'arguments'],
  ArrayExpression: ['elements'],
  ObjectExpression: ['properties'],
  SpreadElement: ['argument'],
  MemberExpression: ['object', 'property'],
  SequenceExpression: ['expressions'],
  BinaryExpression: ['left', 'right'],
  UnaryExpression: ['argument'],
  ParenthesizedExpression: ['expression'],
  TemplateLiteral: ['expressions'],
};

/** The shortest pattern of a regular expression moved with the strings (shorter ones measured smaller where they are). */
const LONG_PATTERN = 40;

/** Separators for the load-time strings, control characters that no word list holds (one byte each). */
const JOINERS = ['\x1f', '\x1e', '\x1d', '\x1c'];

/**
 * Every string the worker reads once, while it loads (the word lists behind the tags of tagSplitStrings,
 * the patterns, labels and messages of the top-level declarations, the long regular expressions), moved
 * into one template at the top of the worker's function and handed out by a reader in the order the load
 * reads them: `$0\`a|b\`` → `$0()`, `"un message"` → `$$()`, `\`de ${x} à\`` → `\`${$$()}${x}${$$()}\``,
 * `/(?:a|b)c/u` → `RegExp($$(),"u")`, after `let _$=\`a|b␟un message␟de ␟ à␟(?:a|b)c…\`.split("␟"),$_=0,
 * $$=()=>_$[$_++];` (␟: a control character no string holds). Each place gets the same string at the
 * same moment as before (a tag called without a template reads the next one at once). gzip then codes
 * the words with the words and the code with the code: each block of its stream has its own letter
 * statistics, no longer a mix of both. Measured (gzip, size14 round): engine.worker −2,1 Ko and
 * engine-evaluate.worker −1,7 Ko for the strings, −0,2 Ko and −0,05 Ko more for the regular expressions.
 * Only places that IN_ORDER reaches from a top-level statement: a function's strings are read when it
 * runs and stay where they are, as do a branch's and those of a template with any other tag.
 * `npm run bench:equivalence -- dist` checks the built workers.
 */
export function stringsFirst(code: string): string {
  const ast = parseAst(code) as unknown as Node;
  const body = workerBody(ast);
  if (!body) return code;
  const statements = body['body'] as Node[];
  // The tags written by tagSplitStrings, `function $0(s){return …s[0]…}`, which read their template once.
  const tags = new Map<string, Node>();
  for (const st of statements) {
    if (st.type !== 'FunctionDeclaration') continue;
    const name = (st['id'] as Node)['name'] as string;
    const params = st['params'] as Node[];
    const text = code.slice((st['body'] as Node).start, (st['body'] as Node).end);
    if (name.startsWith('$') && params.length === 1 && params[0]!['name'] === 's' && text.match(/\bs\b/g)?.length === 1 && text.includes('s[0]')) tags.set(name, st);
  }
  const used = new Set<string>();
  const names = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(names);
    if (!isNode(node)) return;
    if (node.type === 'Identifier') used.add(node['name'] as string);
    for (const [key, value] of Object.entries(node)) if (key !== 'type' && typeof value === 'object') names(value);
  };
  names(body);
  // Short names first: the reader is called at every place.
  const fresh = (): string => {
    for (let n = 0; ; n += 1) {
      const name = ['_', '$', '$$', '$_', '_$'][n] ?? `$_${n}`;
      if (!used.has(name)) return (used.add(name), name);
    }
  };
  const [read, data, index] = [fresh(), fresh(), fresh()];
  const edits: Array<{ start: number; end: number; text: string }> = [];
  /** The strings moved, in the order the load reads them (the order of visit). */
  const strings: string[] = [];
  const move = (node: Node, text: string, value: string): void => {
    edits.push({ start: node.start, end: node.end, text });
    strings.push(value);
  };
  const hoisted = new Set<string>();
  // The global RegExp, never declared in the worker.
  const regExpFree = !bindings(ast).has('RegExp');
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isNode(node)) return;
    if (node.type === 'TaggedTemplateExpression') {
      const tag = node['tag'] as Node;
      const value = stringOf(node['quasi'] as Node);
      if (tag.type === 'Identifier' && tags.has(tag['name'] as string) && value !== undefined) {
        move(node, `${tag['name'] as string}()`, value);
        hoisted.add(tag['name'] as string);
        return;
      }
      // Any other tag reads the template's parts as written: only its substitutions are visited.
      visit(tag);
      return visit((node['quasi'] as Node)['expressions']);
    }
    if (node.type === 'Literal' && typeof node['value'] === 'string') return move(node, `${read}()`, node['value']);
    // A long regular expression as the same pattern and flags (`RegExp(p, f)` reads `p` as the literal did, and its
    // `source` is the literal's): its word lists are data too.
    const regex = node.type === 'Literal' ? (node['regex'] as { pattern: string; flags: string } | undefined) : undefined;
    if (regex && regex.pattern.length >= LONG_PATTERN && regExpFree) return move(node, `RegExp(${read}()${regex.flags ? `,${JSON.stringify(regex.flags)}` : ''})`, regex.pattern);
    if (node.type === 'TemplateLiteral') {
      // Each text of a template before, between and after its substitutions, in the order the template reads them.
      const quasis = node['quasis'] as Node[];
      const expressions = node['expressions'] as Node[];
      if (expressions.length === 0) return move(node, `${read}()`, stringOf(node)!);
      return quasis.forEach((q, i) => {
        const cooked = (q['value'] as { cooked: string | null }).cooked;
        if (cooked) move(q, `\${${read}()}`, cooked);
        if (i < expressions.length) visit(expressions[i]);
      });
    }
    // A key is no string read; a method or an accessor is a function; a computed key is left as it is.
    if (node.type === 'Property') return void (node['kind'] === 'init' && !node['method'] && !node['computed'] && visit(node['value']));
    if ((node.type === 'CallExpression' || node.type === 'MemberExpression') && node['optional']) return;
    if (node.type === 'MemberExpression' && !node['computed']) return visit(node['object']);
    for (const key of IN_ORDER[node.type] ?? []) visit(node[key]);
  };
  for (const st of statements) if (st.type !== 'FunctionDeclaration' && st['directive'] === undefined) visit(st);
  const joiner = JOINERS.find((j) => strings.every((s) => !s.includes(j)));
  if (strings.length === 0 || joiner === undefined) return code;
  // The tags read their string when called: from their template, or without one the next load-time string.
  for (const name of hoisted) {
    const inner = tags.get(name)!['body'] as Node;
    edits.push({ start: inner.start, end: inner.end, text: `{s=s?s[0]:${read}();${code.slice(inner.start + 1, inner.end - 1).replace('s[0]', 's')}}` });
  }
  const directives = statements.filter((s, i) => s['directive'] !== undefined && statements.slice(0, i).every((t) => t['directive'] !== undefined));
  const at = directives.at(-1)?.end ?? body.start + 1;
  let out = `${code.slice(0, at)}let ${data}=\`${strings.map(templateText).join(joiner)}\`.split("${joiner}"),${index}=0,${read}=()=>${data}[${index}++];`;
  let from = at;
  for (const e of edits.sort((a, b) => a.start - b.start)) {
    out += code.slice(from, e.start) + e.text;
    from = e.end;
  }
  return out + code.slice(from);
}

/**
 * Terser's assumptions that hold in the worker: no getter with a side effect (`pure_getters`: an unused
 * `o.x` may go), no function expression used with `new` or `this` made an arrow (`unsafe_arrows`, with
 * `ecma: 2020` for the arrows). −78 o on engine.worker, −99 o on engine-evaluate.worker (gzip, size34
 * round). Measured one by one and left out: `unsafe_comps`, `passes: 4`, `inline: 2` (larger), `keep_fargs: false`,
 * `unsafe_regexp`, `unsafe_math` (no smaller), `unsafe` (−39 o, but for assumptions not checked here).
 */
const UNSAFE_BUT_TRUE_HERE = { pure_getters: true, unsafe_arrows: true, ecma: 2020 } as const;

export function minifyWorkerWithTerser() {
  return {
    name: 'minify-worker-with-terser',
    async renderChunk(code: string, chunk: { fileName: string }) {
      const result = await minify(code, { compress: { passes: 3, hoist_funs: true, inline: 1, ...UNSAFE_BUT_TRUE_HERE }, mangle: { toplevel: true, properties: { builtins: true, regex: new RegExp(`^(?:${INTERNAL_PROPERTIES.join('|')})$`) } }, toplevel: true, module: false });
      if (result.code === undefined) throw new Error(`Terser returned nothing for ${chunk.fileName}`);
      return { code: packStringArrays(result.code), map: null };
    },
    // After the bundler's minifier, which would undo part of it (measured: +0,4 Ko when done in renderChunk).
    // That is after the file name's hash: the hash also covers these steps' own code, so the name
    // still changes whenever the content does.
    augmentChunkHash() {
      return [tagSplitStrings, bindings, stringsFirst, functionsLast, workerFunction, workerBody, stringOf, templateText].map(String).join('') + JSON.stringify([IN_ORDER, JOINERS, LONG_PATTERN]);
    },
    generateBundle(_options: unknown, bundle: Record<string, { type: string; code?: string }>) {
      for (const file of Object.values(bundle)) if (file.type === 'chunk' && file.code !== undefined) file.code = functionsLast(stringsFirst(tagSplitStrings(file.code)));
    },
    // The minifier's `/* @__PURE__ */` marks serve no later step: −0,2 Ko (legal comments are kept).
    outputOptions(options: Record<string, unknown>) {
      return { ...options, comments: { legal: true, annotation: false, jsdoc: false } };
    },
  };
}
