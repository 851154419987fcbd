/**
 * `npm run build`: builds the site into a scratch folder and swaps it into `dist/` only when the whole
 * build succeeded, so a failed build never leaves a half-written site (the previous `dist/` stays as it was).
 * Errors print as `file:line:col [Code] what is wrong` + a hint, and the exit code is 1.
 */
import { build } from 'astro';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { listPageFiles } from '../lib/pages.ts';
import { createProgress } from '../lib/progress.ts';
import { join, resolve } from 'node:path';
import { describeBuildError } from './errors.ts';
import * as pagefind from 'pagefind';
import { setSearchSink } from '../lib/search-sink.ts';

/**
 * The Pagefind search index of the built pages (their `data-pagefind-body`), written to <site>/pagefind/.
 * Pages are added as they render (src/lib/search-sink.ts), so Pagefind's own process indexes them on the
 * other core while the build goes on; `finish` waits for the last ones and writes the index.
 */
async function openSearchIndex() {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`search index: ${errors.join('; ')}`);
  const added: Promise<{ errors: string[] }>[] = [];
  setSearchSink((url, content) => {
    const result = index.addHTMLFile({ url, content });
    // Awaited (and any failure reported) in finish(); until then a failure must not crash the build unannounced.
    result.catch(() => undefined);
    added.push(result);
  });
  return {
    pages: () => added.length,
    async finish(site: string): Promise<void> {
      setSearchSink(undefined);
      const t = performance.now();
      const results = await Promise.all(added);
      const failed = results.flatMap((r) => r.errors);
      if (failed.length) throw new Error(`search index: ${failed.join('; ')}`);
      const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
      if (written.errors.length) throw new Error(`search index: ${written.errors.join('; ')}`);
      await pagefind.close();
      console.log(`search index: ${results.length} pages (${((performance.now() - t) / 1000).toFixed(1)} s after the last page)`);
    },
    async abort(): Promise<void> {
      setSearchSink(undefined);
      await pagefind.close();
    },
  };
}

const root = resolve(process.argv[2] ?? process.cwd());
const outDir = join(root, 'dist');
const tmpDir = join(root, `.dist-tmp-${process.pid}`);

/**
 * Progress: Astro's own log lists every page, which drowns a 1,000-page build; instead, on a terminal one
 * line shows pages written/total with a rate and an estimate, and elsewhere (CI) one summary line.
 * CATALOG_DOCS_LOG=info shows Astro's log as well.
 */
const astroLog = (process.env.CATALOG_DOCS_LOG as 'info' | 'debug' | undefined) ?? 'warn';
const expected = listPageFiles(join(root, 'content')).length;
const progress = createProgress('build', expected, process.stdout);
const countPages = () => {
  try {
    return readdirSync(tmpDir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
  } catch {
    return 0;
  }
};
const started = performance.now();
let search: Awaited<ReturnType<typeof openSearchIndex>> | undefined;
let poll: ReturnType<typeof setInterval> | undefined;
try {
  search = await openSearchIndex();
  const index = search;
  // On a terminal, once a second: the pages rendered so far (the ones handed to the search index).
  if (progress.live) {
    poll = setInterval(() => {
      const n = index.pages();
      progress.update(n, n ? 'pages rendered' : 'compiling...');
    }, 1000);
  }
  await build({ root, outDir: tmpDir, logLevel: astroLog });
  clearInterval(poll);
  const pages = countPages();
  progress.done(`${pages} HTML pages (${(pages / ((performance.now() - started) / 1000)).toFixed(0)} pages/s)`);
  await search.finish(tmpDir);
  if (existsSync(outDir)) rmSync(outDir, { recursive: true, force: true });
  renameSync(tmpDir, outDir);
  console.log(`\nSite written to ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (err) {
  clearInterval(poll);
  await search?.abort().catch(() => undefined);
  rmSync(tmpDir, { recursive: true, force: true });
  console.error(`\nBuild failed; dist/ was left untouched.\n\n${describeBuildError(err, root)}\n`);
  process.exit(1);
}
