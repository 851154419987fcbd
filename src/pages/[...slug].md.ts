import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { markdownOfPage } from '../lib/llms.ts';

/** Every page as Markdown at its URL + `.md` (components rendered to plain Markdown, snippets inlined). */
export const getStaticPaths = (async () => {
  const pages = await getCollection('pages');
  return pages.map((entry) => ({ params: { slug: entry.id.replace(/\/index$/, '') }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'pages'> }> = async ({ props }) => {
  const md = await markdownOfPage(props.entry);
  return new Response(md, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
