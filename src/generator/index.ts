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

export function generateSnippets(meta: Metadata, options: GenerateOptions = {}): OutputFile[] {
  const keys = options.only ? [...options.only] : [...meta.providers.providers.keys()];
  const files: OutputFile[] = [];
  for (const key of keys.sort()) {
    const provider = meta.providers.providers.get(key);
    if (!provider) continue;
    const integration = meta.useCases.byProvider.get(key);
    const rows = listUseCases(integration);
    const sourceKey = typeof integration?.source === 'string' ? integration.source : undefined;
    files.push({ path: `${key}/PreBuiltTooling.mdx`, content: serialize(renderTooling(provider, { hasUseCases: rows.length > 0 }), BANNER) });
    files.push({
      path: `${key}/PreBuiltUseCases.mdx`,
      content: serialize(renderUseCases(key, rows, { ...options.useCases, ...(sourceKey ? { sourceKey } : {}) }), BANNER),
    });
  }
  return files;
}
