import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * External link check: HEAD, falling back to GET when a server refuses HEAD; bounded concurrency per host
 * and overall; a timeout per request; retries with backoff (honouring Retry-After) on 429 and 5xx; a cache
 * file with an expiry so repeated runs are cheap. A link is `ok`, `broken` (the server says it is gone or
 * failing), or `unchecked` (no answer: offline, DNS, timeout, still rate-limited): only `broken` fails a run.
 */

export type ExternalStatus = 'ok' | 'broken' | 'unchecked';

export interface ExternalResult {
  url: string;
  status: ExternalStatus;
  /** HTTP status, when there was an answer. */
  code?: number | undefined;
  /** Why it is broken or could not be checked. */
  detail: string;
  /** Served from the cache file. */
  cached?: boolean;
}

export interface ExternalOptions {
  timeoutMs?: number;
  retries?: number;
  /** First backoff delay; doubles each retry (a Retry-After header wins, capped at `maxBackoffMs`). */
  backoffMs?: number;
  maxBackoffMs?: number;
  perHost?: number;
  concurrency?: number;
  cacheFile?: string | undefined;
  /** How long a cached `ok`/`broken` answer stays valid. `unchecked` is never cached. */
  cacheTtlMs?: number;
  fetch?: typeof fetch;
  onResult?: (r: ExternalResult) => void;
}

interface CacheEntry { status: ExternalStatus; code?: number | undefined; detail: string; checkedAt: number }

const DEFAULTS = { timeoutMs: 10_000, retries: 2, backoffMs: 1_000, maxBackoffMs: 10_000, perHost: 2, concurrency: 12, cacheTtlMs: 24 * 3600_000 };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function retryAfterMs(res: Response): number | undefined {
  const h = res.headers.get('retry-after');
  if (!h) return undefined;
  const secs = Number(h);
  if (Number.isFinite(secs)) return secs * 1000;
  const date = Date.parse(h);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
}

/** One URL: HEAD (GET when HEAD is refused), retried on 429/5xx. */
async function checkOne(url: string, o: typeof DEFAULTS & { fetch: typeof fetch }): Promise<ExternalResult> {
  let method: 'HEAD' | 'GET' = 'HEAD';
  for (let attempt = 0; ; attempt++) {
    let res: Response;
    try {
      res = await o.fetch(url, { method, redirect: 'follow', signal: AbortSignal.timeout(o.timeoutMs), headers: { 'user-agent': 'catalog-docs-link-check/0.1', accept: '*/*' } });
      // Free the connection; the body is not needed.
      await res.body?.cancel().catch(() => undefined);
    } catch (e) {
      const err = e as Error & { cause?: { code?: string } };
      const timeout = err.name === 'TimeoutError' || err.name === 'AbortError';
      if (method === 'HEAD' && !timeout) {
        method = 'GET';
        continue;
      }
      return { url, status: 'unchecked', detail: timeout ? `timeout after ${o.timeoutMs} ms` : `no answer (${err.cause?.code ?? err.message})` };
    }
    if (method === 'HEAD' && (res.status === 405 || res.status === 501 || res.status === 403)) {
      method = 'GET';
      continue;
    }
    if ((res.status === 429 || res.status >= 500) && attempt < o.retries) {
      await sleep(Math.min(o.maxBackoffMs, retryAfterMs(res) ?? o.backoffMs * 2 ** attempt));
      continue;
    }
    if (res.status < 400) return { url, status: 'ok', code: res.status, detail: res.redirected ? `${res.status} after redirect to ${res.url}` : String(res.status) };
    if (res.status === 429) return { url, status: 'unchecked', code: 429, detail: `still rate-limited after ${o.retries} retries` };
    return { url, status: 'broken', code: res.status, detail: `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}` };
  }
}

function readCache(file: string | undefined): Record<string, CacheEntry> {
  if (!file || !existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, CacheEntry>;
  } catch {
    return {};
  }
}

export async function checkExternal(urls: string[], options: ExternalOptions = {}): Promise<ExternalResult[]> {
  const o = { ...DEFAULTS, ...options, fetch: options.fetch ?? fetch };
  const cache = readCache(o.cacheFile);
  const now = Date.now();
  const results: ExternalResult[] = [];
  const todo: string[] = [];
  for (const url of [...new Set(urls)]) {
    const hit = cache[url];
    if (hit && hit.status !== 'unchecked' && now - hit.checkedAt < o.cacheTtlMs) {
      const r = { url, status: hit.status, code: hit.code, detail: hit.detail, cached: true };
      results.push(r);
      o.onResult?.(r);
    } else todo.push(url);
  }

  // Per-host queues drained by a bounded pool: at most `perHost` requests to one host at a time.
  const active = new Map<string, number>();
  const hostOf = (u: string) => {
    try {
      return new URL(u).host;
    } catch {
      return u;
    }
  };
  const pending = [...todo];
  await new Promise<void>((resolveAll) => {
    let running = 0;
    const pump = () => {
      if (pending.length === 0 && running === 0) return resolveAll();
      while (running < o.concurrency) {
        const idx = pending.findIndex((u) => (active.get(hostOf(u)) ?? 0) < o.perHost);
        if (idx < 0) break;
        const url = pending.splice(idx, 1)[0]!;
        const host = hostOf(url);
        active.set(host, (active.get(host) ?? 0) + 1);
        running++;
        checkOne(url, o).then((r) => {
          results.push(r);
          o.onResult?.(r);
          if (r.status !== 'unchecked') cache[url] = { status: r.status, code: r.code, detail: r.detail, checkedAt: Date.now() };
          active.set(host, active.get(host)! - 1);
          running--;
          pump();
        });
      }
    };
    pump();
  });
  if (o.cacheFile) {
    mkdirSync(dirname(o.cacheFile), { recursive: true });
    writeFileSync(o.cacheFile, JSON.stringify(cache, null, 1));
  }
  return results.sort((a, b) => a.url.localeCompare(b.url));
}
