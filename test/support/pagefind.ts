/**
 * Queries the built search index (dist/pagefind/) from Node, with the very script the browser
 * loads: Pagefind fetches its files relative to its own address, so `fetch` is answered from disk.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import type { PagefindApi } from '../../src/components/search/run.ts';

interface PagefindModule extends PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
}

let installed = false;
function answerFileFetchesFromDisk(): void {
  if (installed) return;
  installed = true;
  const networkFetch = globalThis.fetch;
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.startsWith('file:')) return networkFetch(input, init);
    const path = fileURLToPath(url.split('?')[0]!);
    const type = path.endsWith('.wasm') ? 'application/wasm' : path.endsWith('.json') ? 'application/json' : 'application/octet-stream';
    return new Response(await readFile(path), { headers: { 'content-type': type } });
  };
}

/** The index of `dist`, with the given options (the search page's own, normally). */
export async function loadPagefind(dist: string, options: Record<string, unknown>): Promise<PagefindApi> {
  answerFileFetchesFromDisk();
  const pf = (await import(pathToFileURL(resolve(dist, 'pagefind/pagefind.js')).href)) as PagefindModule;
  await pf.options({ ...options, baseUrl: '/' });
  return pf;
}
