/**
 * A static server for fixture pages on 127.0.0.1 (the only network the e2e suite touches).
 * Tests may add routes with their own headers, e.g. a strict CSP or a PDF content type. It
 * records every request it gets (path and headers), so a test can tell from the server's
 * side exactly what a browser asked for and what it sent along.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.jpg': 'image/jpeg',
  '.pdf': 'application/pdf',
};

export interface Route {
  body: string | Uint8Array;
  headers?: Record<string, string>;
  status?: number;
}

export interface RecordedRequest {
  /** Path and query, as requested. */
  path: string;
  headers: Record<string, string | string[] | undefined>;
}

export interface FixtureServer {
  origin: string;
  /** Every request so far, in the order they arrived. */
  requests: RecordedRequest[];
  url(path: string): string;
  route(path: string, route: Route): void;
  close(): Promise<void>;
}

export async function startFixtureServer(root: string): Promise<FixtureServer> {
  const routes = new Map<string, Route>();
  const requests: RecordedRequest[] = [];
  const server: Server = createServer(async (req, res) => {
    requests.push({ path: req.url ?? '/', headers: { ...req.headers } });
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const route = routes.get(path);
    if (route) {
      res.writeHead(route.status ?? 200, { 'content-type': 'text/html; charset=utf-8', ...route.headers });
      res.end(route.body);
      return;
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    requests,
    url: (path) => `${origin}/${path.replace(/^\//, '')}`,
    route: (path, route) => void routes.set(path.startsWith('/') ? path : `/${path}`, route),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
