/**
 * The worker's word lists are written as split strings at build time (src/build/minify-worker.ts):
 * every packed array must read back as exactly the same strings, in the same order.
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { packStringArrays } from '../../../src/build/minify-worker.ts';

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
