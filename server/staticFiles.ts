import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

/** Content types of what a Vite build holds. */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Serves the built app from `distDir`. A path that names no file gets `index.html` (the app reads
 * `?room=` itself), except under `/assets/`: a missing bundle must be a 404, not a page the
 * browser would try to run as a script. Hashed assets are cached for good, the rest revalidated.
 */
export function createStaticHandler(distDir: string): (request: IncomingMessage, response: ServerResponse) => void {
  const root = resolve(distDir);
  return (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('Method not allowed\n');
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request\n');
      return;
    }
    const file = pathname.includes('\0') ? null : resolve(join(root, pathname));
    const inside = file !== null && (file === root || file.startsWith(root + sep));
    const found = inside ? fileAt(file === root ? join(root, 'index.html') : file) : null;
    if (found) {
      send(request, response, found.path, found.size, pathname.startsWith('/assets/'));
      return;
    }
    if (pathname.startsWith('/assets/') || !inside) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    const index = fileAt(join(root, 'index.html'));
    if (!index) {
      response.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' }).end('The app is not built: run `npm run build`.\n');
      return;
    }
    send(request, response, index.path, index.size, false);
  };
}

function fileAt(path: string): { path: string; size: number } | null {
  try {
    const stat = statSync(path);
    if (stat.isFile()) return { path, size: stat.size };
    if (stat.isDirectory()) return fileAt(join(path, 'index.html'));
  } catch {
    // Not there.
  }
  return null;
}

function send(request: IncomingMessage, response: ServerResponse, path: string, size: number, immutable: boolean): void {
  response.writeHead(200, {
    'Content-Type': contentTypeOf(path),
    'Content-Length': size,
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(path).on('error', () => response.destroy()).pipe(response);
}
