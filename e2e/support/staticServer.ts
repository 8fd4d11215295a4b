/**
 * A plain static file server for the end-to-end tests of static hosting: serves dist/ under any path
 * prefix (site root or a sub-folder such as /budgets/), with no rewrites and no server-side routing,
 * as a civic group's web host would. `overrides` replaces files (a corrupt or missing JSON, a budget
 * with hostile names) without touching dist/. Every request is recorded.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  url: string;
  requests: string[];
  close(): Promise<void>;
}

export interface StaticOptions {
  root: string;
  /** Path prefix the site is served under, e.g. "/budgets/" (default "/"). */
  mount?: string;
  port: number;
  /** Path below the mount → body (string) or null for 404. */
  overrides?: Record<string, string | null>;
  /** Extra pages outside the site, e.g. a host page that embeds it. Path → HTML. */
  pages?: Record<string, string>;
  /**
   * Serve the build's precompressed copies (x.br, x.gz beside x) with Content-Encoding where the browser
   * accepts them, as nginx's brotli_static/gzip_static or Caddy's `precompressed br gzip` do.
   */
  precompressed?: boolean;
}

export function startStaticServer(options: StaticOptions): Promise<StaticServer> {
  const mount = options.mount ?? '/';
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const page = options.pages?.[path];
    if (page !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page);
      return;
    }
    if (!path.startsWith(mount)) {
      res.writeHead(404).end('not found');
      return;
    }
    let rel = path.slice(mount.length);
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    if (options.overrides && rel in options.overrides) {
      const body = options.overrides[rel];
      if (body === null || body === undefined) res.writeHead(404).end('not found');
      else res.writeHead(200, { 'content-type': TYPES[extname(rel)] ?? 'application/octet-stream' }).end(body);
      return;
    }
    const file = normalize(join(options.root, rel));
    if (!file.startsWith(normalize(options.root)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (options.precompressed) {
      const accepts = String(req.headers['accept-encoding'] ?? '');
      const encoding = [
        ['br', '.br'],
        ['gzip', '.gz'],
      ].find(([name, ext]) => accepts.includes(name ?? '') && existsSync(`${file}${ext}`));
      if (encoding) {
        res.writeHead(200, { 'content-type': type, 'content-encoding': encoding[0] ?? '', vary: 'accept-encoding' });
        createReadStream(`${file}${encoding[1]}`).pipe(res);
        return;
      }
    }
    res.writeHead(200, { 'content-type': type });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(options.port, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${options.port}${mount}`,
        requests,
        close: () => new Promise<void>((done) => server.close(() => done())),
      }),
    );
  });
}

/**
 * A port for a spec's own static server, `offset` above the preview server's (E2E_PORT, default 4173):
 * two checkouts running their tests side by side with different E2E_PORT never share a port.
 */
export function portNear(offset: number): number {
  return Number(process.env.E2E_PORT ?? 4173) + offset;
}
