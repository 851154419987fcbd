import type { APIRoute } from 'astro';
import site from '../../site.config.ts';
import { absolute, llmsPages, markdownUrlOf } from '../lib/llms.ts';

/** llms.txt: an index of every page (as Markdown) with a one-line description, and the provider JSON files. */
export const GET: APIRoute = async () => {
  const pages = await llmsPages();
  const line = (title: string, url: string, description: string) => `- [${title}](${url})${description ? `: ${description.replace(/\s+/g, ' ')}` : ''}`;
  const guides = pages.filter((p) => !p.provider).map((p) => line(p.entry.data.title, absolute(markdownUrlOf(p.url)), p.description));
  const integrations = pages.filter((p) => p.provider).map((p) => line(p.entry.data.title, absolute(markdownUrlOf(p.url)), p.description));
  const data = pages.filter((p) => p.provider).map((p) => line(`${p.entry.data.title} (JSON)`, absolute(`/integrations/${p.provider}.json`), 'auth mode, categories, connection and credential fields, base URL, use cases with endpoints'));
  const body = [
    `# ${site.name}`,
    '',
    `> ${site.description}`,
    '',
    `All pages as one file: ${absolute('/llms-full.txt')}`,
    '',
    '## Guides',
    '',
    ...guides,
    '',
    '## Integrations',
    '',
    ...integrations,
    '',
    '## Provider data',
    '',
    ...data,
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
