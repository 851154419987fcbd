import type { APIRoute } from 'astro';
import { iconSvg } from '../lib/icons.ts';

/** The favicon, drawn from the icon set (no pasted SVG), in the accent colour. */
export const GET: APIRoute = () => {
  const svg = iconSvg('book-open', { size: '64' })!.replace('fill="currentColor"', 'fill="#4338ca"').replace(' aria-hidden="true" focusable="false" class="icon"', '');
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
