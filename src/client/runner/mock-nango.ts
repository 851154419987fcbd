/**
 * Mocks of the two Nango APIs docs examples use, for the example runner:
 * - `Nango` from @nangohq/node (backend code calling the Nango proxy), and
 * - the `nango` object a Nango script (action / sync) receives, whose requests go to the provider through Nango.
 * Nothing here performs I/O: every call records the request it stands for (headers masked) and returns a fixture.
 */
import type { RecordedRequest, RunContext } from './protocol.ts';
import { encodeBase64, maskHeaders } from './mask.ts';

export interface MockHooks {
  /** Receives every request the code would make. */
  record: (request: RecordedRequest) => void;
  /** Console output from mocks (`nango.log`, `batchSave`...). */
  log: (...args: unknown[]) => void;
}

export interface ProxyConfig {
  endpoint: string;
  providerConfigKey?: string;
  connectionId?: string;
  headers?: Record<string, string>;
  params?: Record<string, string | number> | string;
  data?: unknown;
  body?: unknown;
  method?: string;
  baseUrlOverride?: string;
  retries?: number;
}

export interface ProxyResponse {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  data: unknown;
}

export interface FixtureConnection {
  id: number;
  connection_id: string;
  provider_config_key: string;
  provider: string;
  credentials: Record<string, unknown> & { type: string };
  connection_config: Record<string, unknown>;
  metadata: Record<string, unknown>;
}

const CONNECTION_ID = 'test-connection-id';

/** What a real Nango script throws to fail an action with a payload; the message is the JSON payload. */
export class ActionError extends Error {
  override name = 'ActionError';
  type = 'action_script_runtime_error';
  payload: unknown;
  constructor(payload: unknown = {}) {
    super(JSON.stringify(payload));
    this.payload = payload;
  }
}

export function fixtureCredentials(authMode: string): FixtureConnection['credentials'] {
  switch (authMode) {
    case 'OAUTH2':
      return { type: 'OAUTH2', access_token: 'mock_access_token_f3a9c2', raw: {} };
    case 'API_KEY':
      return { type: 'API_KEY', apiKey: 'mock_api_key_f3a9c2' };
    case 'BASIC':
      return { type: 'BASIC', username: 'mock_user', password: 'mock_password_f3a9c2' };
    case 'OAUTH2_CC':
      return { type: 'OAUTH2_CC', token: 'mock_token_f3a9c2', client_id: 'mock_client', client_secret: 'mock_secret_f3a9c2' };
    case 'TWO_STEP':
      return { type: 'TWO_STEP', token: 'mock_token_f3a9c2' };
    default:
      return { type: authMode };
  }
}

export function fixtureConnection(context: RunContext, connectionId = CONNECTION_ID, providerConfigKey = context.provider): FixtureConnection {
  return {
    id: 1,
    connection_id: connectionId,
    provider_config_key: providerConfigKey,
    provider: context.provider,
    credentials: fixtureCredentials(context.authMode),
    connection_config: {},
    metadata: {},
  };
}

export function fixtureData(endpoint: string): Record<string, string> {
  return { id: 'mock_1', object: 'mock', endpoint, note: 'Fixture returned by the example runner: no request left your browser.' };
}

function response(endpoint: string): ProxyResponse {
  return { status: 200, statusText: 'OK', headers: { 'content-type': 'application/json' }, data: fixtureData(endpoint) };
}

function checkConfig(config: unknown, required: readonly ('providerConfigKey' | 'connectionId')[]): ProxyConfig {
  if (typeof config !== 'object' || config === null) throw new Error('A proxy configuration object is required to make a proxy call!');
  const c = config as Partial<ProxyConfig>;
  if (typeof c.endpoint !== 'string') throw new Error('endpoint is missing and is required to make a proxy call!');
  for (const key of required) {
    if (c[key] === undefined) throw new Error(`${key} is missing and is required to make a proxy call!`);
  }
  return c as ProxyConfig;
}

/** `base + endpoint` plus the query from `params`, as plain text (templates like ${connectionConfig.x} stay as-is). */
function buildUrl(base: string, endpoint: string, params: ProxyConfig['params']): string {
  let url = base.replace(/\/+$/, '') + (endpoint.startsWith('/') ? endpoint : `/${endpoint}`);
  let query = '';
  if (typeof params === 'string') query = params.replace(/^\?/, '');
  else if (params && typeof params === 'object') query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();
  if (query) url += (url.includes('?') ? '&' : '?') + query;
  return url;
}

function bodyOf(config: ProxyConfig): string | undefined {
  const value = config.data ?? config.body;
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}

function recordRequest(hooks: MockHooks, via: RecordedRequest['via'], method: string, url: string, headers: Record<string, string>, body: string | undefined, notes: string[]): void {
  const masked = maskHeaders(headers);
  const request: RecordedRequest = { via, method: method.toUpperCase(), url, headers: masked.headers, notes: [...notes, ...masked.notes] };
  if (body !== undefined) request.body = body;
  hooks.record(request);
}

export interface NodeClientOptions {
  secretKey?: string;
  apiKey?: string;
  host?: string;
}

/** get/post/put/patch/delete/proxy, alike on both mocked clients: each records one request through `send`. */
abstract class ProxyVerbs {
  protected abstract send(method: string, config: ProxyConfig): Promise<ProxyResponse>;
  proxy(config: ProxyConfig): Promise<ProxyResponse> {
    return this.send(config.method ?? 'GET', config);
  }
  get(config: ProxyConfig): Promise<ProxyResponse> {
    return this.send('GET', config);
  }
  post(config: ProxyConfig): Promise<ProxyResponse> {
    return this.send('POST', config);
  }
  put(config: ProxyConfig): Promise<ProxyResponse> {
    return this.send('PUT', config);
  }
  patch(config: ProxyConfig): Promise<ProxyResponse> {
    return this.send('PATCH', config);
  }
  delete(config: ProxyConfig): Promise<ProxyResponse> {
    return this.send('DELETE', config);
  }
}

/** The mocked @nangohq/node client; `createNodeSdk` binds it to a run context. */
export class MockNodeNango extends ProxyVerbs {
  readonly host: string;
  readonly secretKey: string;
  #hooks: MockHooks;
  #context: RunContext;
  #notes: string[] = [];

  constructor(options: NodeClientOptions, context: RunContext, hooks: MockHooks) {
    super();
    this.#hooks = hooks;
    this.#context = context;
    this.host = (options.host ?? context.proxyBaseUrl).replace(/\/+$/, '');
    const key = options.secretKey ?? options.apiKey;
    if (key) this.secretKey = key;
    else {
      this.secretKey = 'YOUR_NANGO_SECRET_KEY';
      this.#notes.push('No secretKey was passed to new Nango() (process.env is empty in the runner): the real SDK needs your Nango secret key');
    }
  }

  #baseHeaders(): Record<string, string> {
    return { Authorization: `Bearer ${this.secretKey}` };
  }


  async getConnection(providerConfigKey: string, connectionId: string): Promise<FixtureConnection> {
    if (!providerConfigKey) throw new Error('Provider Config Key is required');
    if (!connectionId) throw new Error('Connection ID is required');
    const url = `${this.host}/connection/${encodeURIComponent(connectionId)}?provider_config_key=${encodeURIComponent(providerConfigKey)}`;
    recordRequest(this.#hooks, 'proxy', 'GET', url, { ...this.#baseHeaders(), 'Provider-Config-Key': providerConfigKey }, undefined, [...this.#notes]);
    return fixtureConnection(this.#context, connectionId, providerConfigKey);
  }

  protected async send(method: string, raw: ProxyConfig): Promise<ProxyResponse> {
    const config = checkConfig(raw, ['providerConfigKey', 'connectionId']);
    const headers: Record<string, string> = {
      ...this.#baseHeaders(),
      'Provider-Config-Key': String(config.providerConfigKey),
      'Connection-Id': String(config.connectionId),
    };
    if (config.baseUrlOverride) headers['Base-Url-Override'] = config.baseUrlOverride;
    if (config.retries !== undefined) headers['Retries'] = String(config.retries);
    for (const [name, value] of Object.entries(config.headers ?? {})) headers[`Nango-Proxy-${name}`] = String(value);
    const body = bodyOf(config);
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const notes = [...this.#notes];
    if (config.headers && Object.keys(config.headers).length) notes.push('Custom headers are sent as Nango-Proxy-<name>: the proxy forwards them to the provider without the prefix');
    recordRequest(this.#hooks, 'proxy', method, buildUrl(`${this.host}/proxy`, config.endpoint, config.params), headers, body, notes);
    return response(config.endpoint);
  }
}

/** `{ Nango }` as exported by the mocked '@nangohq/node' module. */
export function createNodeSdk(context: RunContext, hooks: MockHooks): { Nango: new (options?: NodeClientOptions) => MockNodeNango } {
  class Nango extends MockNodeNango {
    constructor(options: NodeClientOptions = {}) {
      super(options, context, hooks);
    }
  }
  return { Nango };
}

/** The Authorization header Nango would add for the connection's credentials, or undefined. */
function nangoAuthorization(credentials: FixtureConnection['credentials']): string | undefined {
  switch (credentials.type) {
    case 'OAUTH2':
      return `Bearer ${String(credentials['access_token'])}`;
    case 'OAUTH2_CC':
    case 'TWO_STEP':
      return `Bearer ${String(credentials['token'])}`;
    case 'API_KEY':
      return `Bearer ${String(credentials['apiKey'])}`;
    case 'BASIC':
      return `Basic ${encodeBase64(`${String(credentials['username'])}:${String(credentials['password'] ?? '')}`)}`;
    default:
      return undefined;
  }
}

/** The `nango` object of a Nango script (NangoAction-like). */
export class NangoAction extends ProxyVerbs {
  readonly ActionError = ActionError;
  readonly connectionId = CONNECTION_ID;
  readonly providerConfigKey: string;
  #context: RunContext;
  #hooks: MockHooks;

  constructor(context: RunContext, hooks: MockHooks) {
    super();
    this.#context = context;
    this.#hooks = hooks;
    this.providerConfigKey = context.provider;
  }


  async *paginate(config: ProxyConfig): AsyncGenerator<unknown[], void, undefined> {
    const res = await this.send(config.method ?? 'GET', config);
    yield [res.data];
  }

  async getConnection(): Promise<FixtureConnection> {
    return fixtureConnection(this.#context);
  }
  async getToken(): Promise<unknown> {
    const credentials = fixtureCredentials(this.#context.authMode);
    return credentials['access_token'] ?? credentials['token'] ?? credentials['apiKey'] ?? credentials;
  }
  async getMetadata(): Promise<Record<string, unknown>> {
    return {};
  }
  async setMetadata(metadata: unknown): Promise<void> {
    this.#hooks.log('setMetadata:', metadata);
  }
  log(...args: unknown[]): void {
    this.#hooks.log(...args);
  }
  async batchSave(records: unknown[], model: string): Promise<boolean> {
    return this.#batch('batchSave', records, model);
  }
  async batchUpdate(records: unknown[], model: string): Promise<boolean> {
    return this.#batch('batchUpdate', records, model);
  }
  async batchDelete(records: unknown[], model: string): Promise<boolean> {
    return this.#batch('batchDelete', records, model);
  }

  #batch(what: string, records: unknown[], model: string): boolean {
    const count = Array.isArray(records) ? records.length : 0;
    this.#hooks.log(`${what}: ${count} ${model} record(s)`);
    return true;
  }

  protected async send(method: string, raw: ProxyConfig): Promise<ProxyResponse> {
    const config = checkConfig(raw, []);
    const { authMode, providerBaseUrl } = this.#context;
    const base = config.baseUrlOverride ?? providerBaseUrl ?? 'https://provider.invalid';
    const notes: string[] = [];
    if (base === 'https://provider.invalid') notes.push(`No base URL is known for ${this.#context.providerName}: pass baseUrlOverride`);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(config.headers ?? {})) headers[name] = String(value);
    const body = bodyOf(config);
    if (body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['Content-Type'] = 'application/json';
    if (Object.keys(headers).some((h) => h.toLowerCase() === 'authorization')) {
      notes.push(`Authorization set by the code: it replaces the one Nango would add from the connection's credentials (auth mode ${authMode})`);
    } else {
      const authorization = nangoAuthorization(fixtureCredentials(authMode));
      if (authorization) {
        headers['Authorization'] = authorization;
        notes.push(`Authorization added by Nango from the connection's credentials (auth mode ${authMode})`);
        if (authMode === 'API_KEY') notes.push("Bearer is a generic guess for API_KEY: the provider's Nango configuration decides the real header");
      } else {
        notes.push(`No Authorization header shown: for auth mode ${authMode} Nango applies the credentials its own way (if any)`);
      }
    }
    recordRequest(this.#hooks, 'provider', method, buildUrl(base, config.endpoint, config.params), headers, body, notes);
    return response(config.endpoint);
  }
}

/** Exports of the mocked 'nango' module (what `import { createAction } from 'nango'` sees). */
export function createNangoModule(): Record<string, unknown> {
  const identity = <T>(definition: T): T => definition;
  return { ActionError, NangoAction, NangoSync: NangoAction, createAction: identity, createSync: identity, createOnEvent: identity };
}
