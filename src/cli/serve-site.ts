/**
 * `benchbench site --serve`: a written site served over HTTP on 127.0.0.1 only, so that the page
 * can fetch scores.parquet (a page opened from file:// cannot). Static files under the folder,
 * GET and HEAD only; a path outside the folder, a folder itself (but for its index.html) and a
 * missing file get 404. Not a production server: for reading the site on one's own machine.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

export const SERVE_HOST = '127.0.0.1';
export const DEFAULT_SERVE_PORT = 8080;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.parquet': 'application/vnd.apache.parquet',
  '.svg': 'image/svg+xml',
};

/** The file a request path names under `root`, or null (outside it, or not a file). */
export function fileOf(root: string, urlPath: string): string | null {
  let rel: string;
  try {
    rel = decodeURIComponent(new URL(urlPath, 'http://host').pathname);
  } catch {
    return null;
  }
  if (rel.includes('\0')) return null;
  const file = path.resolve(root, '.' + (rel.endsWith('/') ? rel + 'index.html' : rel));
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  try {
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

/** Starts serving `dir`; resolves with the server and its URL once it listens. */
export async function serveSite(dir: string, port: number): Promise<{ server: Server; url: string }> {
  const root = path.resolve(dir);
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const file = fileOf(root, req.url ?? '/');
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'content-length': statSync(file).size,
      'cache-control': 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, SERVE_HOST, () => resolve());
  });
  const address = server.address();
  const bound = address !== null && typeof address === 'object' ? address.port : port;
  return { server, url: `http://${SERVE_HOST}:${bound}/` };
}
