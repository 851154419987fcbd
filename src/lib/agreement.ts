import { DocsError } from './errors.ts';
import type { ProvidersData } from './metadata.ts';
import type { PageFile } from './pages.ts';
import { urlOfId } from './pages.ts';

/**
 * Metadata and pages agree: every provider has a page (unless marked `documented: false`), every internal
 * URL in the metadata (`docs`, `docs_connect`, `setup_guide_url`) points to a page that exists, and a page
 * title that differs from the provider's display name is worth a look (warning).
 */

export interface AgreementOptions {
  /** A provider without a page is an error (our own site) or only counted (a partial corpus). */
  requireProviderPages: boolean;
  /** URLs of routes that are not content pages (`/`, `/integrations/`). */
  extraRoutes: string[];
}

export interface AgreementResult {
  errors: DocsError[];
  warnings: DocsError[];
  /** Providers with no page (and not marked undocumented). */
  withoutPage: string[];
}

const URL_FIELDS = ['docs', 'docs_connect', 'setup_guide_url'] as const;

export function checkAgreement(providers: ProvidersData, pages: PageFile[], options: AgreementOptions): AgreementResult {
  const errors: DocsError[] = [];
  const warnings: DocsError[] = [];
  const withoutPage: string[] = [];
  const byProvider = new Map<string, PageFile>();
  for (const p of pages) if (p.provider) byProvider.set(p.provider, p);
  const urls = new Set([...pages.map((p) => urlOfId(p.id)), ...options.extraRoutes]);

  for (const [key, provider] of providers.providers) {
    const line = providers.lineOfKey.get(key);
    const page = byProvider.get(key);
    if (!page && provider['documented'] !== false) {
      withoutPage.push(key);
      if (options.requireProviderPages) {
        errors.push(
          new DocsError({
            code: 'ProviderWithoutPage',
            message: `provider "${key}" has no page`,
            file: providers.file,
            line,
            hint: `add content/integrations/${key}.mdx (npm run new scaffolds one), or set \`documented: false\` on the provider if it is not documented on purpose.`,
          }),
        );
      }
    }
    for (const field of URL_FIELDS) {
      const value = provider[field];
      if (typeof value !== 'string' || !value.startsWith('/')) continue;
      const path = value.split('#')[0]!.split('?')[0]!;
      const normalized = path.endsWith('/') ? path : `${path}/`;
      if (!urls.has(normalized)) {
        errors.push(
          new DocsError({
            code: 'BrokenMetadataLink',
            message: `provider "${key}", field "${field}": ${value} is not a page of this site`,
            file: providers.file,
            line,
            hint: `point it at an existing page (${page ? urlOfId(page.id) : `/integrations/${key}/`}) or create that page.`,
          }),
        );
      }
    }
    if (page && page.frontmatter.title !== provider.display_name) {
      warnings.push(
        new DocsError({
          code: 'TitleMismatch',
          message: `page title "${page.frontmatter.title}" differs from the provider's display name "${provider.display_name}"`,
          file: page.shown,
          hint: `intended? Otherwise align the title or display_name (${providers.file}:${line ?? '?'}).`,
        }),
      );
    }
  }
  return { errors, warnings, withoutPage };
}
