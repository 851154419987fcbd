/**
 * Page-weight budgets of the built site, measured on what a reader downloads on first load: the HTML, its
 * stylesheets and scripts (inline and external), the favicon; not the search index or Pagefind's script
 * (loaded on demand when search opens) and no fonts (the site uses system fonts).
 * Exits 1 when an integration page ships more than 15 KB of JavaScript or 120 KB in total (gzip).
 * Usage: npm run build && node scripts/budgets.ts [dist]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listHtml } from '../src/lib/site-files.ts';
import { kb, weigh, type Weights } from '../src/lib/weight.ts';
import { redirectTarget } from '../src/checks/links.ts';

const dist = process.argv[2] ?? 'dist';
const JS_BUDGET = 15 * 1024;
const TOTAL_BUDGET = 120 * 1024;

const pages = listHtml(dist).filter((f) => !f.startsWith('pagefind/') && !redirectTarget(readFileSync(join(dist, f), 'utf8')));
const rows = pages.map((f) => weigh(dist, f));
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
