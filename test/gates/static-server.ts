/**
 * A minimal static server for dist/ that behaves like the production host: it sends the headers of
 * dist/_headers (each block whose path pattern matches, CSP included), compresses with gzip, serves `dir/index.html` for `dir/`, redirects `dir` to
 * `dir/`, and answers missing addresses with 404.html. Used by `npm run audit` (Lighthouse).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readHeaderBlocks } from './csp.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.webp': 'image/webp',
  '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8', '.wasm': 'application/wasm', '.ico': 'image/x-icon',
};

export function serveDist(dist: string, port: number): Promise<Server> {
  const blocks = readHeaderBlocks(readFileSync(join(dist, '_headers'), 'utf8')).map((b) => ({
    re: new RegExp(`^${b.pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*')}$`),
    headers: Object.fromEntries(b.headers),
  }));
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    let file = join(dist, path);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { Location: `${path}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    const found = existsSync(file) && statSync(file).isFile();
    let body = readFileSync(found ? file : join(dist, '404.html'));
    const type = TYPES[extname(found ? file : '.html')] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'Content-Type': type };
    for (const b of blocks) if (b.re.test(path)) Object.assign(headers, b.headers);
    if (/^(text|application\/(json|xml))/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body);
      headers['Content-Encoding'] = 'gzip';
    }
    res.writeHead(found ? 200 : 404, headers);
    res.end(body);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
