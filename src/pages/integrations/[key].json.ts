import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { listUseCases, type IntegrationUseCases } from '../../schemas/use-cases.ts';
import { authModeLabel } from '../../schemas/provider.ts';

/** Machine-readable facts per provider, for agents: /integrations/<key>.json. */
export const getStaticPaths = (async () => {
  const [providers, pages] = await Promise.all([getCollection('providers'), getCollection('pages')]);
  const documented = new Set(pages.map((p) => p.id));
  return providers.filter((p) => documented.has(`integrations/${p.id}`)).map((p) => ({ params: { key: p.id }, props: { provider: p } }));
}) satisfies GetStaticPaths;

type Field = { type?: string; title?: string; description?: string; optional?: boolean; secret?: boolean; pattern?: string };
const fields = (v: unknown) =>
  Object.entries((v ?? {}) as Record<string, Field>).map(([name, f]) => ({ name, type: f.type ?? 'string', title: f.title, description: f.description, optional: f.optional ?? false, secret: f.secret ?? false, pattern: f.pattern }));

export const GET: APIRoute<{ provider: CollectionEntry<'providers'> }> = ({ props }) => {
  const d = props.provider.data as Record<string, unknown> & { key: string; display_name: string; auth_mode: string; categories?: string[]; useCases: IntegrationUseCases };
  const proxy = (d['proxy'] ?? {}) as { base_url?: string; headers?: Record<string, unknown> };
  const body = {
    key: d.key,
    display_name: d.display_name,
    auth_mode: d.auth_mode,
    auth_label: authModeLabel(d.auth_mode),
    categories: d.categories ?? [],
    alias_of: d['aliasOf'],
    base_url: proxy.base_url,
    proxy_headers: proxy.headers ? Object.keys(proxy.headers) : [],
    authorization_url: d['authorization_url'],
    token_url: d['token_url'],
    docs: `/integrations/${d.key}/`,
    docs_connect: d['docs_connect'],
    connection_config: fields(d['connection_config']),
    credentials: fields(d['credentials']),
    webhooks: Boolean(d['webhook_routing_script']),
    use_cases: listUseCases(d.useCases).map((u) => ({ name: u.name, type: u.type, description: u.description, method: u.method, path: u.path, group: u.group })),
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
