import { z } from 'zod';

/**
 * One entry of `content/providers.yaml`, in the format of Nango's open-source `providers.yaml`.
 * Known fields are typed; unknown fields are kept as they are (Nango adds fields often, and a docs
 * build must not break on them). `alias` entries are resolved by `resolveProviders()`.
 */

/** Auth modes Nango uses today. Unknown modes are accepted (see `authModeLabel`), so a new mode upstream never breaks a build. */
export const KNOWN_AUTH_MODES = [
  'OAUTH1',
  'OAUTH2',
  'OAUTH2_CC',
  'MCP_OAUTH2',
  'MCP_OAUTH2_GENERIC',
  'BASIC',
  'API_KEY',
  'APP',
  'APP_STORE',
  'CUSTOM',
  'NONE',
  'TBA',
  'TABLEAU',
  'JWT',
  'BILL',
  'TWO_STEP',
  'SIGNATURE',
  'AWS_SIGV4',
  'INSTALL_PLUGIN',
] as const;
export type KnownAuthMode = (typeof KNOWN_AUTH_MODES)[number];

/** A provider key: lowercase letters, digits and dashes, as used in URLs and snippet paths. */
export const ProviderKeySchema = z
  .string()
  .regex(/^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/, 'a provider key is lowercase letters, digits and single dashes (e.g. "checkr-partner-staging")');

const stringOrStrings = z.union([z.string(), z.array(z.string())]);

/** How Nango retries a proxied request: which response headers carry the rate-limit reset. */
export const RetrySchema = z.looseObject({
  /** Header(s) holding the time at which to retry (e.g. `x-ratelimit-reset`). */
  at: stringOrStrings.optional(),
  /** Header(s) holding a delay to wait before retrying. */
  after: stringOrStrings.optional(),
  /** Status codes or error codes that trigger a retry. */
  error_code: z.unknown().optional(),
  remaining: stringOrStrings.optional(),
});

/** Pre-configured pagination for proxied requests. */
export const PaginateSchema = z.looseObject({
  type: z.string().optional(),
});

/** Nango's proxy settings for this provider. */
export const ProxySchema = z.looseObject({
  /** Base URL of the provider's API (may contain `${connectionConfig.x}` placeholders). */
  base_url: z.string().optional(),
  /** Headers Nango adds to every proxied request. Values may be templates such as `${apiKey}`. */
  headers: z.record(z.string(), z.unknown()).optional(),
  /** Query parameters Nango adds to every proxied request. */
  query: z.record(z.string(), z.unknown()).optional(),
  retry: RetrySchema.optional(),
  paginate: PaginateSchema.optional(),
  verification: z.unknown().optional(),
  decompress: z.boolean().optional(),
});

/** A field a user fills in when connecting (connection_config / credentials entries). */
export const FieldSchema = z.looseObject({
  type: z.string().optional(),
  title: z.string().optional(),
  description: z.string().optional(),
  example: z.unknown().optional(),
  pattern: z.string().optional(),
  format: z.string().optional(),
  optional: z.boolean().optional(),
  secret: z.boolean().optional(),
  doc_section: z.string().optional(),
});

const fields = z.record(z.string(), FieldSchema);

/** A provider entry as written in the YAML, before alias resolution. */
export const ProviderEntrySchema = z.looseObject({
  /** Name shown to readers, e.g. "Checkr Partner (Staging)". */
  display_name: z.string().min(1),
  /** Catalog categories, e.g. `legal`, `hr`, `crm`. */
  categories: z.array(z.string()).optional(),
  /** How end users authorize. Required unless the entry is an `alias`. */
  auth_mode: z.string().min(1).optional(),
  /** Key of another provider whose configuration this one reuses. */
  alias: z.string().optional(),
  authorization_url: z.string().optional(),
  token_url: z.union([z.string(), z.record(z.string(), z.string())]).optional(),
  authorization_params: z.record(z.string(), z.unknown()).optional(),
  token_params: z.record(z.string(), z.unknown()).optional(),
  refresh_params: z.record(z.string(), z.unknown()).optional(),
  default_scopes: z.array(z.string()).optional(),
  scope_separator: z.string().optional(),
  disable_pkce: z.boolean().optional(),
  proxy: ProxySchema.optional(),
  /** Name of Nango's webhook routing script: its presence means real-time webhooks are supported. */
  webhook_routing_script: z.string().optional(),
  post_connection_script: z.string().optional(),
  /** Link to the provider's docs page (ours or Nango's). */
  docs: z.string().optional(),
  /** Link to the end-user connect guide. */
  docs_connect: z.string().optional(),
  setup_guide_url: z.string().optional(),
  connection_config: fields.optional(),
  credentials: fields.optional(),
  /** Logo URL or path under public/ shown in the catalog (catalog-docs; a monogram is drawn otherwise). */
  logo: z.string().optional(),
  /** Set to false for a provider that has no docs page on purpose (catalog-docs; not a Nango field). */
  documented: z.boolean().optional(),
});
export type ProviderEntry = z.infer<typeof ProviderEntrySchema>;

/** The whole `providers.yaml`: a map of provider key -> entry. */
export const ProvidersFileSchema = z.record(ProviderKeySchema, ProviderEntrySchema);

/** A provider after alias resolution: `auth_mode` is always known. */
export type Provider = ProviderEntry & {
  key: string;
  auth_mode: string;
  /** The key this provider aliases, when it does. */
  aliasOf?: string;
};

/** Readable label of an auth mode, as Nango's "Pre-built authorization (...)" row shows it. */
export function authModeLabel(mode: string): string {
  const labels: Record<string, string> = {
    OAUTH1: 'OAuth',
    OAUTH2: 'OAuth',
    OAUTH2_CC: 'OAuth',
    MCP_OAUTH2: 'OAuth',
    MCP_OAUTH2_GENERIC: 'OAuth',
    BASIC: 'Basic',
    API_KEY: 'API Key',
    APP_STORE: 'Custom',
    CUSTOM: 'Custom',
    APP: 'App',
    BILL: 'Bill',
    SIGNATURE: 'Signature',
    JWT: 'JWT',
    TWO_STEP: 'Two Step',
    TABLEAU: 'Tableau',
    TBA: 'TBA',
    NONE: 'None',
    AWS_SIGV4: 'AWS SigV4',
    INSTALL_PLUGIN: 'Plugin',
  };
  return labels[mode] ?? mode.split('_').map((w) => w.charAt(0) + w.slice(1).toLowerCase()).join(' ');
}

/** True for the modes whose credentials Nango refreshes (all OAuth flavours). */
export function isOAuthMode(mode: string): boolean {
  return authModeLabel(mode) === 'OAuth';
}
