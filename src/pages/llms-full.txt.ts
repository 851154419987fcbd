import type { APIRoute } from 'astro';
import { llmsFull } from '../lib/llms.ts';

/** llms-full.txt: every page as clean Markdown, generated snippets included. */
export const GET: APIRoute = async () => new Response(await llmsFull(), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
