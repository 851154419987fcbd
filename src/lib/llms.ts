import { getCollection } from 'astro:content';
import { join } from 'node:path';
import site from '../../site.config.ts';
import { urlOfId, providerOfPage } from './pages.ts';
import { markdownUrlOf, pageToMarkdown } from './markdown.ts';
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

export function absolute(path: string): string {
  return new URL(path, site.url).href;
}

export async function llmsFull(): Promise<string> {
  const root = process.cwd();
  const parts = (await llmsPages()).map(({ entry, url }) => `<!-- ${absolute(url)} -->\n\n${pageToMarkdown(join(root, entry.filePath!), entry.data.title, entry.data.description, { root })}`);
  return `# ${site.name}\n\n> ${site.description}\n\n${parts.join('\n---\n\n')}`;
}

export { markdownUrlOf };
