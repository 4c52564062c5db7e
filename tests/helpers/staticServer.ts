/**
 * A small static file server for browser tests: serves a folder (the built
 * site in dist/, or host pages) on 127.0.0.1 with a free port. Two servers
 * are two origins, which the embed tests need. Optional extra headers
 * (e.g. a strict Content-Security-Policy) and per-path overrides (a 404 or
 * a corrupt file) let tests simulate hosts and failures.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
};

/** What a static host compresses: text (SVG and JSON included), not images that are compressed already. */
const isText = (type: string): boolean => /^text\/|json|svg/.test(type);

/**
 * Whether a request's Accept-Encoding takes gzip (`gzip;q=0` refuses it).
 * @example acceptsGzip('gzip, deflate, br') // true
 */
export function acceptsGzip(header: string | undefined): boolean {
  return (header ?? '').split(',').some((part) => {
    const [coding, ...params] = part.trim().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
    return coding?.trim().toLowerCase() === 'gzip' && (q === undefined || Number(q) > 0);
  });
}

export interface Override {
  status?: number;
  body?: string;
  type?: string;
  /** Delay in ms before answering (slow assets). */
  delay?: number;
}

export interface StaticServer {
  url: string;
  origin: string;
  port: number;
  /** Answers `pathname` with this instead of the file (null removes the override). */
  override(pathname: string, value: Override | null): void;
  close(): Promise<void>;
}

export const CSP_STRICT =
  "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'";

export async function startStaticServer(
  root: string,
  options: {
    headers?: Record<string, string>;
    mounts?: Record<string, string>;
    /** Gzip text (gzip -9, as the benchmark's byte tables count it) for a client that accepts it. */
    compress?: boolean;
  } = {},
): Promise<StaticServer> {
  const overrides = new Map<string, Override>();
  // Compressed once per file version: the time to compress is not the host's to measure.
  const gzipped = new Map<string, { mtimeMs: number; body: Buffer }>();
  const gzipOf = (file: string, mtimeMs: number, body: Buffer): Buffer => {
    const cached = gzipped.get(file);
    if (cached?.mtimeMs === mtimeMs) return cached.body;
    const fresh = gzipSync(body, { level: 9 });
    gzipped.set(file, { mtimeMs, body: fresh });
    return fresh;
  };
  const mounts = Object.entries(options.mounts ?? {});
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const pathname = decodeURIComponent(url.pathname);
    for (const [name, value] of Object.entries(options.headers ?? {})) res.setHeader(name, value);
    const override = overrides.get(pathname);
    if (override) {
      if (override.delay) await new Promise((r) => setTimeout(r, override.delay));
      if (override.body !== undefined || override.status !== undefined) {
        res.statusCode = override.status ?? 200;
        res.setHeader(
          'Content-Type',
          override.type ?? TYPES[path.extname(pathname)] ?? 'text/plain',
        );
        res.end(override.body ?? '');
        return;
      }
    }
    let base = root;
    let rel = pathname;
    for (const [prefix, dir] of mounts) {
      if (pathname.startsWith(prefix)) {
        base = dir;
        rel = pathname.slice(prefix.length - 1);
      }
    }
    let file = path.join(base, path.normalize(rel));
    if (!file.startsWith(path.resolve(base))) {
      res.statusCode = 403;
      res.end();
      return;
    }
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        file = path.join(file, 'index.html');
        info = await stat(file);
      }
      const body = await readFile(file);
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      res.setHeader('Content-Type', type);
      if (options.compress && isText(type)) {
        res.setHeader('Vary', 'Accept-Encoding');
        if (acceptsGzip(req.headers['accept-encoding'])) {
          res.setHeader('Content-Encoding', 'gzip');
          res.end(gzipOf(file, info.mtimeMs, body));
          return;
        }
      }
      res.end(body);
    } catch {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end('<!doctype html><title>Not found</title><p>Not found</p>');
    }
  };
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      res.statusCode = 500;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/`,
    origin,
    port,
    override(pathname, value) {
      if (value) overrides.set(pathname, value);
      else overrides.delete(pathname);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
