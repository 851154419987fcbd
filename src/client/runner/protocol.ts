/**
 * Messages exchanged between a docs page (the parent) and the example-runner sandbox iframe.
 * The parent posts a `run` message with the reader's code; the sandbox answers with console output, the HTTP
 * requests the code would have made (headers already masked) and a final `done`. Types only: no runtime code.
 */

export interface RunContext {
  provider: string; // provider key, e.g. 'checkr-partner-staging'
  providerName: string; // display name, e.g. 'Checkr Partner (Staging)'
  authMode: string; // Nango auth_mode: 'OAUTH2' | 'OAUTH2_CC' | 'API_KEY' | 'BASIC' | 'TWO_STEP' | 'APP' | 'OAUTH1' | 'NONE' | ...
  providerBaseUrl?: string; // proxy.base_url from metadata, e.g. 'https://api.checkr-staging.com' (may contain ${connectionConfig.x} templates; leave them as text)
  proxyBaseUrl: string; // Nango-compatible proxy host, e.g. 'https://api.nango.dev'
}

export type ParentMessage = { type: 'run'; id: string; code: string; context: RunContext };

export interface RecordedRequest {
  via: 'proxy' | 'provider'; // 'proxy': the @nangohq/node client calling the Nango proxy; 'provider': the request a Nango script (nango.get in an action/sync) makes to the provider through Nango
  method: string; // upper case
  url: string; // full URL incl. query string
  headers: [string, string][]; // ALREADY MASKED for display (see masking)
  body?: string; // JSON text (pretty, 2 spaces) when the code passed data/body
  notes: string[]; // human explanations, e.g. 'Authorization added by Nango from the connection credentials'
}

export type SandboxMessage =
  | { type: 'ready' }
  | { type: 'console'; id: string; level: 'log' | 'info' | 'warn' | 'error' | 'debug'; text: string }
  | { type: 'request'; id: string; request: RecordedRequest }
  | { type: 'done'; id: string; ok: boolean; durationMs: number; error?: { name: string; message: string; line?: number; column?: number } };

/** Where the site serves the bundled sandbox script (written by src/integration/runner-bundle.ts). */
export const RUNNER_PATH = '/live-runner.js';
