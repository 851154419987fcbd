import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { closest } from 'fastest-levenshtein';
import { isInternal, listHtml, readPageRefs, resolveHref, resolveInSite as resolveInDist, type PageRefs } from '../lib/site-files.ts';

/**
 * The offline link check of a built site: every internal link, every `#anchor` (same page and cross-page,
 * against ids that exist in the target), every image/script/stylesheet, and redirect pages (their target
 * must exist). Pure: reads `dist/`, returns issues; the CLI prints them.
 */

export type LinkIssueKind = 'missing-page' | 'missing-anchor' | 'missing-asset' | 'broken-redirect';

export interface LinkIssue {
  /** URL of the page holding the link. */
  page: string;
  /** The link as written (href/src). */
  target: string;
  kind: LinkIssueKind;
  /** Closest existing anchor, for a missing anchor. */
  suggestion?: string | undefined;
}

export interface LinkReport {
  pages: number;
  links: number;
  issues: LinkIssue[];
  /** External URLs found (for --external), with the pages that use them. */
  external: Map<string, Set<string>>;
}

export interface LinkCheckOptions {
  /** Only report these kinds (default: all). */
  kinds?: LinkIssueKind[];
  /** Ignore internal targets matching these (for example links that leave a partial corpus). */
  ignore?: (path: string) => boolean;
}

/** Anchors a browser resolves without an element: `#` and `#top`. */
const IMPLICIT_ANCHORS = new Set(['', 'top']);

export function checkLinks(dist: string, options: LinkCheckOptions = {}): LinkReport {
  const files = listHtml(dist);
  // Each page is read and parsed once (links, assets, ids and redirect in one pass).
  const pages = new Map<string, PageRefs & { file: string }>();
  for (const file of files) pages.set(file, { ...readPageRefs(dist, file), file });
  // Thousands of links point to the same few hundred pages: each URL is looked up on disk once.
  const resolved = new Map<string, string | undefined>();
  const resolveInSite = (path: string) => {
    if (!resolved.has(path)) resolved.set(path, resolveInDist(dist, path));
    return resolved.get(path);
  };
  const issues: LinkIssue[] = [];
  const external = new Map<string, Set<string>>();
  let links = 0;
  const report = (issue: LinkIssue) => {
    if (!options.kinds || options.kinds.includes(issue.kind)) issues.push(issue);
  };

  /** Follows redirect pages to the page a reader ends on. */
  const finalPage = (file: string, seen = new Set<string>()): string | undefined => {
    const p = pages.get(file);
    if (!p?.redirect || seen.has(file)) return file;
    seen.add(file);
    if (!isInternal(p.redirect)) return file;
    const next = resolveInSite(resolveHref(p.url, p.redirect).path);
    return next ? finalPage(next, seen) : undefined;
  };

  for (const page of pages.values()) {
    if (page.redirect) {
      if (isInternal(page.redirect) && !resolveInSite(resolveHref(page.url, page.redirect).path)) {
        report({ page: page.url, target: page.redirect, kind: 'broken-redirect' });
      }
      continue;
    }
    for (const href of page.links) {
      links++;
      if (!isInternal(href)) {
        if (/^https?:/i.test(href)) {
          const set = external.get(href) ?? new Set<string>();
          set.add(page.url);
          external.set(href, set);
        }
        continue;
      }
      const { path, hash } = resolveHref(page.url, href);
      if (options.ignore?.(path)) continue;
      const targetFile = resolveInSite(path);
      if (!targetFile) {
        report({ page: page.url, target: href, kind: 'missing-page' });
        continue;
      }
      if (IMPLICIT_ANCHORS.has(hash) || !targetFile.endsWith('.html')) continue;
      const final = finalPage(targetFile);
      const target = final ? pages.get(final) : undefined;
      if (!target) {
        report({ page: page.url, target: href, kind: 'broken-redirect' });
        continue;
      }
      if (!target.ids.has(hash)) {
        const ids = [...target.ids];
        report({ page: page.url, target: href, kind: 'missing-anchor', suggestion: ids.length ? `#${closest(hash, ids)}` : undefined });
      }
    }
    for (const src of page.assets) {
      links++;
      if (!isInternal(src) || src.startsWith('data:')) continue;
      const { path } = resolveHref(page.url, src);
      if (options.ignore?.(path)) continue;
      if (!resolveInSite(path) && !existsSync(join(dist, decodeURIComponent(path)))) report({ page: page.url, target: src, kind: 'missing-asset' });
    }
  }
  return { pages: pages.size, links, issues, external };
}

const REASONS: Record<LinkIssueKind, string> = {
  'missing-page': 'missing page',
  'missing-anchor': 'missing anchor',
  'missing-asset': 'missing asset',
  'broken-redirect': 'redirect to a missing page',
};

/** `page -> broken target -> reason`, grouped by page, then a count per reason. */
export function formatLinkReport(report: LinkReport, sourceOf: (url: string) => string | undefined = () => undefined): string {
  const byPage = new Map<string, LinkIssue[]>();
  for (const issue of report.issues) byPage.set(issue.page, [...(byPage.get(issue.page) ?? []), issue]);
  const lines: string[] = [];
  for (const [page, list] of [...byPage].sort(([a], [b]) => a.localeCompare(b))) {
    const source = sourceOf(page);
    lines.push(`${page}${source ? `  (${source})` : ''}`);
    for (const i of list) lines.push(`  -> ${i.target}  ${REASONS[i.kind]}${i.suggestion ? ` (did you mean ${i.suggestion}?)` : ''}`);
  }
  const counts = new Map<LinkIssueKind, number>();
  for (const i of report.issues) counts.set(i.kind, (counts.get(i.kind) ?? 0) + 1);
  const summary = [...counts].map(([k, n]) => `${n} ${REASONS[k]}${n === 1 ? '' : 's'}`).join(', ');
  lines.push('', `${report.pages} pages, ${report.links} links and assets checked: ${report.issues.length ? `${report.issues.length} broken (${summary}) on ${byPage.size} pages` : 'no broken link'}`);
  return lines.join('\n');
}
