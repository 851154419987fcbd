// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import autoImport from 'astro-auto-import';
import { fileURLToPath } from 'node:url';
import site from './site.config.ts';
import catalogDocs from './src/integration/index.ts';
import { DOC_COMPONENT_NAMES } from './src/components/docs/registry.ts';

// Data flow: content/providers.yaml + use-cases.yaml -> (schema) -> snippets/generated -> content/**/*.mdx -> dist/
export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Code fences are highlighted by our CodeBlock component (one shared shiki highlighter), not by Astro.
  markdown: { syntaxHighlight: false },
  integrations: [
    catalogDocs(site),
    // The component set is available in every .mdx file (pages and imported snippets) without imports.
    autoImport({ imports: [{ [fileURLToPath(new URL('./src/components/docs/index.ts', import.meta.url))]: [...DOC_COMPONENT_NAMES] }] }),
    mdx(),
  ],
  devToolbar: { enabled: false },
});
