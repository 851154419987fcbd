import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Parser } from 'htmlparser2';
import { isExternal } from './links.ts';

/** Reading a built site: its HTML pages, the links and assets they reference, and whether a URL exists in it. */

export interface PageRefs {
  /** URL path of the page, e.g. `/integrations/github/`. */
  url: string;
  links: string[];
  assets: string[];
  ids: Set<string>;
  /** Target of a `<meta http-equiv="refresh" content="0; url=...">` redirect page, if the page is one. */
  redirect?: string | undefined;
}

/** All `.html` files under `dist`, as paths relative to it. */
export function listHtml(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => relative(dist, join(d.parentPath, d.name)).split('\\').join('/'))
    .sort();
}

/** `integrations/x/index.html` -> `/integrations/x/`. */
export function urlOfHtml(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The target of a `<meta http-equiv="refresh" content="0; url=...">` tag, given its attributes. */
function refreshTarget(attrs: Record<string, string>): string | undefined {
  if (attrs['http-equiv']?.toLowerCase() !== 'refresh') return undefined;
  return /^\s*\d+\s*;\s*url=(.+)$/i.exec(attrs.content ?? '')?.[1]?.trim().replace(/^["']|["']$/g, '');
}

/** Target of a meta-refresh redirect page (as `readPageRefs` reads it), if the page is one. */
export function redirectTarget(html: string): string | undefined {
  let target: string | undefined;
  new Parser({ onopentag: (name, attrs) => { if (name === 'meta') target ??= refreshTarget(attrs); } }).end(html);
  return target;
}

/** Parses a page with a real HTML parser: hrefs of links, srcs of images/scripts/styles, element ids, redirect. */
export function readPageRefs(dist: string, file: string): PageRefs {
  const links: string[] = [];
  const assets: string[] = [];
  const ids = new Set<string>();
  let redirect: string | undefined;
  const parser = new Parser({
    onopentag(name, attrs) {
      if (attrs.id) ids.add(attrs.id);
      if (name === 'a' && attrs.href !== undefined) links.push(attrs.href);
      else if ((name === 'img' || name === 'script' || name === 'source' || name === 'iframe') && attrs.src) assets.push(attrs.src);
      else if (name === 'link' && attrs.href && /\b(stylesheet|icon|preload|modulepreload)\b/.test(attrs.rel ?? '')) assets.push(attrs.href);
      else if (name === 'meta') redirect ??= refreshTarget(attrs);
    },
  });
  parser.end(readFileSync(join(dist, file), 'utf8'));
  return { url: urlOfHtml(file), links, assets, ids, redirect };
}

/** True when `href` stays on this site (no scheme, not protocol-relative). */
export function isInternal(href: string): boolean {
  return !isExternal(href);
}

/** The file a site URL path resolves to, if any (`/a/` -> `a/index.html`, `/a` -> `a` or `a/index.html` or `a.html`). */
export function resolveInSite(dist: string, urlPath: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    path = urlPath;
  }
  const clean = path.replace(/^\/+/, '');
  const candidates = clean === '' || clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`, `${clean}.html`];
  for (const c of candidates) {
    const abs = join(dist, c);
    if (existsSync(abs) && statSync(abs).isFile()) return c;
  }
  return undefined;
}

/** Splits an internal href into the absolute path and hash, resolved against the page URL. */
export function resolveHref(pageUrl: string, href: string): { path: string; hash: string } {
  const u = new URL(href, `https://site.invalid${pageUrl}`);
  return { path: u.pathname, hash: u.hash ? decodeURIComponent(u.hash.slice(1)) : '' };
}
