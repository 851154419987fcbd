import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { loadAndGenerate } from './generate.ts';
import { projectPaths } from '../lib/project-paths.ts';
import { createMdxChecksPlugin } from './mdx-plugin.ts';
import { externalLinksPlugin } from './hast-links.ts';
import { RUNNER_PATH, invalidateRunner, runnerScript, writeRunner } from './runner-bundle.ts';
import { scanPages } from '../lib/pages.ts';
import { startMarkdownPool } from '../lib/markdown-pool.ts';
import { checkAgreement } from '../lib/agreement.ts';
import { staticRoutes } from '../lib/anchors.ts';
import { throwIfAny } from '../lib/errors.ts';
import { DOC_COMPONENT_NAMES, componentFile } from '../components/docs/registry.ts';
import type { SiteConfig } from '../schemas/site-config.ts';
import type { MdxRuntimeOptions } from '../lib/mdx-pages.ts';

const MDX_RUNTIME_ID = 'virtual:catalog-docs/mdx-runtime';

/**
 * `virtual:catalog-docs/mdx-runtime`, for the render-time MDX compiler (src/lib/mdx-pages.ts): the project's
 * settings and the component set, imported in registry order as astro-auto-import does (same CSS order).
 */
function mdxRuntimeModule(options: MdxRuntimeOptions) {
  const code = [
    ...DOC_COMPONENT_NAMES.map((name, i) => `import C${i} from ${JSON.stringify(fileURLToPath(new URL(`../components/docs/${componentFile(name)}`, import.meta.url)))};`),
    `export const components = { ${DOC_COMPONENT_NAMES.map((name, i) => `${name}: C${i}`).join(', ')} };`,
    `export default ${JSON.stringify(options)};`,
  ].join('\n');
  return {
    name: 'catalog-docs:mdx-runtime',
    resolveId: (id: string) => (id === MDX_RUNTIME_ID ? `\0${MDX_RUNTIME_ID}` : undefined),
    load: (id: string) => (id === `\0${MDX_RUNTIME_ID}` ? code : undefined),
  };
}

export default function catalogDocs(site: SiteConfig): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'catalog-docs',
    hooks: {
      'astro:config:setup': ({ config, command, logger, updateConfig, addMiddleware }) => {
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
        // The pages' Markdown versions are made on the other core while the build bundles and renders HTML.
        if (command === 'build') {
          startMarkdownPool({
            root,
            proxyBaseUrl: site.liveExamples.proxyBaseUrl,
            providers: [...meta.providers.providers],
            jobs: pages.map((pg) => ({ file: pg.file, title: pg.frontmatter.title, description: pg.frontmatter.description, page: pg.provider })),
          });
        }

        const processor = config.markdown.processor as { name: string; options: { mdastPlugins: unknown[]; hastPlugins: unknown[]; features: MdxRuntimeOptions['features'] } } | undefined;
        if (processor?.name !== 'satteri') throw new Error('catalog-docs needs the Sätteri markdown processor (the Astro 7 default).');
        processor.options.mdastPlugins.push(
          createMdxChecksPlugin({ root, knownComponents: DOC_COMPONENT_NAMES, providersFile: 'content/providers.yaml', publicDir: fileURLToPath(config.publicDir), checkLinks: true, typecheck: site.liveExamples.typecheck, warn: (m) => logger.warn(m) }),
        );
        processor.options.hastPlugins.push(externalLinksPlugin);
        // Pages and snippets are compiled at render time, outside the bundle (src/lib/mdx-pages.ts), with the
        // same checks and Markdown features (GFM and smart punctuation on unless turned off, as @astrojs/mdx
        // does); this module hands it the project's settings. (The plugins above still cover any .mdx file
        // that goes through the bundler, e.g. under src/pages.)
        const { gfm, smartPunctuation } = processor.options.features;
        const features = { ...processor.options.features, gfm: typeof gfm === 'object' ? gfm : gfm !== false, smartPunctuation: typeof smartPunctuation === 'object' ? smartPunctuation : smartPunctuation !== false };
        const mdxOptions: MdxRuntimeOptions = { root, publicDir: fileURLToPath(config.publicDir), typecheck: site.liveExamples.typecheck, providersFile: 'content/providers.yaml', features };
        updateConfig({ vite: { plugins: [mdxRuntimeModule(mdxOptions)] } });
        // `npm run build` indexes pages for search as they render (src/lib/search-sink.ts).
        addMiddleware({ entrypoint: new URL('./search-middleware.ts', import.meta.url), order: 'post' });
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
        const SETTLE_MS = 60;
        let settle: ReturnType<typeof setTimeout> | undefined;
        const onChange = (file: string) => {
          if (file.includes('/src/client/runner/')) invalidateRunner();
          // Pages and snippets are not in Vite's module graph (they are compiled at render time, with a cache
          // by modification time): an edit reloads the browser, and the next render recompiles what changed.
          if (file.endsWith('.mdx') && !relative(root, file).startsWith('..') && !file.includes('/node_modules/')) server.ws.send({ type: 'full-reload' });
          if (!watched.includes(file)) return;
          // A save can reach us in pieces (the file truncated, then written): regenerating from a half-written
          // providers.yaml would prune the snippets of every provider it does not list yet. Wait until the
          // events stop, then read the file whole.
          clearTimeout(settle);
          settle = setTimeout(() => regenerate(file), SETTLE_MS);
        };
        const regenerate = (file: string) => {
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
