import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { FRONTMATTER_RE, listPageFiles, readFrontmatter } from './pages.ts';
import { projectPaths } from './project-paths.ts';

/**
 * The `pages` collection: every `.mdx` under content/ (files and folders starting with `_` are partials), the
 * id being the URL path, the data its frontmatter. Unlike Astro's glob loader it stores no render hook, so
 * the MDX files never enter the bundler's module graph: a page is compiled when it is rendered
 * (src/lib/mdx-pages.ts). Entries carry `filePath` (relative to the root) and the body after the frontmatter.
 */
export function pagesLoader(): Loader {
  return {
    name: 'catalog-docs-pages',
    load: async ({ store, config, parseData, generateDigest, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const contentDir = projectPaths(root).content;
      const idOf = (file: string) => relative(contentDir, file).replace(/\.mdx$/, '').split('\\').join('/');
      const sync = async (file: string) => {
        const filePath = relative(root, file).split('\\').join('/');
        const source = readFileSync(file, 'utf8');
        const id = idOf(file);
        const data = await parseData({ id, data: readFrontmatter(file, filePath, source), filePath });
        store.set({ id, data, body: source.replace(FRONTMATTER_RE, ''), filePath, digest: generateDigest(source) });
      };
      const files = listPageFiles(contentDir);
      const ids = new Set(files.map(idOf));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      for (const file of files) await sync(file);

      // Dev: an edited, added or removed page updates its entry (the page itself is recompiled on its next render).
      const isPage = (f: string) => f.endsWith('.mdx') && !relative(contentDir, f).split(/[\\/]/).some((seg) => seg === '..' || seg.startsWith('_'));
      const onChange = (f: string) => {
        if (!isPage(f)) return;
        sync(f).catch((e: unknown) => logger.error(e instanceof Error ? e.message : String(e)));
      };
      watcher?.on('change', onChange);
      watcher?.on('add', onChange);
      watcher?.on('unlink', (f) => {
        if (isPage(f)) store.delete(idOf(f));
      });
    },
  };
}
