import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/**
 * A scratch copy of the product laid out around a Nango-layout docs tree (`content/`, `snippets/`,
 * `providers.yaml`, `flows.yaml`), so the tree builds unchanged with our layout, components and generator.
 */

export interface CorpusProject {
  root: string;
  /** Where the corpus came from. */
  corpus: string;
}

/** Files of the product that a build needs (content, snippets and site config come from elsewhere). */
const PRODUCT_FILES = ['src', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/**
 * Copies the product (sources and build config; node_modules linked, not copied) into `dir`, for a build of
 * other content: a docs tree (check:corpus), a synthetic catalog (bench), a test's scratch project.
 */
export function copyProduct(productRoot: string, dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const f of PRODUCT_FILES) cpSync(join(productRoot, f), join(dir, f), { recursive: true });
  symlinkSync(join(productRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
}

/** Site config for a corpus build: links in generated snippets are the site-relative ones Nango's snippets use. */
const CORPUS_SITE_CONFIG = `import { SiteConfigSchema } from './src/schemas/site-config.ts';

// Written by check:corpus: a scratch site for a Nango-layout docs tree.
export default SiteConfigSchema.parse({
  name: 'Corpus check',
  description: 'A Nango-layout docs tree built by catalog-docs check:corpus.',
  url: 'https://corpus.invalid',
  editBaseUrl: 'https://corpus.invalid/edit',
  // A sample tree documents only some of its providers.
  requireProviderPages: false,
  // Type errors in a tree's TypeScript examples are findings to report, not reasons to stop the check.
  liveExamples: { typecheck: 'warn' },
});
`;

export function prepareCorpusProject(corpus: string, productRoot: string, workDir: string): CorpusProject {
  for (const required of ['content', 'providers.yaml']) {
    if (!existsSync(join(corpus, required))) throw new Error(`${corpus} is not a Nango-layout docs tree: ${required} is missing (expected content/, snippets/, providers.yaml, flows.yaml).`);
  }
  rmSync(workDir, { recursive: true, force: true });
  copyProduct(productRoot, workDir);
  writeFileSync(join(workDir, 'site.config.ts'), CORPUS_SITE_CONFIG);

  // Pages go to content/; anything else beside them (images...) is served from the same URL via public/.
  const content = join(corpus, 'content');
  for (const entry of readdirSync(content, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const from = join(entry.parentPath, entry.name);
    const rel = relative(content, from);
    const to = entry.name.endsWith('.mdx') || entry.name.endsWith('.md') ? join(workDir, 'content', rel) : join(workDir, 'public', rel);
    mkdirSync(dirname(to), { recursive: true });
    cpSync(from, to);
  }
  if (existsSync(join(corpus, 'snippets'))) cpSync(join(corpus, 'snippets'), join(workDir, 'snippets'), { recursive: true });
  else mkdirSync(join(workDir, 'snippets'));
  for (const dir of ['public', 'images', 'logo']) {
    if (existsSync(join(corpus, dir))) cpSync(join(corpus, dir), join(workDir, 'public', dir === 'public' ? '' : dir), { recursive: true });
  }
  cpSync(join(corpus, 'providers.yaml'), join(workDir, 'content', 'providers.yaml'));
  if (existsSync(join(corpus, 'flows.yaml'))) cpSync(join(corpus, 'flows.yaml'), join(workDir, 'content', 'use-cases.yaml'));
  return { root: workDir, corpus };
}
