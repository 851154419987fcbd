import type { Metadata } from '../lib/metadata.ts';
import { listUseCases } from '../schemas/use-cases.ts';
import { serialize } from './mdast.ts';
import { renderTooling } from './tooling.ts';
import { renderUseCases, type UseCasesOptions } from './use-cases.ts';

/**
 * Pure generation: metadata in, files out. Only `emit.ts` and the CLI touch the disk.
 * Every provider in providers.yaml gets `<key>/PreBuiltTooling.mdx` and `<key>/PreBuiltUseCases.mdx`.
 */

export interface OutputFile {
  /** Path relative to the generated-snippets folder, e.g. `checkr-partner-staging/PreBuiltTooling.mdx`. */
  path: string;
  content: string;
}

export const BANNER = 'Generated from content/providers.yaml and content/use-cases.yaml by `npm run gen`. Do not edit: edit the metadata.';

export interface GenerateOptions {
  useCases?: UseCasesOptions;
  /** Only these providers (default: all). */
  only?: Iterable<string>;
}

/**
 * Output per provider, by its inputs: regenerating after an edit of one entry (the dev server) serialises
 * only that provider. Pure: the same inputs always give the same text.
 */
let memo = new Map<string, [string, string]>();

export function generateSnippets(meta: Metadata, options: GenerateOptions = {}): OutputFile[] {
  const keys = options.only ? [...options.only] : [...meta.providers.providers.keys()];
  const files: OutputFile[] = [];
  const next = new Map<string, [string, string]>();
  const opts = JSON.stringify(options.useCases ?? {});
  for (const key of keys.sort()) {
    const provider = meta.providers.providers.get(key);
    if (!provider) continue;
    const integration = meta.useCases.byProvider.get(key);
    const inputs = `${opts}\u0000${JSON.stringify(provider)}\u0000${JSON.stringify(integration ?? null)}`;
    let out = memo.get(inputs);
    if (!out) {
      const rows = listUseCases(integration);
      const sourceKey = typeof integration?.source === 'string' ? integration.source : undefined;
      out = [
        serialize(renderTooling(provider, { hasUseCases: rows.length > 0 }), BANNER),
        serialize(renderUseCases(key, rows, { ...options.useCases, ...(sourceKey ? { sourceKey } : {}) }), BANNER),
      ];
    }
    next.set(inputs, out);
    files.push({ path: `${key}/PreBuiltTooling.mdx`, content: out[0] }, { path: `${key}/PreBuiltUseCases.mdx`, content: out[1] });
  }
  memo = next;
  return files;
}
