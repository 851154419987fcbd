import { defineCollection } from 'astro:content';
import { z } from 'zod';
import { fileURLToPath } from 'node:url';
import { PageFrontmatterSchema } from './schemas/page.ts';
import { loadMetadata } from './lib/metadata.ts';
import { projectPaths } from './lib/project-paths.ts';
import { pagesLoader } from './lib/pages-loader.ts';

/**
 * Pages: every `.mdx` under content/ (files starting with `_` are partials). The id is the URL path. The MDX
 * stays out of the bundle: pages are compiled when rendered (src/lib/pages-loader.ts, src/lib/mdx-pages.ts).
 */
const pages = defineCollection({
  loader: pagesLoader(),
  schema: PageFrontmatterSchema,
});

/**
 * Providers: content/providers.yaml through the same loader and schema as the generator, aliases resolved,
 * each with its use cases. Reloads in dev when either file changes.
 */
const providers = defineCollection({
  loader: {
    name: 'providers-yaml',
    load: async ({ store, watcher, logger, config }) => {
      const p = projectPaths(fileURLToPath(config.root));
      const sync = () => {
        const meta = loadMetadata({ providers: p.providers, useCases: p.useCases, display: { providers: 'content/providers.yaml', useCases: 'content/use-cases.yaml' } });
        store.clear();
        for (const [key, provider] of meta.providers.providers) {
          store.set({ id: key, data: { ...provider, useCases: meta.useCases.byProvider.get(key) ?? {} } as Record<string, unknown> });
        }
      };
      sync();
      watcher?.add([p.providers, p.useCases]);
      watcher?.on('change', (f) => {
        if (f !== p.providers && f !== p.useCases) return;
        try {
          sync();
        } catch (e) {
          logger.error(e instanceof Error ? e.message : String(e));
        }
      });
    },
  },
  schema: z.looseObject({ key: z.string(), display_name: z.string(), auth_mode: z.string(), categories: z.array(z.string()).optional(), useCases: z.looseObject({}) }),
});

export const collections = { pages, providers };
