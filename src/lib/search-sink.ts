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
 * The start of a page's article: its h1 (the search result's title; weighted for provider pages) and the lead.
 * The layout (src/layouts/DocsLayout.astro) writes this into the page, and `searchDocument` into the search
 * index's copy, so the two cannot drift apart.
 */
export function articleHead(page: { title: string; lead?: string | undefined; boost: boolean }): string {
  const h1 = `<h1${page.boost ? ' data-pagefind-weight="10"' : ''}>${escapeHtml(page.title)}</h1>`;
  return page.lead ? `${h1}<p class="lead">${escapeHtml(page.lead)}</p>` : h1;
}

/** The part of a page Pagefind reads, as the page has it: the article marked `data-pagefind-body`. */
export function searchDocument(head: string, body: string): string {
  return `<!doctype html><html lang="en"><body><article class="prose" data-pagefind-body>${head}${body}</article></body></html>`;
}
