/**
 * Runs a reader's TypeScript example: transpiles it with sucrase, executes it as the body of an AsyncFunction
 * (so top-level `await` works) with mocked globals (require, console, nango, Buffer, fetch...), and reports
 * console output, recorded requests and the outcome through `emit`. Pure logic: works in Node and browsers.
 * It is not a security boundary by itself: isolation comes from the sandboxed iframe it runs in.
 */
import { transform } from 'sucrase';
import type { RunContext, SandboxMessage } from './protocol.ts';
import { base64ToBytes, bytesToBase64 } from './mask.ts';
import { NangoAction, createNangoModule, createNodeSdk } from './mock-nango.ts';
import type { MockHooks } from './mock-nango.ts';

type Level = 'log' | 'info' | 'warn' | 'error' | 'debug';
type RunError = { name: string; message: string; line?: number; column?: number };

const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor as new (...args: string[]) => (...args: unknown[]) => Promise<unknown>;

/** Roughly what Node's console prints: strings as-is, plain objects/arrays as 2-space JSON, String() otherwise. */
export function formatValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (typeof value === 'object' && value !== null) {
    const proto: unknown = Object.getPrototypeOf(value);
    if (Array.isArray(value) || proto === Object.prototype || proto === null || value.toString === Object.prototype.toString) {
      try {
        return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v), 2) ?? String(value);
      } catch {
        return String(value); // circular
      }
    }
  }
  if (typeof value === 'bigint') return `${value}n`;
  return String(value);
}

export function formatArgs(args: unknown[]): string {
  return args.map(formatValue).join(' ');
}

/** The subset of Node's Buffer examples use: from(string, 'utf8' | 'base64'), toString('utf8' | 'base64' | 'hex'), length. */
export class BufferShim {
  readonly bytes: Uint8Array;
  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }
  static from(input: string | ArrayLike<number> | BufferShim, encoding = 'utf8'): BufferShim {
    if (input instanceof BufferShim) return new BufferShim(input.bytes.slice());
    if (typeof input !== 'string') return new BufferShim(Uint8Array.from(input));
    const enc = encoding.toLowerCase();
    if (enc === 'utf8' || enc === 'utf-8') return new BufferShim(new TextEncoder().encode(input));
    if (enc === 'base64' || enc === 'base64url') return new BufferShim(base64ToBytes(input));
    throw new TypeError(`Unknown encoding: ${encoding} (the example runner's Buffer supports utf8 and base64 input)`);
  }
  static isBuffer(value: unknown): value is BufferShim {
    return value instanceof BufferShim;
  }
  get length(): number {
    return this.bytes.length;
  }
  toString(encoding = 'utf8'): string {
    const enc = encoding.toLowerCase();
    if (enc === 'utf8' || enc === 'utf-8') return new TextDecoder().decode(this.bytes);
    if (enc === 'base64') return bytesToBase64(this.bytes);
    if (enc === 'hex') return Array.from(this.bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    throw new TypeError(`Unknown encoding: ${encoding} (the example runner's Buffer supports utf8, base64 and hex output)`);
  }
}

function blocked(name: string): () => never {
  return () => {
    throw new Error(`${name} is disabled in the example runner: no network access from the sandbox. Use the mocked nango client, which records the request instead.`);
  };
}

function toRunError(err: unknown): RunError {
  if (err instanceof Error) return { name: err.name || 'Error', message: err.message };
  if (typeof err === 'object' && err !== null && 'message' in err) return { name: 'Error', message: String(err.message) };
  return { name: 'Error', message: `Uncaught ${formatValue(err)}` };
}

function transpile(code: string): { js: string } | { error: RunError } {
  try {
    return { js: transform(code, { transforms: ['typescript', 'imports'] }).code };
  } catch (err) {
    const error: RunError = { name: 'SyntaxError', message: err instanceof Error ? err.message.replace(/\s*\(\d+:\d+\)$/, '') : String(err) };
    // sucrase reports 1-based lines and columns in `loc`.
    const loc = (err as { loc?: { line?: unknown; column?: unknown } } | null)?.loc;
    if (typeof loc?.line === 'number') error.line = loc.line;
    if (typeof loc?.column === 'number') error.column = loc.column;
    return { error };
  }
}

export async function runCode(code: string, context: RunContext, emit: (msg: SandboxMessage) => void, id: string): Promise<void> {
  const start = performance.now();
  const done = (error?: RunError): void => {
    const durationMs = Math.round((performance.now() - start) * 10) / 10;
    emit(error ? { type: 'done', id, ok: false, durationMs, error } : { type: 'done', id, ok: true, durationMs });
  };

  const out = (level: Level) => (...args: unknown[]): void => emit({ type: 'console', id, level, text: formatArgs(args) });
  const hooks: MockHooks = { record: (request) => emit({ type: 'request', id, request }), log: out('log') };
  const modules: Record<string, unknown> = { '@nangohq/node': createNodeSdk(context, hooks), nango: createNangoModule() };
  const exports: Record<string, unknown> = {};
  const bindings: Record<string, unknown> = {
    require: (name: string): unknown => {
      if (Object.hasOwn(modules, name)) return modules[name];
      throw new Error(`Module "${name}" is not available in the example runner: only @nangohq/node and nango are mocked`);
    },
    exports,
    module: { exports },
    console: { log: out('log'), info: out('info'), warn: out('warn'), error: out('error'), debug: out('debug'), dir: out('log'), trace: out('debug') },
    nango: new NangoAction(context, hooks),
    Buffer: BufferShim,
    process: { env: {} },
    setTimeout,
    URL,
    URLSearchParams,
    fetch: blocked('fetch()'),
    XMLHttpRequest: blocked('XMLHttpRequest'),
    WebSocket: blocked('WebSocket'),
    EventSource: blocked('EventSource'),
  };

  const transpiled = transpile(code);
  if ('error' in transpiled) return done(transpiled.error);

  let fn: (...args: unknown[]) => Promise<unknown>;
  try {
    // The block lets top-level `const nango = new Nango(...)` shadow the injected `nango` instead of clashing with it.
    fn = new AsyncFunction(...Object.keys(bindings), `"use strict";{${transpiled.js}\n}`);
  } catch (err) {
    return done(toRunError(err)); // e.g. a SyntaxError sucrase let through (no position available)
  }
  try {
    await fn(...Object.values(bindings));
  } catch (err) {
    return done(toRunError(err));
  }
  return done();
}
