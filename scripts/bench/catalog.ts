/**
 * A synthetic catalog of N providers in a scratch project: metadata (mixed auth modes, categories, retry,
 * pagination, webhooks), use cases (1-4 per provider, grouped), and one page per provider shaped like the
 * Checkr page: overview cards (shared snippet), tooling accordions and use-case table (generated snippets),
 * an access table, callouts, links and a code block.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { copyProduct } from '../../src/corpus/project.ts';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { providerPageHead } from '../../src/cli/templates.ts';

const MODES = ['OAUTH2', 'OAUTH2_CC', 'API_KEY', 'BASIC', 'TWO_STEP'];
const CATEGORIES = ['accounting', 'ats', 'communication', 'crm', 'dev-tools', 'e-commerce', 'hr', 'invoicing', 'legal', 'marketing', 'payment', 'productivity', 'security', 'storage', 'support', 'surveys', 'ticketing', 'video', 'analytics', 'knowledge-base'];

export function keyOf(i: number): string {
  return `provider-${String(i).padStart(5, '0')}`;
}

function page(key: string, name: string): string {
  return `${providerPageHead(key, name)}
## Setup guide

_No setup guide yet._

<Tip>Need help getting started? Ask in the [community](https://example.com/community).</Tip>

<Note>Contribute improvements to the setup guide by [editing this page](https://example.com/edit/${key}.mdx)</Note>

## Useful links

-   [${name} API docs](https://example.com/${key}/docs)
-   [OAuth related docs](https://example.com/${key}/oauth)
-   [Rate limiting](https://example.com/${key}/limits)

## API gotchas

-  Tokens are long lived and do not need to be refreshed.
-  Pass the token as Basic authentication:
\`\`\`ts
const connection = await nango.getConnection();
const token = 'access_token' in connection.credentials ? connection.credentials.access_token : '';
const response = await nango.get({
    endpoint: '/v1/account',
    headers: { Authorization: 'Basic ' + Buffer.from(token + ':').toString('base64') }
});
\`\`\`
- See the [pre-built integrations](#pre-built-integrations) and the [setup guide](/integrations/${key}/#setup-guide).

<Note>Contribute API gotchas by [editing this page](https://example.com/edit/${key}.mdx)</Note>
`;
}

export function generateCatalog(productRoot: string, dir: string, n: number): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'content', 'integrations'), { recursive: true });
  mkdirSync(join(dir, 'snippets'), { recursive: true });
  copyProduct(productRoot, dir);
  cpSync(join(productRoot, 'snippets', 'overview.mdx'), join(dir, 'snippets', 'overview.mdx'));
  writeFileSync(
    join(dir, 'site.config.ts'),
    `import { SiteConfigSchema } from './src/schemas/site-config.ts';\nexport default SiteConfigSchema.parse({ name: 'Bench', description: 'Synthetic catalog', url: 'https://bench.invalid', editBaseUrl: 'https://bench.invalid/edit', useCases: { syncDocsUrl: 'https://bench.invalid/syncs', actionDocsUrl: 'https://bench.invalid/actions', buildYourOwnUrl: 'https://bench.invalid/build' } });\n`,
  );
  const providers: Record<string, unknown> = {};
  const integrations: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) {
    const key = keyOf(i);
    const name = `Provider ${i}`;
    const mode = MODES[i % MODES.length]!;
    providers[key] = {
      display_name: name,
      categories: [CATEGORIES[i % CATEGORIES.length], CATEGORIES[(i * 7 + 3) % CATEGORIES.length]],
      auth_mode: mode,
      ...(mode.startsWith('OAUTH2') ? { token_url: `https://${key}.example.com/oauth/token` } : {}),
      proxy: { base_url: `https://api.${key}.example.com`, ...(i % 3 === 0 ? { retry: { at: 'x-ratelimit-reset' } } : {}), ...(i % 4 === 0 ? { paginate: { type: 'cursor' } } : {}) },
      ...(i % 5 === 0 ? { webhook_routing_script: 'routing' } : {}),
      ...(i % 2 === 0 && !mode.startsWith('OAUTH') ? { docs_connect: `/integrations/${key}/#setup-guide` } : {}),
      docs: `/integrations/${key}/`,
    };
    const count = 1 + (i % 4);
    const syncs: Record<string, unknown> = {};
    const actions: Record<string, unknown> = {};
    for (let j = 0; j < count; j++) {
      const def = { description: `Fetches the ${['users', 'accounts', 'invoices', 'tickets'][j]} of ${name}.`, endpoint: { method: j % 2 ? 'POST' : 'GET', path: `/${j}`, ...(j < 2 ? { group: ['Users', 'Accounts'][j] } : {}) } };
      (j % 2 ? actions : syncs)[`fn-${j}`] = def;
    }
    integrations[key] = { syncs, actions };
    writeFileSync(join(dir, 'content', 'integrations', `${key}.mdx`), page(key, name));
  }
  writeFileSync(join(dir, 'content', 'providers.yaml'), stringify(providers, { indent: 4 }));
  writeFileSync(join(dir, 'content', 'use-cases.yaml'), stringify({ integrations }, { indent: 4 }));
}
