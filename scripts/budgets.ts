/**
 * Page-weight budgets of the built site, measured on what a reader downloads on first load: the HTML, its
 * stylesheets and scripts (inline and external), the favicon; not the search index or Pagefind's script
 * (loaded on demand when search opens) and no fonts (the site uses system fonts).
 * Exits 1 when an integration page ships more than 15 KB of JavaScript or 120 KB in total (gzip).
 *
 * Live examples (request examples, runnable code): their island is the page's scripts beyond the site shell's
 * (the scripts every page has). It must be at most 30 KB gzip, deferred (module scripts run after parsing, so the
 * content is readable first), and present only on pages that use a live example. The runner's sandbox script,
 * loaded on the first Run, is not part of any page.
 * Usage: npm run build && node scripts/budgets.ts [dist]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listHtml, redirectTarget } from '../src/lib/site-files.ts';
import { kb, weigh, type Weights } from '../src/lib/weight.ts';

const dist = process.argv[2] ?? 'dist';
const JS_BUDGET = 15 * 1024;
const TOTAL_BUDGET = 120 * 1024;
const ISLAND_BUDGET = 30 * 1024;
/** Custom elements of the live-example island. */
const LIVE_ELEMENTS = ['request-example', 'live-code'];

// Each page is read once: redirect pages are left out, the rest weighed and searched for live examples.
const pages = listHtml(dist)
  .filter((f) => !f.startsWith('pagefind/'))
  .map((file) => ({ file, html: readFileSync(join(dist, file), 'utf8') }))
  .filter((p) => !redirectTarget(p.html));
const rows = pages.map((p) => weigh(dist, p.file, p.html));
const integration = rows.filter((r) => /^\/integrations\/[^/]+\/$/.test(r.url) && !r.url.startsWith('/integrations/category'));
const over = integration.filter((r) => r.js > JS_BUDGET || r.total > TOTAL_BUDGET);
const max = (k: keyof Omit<Weights, 'url' | 'scripts'>, list = rows) => Math.max(...list.map((r) => r[k]));

console.log('| page | HTML | CSS | JS (gzip) | JS (brotli) | first load |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.url} | ${kb(r.html)} | ${kb(r.css)} | ${kb(r.js)} | ${kb(r.jsBr)} | ${kb(r.total)} |`);
console.log(`\nintegration pages: ${integration.length}; max JS ${kb(max('js', integration))} (budget ${kb(JS_BUDGET)}), max first load ${kb(max('total', integration))} (budget ${kb(TOTAL_BUDGET)})`);

// Live-example island.
const shell = new Set(rows[0]?.scripts.map((s) => s.id).filter((id) => rows.every((r) => r.scripts.some((s) => s.id === id))));
const problems: string[] = [];
const livePages: { url: string; island: number }[] = [];
for (const r of rows) {
  const html = pages[rows.indexOf(r)]!.html;
  const uses = LIVE_ELEMENTS.some((el) => html.includes(`<${el}`));
  const island = r.scripts.filter((s) => !shell.has(s.id));
  const liveCode = island.filter((s) => LIVE_ELEMENTS.some((el) => s.text.includes(el)));
  if (!uses && liveCode.length) problems.push(`${r.url} loads the live-example island but uses no live example`);
  if (!uses) continue;
  if (!liveCode.length) problems.push(`${r.url} uses a live example but loads no island for it`);
  for (const s of island.filter((x) => !x.module)) problems.push(`${r.url}: island script ${s.id.slice(0, 60)} is not deferred (type="module")`);
  livePages.push({ url: r.url, island: island.reduce((n, s) => n + s.gz, 0) });
}
const biggest = livePages.reduce((a, b) => (b.island > a.island ? b : a), { url: '-', island: 0 });
console.log(`live-example island: on ${livePages.length} of ${rows.length} pages (only those that use one); max ${kb(biggest.island)} gzip on ${biggest.url} (budget ${kb(ISLAND_BUDGET)}); deferred`);
for (const p of livePages) if (p.island > ISLAND_BUDGET) problems.push(`${p.url}: live-example island ${kb(p.island)} over ${kb(ISLAND_BUDGET)}`);

if (over.length) problems.push(`over budget: ${over.map((r) => `${r.url} (JS ${kb(r.js)}, total ${kb(r.total)})`).join(', ')}`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
