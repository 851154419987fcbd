import { readFileSync, existsSync } from 'node:fs';
import { LineCounter, parseDocument, isNode, parse as parseYamlFast, type Document } from 'yaml';
import type { z } from 'zod';
import { DocsError, throwIfAny, type DocsErrorCode } from './errors.ts';
import { ProviderEntrySchema, ProviderKeySchema, ProvidersFileSchema, type Provider, type ProviderEntry } from '../schemas/provider.ts';
import { IntegrationUseCasesSchema, UseCasesFileSchema, type IntegrationUseCases } from '../schemas/use-cases.ts';

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

interface Block {
  key: string;
  /** 1-based line of the key. */
  line: number;
  /** The entry's text, dedented so it parses on its own. */
  body: string;
}

/**
 * The entries of a YAML mapping whose keys sit at `indent` spaces, one text block each, or undefined when the
 * text uses what can cross entries (anchors, aliases, merge keys, several documents, flow style) or anything
 * unexpected: then the caller parses the whole file. `firstLine` is the 0-based line where `text` starts.
 */
function splitBlocks(text: string, indent: number, firstLine = 0): Block[] | undefined {
  if (/^(---|\.\.\.)/m.test(text)) return undefined;
  const pad = ' '.repeat(indent);
  const keyRe = new RegExp(`^${pad}([a-z0-9][a-z0-9._-]*):[ \\t]*(#.*)?$`);
  const blocks: Block[] = [];
  const lines = text.split('\n');
  let current: { key: string; line: number; lines: string[] } | undefined;
  const seen = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const key = keyRe.exec(line);
    if (key) {
      if (current) blocks.push({ key: current.key, line: current.line, body: current.lines.join('\n') });
      if (seen.has(key[1]!)) return undefined;
      seen.add(key[1]!);
      current = { key: key[1]!, line: firstLine + i + 1, lines: [`${key[1]}:`] };
      continue;
    }
    if (!line.trim() || /^\s*#/.test(line)) {
      current?.lines.push('');
      continue;
    }
    if (!current || !line.startsWith(`${pad} `)) return undefined;
    current.lines.push(line.slice(indent));
  }
  if (current) blocks.push({ key: current.key, line: current.line, body: current.lines.join('\n') });
  // An alias (*name) must point at an anchor (&name) of the same entry, or the entries cannot be parsed apart.
  for (const b of blocks) {
    const anchors = new Set([...b.body.matchAll(/(?:^|[\s[{,])&([^\s,\]}]+)/gm)].map((m) => m[1]));
    for (const m of b.body.matchAll(/(?:^|[\s[{,])\*([^\s,\]}]+)/gm)) if (!anchors.has(m[1])) return undefined;
  }
  return blocks;
}

/**
 * Parsed and validated entries by block text: an edit re-parses only the entries it touched (dev server). On
 * globalThis, so the integration and the content collection (a second copy of this module, loaded by Astro's
 * bundler in the same process) parse the file once between them.
 */
const ENTRY_CACHE = Symbol.for('catalog-docs.metadata-entries');
const entryCache = ((globalThis as { [ENTRY_CACHE]?: Map<string, unknown> })[ENTRY_CACHE] ??= new Map<string, unknown>());

/** Parses each block (reusing unchanged ones) and validates it; undefined when any block is invalid. */
function parseBlocksFast<T>(blocks: Block[], schema: z.ZodType<T>): Record<string, T> | undefined {
  const out: Record<string, T> = {};
  for (const b of blocks) {
    const cacheKey = `${schema.description ?? ''}\u0000${b.body}`;
    let value = entryCache.get(cacheKey) as T | undefined;
    if (value === undefined) {
      let parsed: unknown;
      try {
        parsed = (parseYamlFast(b.body) as Record<string, unknown> | null)?.[b.key];
      } catch {
        return undefined;
      }
      const result = schema.safeParse(parsed);
      if (!result.success) return undefined;
      value = result.data;
      entryCache.set(cacheKey, value);
    }
    out[b.key] = value;
  }
  return out;
}

/** Parses and validates `providers.yaml` text and resolves aliases. */
export function parseProviders(text: string, file: string, options: { fast?: boolean } = {}): ProvidersData {
  // Fast path: entry by entry (cached); any problem falls through to the full parse, which reports it with lines.
  const blocks = options.fast === false ? undefined : splitBlocks(text, 0);
  const fast = blocks && blocks.every((b) => ProviderKeySchema.safeParse(b.key).success) ? parseBlocksFast(blocks, ProviderEntrySchema.describe('provider')) : undefined;
  if (blocks && fast) return resolveAll(fast, new Map(blocks.map((b) => [b.key, b.line])), file);
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
  return resolveAll(entries, lineOfKey, file);
}

function resolveAll(entries: Record<string, ProviderEntry>, lineOfKey: Map<string, number>, file: string): ProvidersData {
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
export function parseUseCases(text: string, file: string, options: { fast?: boolean } = {}): UseCasesData {
  // Fast path: `integrations:` then one block per provider at 4 spaces (Nango's layout).
  const head = options.fast === false ? null : /^(?:\s*(?:#.*)?\n)*integrations:[ \t]*(?:#.*)?\n/.exec(text);
  const blocks = head ? splitBlocks(text.slice(head[0].length), 4, head[0].split('\n').length - 1) : undefined;
  const fast = blocks ? parseBlocksFast(blocks, IntegrationUseCasesSchema.nullable().describe('use-cases')) : undefined;
  if (blocks && fast) {
    return { byProvider: new Map(Object.entries(fast).map(([k, v]) => [k, v ?? {}])), lineOfKey: new Map(blocks.map((b) => [b.key, b.line])), file };
  }
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
