import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { join } from 'node:path';
import { pageToMarkdown } from '../lib/markdown.ts';
import { markdownContext } from '../lib/llms.ts';
import { providerOfPage } from '../lib/pages.ts';

/** Every page as Markdown at its URL + `.md` (components rendered to plain Markdown, snippets inlined). */
export const getStaticPaths = (async () => {
  const pages = await getCollection('pages');
  return pages.map((entry) => ({ params: { slug: entry.id.replace(/\/index$/, '') }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'pages'> }> = async ({ props }) => {
  const { entry } = props;
  const ctx = await markdownContext();
  const md = pageToMarkdown(join(ctx.root, entry.filePath!), entry.data.title, entry.data.description, { ...ctx, page: providerOfPage(entry.id, entry.data) });
  return new Response(md, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
