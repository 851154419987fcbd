/**
 * Entry of the example-runner iframe (`<iframe sandbox="allow-scripts">`, CSP default-src 'none'), bundled as an
 * IIFE. Announces itself with `ready`, then runs each `run` message from the parent page and posts the results
 * back. targetOrigin is '*' because the iframe's origin is opaque; only masked data is ever posted.
 */
import { runCode } from './execute.ts';
import type { ParentMessage, RunContext, SandboxMessage } from './protocol.ts';

function post(msg: SandboxMessage): void {
  window.parent.postMessage(msg, '*');
}

const isString = (value: unknown): value is string => typeof value === 'string';

function readContext(value: unknown): RunContext | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (!isString(v['provider']) || !isString(v['providerName']) || !isString(v['authMode']) || !isString(v['proxyBaseUrl'])) return undefined;
  if (v['providerBaseUrl'] !== undefined && !isString(v['providerBaseUrl'])) return undefined;
  const context: RunContext = { provider: v['provider'], providerName: v['providerName'], authMode: v['authMode'], proxyBaseUrl: v['proxyBaseUrl'] };
  if (isString(v['providerBaseUrl'])) context.providerBaseUrl = v['providerBaseUrl'];
  return context;
}

/** A well-formed run message (copied field by field), or an error text when only the id is usable. */
function readRun(data: unknown): ParentMessage | { id: string; problem: string } | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const d = data as Record<string, unknown>;
  if (d['type'] !== 'run' || !isString(d['id'])) return undefined;
  if (!isString(d['code'])) return { id: d['id'], problem: 'The run message has no code' };
  const context = readContext(d['context']);
  if (!context) return { id: d['id'], problem: 'The run message has no valid context' };
  return { type: 'run', id: d['id'], code: d['code'], context };
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (event.source !== window.parent) return;
  const msg = readRun(event.data);
  if (!msg) return;
  if ('problem' in msg) {
    post({ type: 'done', id: msg.id, ok: false, durationMs: 0, error: { name: 'Error', message: msg.problem } });
    return;
  }
  void runCode(msg.code, msg.context, post, msg.id).catch((err: unknown) => {
    post({ type: 'done', id: msg.id, ok: false, durationMs: 0, error: { name: 'Error', message: err instanceof Error ? err.message : String(err) } });
  });
});

post({ type: 'ready' });
