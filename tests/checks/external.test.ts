import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { AddressInfo } from 'node:net';
import { checkExternal } from '../../src/checks/external.ts';

/** A local server with every answer an external site can give. */
let server: Server;
let base = '';
const hits = new Map<string, number>();
let inFlight = 0;
let maxInFlight = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    const key = `${req.method} ${req.url}`;
    hits.set(key, (hits.get(key) ?? 0) + 1);
    // Concurrency is measured on the /page-* requests of the per-host test only.
    const counted = req.url!.startsWith('/page-');
    if (counted) {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
    }
    const end = (status: number, headers: Record<string, string> = {}) => setTimeout(() => { if (counted) inFlight--; res.writeHead(status, headers).end('body'); }, 20);
    switch (req.url) {
      case '/ok': return end(200);
      case '/moved': return end(301, { location: '/ok' });
      case '/missing': return end(404);
      case '/busy': return (hits.get(key) ?? 0) < 2 ? end(429, { 'retry-after': '0' }) : end(200);
      case '/always-busy': return end(429, { 'retry-after': '0' });
      case '/flaky': return (hits.get(key) ?? 0) < 2 ? end(503) : end(200);
      case '/no-head': return req.method === 'HEAD' ? end(405) : end(200);
      case '/slow': return setTimeout(() => res.writeHead(200).end(), 3000);
      default: return end(200);
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('checkExternal', () => {
  it('classifies 200, 301, 404, 429, 5xx, HEAD-refused and slow answers', async () => {
    const cacheFile = join(mkdtempSync(join(tmpdir(), 'ext-')), 'cache.json');
    const urls = ['/ok', '/moved', '/missing', '/busy', '/always-busy', '/flaky', '/no-head', '/slow'].map((p) => base + p);
    const results = await checkExternal(urls, { cacheFile, timeoutMs: 500, retries: 2, backoffMs: 10 });
    const by = Object.fromEntries(results.map((r) => [r.url.slice(base.length), `${r.status} ${r.code ?? '-'}`]));
    expect(by).toEqual({
      '/ok': 'ok 200',
      '/moved': 'ok 200',
      '/missing': 'broken 404',
      '/busy': 'ok 200',
      '/always-busy': 'unchecked 429',
      '/flaky': 'ok 200',
      '/no-head': 'ok 200',
      '/slow': 'unchecked -',
    });
    expect(results.find((r) => r.url.endsWith('/slow'))!.detail).toBe('timeout after 500 ms');
    expect(hits.get('GET /no-head')).toBe(1);
    expect(hits.get('HEAD /busy')).toBe(2); // one 429 (Retry-After: 0), then 200

    // The cache answers the second run for ok/broken links; unchecked ones are asked again.
    const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(cached).map((u) => u.slice(base.length)).sort()).toEqual(['/busy', '/flaky', '/missing', '/moved', '/no-head', '/ok']);
    const before = hits.get('HEAD /ok');
    const again = await checkExternal([`${base}/ok`, `${base}/missing`], { cacheFile, timeoutMs: 500 });
    expect(again.every((r) => r.cached)).toBe(true);
    expect(hits.get('HEAD /ok')).toBe(before);
    // An expired cache is asked again.
    await checkExternal([`${base}/ok`], { cacheFile, cacheTtlMs: 0 });
    expect(hits.get('HEAD /ok')).toBe(before! + 1);
    rmSync(cacheFile);
  });

  it('keeps at most `perHost` requests to one host in flight', async () => {
    maxInFlight = 0;
    await checkExternal(Array.from({ length: 10 }, (_, i) => `${base}/page-${i}`), { perHost: 2, concurrency: 8 });
    expect(maxInFlight).toBe(2);
  });

  it('offline: reports "could not check", never "broken"', async () => {
    const results = await checkExternal(['http://127.0.0.1:9/unreachable', 'http://does-not-exist.invalid/'], { timeoutMs: 2000 });
    expect(results.map((r) => r.status)).toEqual(['unchecked', 'unchecked']);
  });
});
