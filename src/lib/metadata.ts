import { readFileSync, existsSync } from 'node:fs';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import { DocsError, throwIfAny, type DocsErrorCode } from './errors.ts';
import { ProvidersFileSchema, type Provider, type ProviderEntry } from '../schemas/provider.ts';
import { UseCasesFileSchema, type IntegrationUseCases } from '../schemas/use-cases.ts';

/**
 * Loads provider metadata and use cases: YAML (with line positions) -> zod schema -> resolved data.
 * Every problem is reported with file:line, the provider key, the field, expected vs received, and a fix.
 * The same loader serves the build, the dev server, the generator CLI and the tests.
 */

export interface YamlSource {
  /** Path shown in messages (relative to the project root). */
  file: string;
  doc: Document;
  lines: LineCounter;
}

/** Parses YAML text; a syntax error becomes `InvalidYaml` with file:line:col. */
export function parseYaml(text: string, file: string): YamlSource {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, merge: true });
  const errors = doc.errors.map((e) => {
    const pos = lines.linePos(e.pos[0]);
    return new DocsError({
      code: 'InvalidYaml',
      message: `invalid YAML: ${e.message.split('\n')[0]}`,
      file,
      line: pos.line,
      column: pos.col,
      hint: 'fix the YAML syntax at that position (indentation uses spaces; quote values that contain ": " or start with a special character).',
    });
  });
  throwIfAny(errors);
  return { file, doc, lines };
}

/** 1-based line of the key at `path` (or of its closest existing parent key). */
export function lineOf(src: YamlSource, path: readonly PropertyKey[]): number | undefined {
  for (let n = path.length; n > 0; n--) {
    const parent = src.doc.getIn(path.slice(0, n - 1) as unknown[], true) as { items?: unknown[] } | undefined;
    const items = parent && isNode(parent) && Array.isArray(parent.items) ? parent.items : [];
    const wanted = path[n - 1];
    const item = typeof wanted === 'number' ? items[wanted] : items.find((p) => (p as { key?: { value?: unknown } }).key?.value === wanted);
    const node = (item as { key?: { range?: [number, number, number] }; range?: [number, number, number] } | undefined);
    const range = node?.key?.range ?? node?.range;
    if (range) return src.lines.linePos(range[0]).line;
  }
  return undefined;
}

function describeReceived(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

/** Validates YAML data against a schema; each issue becomes a DocsError naming entry, field, expected/received and line. */
export function validateYaml<S extends z.ZodType>(
  src: YamlSource,
  schema: S,
  code: DocsErrorCode,
  describe: (path: readonly PropertyKey[]) => { what: string; hint: string },
): z.infer<S> {
  const data: unknown = src.doc.toJS();
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const errors = result.error.issues.map((issue) => {
    const path = issue.path;
    const { what, hint } = describe(path);
    const received = describeReceived(valueAt(data, path));
    return new DocsError({
      code,
      message: `${what}: ${issue.message} (received ${received})`,
      file: src.file,
      line: lineOf(src, path),
      hint,
    });
  });
  throwIfAny(errors);
  throw new Error('unreachable');
}

export interface ProvidersData {
  /** Providers by key, aliases resolved, in file order. */
  providers: Map<string, Provider>;
  /** Line of each provider key in the YAML, for messages. */
  lineOfKey: Map<string, number>;
  file: string;
}

/** Parses and validates `providers.yaml` text and resolves aliases. */
export function parseProviders(text: string, file: string): ProvidersData {
  const src = parseYaml(text, file);
  if (src.doc.contents === null) return { providers: new Map(), lineOfKey: new Map(), file };
  const entries = validateYaml(src, ProvidersFileSchema, 'InvalidProvider', (path) => {
    const [key, ...field] = path.map(String);
    if (!key) return { what: 'providers.yaml', hint: 'the file is a mapping of provider key -> provider entry.' };
    if (field.length === 0)
      return { what: `provider "${key}"`, hint: 'a provider key is lowercase letters, digits and dashes, mapped to an entry with at least display_name and auth_mode.' };
    return {
      what: `provider "${key}", field "${field.join('.')}"`,
      hint: `see the field's documentation in src/schemas/provider.ts, or compare with another provider in ${file}.`,
    };
  });
  const lineOfKey = new Map<string, number>();
  for (const key of Object.keys(entries)) lineOfKey.set(key, lineOf(src, [key]) ?? 1);
  const errors: DocsError[] = [];
  const providers = new Map<string, Provider>();
  for (const [key, entry] of Object.entries(entries)) {
    const resolved = resolveAlias(key, entry, entries);
    if (resolved instanceof DocsError) {
      errors.push(new DocsError({ code: resolved.code, message: resolved.detail, file, line: lineOfKey.get(key), hint: resolved.hint }));
    } else providers.set(key, resolved);
  }
  throwIfAny(errors);
  return { providers, lineOfKey, file };
}

/**
 * An alias entry takes the aliased provider's configuration, then its own fields on top
 * (display_name, categories, docs...). Chains are followed; cycles and unknown targets are errors.
 */
function resolveAlias(key: string, entry: ProviderEntry, all: Record<string, ProviderEntry>): Provider | DocsError {
  const seen = [key];
  let base: ProviderEntry = entry;
  const layers: ProviderEntry[] = [entry];
  while (base.alias) {
    const target = base.alias;
    if (seen.includes(target)) {
      return new DocsError({ code: 'UnknownAlias', message: `provider "${key}": alias cycle ${[...seen, target].join(' -> ')}`, hint: 'remove one of the aliases.' });
    }
    const next = all[target];
    if (!next) {
      return new DocsError({
        code: 'UnknownAlias',
        message: `provider "${key}" is an alias of "${target}", which is not in providers.yaml`,
        hint: `add "${target}" or fix the alias.`,
      });
    }
    seen.push(target);
    layers.unshift(next);
    base = next;
  }
  const merged = Object.assign({}, ...layers) as ProviderEntry;
  delete merged.alias;
  if (!merged.auth_mode) {
    return new DocsError({
      code: 'InvalidProvider',
      message: `provider "${key}", field "auth_mode": required (received nothing)`,
      hint: 'set auth_mode (OAUTH2, OAUTH2_CC, API_KEY, BASIC, TWO_STEP, ...) or alias another provider.',
    });
  }
  return { ...merged, key, auth_mode: merged.auth_mode, ...(entry.alias ? { aliasOf: entry.alias } : {}) };
}

export interface UseCasesData {
  byProvider: Map<string, IntegrationUseCases>;
  lineOfKey: Map<string, number>;
  file: string;
}

/** Parses and validates a flows.yaml-format use-case file. */
export function parseUseCases(text: string, file: string): UseCasesData {
  const src = parseYaml(text, file);
  if (src.doc.contents === null) return { byProvider: new Map(), lineOfKey: new Map(), file };
  const data = validateYaml(src, UseCasesFileSchema, 'InvalidUseCases', (path) => {
    const [, key, kind, name, ...field] = path.map(String);
    if (!key) return { what: 'use cases', hint: 'the file starts with `integrations:`, then one key per provider.' };
    const where = [kind, name].filter(Boolean).join('.');
    return {
      what: `use cases of "${key}"${where ? ` (${where}${field.length ? `, field "${field.join('.')}"` : ''})` : ''}`,
      hint: 'each provider has `syncs`, `actions` and `models`; each sync/action has a description and an endpoint {method, path, group}.',
    };
  });
  const byProvider = new Map<string, IntegrationUseCases>();
  const lineOfKey = new Map<string, number>();
  for (const [key, value] of Object.entries(data.integrations)) {
    byProvider.set(key, value ?? {});
    lineOfKey.set(key, lineOf(src, ['integrations', key]) ?? 1);
  }
  return { byProvider, lineOfKey, file };
}

export interface Metadata {
  providers: ProvidersData;
  useCases: UseCasesData;
  /** Problems that do not stop a build (use cases for an unknown provider key...). */
  warnings: DocsError[];
}

export interface MetadataPaths {
  providers: string;
  useCases: string;
  /** Shown in messages instead of absolute paths. */
  display?: { providers: string; useCases: string };
}

/** Reads both metadata files (a missing use-case file means "no use cases"). */
export function loadMetadata(paths: MetadataPaths): Metadata {
  const shown = paths.display ?? { providers: paths.providers, useCases: paths.useCases };
  if (!existsSync(paths.providers)) {
    throw new DocsError({ code: 'InvalidYaml', message: 'provider metadata file not found', file: shown.providers, hint: 'create it (see README "Add a provider").' });
  }
  const errors: DocsError[] = [];
  const collect = <T>(fn: () => T): T | undefined => {
    try {
      return fn();
    } catch (e) {
      if (e instanceof DocsError) errors.push(e);
      else if (e && typeof e === 'object' && 'errors' in e && Array.isArray((e as { errors: unknown }).errors)) errors.push(...((e as { errors: DocsError[] }).errors));
      else throw e;
      return undefined;
    }
  };
  const providers = collect(() => parseProviders(readFileSync(paths.providers, 'utf8'), shown.providers));
  const useCases = collect(() =>
    existsSync(paths.useCases) ? parseUseCases(readFileSync(paths.useCases, 'utf8'), shown.useCases) : { byProvider: new Map(), lineOfKey: new Map(), file: shown.useCases },
  );
  throwIfAny(errors);
  const meta: Metadata = { providers: providers!, useCases: useCases!, warnings: [] };
  // Nango's flows.yaml holds a few integrations that are not providers (internal templates): warn, do not fail.
  for (const k of meta.useCases.byProvider.keys()) {
    if (meta.providers.providers.has(k)) continue;
    meta.warnings.push(
      new DocsError({
        code: 'InvalidUseCases',
        message: `use cases are declared for "${k}", which is not a provider in ${shown.providers}; they are not shown anywhere`,
        file: shown.useCases,
        line: meta.useCases.lineOfKey.get(k),
        hint: `add "${k}" to ${shown.providers}, or fix the key.`,
      }),
    );
  }
  return meta;
}
