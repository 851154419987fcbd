/**
 * `npm run check:corpus -- <dir> [--out <dir>]`: builds a Nango-layout docs tree (content/, snippets/,
 * providers.yaml, flows.yaml) unchanged, in a scratch copy with this product's layout, components and
 * generator. Snippets the tree has are used as they are; missing generated snippets are generated from its
 * metadata. Reports pages built, pages failed (with the reason), and links/images that point outside the
 * tree (reported, not fatal). Last line: `pages: <built> built, <failed> failed`; exit 1 when a page failed.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, basename, dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { tmpdir } from 'node:os';
import { prepareCorpusProject } from '../corpus/project.ts';
import { createPrechecker } from '../corpus/precheck.ts';
import { loadAndGenerate } from '../integration/generate.ts';
import { projectPaths } from '../lib/project-paths.ts';
import { scanPages } from '../lib/pages.ts';
import { resolveHref } from '../lib/site-files.ts';
import { checkLinks, formatLinkReport, type LinkIssue } from '../checks/links.ts';
import { describeBuildError } from './errors.ts';
import { createProgress } from '../lib/progress.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' }, keep: { type: 'boolean' } } });
const corpusArg = positionals[0];
if (!corpusArg) {
  console.error('usage: npm run check:corpus -- <nango-layout-dir> [--out <site-dir>] [--keep]');
  process.exit(2);
}
const corpus = resolve(corpusArg);
const productRoot = resolve(import.meta.dirname, '..', '..');
const work = join(tmpdir(), `catalog-docs-corpus-${process.pid}`);
process.env.CATALOG_DOCS_SNIPPETS = 'fill-missing';

interface Failure { file: string; reason: string }

function disable(root: string, file: string): void {
  const abs = join(root, file);
  renameSync(abs, join(dirname(abs), `_${basename(abs)}`));
}

function runBuild(root: string): Promise<{ ok: boolean; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(root, 'src/cli/build.ts'), root], { cwd: root, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => done({ ok: code === 0, output }));
  });
}

const started = performance.now();
let exitCode = 0;
try {
  console.log(`check:corpus ${corpus}`);
  const project = prepareCorpusProject(corpus, productRoot, work);
  const paths = projectPaths(project.root);

  // 1. Metadata and generated snippets (the tree's own snippets win).
  const { meta, report } = loadAndGenerate(project.root, { useCases: {} });
  console.log(`metadata: ${meta.providers.providers.size} providers, ${meta.useCases.byProvider.size} with use cases; generated ${report.written.length} missing snippets, kept ${report.unchanged} of the tree's`);
  for (const w of meta.warnings) console.log(`  warning: ${w.message.split('\n')[0]}`);

  // 2. Page-by-page checks: frontmatter, provider metadata, MDX compile of the page and its snippets.
  const failures: Failure[] = [];
  const { pages, errors } = scanPages(project.root, paths.content, meta.providers);
  for (const e of errors) failures.push({ file: e.file ?? '?', reason: e.message });
  const failedFiles = new Set(failures.map((f) => f.file));
  // A tree's TypeScript examples are checked like ours, but a type error is a finding, not a failed page.
  const checker = createPrechecker(project.root, { typecheck: 'warn' });
  const progress = createProgress('compile', pages.length);
  const importsOf = new Map<string, string[]>();
  for (const page of pages) {
    progress.tick(page.shown);
    if (failedFiles.has(page.shown)) continue;
    const r = checker.check(page.shown);
    importsOf.set(page.shown, r.imports);
    if (!r.ok) {
      failures.push({ file: page.shown, reason: r.reason! });
      failedFiles.add(page.shown);
    }
  }
  progress.done();
  for (const f of failedFiles) if (existsSync(join(project.root, f))) disable(project.root, f);

  // 3. Build the rest; a page that only fails at render time is excluded and the build retried.
  let remaining = pages.length - failedFiles.size;
  let built = false;
  for (let attempt = 1; attempt <= 10 && remaining > 0; attempt++) {
    const spin = createProgress('build', 0);
    spin.tick(`${remaining} pages${attempt > 1 ? ` (attempt ${attempt})` : ''}`);
    const result = await runBuild(project.root);
    spin.done();
    if (result.ok) {
      built = true;
      break;
    }
    const error = describeBuildError(new Error(result.output.slice(result.output.indexOf('Build failed;'))), project.root).replace(/^\[Error\] Build failed; dist\/ was left untouched\.\s*/, '');
    const culprit = /^(content\/\S+?\.mdx|snippets\/\S+?\.mdx)/m.exec(error)?.[1];
    const hit = culprit ? pages.filter((p) => !failedFiles.has(p.shown) && (p.shown === culprit || importsOf.get(p.shown)?.includes(culprit))) : [];
    if (hit.length === 0) throw new Error(`the site build failed outside any page:\n${result.output.split('\n').slice(-30).join('\n')}`);
    for (const p of hit) {
      failures.push({ file: p.shown, reason: error.trim() });
      failedFiles.add(p.shown);
      disable(project.root, p.shown);
    }
    remaining = pages.length - failedFiles.size;
  }

  // 4. Links: those that leave the tree are reported as outside it; those inside it are checked
  //    (pages, anchors) and reported. Neither fails the run: the corpus's defects are not ours.
  const dist = join(project.root, 'dist');
  const outside = new Map<string, Set<string>>();
  let inside: LinkIssue[] = [];
  if (built) {
    const sections = new Set(readdirSync(join(corpus, 'content')).map((s) => `/${s.replace(/\.mdx$/, '')}`));
    const links = checkLinks(dist);
    for (const issue of links.issues) {
      const { path } = resolveHref(issue.page, issue.target);
      const top = `/${path.split('/')[1] ?? ''}`;
      if (issue.kind === 'missing-asset' || (issue.kind === 'missing-page' && !sections.has(top))) {
        const set = outside.get(path) ?? new Set<string>();
        set.add(issue.page);
        outside.set(path, set);
      } else inside.push(issue);
    }
    inside = inside.sort((a, b) => a.page.localeCompare(b.page));
  }

  // Report.
  if (failures.length) {
    console.log(`\nFailed pages (${failures.length}):`);
    for (const f of failures.sort((a, b) => a.file.localeCompare(b.file))) console.log(`\n- ${f.file}\n  ${f.reason.split('\n').join('\n  ')}`);
  }
  if (inside.length) {
    console.log(`\nBroken links inside the tree (${inside.length}, reported, not fatal):`);
    console.log(formatLinkReport({ pages: 0, links: 0, issues: inside, external: new Map() }).split('\n').slice(0, -2).join('\n'));
  }
  if (outside.size) {
    const sorted = [...outside.entries()].sort(([a], [b]) => a.localeCompare(b));
    console.log(`\nLinks and images pointing outside the tree (${sorted.length} targets, not fatal):`);
    for (const [target, from] of sorted) console.log(`  ${target}  <- ${[...from].slice(0, 3).join(', ')}${from.size > 3 ? ` and ${from.size - 3} more` : ''}`);
  }
  const typeErrors = checker.warnings.filter((w) => w.includes('[CodeTypeError]'));
  if (typeErrors.length) {
    const blocks = new Map<string, string>();
    for (const w of typeErrors) {
      const m = /^(\S+?):\d+:\d+ \[CodeTypeError\] type error in code block (\d+)/.exec(w);
      const key = m ? `${m[1]} block ${m[2]}` : w;
      if (!blocks.has(key)) blocks.set(key, w.replace(/\. Hint:.*$|\. fix the example.*$/, ''));
    }
    console.log(`\nTypeScript examples with type errors (${blocks.size} blocks, reported, not fatal; first error of each):`);
    for (const first of [...blocks.values()].sort()) console.log(`  ${first}`);
  }
  if (values.out && built) {
    const out = resolve(values.out);
    rmSync(out, { recursive: true, force: true });
    mkdirSync(dirname(out), { recursive: true });
    cpSync(dist, out, { recursive: true });
    writeFileSync(join(out, '.corpus-report.json'), JSON.stringify({ corpus, failures, inside, outside: Object.fromEntries([...outside].map(([k, v]) => [k, [...v]])), typeErrors }, null, 2));
    console.log(`\nsite written to ${relative(process.cwd(), out) || out}`);
  }
  const builtCount = built ? pages.length - failedFiles.size : 0;
  console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);
  console.log(`pages: ${builtCount} built, ${failedFiles.size} failed`);
  exitCode = failedFiles.size > 0 || !built ? 1 : 0;
} catch (e) {
  console.error(`\ncheck:corpus could not build ${corpus}:\n${e instanceof Error ? e.message : String(e)}`);
  console.log('pages: 0 built, 0 failed');
  exitCode = 1;
} finally {
  if (!values.keep) rmSync(work, { recursive: true, force: true });
  else console.log(`scratch project kept at ${work}`);
}
process.exit(exitCode);
