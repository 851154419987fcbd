/** The worker thread of src/lib/markdown-pool.ts: converts each page and posts its Markdown as soon as it is made. */
import { parentPort, workerData } from 'node:worker_threads';
import { pageToMarkdown, requestContext } from './markdown.ts';
import type { MarkdownResult, MarkdownWorkerData } from './markdown-pool.ts';

const data = workerData as MarkdownWorkerData;
const ctx = requestContext(data.root, new Map(data.providers), data.proxyBaseUrl);
for (const job of data.jobs) {
  let result: MarkdownResult;
  try {
    result = { file: job.file, md: pageToMarkdown(job.file, job.title, job.description, { ...ctx, page: job.page }) };
  } catch (e) {
    result = { file: job.file, failed: e instanceof Error ? e.message : String(e) };
  }
  parentPort!.postMessage(result);
}
