// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import autoImport from 'astro-auto-import';
import { fileURLToPath } from 'node:url';
import site from './site.config.ts';
import catalogDocs from './src/integration/index.ts';
import { DOC_COMPONENT_NAMES, componentFile } from './src/components/docs/registry.ts';

// Data flow: content/providers.yaml + use-cases.yaml -> (schema) -> snippets/generated -> content/**/*.mdx -> dist/
export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  // Two pages in flight: one renders while the other's files are written and indexed (measured at 1,000
  // providers: ~10% faster than one at a time, no gain beyond two; BENCHMARKS.md).
  build: { format: 'directory', concurrency: 2 },
  // Code fences are highlighted by our CodeBlock component (one shared shiki highlighter), not by Astro.
  markdown: { syntaxHighlight: false },
  integrations: [
    catalogDocs(site),
    // The component set is available in every .mdx file (pages and imported snippets) without imports.
    // Each import is `import Card from ".../src/components/docs/Card.astro"` (the name comes from the file name).
    autoImport({ imports: DOC_COMPONENT_NAMES.map((name) => fileURLToPath(new URL(`./src/components/docs/${componentFile(name)}`, import.meta.url))) }),
    mdx(),
    sitemap({ filter: (page) => !page.endsWith('/404/') }),
  ],
  // Redirects declared in site.config.ts become static redirect pages.
  redirects: site.redirects,
  devToolbar: { enabled: false },
  vite: {
    build: {
      rollupOptions: {
        // Astro's own MDX modules carry a "use astro:head-inject" directive that the bundler warns about on
        // every page; it is harmless (withastro/astro), and hiding it keeps contributors' warnings readable.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
