import { getCollection } from 'astro:content';
import { join } from 'node:path';
import site from '../../site.config.ts';
import { urlOfId, providerOfPage } from './pages.ts';
import { markdownUrlOf, pageToMarkdown, type MarkdownContext } from './markdown.ts';
import { buildCode, defaultExampleOf, plainCode } from './request-example.ts';
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
  return {
    root: process.cwd(),
    requestExample: (attrs, page) => {
      const provider = providers.get(attrs['provider'] ?? page ?? '');
      if (!provider || !attrs['endpoint']) return [];
      const spec = { provider, endpoint: attrs['endpoint'], method: attrs['method'] ?? 'GET', proxyBaseUrl: site.liveExamples.proxyBaseUrl };
      const defaults = { ENDPOINT: spec.endpoint, METHOD: spec.method, 'PROXY-BASE': spec.proxyBaseUrl.replace(/\/$/, '') };
      return [{ lang: 'bash', code: plainCode(buildCode(spec, 'proxy', 'curl'), defaults) }];
    },
    defaultRequest: (page, pageSource) => {
      const provider = providers.get(page);
      const example = provider ? defaultExampleOf(provider, pageSource) : undefined;
      return example && { endpoint: example.endpoint, method: example.method };
    },
  };
}

export function absolute(path: string): string {
  return new URL(path, site.url).href;
}

export async function llmsFull(): Promise<string> {
  const ctx = await markdownContext();
  const parts = (await llmsPages()).map(({ entry, url, provider }) => `<!-- ${absolute(url)} -->\n\n${pageToMarkdown(join(ctx.root, entry.filePath!), entry.data.title, entry.data.description, { ...ctx, page: provider })}`);
  return `# ${site.name}\n\n> ${site.description}\n\n${parts.join('\n---\n\n')}`;
}

export { markdownUrlOf };
