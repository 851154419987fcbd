import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import GithubSlugger from 'github-slugger';

/**
 * What a page will link to, known before it is built: page URLs from the content folder and the anchors
 * a source file will have (heading slugs as Astro makes them, plus ids that components give: `id="..."`,
 * Step titles, Update labels), including those of the snippets it imports. Used for early warnings in
 * `npm run dev`; the authoritative check is `npm run check:links` on the built site.
 */

const cache = new Map<string, { mtime: number; anchors: Set<string>; imports: string[] }>();

/** Plain text of a Markdown heading (links, code, emphasis and HTML removed). */
function headingText(md: string): string {
  return md
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[`*_~]/g, '')
    .trim();
}

function scan(file: string): { anchors: Set<string>; imports: string[] } {
  const mtime = statSync(file).mtimeMs;
  const hit = cache.get(file);
  if (hit && hit.mtime === mtime) return hit;
  const source = readFileSync(file, 'utf8');
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  const imports: string[] = [];
  let fence: string | undefined;
  for (const line of source.split('\n')) {
    const f = /^\s*(```+|~~~+)/.exec(line);
    if (f) {
      if (!fence) fence = f[1];
      else if (line.trim().startsWith(fence)) fence = undefined;
      continue;
    }
    if (fence) continue;
    const h = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (h) anchors.add(slugger.slug(headingText(h[2]!)));
    for (const m of line.matchAll(/\bid=["']([^"']+)["']/g)) anchors.add(m[1]!);
    for (const m of line.matchAll(/<(?:Step|Accordion)\b[^>]*\btitle=["']([^"']+)["']/g)) anchors.add(new GithubSlugger().slug(m[1]!));
    for (const m of line.matchAll(/<Update\b[^>]*\blabel=["']([^"']+)["']/g)) anchors.add(new GithubSlugger().slug(m[1]!));
    const imp = /^import\s+[\s\S]*?\s+from\s+['"]([^'"]+\.mdx?)['"]/.exec(line);
    if (imp) imports.push(imp[1]!);
  }
  const result = { mtime, anchors, imports };
  cache.set(file, result);
  return result;
}

/** Anchors a source file will have, with those of the snippets it imports (root-relative or relative). */
export function anchorsOf(file: string, root: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file) || !existsSync(file)) return new Set();
  seen.add(file);
  const { anchors, imports } = scan(file);
  const all = new Set(anchors);
  for (const spec of imports) {
    const target = spec.startsWith('/') ? join(root, spec) : resolve(dirname(file), spec);
    for (const a of anchorsOf(target, root, seen)) all.add(a);
  }
  return all;
}

const routeCache = new Map<string, string[]>();

/** URLs of the static routes in src/pages (`index.astro` -> `/`, `favicon.svg.ts` -> `/favicon.svg`); dynamic `[...]` routes excluded. */
export function staticRoutes(root: string): string[] {
  const hit = routeCache.get(root);
  if (hit) return hit;
  const dir = join(root, 'src', 'pages');
  const routes = existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile() && !d.name.includes('['))
        .map((d) => `/${relative(dir, join(d.parentPath, d.name)).split('\\').join('/')}`)
        .map((r) => r.replace(/\.(astro|md|mdx)$/, '/').replace(/\.(ts|js)$/, '').replace(/(^|\/)index\/$/, '$1'))
    : [];
  routeCache.set(root, routes);
  return routes;
}

/** The source of a site URL path: a content page, or true for a route/asset that exists another way, or undefined. */
export function sourceOfUrl(path: string, root: string): string | true | undefined {
  const clean = decodeURI(path).replace(/\/+$/, '');
  const routes = staticRoutes(root);
  if (routes.includes(`${clean}/`) || routes.includes(clean) || (clean === '' && routes.includes('/'))) return true;
  for (const c of [`${clean}.mdx`, `${clean}/index.mdx`]) {
    const f = join(root, 'content', c);
    if (existsSync(f)) return f;
  }
  if (clean && existsSync(join(root, 'public', clean))) return true;
  return undefined;
}
