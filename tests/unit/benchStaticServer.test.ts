/**
 * The benchmark serves both sides as a static host would: text gzipped to
 * a browser that asks for it (Lighthouse's times follow the bytes on the
 * wire), the same bytes otherwise, images as they are.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptsGzip, startStaticServer, type StaticServer } from '../helpers/staticServer.ts';

function fetchRaw(url: string, acceptEncoding?: string) {
  return new Promise<{ encoding?: string; vary?: string; body: Buffer }>((resolve, reject) => {
    const headers = acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding };
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          encoding: res.headers['content-encoding'],
          vary: res.headers.vary,
          body: Buffer.concat(chunks),
        }),
      );
    }).on('error', reject);
  });
}

describe('acceptsGzip', () => {
  it.each([
    ['gzip, deflate, br', true],
    ['br;q=1.0, GZIP;q=0.5', true],
    ['gzip;q=0', false],
    ['deflate, br', false],
    ['x-gzip', false],
    [undefined, false],
  ])('%s → %s', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
});

describe('a server that compresses', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'static-server-'));
  const page = `<!doctype html><title>Сумгаїт</title>${'<p>Sumqayıt → Київ</p>'.repeat(200)}`;
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]);
  let server: StaticServer;
  let plain: StaticServer;
  beforeAll(async () => {
    writeFileSync(path.join(folder, 'index.html'), page);
    writeFileSync(path.join(folder, 'card.png'), png);
    server = await startStaticServer(folder, { compress: true });
    plain = await startStaticServer(folder);
  });
  afterAll(async () => {
    await Promise.all([server.close(), plain.close()]);
    rmSync(folder, { recursive: true, force: true });
  });

  it('sends text gzipped to a client that accepts gzip, and the same text once unzipped', async () => {
    const res = await fetchRaw(server.url, 'gzip, deflate, br');
    expect(res.encoding).toBe('gzip');
    expect(res.vary).toBe('Accept-Encoding');
    expect(res.body.length).toBeLessThan(Buffer.byteLength(page) / 4);
    expect(gunzipSync(res.body).toString('utf8')).toBe(page);
  });

  it('sends the plain text to a client that does not, and to every client without the option', async () => {
    for (const res of [await fetchRaw(server.url), await fetchRaw(plain.url, 'gzip')]) {
      expect(res.encoding).toBeUndefined();
      expect(res.body.toString('utf8')).toBe(page);
    }
  });

  it('sends images as they are', async () => {
    const res = await fetchRaw(`${server.url}card.png`, 'gzip');
    expect(res.encoding).toBeUndefined();
    expect(res.body.equals(png)).toBe(true);
  });
});
