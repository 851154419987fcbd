import type { Provider } from '../schemas/provider.ts';
import { isOAuthMode } from '../schemas/provider.ts';
import { escapeHtml } from './html.ts';

/**
 * The code of a request example, in three languages and two modes, built from a provider's metadata:
 * - proxy: through a Nango-compatible proxy (`<base>/proxy<endpoint>`, secret key, integration and connection ids);
 * - direct: to the provider (`proxy.base_url` + endpoint) with the header its auth mode needs.
 * Values a reader fills in are placeholders `<NAME>`; the page marks them so the live island can replace them.
 */

export type Lang = 'curl' | 'node' | 'python';
export const LANGS: { id: Lang; title: string; shiki: string }[] = [
  { id: 'curl', title: 'cURL', shiki: 'bash' },
  { id: 'node', title: 'Node', shiki: 'js' },
  { id: 'python', title: 'Python', shiki: 'python' },
];

/** Placeholder name -> the input that fills it. */
export const PLACEHOLDERS = {
  'NANGO-SECRET-KEY': 'secret',
  'INTEGRATION-ID': 'integration',
  'CONNECTION-ID': 'connection',
  'ACCESS-TOKEN': 'token',
  'BASE64-TOKEN': 'basic',
  ENDPOINT: 'endpoint',
  METHOD: 'method',
  'PROXY-BASE': 'proxyBase',
} as const;
export type Placeholder = keyof typeof PLACEHOLDERS;
const NAMES = Object.keys(PLACEHOLDERS) as Placeholder[];
/**
 * Placeholders are written as sentinels made of letters and digits only, so the highlighter keeps each inside
 * one token in every language (a bare `<METHOD>` is a redirection to bash); `markPlaceholders` turns them into
 * fillable spans showing `<NAME>` (or a default such as the endpoint).
 */
const ph = (name: Placeholder) => `ZQPH${NAMES.indexOf(name)}QZ`;

/** How a direct request authenticates: `basic-token` sends the access token as the Basic user name (Checkr). */
export type DirectAuth = 'bearer' | 'basic-token' | 'header' | 'query' | 'none';

export interface ExampleSpec {
  provider: Provider;
  endpoint: string;
  method: string;
  proxyBaseUrl: string;
  directAuth?: DirectAuth | undefined;
}

/** The auth a direct call needs: explicit, else from proxy.headers/query templates, else Bearer for OAuth. */
export function directAuthOf(provider: Provider, explicit?: DirectAuth): { kind: DirectAuth; header?: string; value?: string } {
  if (explicit === 'basic-token') return { kind: 'basic-token', header: 'Authorization', value: `Basic ${ph('BASE64-TOKEN')}` };
  const headers = provider.proxy?.headers ?? {};
  for (const [name, value] of Object.entries(headers)) {
    if (typeof value === 'string' && /\$\{(apiKey|accessToken|credentials\.[\w]+)\}/.test(value)) {
      return { kind: 'header', header: name, value: value.replace(/\$\{[^}]+\}/g, ph('ACCESS-TOKEN')) };
    }
  }
  for (const [name, value] of Object.entries(provider.proxy?.query ?? {})) {
    if (typeof value === 'string' && /\$\{apiKey\}/.test(value)) return { kind: 'query', header: name, value: ph('ACCESS-TOKEN') };
  }
  if (provider.auth_mode === 'BASIC') return { kind: 'basic-token', header: 'Authorization', value: `Basic ${ph('BASE64-TOKEN')}` };
  if (isOAuthMode(provider.auth_mode) || provider.auth_mode === 'TWO_STEP' || provider.auth_mode === 'API_KEY') return { kind: 'bearer', header: 'Authorization', value: `Bearer ${ph('ACCESS-TOKEN')}` };
  return { kind: 'none' };
}

/**
 * The request a provider page shows when its MDX (`pageSource`) has no <RequestExample> of its own: the
 * endpoint Nango's metadata uses to verify a connection (`proxy.verification`), else the API root for the
 * reader to edit. Undefined when the page writes one, or the provider has no proxy base URL.
 */
export function defaultExampleOf(provider: Provider, pageSource: string): { endpoint: string; method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' } | undefined {
  if (!provider.proxy?.base_url || pageSource.includes('<RequestExample')) return undefined;
  const v = (provider.proxy.verification ?? {}) as { method?: unknown; endpoints?: unknown; endpoint?: unknown };
  const candidates = [...(Array.isArray(v.endpoints) ? v.endpoints : []), v.endpoint];
  const endpoint = candidates.find((e): e is string => typeof e === 'string' && e.startsWith('/')) ?? '/';
  const method = typeof v.method === 'string' ? v.method.toUpperCase() : 'GET';
  return { endpoint, method: (['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const).find((m) => m === method) ?? 'GET' };
}

/** `${connectionConfig.subdomain}` in a base URL becomes `<SUBDOMAIN>` for the reader to replace. */
export function directBaseUrl(provider: Provider): string | undefined {
  return provider.proxy?.base_url?.replace(/\$\{connectionConfig\.([\w]+)\}/g, (_, k: string) => `<${k.toUpperCase()}>`);
}

const pyStr = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const jsStr = pyStr;

/**
 * Highlighting is memoised by code, and the only per-provider part of most examples is the direct base URL:
 * `buildCode(…, { baseAsSentinel: true })` writes a sentinel in its place when the URL is made of characters
 * that stay inside the string literal's one token in every language (no quotes, escapes, `$`, `%` or braces),
 * so providers of one auth shape share one highlighted template and `fillBase` writes their URL in.
 */
const BASE_SENTINEL = 'ZQBASEQZ';
const SENTINEL_SAFE = /^[A-Za-z0-9:/._~<>-]*$/;

/** Writes the base URL into highlighted HTML where `buildCode(…, { baseAsSentinel: true })` left its sentinel. */
export function fillBase(html: string, provider: Provider): string {
  if (!html.includes(BASE_SENTINEL)) return html;
  // Text escaped as shiki's HTML serialiser does (hast-util-to-html: `&` and `<` as hexadecimal references).
  const text = (directBaseUrl(provider) ?? '<BASE-URL>').replace(/&/g, '&#x26;').replace(/</g, '&#x3C;');
  return html.replaceAll(BASE_SENTINEL, text);
}

export function buildCode(spec: ExampleSpec, mode: 'proxy' | 'direct', lang: Lang, options: { baseAsSentinel?: boolean } = {}): string {
  const endpoint = ph('ENDPOINT');
  const method = ph('METHOD');
  if (mode === 'proxy') {
    const url = `${ph('PROXY-BASE')}/proxy${endpoint}`;
    const headers: [string, string][] = [
      ['Authorization', `Bearer ${ph('NANGO-SECRET-KEY')}`],
      ['Provider-Config-Key', ph('INTEGRATION-ID')],
      ['Connection-Id', ph('CONNECTION-ID')],
    ];
    if (lang === 'curl') return [`curl -X ${method} "${url}" \\`, ...headers.map(([k, v], i) => `  -H "${k}: ${v}"${i < headers.length - 1 ? ' \\' : ''}`)].join('\n');
    if (lang === 'node') {
      return [
        "import { Nango } from '@nangohq/node';",
        '',
        `const nango = new Nango({ secretKey: ${jsStr(ph('NANGO-SECRET-KEY'))} });`,
        '',
        'const res = await nango.proxy({',
        `    method: ${jsStr(method)},`,
        `    endpoint: ${jsStr(endpoint)},`,
        `    providerConfigKey: ${jsStr(ph('INTEGRATION-ID'))},`,
        `    connectionId: ${jsStr(ph('CONNECTION-ID'))}`,
        '});',
        'console.log(res.data);',
      ].join('\n');
    }
    return [
      'import requests',
      '',
      `res = requests.request(${pyStr(method)}, ${pyStr(url)}, headers={`,
      ...headers.map(([k, v]) => `    ${pyStr(k)}: ${pyStr(v)},`),
      '})',
      'print(res.status_code, res.json())',
    ].join('\n');
  }
  const realBase = directBaseUrl(spec.provider) ?? '<BASE-URL>';
  const base = options.baseAsSentinel && SENTINEL_SAFE.test(realBase) ? BASE_SENTINEL : realBase;
  const auth = directAuthOf(spec.provider, spec.directAuth);
  const query = auth.kind === 'query' ? `?${auth.header}=${auth.value}` : '';
  const url = `${base}${endpoint}${query}`;
  const headers: [string, string][] = auth.kind === 'query' || auth.kind === 'none' ? [] : [[auth.header!, auth.value!]];
  if (lang === 'curl') return [`curl -X ${method} "${url}"${headers.length ? ' \\' : ''}`, ...headers.map(([k, v]) => `  -H "${k}: ${v}"`)].join('\n');
  if (lang === 'node') {
    return [
      `const res = await fetch(${jsStr(url)}, {`,
      `    method: ${jsStr(method)},`,
      `    headers: { ${headers.map(([k, v]) => `${jsStr(k)}: ${jsStr(v)}`).join(', ')} }`,
      '});',
      'console.log(res.status, await res.json());',
    ].join('\n');
  }
  return ['import requests', '', `res = requests.request(${pyStr(method)}, ${pyStr(url)}, headers={${headers.map(([k, v]) => `${pyStr(k)}: ${pyStr(v)}`).join(', ')}})`, 'print(res.status_code, res.json())'].join('\n');
}

/** Wraps each placeholder sentinel of highlighted HTML in a span the island fills, showing `<NAME>` or a default. */
export function markPlaceholders(html: string, defaults: Partial<Record<Placeholder, string>>): string {
  return html.replace(/ZQPH(\d+)QZ/g, (m, i: string) => {
    const name = NAMES[Number(i)];
    if (!name) return m;
    const text = defaults[name] ?? `<${name}>`;
    const escaped = escapeHtml(text);
    return `<span data-ph="${PLACEHOLDERS[name]}" data-default="${escaped}">${escaped}</span>`;
  });
}

/** The code with placeholders shown as `<NAME>` or their defaults (for plain-text uses). */
export function plainCode(code: string, defaults: Partial<Record<Placeholder, string>> = {}): string {
  return code.replace(/ZQPH(\d+)QZ/g, (m, i: string) => {
    const name = NAMES[Number(i)];
    return name ? (defaults[name] ?? `<${name}>`) : m;
  });
}
