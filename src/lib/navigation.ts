import { getCollection } from 'astro:content';
import site from '../../site.config.ts';
import { categoryLabel } from './categories.ts';
import { providerOfPage, urlOfId } from './pages.ts';
import { getCatalog, type CatalogEntry } from './catalog.ts';

/**
 * The site's navigation, computed once per build: guides, categories with their provider pages, and for any
 * page its breadcrumbs, previous/next and the sidebar section to expand. A page's sidebar lists the
 * categories (with counts) and only its own category's pages, so its HTML stays bounded however large the
 * catalog grows (a category page lists the rest).
 */

export interface NavLink {
  label: string;
  href: string;
}

export interface Category {
  key: string;
  label: string;
  href: string;
  /** Provider pages in this category, sorted by title. */
  pages: NavLink[];
}

export interface Navigation {
  guides: NavLink[];
  categories: Category[];
  /** Page id -> its primary category key (provider pages only). */
  primaryCategory: Map<string, string>;
}

/** At most this many pages of the current category are listed in a sidebar; the category page has them all. */
export const SIDEBAR_CATEGORY_LIMIT = 40;

let cached: Promise<Navigation> | undefined;

export function categoryHref(key: string): string {
  return `/integrations/category/${encodeURIComponent(key)}/`;
}

export function getNavigation(): Promise<Navigation> {
  cached ??= (async () => {
    const [pages, catalog] = await Promise.all([getCollection('pages'), getCatalog()]);
    const byKey = new Map<string, CatalogEntry>(catalog.map((c) => [c.key, c]));
    const guides: NavLink[] = [];
    const categories = new Map<string, Category>();
    const primaryCategory = new Map<string, string>();
    for (const page of pages) {
      const label = page.data.sidebarTitle ?? page.data.title;
      const href = urlOfId(page.id);
      const provider = providerOfPage(page.id, page.data);
      const entry = provider ? byKey.get(provider) : undefined;
      if (!entry) {
        if (!page.id.includes('/') || page.id.startsWith('guides/')) guides.push({ label, href });
        continue;
      }
      const cats = entry.categories.length ? entry.categories : ['other'];
      primaryCategory.set(page.id, cats[0]!);
      for (const key of cats) {
        const cat = categories.get(key) ?? { key, label: categoryLabel(key, site.categoryLabels), href: categoryHref(key), pages: [] };
        cat.pages.push({ label, href });
        categories.set(key, cat);
      }
    }
    const byLabel = (a: NavLink, b: NavLink) => a.label.localeCompare(b.label, 'en');
    for (const c of categories.values()) c.pages.sort(byLabel);
    return {
      guides: guides.sort(byLabel),
      categories: [...categories.values()].sort((a, b) => a.label.localeCompare(b.label, 'en')),
      primaryCategory,
    };
  })();
  return cached;
}

export interface PageNav {
  breadcrumbs: NavLink[];
  prev: NavLink | undefined;
  next: NavLink | undefined;
  /** Category expanded in the sidebar. */
  current: Category | undefined;
}

/** Breadcrumbs and previous/next for the page at `href` (with `id` for content pages). */
export function pageNav(nav: Navigation, href: string, id?: string): PageNav {
  const home = { label: 'Home', href: '/' };
  const catKey = id ? nav.primaryCategory.get(id) : undefined;
  const current = catKey ? nav.categories.find((c) => c.key === catKey) : undefined;
  const list = current ? current.pages : nav.guides.some((g) => g.href === href) ? nav.guides : [];
  const i = list.findIndex((l) => l.href === href);
  const breadcrumbs = current
    ? [home, { label: 'Integrations', href: '/integrations/' }, { label: current.label, href: current.href }]
    : href === '/'
      ? []
      : [home];
  return { breadcrumbs, prev: i > 0 ? list[i - 1] : undefined, next: i >= 0 && i < list.length - 1 ? list[i + 1] : undefined, current };
}
