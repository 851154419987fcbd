/**
 * Pages handed to the search index while the build renders them. `npm run build` (src/cli/build.ts) opens a
 * Pagefind index before Astro starts and installs a sink here; the build's middleware
 * (src/integration/search-middleware.ts) passes it each rendered page's searchable part. Pagefind indexes in its
 * own process, on the other core, while the next pages render, instead of reading every page back from disk
 * afterwards.
 * The sink lives on globalThis because the middleware runs from Astro's server bundle, a second copy of this
 * module in the same process. Without a sink (dev server, `astro build` alone) the middleware does nothing.
 */
import { escapeHtml } from './html.ts';

export type SearchSink = (url: string, html: string) => void;

const KEY = Symbol.for('catalog-docs.search-sink');
const slot = globalThis as { [KEY]?: SearchSink | undefined };

export function setSearchSink(sink: SearchSink | undefined): void {
  slot[KEY] = sink;
}

export function searchSink(): SearchSink | undefined {
  return slot[KEY];
}

/**
 * The part of a page Pagefind reads, as the page has it (src/layouts/DocsLayout.astro): the article marked
 * `data-pagefind-body`, its h1 (the result title; weighted for provider pages), the lead and the rendered content.
 */
export function searchDocument(page: { title: string; lead?: string | undefined; body: string; boost: boolean }): string {
  const h1 = `<h1${page.boost ? ' data-pagefind-weight="10"' : ''}>${escapeHtml(page.title)}</h1>`;
  const lead = page.lead ? `<p class="lead">${escapeHtml(page.lead)}</p>` : '';
  return `<!doctype html><html lang="en"><body><article class="prose" data-pagefind-body>${h1}${lead}${page.body}</article></body></html>`;
}
