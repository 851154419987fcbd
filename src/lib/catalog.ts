import { getCollection } from 'astro:content';
import { listUseCases, type IntegrationUseCases } from '../schemas/use-cases.ts';
import { authModeLabel } from '../schemas/provider.ts';

/** One row of the catalog, computed once per build from the providers collection. */
export interface CatalogEntry {
  key: string;
  name: string;
  authMode: string;
  authLabel: string;
  categories: string[];
  useCaseCount: number;
  /** Has real-time webhooks (a webhook routing script). */
  webhooks: boolean;
  /** Has an end-user connect guide (`docs_connect`). */
  connectGuide: boolean;
  /** Logo URL from the metadata (`logo`), when there is one. */
  logo: string | undefined;
  /** URL of the provider's page, when it has one. */
  href: string | undefined;
}

let cached: Promise<CatalogEntry[]> | undefined;

/** All providers sorted by display name, each with its page URL (pages are found by provider key). */
export function getCatalog(): Promise<CatalogEntry[]> {
  cached ??= (async () => {
    const [providers, pages] = await Promise.all([getCollection('providers'), getCollection('pages')]);
    const pageIds = new Set(pages.map((p) => p.id));
    return providers
      .map((p): CatalogEntry => ({
        key: p.id,
        name: p.data.display_name,
        authMode: p.data.auth_mode,
        authLabel: authModeLabel(p.data.auth_mode),
        categories: p.data.categories ?? [],
        useCaseCount: listUseCases(p.data.useCases as IntegrationUseCases).length,
        webhooks: Boolean(p.data['webhook_routing_script']),
        connectGuide: Boolean(p.data['docs_connect']),
        logo: typeof p.data['logo'] === 'string' ? p.data['logo'] : undefined,
        href: pageIds.has(`integrations/${p.id}`) ? `/integrations/${p.id}/` : undefined,
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  })();
  return cached;
}
