/**
 * Page-weight budgets of the built site, measured on what a reader downloads on first load: the HTML, its
 * stylesheets and scripts (inline and external), the favicon; not the search index or Pagefind's script
 * (loaded on demand when search opens) and no fonts (the site uses system fonts).
 * Exits 1 when an integration page ships more than 15 KB of JavaScript or 120 KB in total (gzip).
 * Usage: npm run build && node scripts/budgets.ts [dist]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { Parser } from 'htmlparser2';
import { listHtml, urlOfHtml } from '../src/lib/site-files.ts';
import { redirectTarget } from '../src/checks/links.ts';

const dist = process.argv[2] ?? 'dist';
const JS_BUDGET = 15 * 1024;
const TOTAL_BUDGET = 120 * 1024;

const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;
const br = (b: Buffer | string) => brotliCompressSync(b).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

interface Weights { url: string; html: number; css: number; js: number; jsBr: number; total: number }

function weigh(file: string): Weights {
  const html = readFileSync(join(dist, file), 'utf8');
  const js: (Buffer | string)[] = [];
  const css: (Buffer | string)[] = [];
  const other: Buffer[] = [];
  let inScript = false;
  let inStyle = false;
  let scriptType = '';
  const asset = (src: string) => {
    const p = join(dist, src.split(/[?#]/)[0]!);
    return src.startsWith('/') && existsSync(p) ? readFileSync(p) : undefined;
  };
  const parser = new Parser({
    onopentag(name, a) {
      if (name === 'script') {
        scriptType = a.type ?? '';
        if (a.src) {
          const b = asset(a.src);
          if (b) js.push(b);
        } else inScript = true;
      } else if (name === 'style') inStyle = true;
      else if (name === 'link' && /\bstylesheet\b/.test(a.rel ?? '') && a.href) {
        const b = asset(a.href);
        if (b) css.push(b);
      } else if (name === 'link' && /\b(modulepreload)\b/.test(a.rel ?? '') && a.href) {
        const b = asset(a.href);
        if (b) js.push(b);
      } else if (name === 'link' && /\bicon\b/.test(a.rel ?? '') && a.href) {
        const b = asset(a.href);
        if (b) other.push(b);
      }
    },
    ontext(t) {
      if (inScript && !/json/.test(scriptType)) js.push(t);
      if (inStyle) css.push(t);
    },
    onclosetag(name) {
      if (name === 'script') inScript = false;
      if (name === 'style') inStyle = false;
    },
  });
  parser.end(html);
  // Inline scripts and styles are already counted inside the HTML's compressed size; count them apart too.
  const jsSize = js.reduce((n, b) => n + gz(b), 0);
  const external = (list: (Buffer | string)[]) => list.filter((b) => Buffer.isBuffer(b)).reduce((n, b) => n + gz(b), 0);
  const total = gz(html) + external(css) + external(js) + other.reduce((n, b) => n + gz(b), 0);
  return { url: urlOfHtml(file), html: gz(html), css: css.reduce((n, b) => n + gz(b), 0), js: jsSize, jsBr: js.reduce((n, b) => n + br(b), 0), total };
}

const pages = listHtml(dist).filter((f) => !f.startsWith('pagefind/') && !redirectTarget(readFileSync(join(dist, f), 'utf8')));
const rows = pages.map(weigh);
const integration = rows.filter((r) => /^\/integrations\/[^/]+\/$/.test(r.url) && !r.url.startsWith('/integrations/category'));
const over = integration.filter((r) => r.js > JS_BUDGET || r.total > TOTAL_BUDGET);
const max = (k: keyof Omit<Weights, 'url'>, list = rows) => Math.max(...list.map((r) => r[k]));

console.log('| page | HTML | CSS | JS (gzip) | JS (brotli) | first load |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.url} | ${kb(r.html)} | ${kb(r.css)} | ${kb(r.js)} | ${kb(r.jsBr)} | ${kb(r.total)} |`);
console.log(`\nintegration pages: ${integration.length}; max JS ${kb(max('js', integration))} (budget ${kb(JS_BUDGET)}), max first load ${kb(max('total', integration))} (budget ${kb(TOTAL_BUDGET)})`);
if (over.length) {
  console.error(`over budget: ${over.map((r) => `${r.url} (JS ${kb(r.js)}, total ${kb(r.total)})`).join(', ')}`);
  process.exit(1);
}
