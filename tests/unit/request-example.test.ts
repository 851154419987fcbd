import { describe, expect, it } from 'vitest';
import { highlight } from '../../src/lib/highlight.ts';
import { LANGS, buildCode, fillBase, type ExampleSpec } from '../../src/lib/request-example.ts';
import type { Provider } from '../../src/schemas/provider.ts';

const provider = (base_url: string, extra: Partial<Provider> = {}) => ({ display_name: 'X', auth_mode: 'OAUTH2', proxy: { base_url }, ...extra }) as unknown as Provider;

describe('request example highlighting', () => {
  // The build highlights one template per auth shape and writes each provider's base URL in: the result must be
  // byte for byte what highlighting that provider's own code gives.
  const bases = [
    'https://api.checkr-staging.com',
    'https://${connectionConfig.subdomain}.zendesk.com/api/v2',
    'https://api.example.com/v1/',
    'https://host.example.com:8443/a_b~c',
    "https://odd.example.com/it's",
    'https://odd.example.com/$path',
    'https://odd.example.com/?a=1&b=2',
  ];
  for (const base of bases) {
    for (const auth of [{ auth_mode: 'OAUTH2' }, { auth_mode: 'BASIC' }, { auth_mode: 'API_KEY', proxy: { base_url: base, headers: { 'X-Api-Key': '${apiKey}' } } }, { auth_mode: 'API_KEY', proxy: { base_url: base, query: { key: '${apiKey}' } } }] as Partial<Provider>[]) {
      it(`${base} (${auth.auth_mode}${auth.proxy ? ', header/query' : ''})`, async () => {
        const spec: ExampleSpec = { provider: provider(base, auth), endpoint: '/v1/account', method: 'GET', proxyBaseUrl: 'http://localhost:3003' };
        for (const l of LANGS) {
          const direct = await highlight(buildCode(spec, 'direct', l.id), l.shiki);
          const templated = fillBase(await highlight(buildCode(spec, 'direct', l.id, { baseAsSentinel: true }), l.shiki), spec.provider);
          expect(templated).toBe(direct);
        }
      });
    }
  }
  it('shares one template between providers of the same shape', () => {
    const a = buildCode({ provider: provider('https://a.example.com'), endpoint: '/', method: 'GET', proxyBaseUrl: '' }, 'direct', 'node', { baseAsSentinel: true });
    const b = buildCode({ provider: provider('https://b.example.com/v2'), endpoint: '/', method: 'GET', proxyBaseUrl: '' }, 'direct', 'node', { baseAsSentinel: true });
    expect(a).toBe(b);
    expect(a).not.toContain('example.com');
  });
});
