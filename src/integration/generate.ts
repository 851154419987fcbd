import { projectPaths } from '../lib/project-paths.ts';
import { loadMetadata, type Metadata } from '../lib/metadata.ts';
import { generateSnippets } from '../generator/index.ts';
import { emitFiles, type EmitOptions, type EmitReport } from '../generator/emit.ts';
import type { SiteConfig } from '../schemas/site-config.ts';

/**
 * Loads metadata and writes the generated snippets (only changed files; stale ones removed).
 * `CATALOG_DOCS_SNIPPETS=fill-missing` (set by check:corpus) keeps snippets a docs tree already has.
 */
export function loadAndGenerate(root: string, site: Pick<SiteConfig, 'useCases'>, options: EmitOptions = {}): { meta: Metadata; report: EmitReport } {
  const p = projectPaths(root);
  const meta = loadMetadata({ providers: p.providers, useCases: p.useCases, display: { providers: 'content/providers.yaml', useCases: 'content/use-cases.yaml' } });
  const files = generateSnippets(meta, { useCases: site.useCases });
  const report = emitFiles(p.generated, files, { fillMissing: process.env.CATALOG_DOCS_SNIPPETS === 'fill-missing', ...options });
  return { meta, report };
}
