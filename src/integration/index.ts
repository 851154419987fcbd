import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { loadAndGenerate, projectPaths } from './generate.ts';
import { createMdxChecksPlugin } from './mdx-plugin.ts';
import { externalLinksPlugin } from './hast-links.ts';
import { RUNNER_PATH, invalidateRunner, runnerScript, writeRunner } from './runner-bundle.ts';
import { scanPages } from '../lib/pages.ts';
import { checkAgreement } from '../lib/agreement.ts';
import { staticRoutes } from '../lib/anchors.ts';
import { throwIfAny } from '../lib/errors.ts';
import { DOC_COMPONENT_NAMES } from '../components/docs/registry.ts';
import type { SiteConfig } from '../schemas/site-config.ts';

/**
 * Wires the catalog into Astro: before anything compiles, metadata is loaded and validated, every page is
 * checked for frontmatter and provider metadata, and the generated snippets are written. In `astro dev`,
 * editing providers.yaml or use-cases.yaml regenerates the snippets and the page reloads; an error shows
 * in the overlay and the terminal and the last good snippets stay.
 */
export default function catalogDocs(site: SiteConfig): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'catalog-docs',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        root = fileURLToPath(config.root);
        const p = projectPaths(root);
        const { meta, report } = loadAndGenerate(root, site);
        for (const w of meta.warnings) logger.warn(w.message);
        if (report.written.length || report.removed.length) {
          logger.info(`generated snippets: ${report.written.length} written, ${report.removed.length} removed, ${report.unchanged} unchanged`);
        }
        const { pages, errors } = scanPages(root, p.content, meta.providers);
        throwIfAny(errors);
        const agreement = checkAgreement(meta.providers, pages, { requireProviderPages: site.requireProviderPages, extraRoutes: staticRoutes(root) });
        for (const w of agreement.warnings) logger.warn(w.message);
        throwIfAny(agreement.errors);

        const processor = config.markdown.processor as { name: string; options: { mdastPlugins: unknown[]; hastPlugins: unknown[] } } | undefined;
        if (processor?.name !== 'satteri') throw new Error('catalog-docs needs the Sätteri markdown processor (the Astro 7 default).');
        processor.options.mdastPlugins.push(
          createMdxChecksPlugin({ root, knownComponents: DOC_COMPONENT_NAMES, providersFile: 'content/providers.yaml', publicDir: fileURLToPath(config.publicDir), checkLinks: true, typecheck: site.liveExamples.typecheck, warn: (m) => logger.warn(m) }),
        );
        processor.options.hastPlugins.push(externalLinksPlugin);
      },
      'astro:server:setup': ({ server, logger }) => {
        const p = projectPaths(root);
        const watched = [p.providers, p.useCases];
        server.watcher.add(watched);
        // The example runner's sandbox script, bundled on request (src/integration/runner-bundle.ts).
        server.middlewares.use((req, res, next) => {
          if (req.url?.split('?')[0] !== RUNNER_PATH) return next();
          runnerScript().then(
            (js) => {
              res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
              res.end(js);
            },
            (e: unknown) => next(e),
          );
        });
        const onChange = (file: string) => {
          if (file.includes('/src/client/runner/')) invalidateRunner();
          if (!watched.includes(file)) return;
          try {
            const { report } = loadAndGenerate(root, site);
            logger.info(`${relative(root, file)} changed: ${report.written.length} snippets updated, ${report.removed.length} removed`);
          } catch (e) {
            const err = e instanceof Error ? e : new Error(String(e));
            logger.error(err.message);
            server.ws.send({ type: 'error', err: { message: err.message, stack: '', plugin: 'catalog-docs', id: file } });
          }
        };
        server.watcher.on('change', onChange);
        server.watcher.on('add', onChange);
      },
      'astro:build:done': async ({ dir }) => {
        await writeRunner(fileURLToPath(dir));
      },
    },
  };
}
