import { Worker } from 'node:worker_threads';
import type { Provider } from '../schemas/provider.ts';

/**
 * The Markdown versions of the pages (`/<page>.md`, `llms-full.txt`), made in a worker thread during
 * `astro build`: the catalog-docs integration starts it once the snippets are generated, and it converts every
 * page on the second core while the main thread bundles and renders HTML (about 4 ms a page, 4 s at 1,000
 * pages, that would otherwise be on the main thread). The routes take a page's Markdown from here when the
 * worker made it from the same inputs, and convert it themselves otherwise (dev server, a page the worker
 * failed on: converting it again reports the error with its location).
 * The pool lives on globalThis: the routes run from Astro's server bundle, a second copy of this module.
 */

export interface MarkdownJob {
  /** Absolute path of the page. */
  file: string;
  title: string;
  description: string | undefined;
  /** Provider the page documents. */
  page: string | undefined;
}

export interface MarkdownWorkerData {
  root: string;
  proxyBaseUrl: string;
  providers: [string, Provider][];
  jobs: MarkdownJob[];
}

/** What the worker posts for each job: the Markdown, or that it failed (the route then converts the page itself). */
export type MarkdownResult = { file: string; md: string } | { file: string; failed: string };

const jobKey = (j: MarkdownJob) => JSON.stringify([j.file, j.title, j.description ?? null, j.page ?? null]);

interface Pool {
  results: Map<string, Promise<string | undefined>>;
}
const KEY = Symbol.for('catalog-docs.markdown-pool');
const slot = globalThis as { [KEY]?: Pool | undefined };

export function startMarkdownPool(data: MarkdownWorkerData): void {
  const resolvers = new Map<string, (md: string | undefined) => void>();
  const results = new Map<string, Promise<string | undefined>>();
  const byFile = new Map<string, string>();
  for (const job of data.jobs) {
    const key = jobKey(job);
    byFile.set(job.file, key);
    results.set(key, new Promise((resolve) => resolvers.set(key, resolve)));
  }
  const settleAll = () => {
    for (const resolve of resolvers.values()) resolve(undefined);
    resolvers.clear();
  };
  const worker = new Worker(new URL('./markdown-worker.ts', import.meta.url), { workerData: data });
  worker.on('message', (r: MarkdownResult) => {
    const key = byFile.get(r.file);
    if (!key) return;
    resolvers.get(key)?.('md' in r ? r.md : undefined);
    resolvers.delete(key);
  });
  // A worker that cannot start or dies leaves its pages to the routes; it ends by itself after the last page.
  worker.on('error', settleAll);
  worker.on('exit', settleAll);
  slot[KEY] = { results };
}

/** The worker's Markdown of this page, or undefined when there is no pool or it has no result for these inputs. */
export async function pooledMarkdown(job: MarkdownJob): Promise<string | undefined> {
  return slot[KEY]?.results.get(jobKey(job));
}
