import { getCollection, type CollectionEntry } from 'astro:content';
import { join } from 'node:path';
import site from '../../site.config.ts';
import { urlOfId, providerOfPage } from './pages.ts';
import { markdownUrlOf, pageToMarkdown, requestContext, type MarkdownContext } from './markdown.ts';
import { pooledMarkdown } from './markdown-pool.ts';
import type { Provider } from '../schemas/provider.ts';
import { getCatalog } from './catalog.ts';

/** Pages for llms.txt / llms-full.txt, sorted: guides first, then integrations by title. */
export async function llmsPages() {
  const [pages, catalog] = await Promise.all([getCollection('pages'), getCatalog()]);
  const descriptions = new Map(catalog.map((c) => [c.key, `${c.name}: ${c.authLabel} auth${c.categories.length ? `, ${c.categories.join(', ')}` : ''}; ${c.useCaseCount} pre-built use case${c.useCaseCount === 1 ? "" : "s"}.`]));
  return pages
    .map((p) => {
      const provider = providerOfPage(p.id, p.data);
      return {
        entry: p,
        url: urlOfId(p.id),
        provider,
        description: p.data.description ?? (provider ? descriptions.get(provider) : undefined) ?? '',
      };
    })
    .sort((a, b) => Number(Boolean(a.provider)) - Number(Boolean(b.provider)) || a.entry.data.title.localeCompare(b.entry.data.title, 'en'));
}

let context: Promise<MarkdownContext> | undefined;

/** Markdown context for pages (made once per build): request examples become their cURL through the proxy. */
export function markdownContext(): Promise<MarkdownContext> {
  context ??= makeContext();
  return context;
}

async function makeContext(): Promise<MarkdownContext> {
  const providers = new Map((await getCollection('providers')).map((p) => [p.id, p.data as unknown as Provider]));
  return requestContext(process.cwd(), providers, site.liveExamples.proxyBaseUrl);
}

/** A page's Markdown: made by the build's worker when it has it (src/lib/markdown-pool.ts), else here. */
export async function markdownOfPage(entry: CollectionEntry<'pages'>): Promise<string> {
  const ctx = await markdownContext();
  const job = { file: join(ctx.root, entry.filePath!), title: entry.data.title, description: entry.data.description, page: providerOfPage(entry.id, entry.data) };
  return (await pooledMarkdown(job)) ?? pageToMarkdown(job.file, job.title, job.description, { ...ctx, page: job.page });
}

export function absolute(path: string): string {
  return new URL(path, site.url).href;
}

export async function llmsFull(): Promise<string> {
  const parts = await Promise.all((await llmsPages()).map(async ({ entry, url }) => `<!-- ${absolute(url)} -->\n\n${await markdownOfPage(entry)}`));
  return `# ${site.name}\n\n> ${site.description}\n\n${parts.join('\n---\n\n')}`;
}

export { markdownUrlOf };
