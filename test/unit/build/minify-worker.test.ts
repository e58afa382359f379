/**
 * The worker's word lists are written as split strings at build time (src/build/minify-worker.ts):
 * every packed array must read back as exactly the same strings, in the same order.
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { functionsLast, packStringArrays, stringsFirst, tagSplitStrings } from '../../../src/build/minify-worker.ts';

const run = (code: string): unknown => runInNewContext(`(${code})`);

describe('listes de mots du worker écrites en chaînes découpées', () => {
  test.each([
    ['["a","b","c"]', '|'],
    ['["a|b","c d","e"]', ','],
    ['["x|,;","y /#","z"]', '\n'],
    ['["", "a", ""]', '|'],
    ['["l’été","ça","🙄"]', '|'],
  ])('%s redonne le même tableau (séparateur %j)', (source, sep) => {
    const packed = packStringArrays(source);
    expect(packed).toContain(`.split(${JSON.stringify(sep)})`);
    expect(run(packed)).toEqual(run(source));
  });

  test('un tableau qui n’est pas fait que de chaînes, ou d’une seule, reste tel quel', () => {
    for (const source of ['["a",1]', '["a",b]', '["a"]', '[]', '["a",...b]', '[,"a"]']) expect(packStringArrays(`x=${source}`)).toBe(`x=${source}`);
  });

  test('un tableau dont aucune chaîne ne laisse de séparateur libre reste tel quel', () => {
    const source = 'x=["|,; /#\\n","a"]';
    expect(packStringArrays(source)).toBe(source);
  });

  test('les tableaux imbriqués dans du code sont trouvés, le reste du code ne bouge pas', () => {
    const source = 'let f=()=>({a:["un","deux"],b:[["x","y"],3]});f()';
    const packed = packStringArrays(source);
    expect(packed).toBe('let f=()=>({a:"un|deux".split("|"),b:["x|y".split("|"),3]});f()');
    expect(runInNewContext(packed)).toEqual(runInNewContext(source));
  });
});

describe('listes découpées écrites en gabarits étiquetés', () => {
  const wrap = (body: string): string => `(function(){${body}})()`;
  const value = (code: string): unknown => runInNewContext(code.replace(/^\(function\(\)\{/, '(function(){return (()=>{').replace(/\}\)\(\)$/, '})()})()'));

  test('chaque liste redonne le même tableau, une étiquette par séparateur, le reste du code ne bouge pas', () => {
    const source = wrap('return[`a|b`.split(`|`),"c|d".split("|"),`x,y`.split(`,`),"p,q".split(","),"seul;x".split(";"),f("a|b")];function f(x){return x}');
    const tagged = tagSplitStrings(source);
    // Two tags, each splitting once; the single « ; » list keeps its own.
    expect(tagged.match(/\.split\(/g)).toHaveLength(3);
    expect(tagged).toContain('"seul;x".split(";")');
    expect(value(tagged)).toEqual([['a', 'b'], ['c', 'd'], ['x', 'y'], ['p', 'q'], ['seul', 'x'], 'a|b']);
  });

  test('les caractères qu’un gabarit lirait autrement restent les mêmes', () => {
    const strings = ['l’été|`x`|${y}|a\\b|\n|\u2028|🙄', 'ça|"c"'];
    const source = wrap(`return[${strings.map((s) => `${JSON.stringify(s)}.split("|")`).join(',')}]`);
    const tagged = tagSplitStrings(source);
    expect(tagged.match(/\.split\(/g)).toHaveLength(1);
    expect(value(tagged)).toEqual(strings.map((s) => s.split('|')));
  });

  test('après un mot-clé, l’étiquette reste un mot à part; un nom déjà pris n’est pas réutilisé', () => {
    const source = wrap('var $0=1;return"a|b".split("|").concat("c|d".split("|"),$0)');
    const tagged = tagSplitStrings(source);
    expect(tagged).toContain('return $1`a|b`');
    expect(value(tagged)).toEqual(['a', 'b', 'c', 'd', 1]);
  });

  test('un Set d’une liste et le includes d’une liste passent aussi par une étiquette, avec les mêmes réponses', () => {
    const source = wrap('const a=new Set("x|y".split("|")),b=new Set("z|x".split("|"));let n=0;const w=()=>(n+=1,"y");return[[...a],[...b],"x|y".split("|").includes(w()),"u|v".split("|").includes("q"),n,"a|b".split("|").includes("a",1)]');
    const tagged = tagSplitStrings(source);
    expect(tagged).not.toContain('new Set("');
    expect(tagged).toContain('.includes("a",1)');
    expect(value(tagged)).toEqual(value(source));
    expect(value(tagged)).toEqual([['x', 'y'], ['z', 'x'], true, false, 1, false]);
  });

  test('l’appel d’une fonction du haut du worker sur une liste passe par une étiquette, pas celui d’un nom caché plus bas', () => {
    const source = wrap('function c(l,m=0){return l.length+m}function h(){let c=l=>-l.length;return[c("a|b".split("|")),c("d|e".split("|"))]}return[c("a|b|x".split("|")),c("q|r".split("|"),!0),c("s|t".split("|"),!0),h(),c("u|v".split("|")),[1].map(c=>c)]');
    const tagged = tagSplitStrings(source);
    expect(tagged).toMatch(/function \$\w+\(s\)\{return c\(s\[0\]\.split\("\|"\)\)\}/);
    expect(tagged).toMatch(/function \$\w+\(s\)\{return c\(s\[0\]\.split\("\|"\),!0\)\}/);
    // The inner « c » (an arrow inside h) keeps its own calls.
    expect(tagged).toMatch(/c\(\$\w+`a\|b`\),c\(\$\w+`d\|e`\)/);
    expect(value(tagged)).toEqual(value(source));
    expect(value(tagged)).toEqual([3, 3, 3, [-2, -2], 2, [1]]);
  });

  test('un Set déclaré dans le code n’est pas pris pour le Set global', () => {
    const source = wrap('function Set(x){this.x=x}return[new Set("a|b".split("|")).x,new Set("c|d".split("|")).x]');
    expect(value(tagSplitStrings(source))).toEqual([['a', 'b'], ['c', 'd']]);
    expect(tagSplitStrings(source)).toContain('new Set(');
  });

  test('du code qui n’est pas une seule fonction appelée reste tel quel', () => {
    for (const source of ['x="a|b".split("|");y="c|d".split("|")', 'f();(function(){"a|b".split("|");"c|d".split("|")})()']) expect(tagSplitStrings(source)).toBe(source);
  });
});

describe('les fonctions du worker après ses autres instructions', () => {
  test('les déclarations de fonctions passent à la fin, le reste garde son ordre et les résultats ne changent pas', () => {
    const source = '(function(){"use strict";function f(){return a+g()}function g(){return 1}var a=2,b=f();let c=class{x(){return b}};if(b)a=3;globalThis.out=[a,b,new c().x(),f()]})()';
    const moved = functionsLast(source);
    expect(moved.indexOf('function g')).toBeGreaterThan(moved.indexOf('globalThis.out'));
    expect(moved.indexOf('function f')).toBeGreaterThan(moved.indexOf('function g'));
    expect(moved.startsWith('(function(){"use strict";var a')).toBe(true);
    const run = (code: string): unknown => {
      const context: { out?: unknown } = {};
      runInNewContext(code, { globalThis: context });
      return context.out;
    };
    expect(run(moved)).toEqual(run(source));
    expect(run(moved)).toEqual([3, 3, 3, 4]);
  });

  test('du code qui n’est pas une seule fonction appelée reste tel quel', () => {
    for (const source of ['function f(){}var a=1', 'f();(function(){function g(){}var b})()']) expect(functionsLast(source)).toBe(source);
  });
});

describe('les chaînes lues au chargement du worker écrites en tête', () => {
  const wrap = (body: string): string => `(function(){${body}})()`;
  const value = (code: string): unknown => runInNewContext(code.replace(/^\(function\(\)\{/, '(function(){return (()=>{').replace(/\}\)\(\)$/, '})()})()'));

  test('chaque place reçoit la même chaîne, dans l’ordre du chargement, le reste du code ne bouge pas', () => {
    const source = wrap(
      'const k="mot",a=new Set("x|y".split("|")),b=new Set("z|w".split("|")),m={t:"un message",u:`de ${k} à`,v:[`l’été`,"a|b".split("|")]},r=/(?:premier|deuxième|troisième|quatrième) (?:mot|nom)/gu,s=/court/i;' +
        'function f(){return"dans une fonction"}return[k,[...a],[...b],m,r.source,r.flags,r.test("le deuxième nom"),s.source,f(),"c|d".split("|")]',
    );
    const tagged = tagSplitStrings(source);
    const moved = stringsFirst(tagged);
    expect(moved).toContain('"dans une fonction"');
    expect(moved).toContain('/court/i');
    expect(moved).not.toContain('"un message"');
    expect(moved).toContain('RegExp(');
    expect(value(moved)).toEqual(value(source));
    expect(value(moved)).toEqual(['mot', ['x', 'y'], ['z', 'w'], { t: 'un message', u: 'de mot à', v: ['l’été', ['a', 'b']] }, '(?:premier|deuxième|troisième|quatrième) (?:mot|nom)', 'gu', true, 'court', 'dans une fonction', ['c', 'd']]);
  });

  test('une branche, une classe, un autre gabarit étiqueté et les caractères qu’un gabarit lirait autrement', () => {
    const source = wrap('const x=1,c=x?"oui":"non",d=x&&"et",t=String.raw`a\\nb${x}`,e="`${y}`\\\n\u2028",k=class{m(){return"méthode"}};return[c,d,t,e,new k().m()]');
    const moved = stringsFirst(source);
    for (const kept of ['"oui"', '"non"', '"et"', 'String.raw`a\\nb${x}`', '"méthode"']) expect(moved).toContain(kept);
    expect(value(moved)).toEqual(value(source));
  });

  test('du code qui n’est pas une seule fonction appelée, ou sans chaîne à déplacer, reste tel quel', () => {
    for (const source of ['x="un";y="deux"', 'f();(function(){let a="un"})()', '(function(){let a=1})()']) expect(stringsFirst(source)).toBe(source);
  });
});
