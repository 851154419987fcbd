/**
 * `npm run bench [-- --sizes 100,1000,5000 --runs 3 --dev]`: the benchmark harness. For each catalog size N it
 * generates a synthetic catalog (scripts/bench/catalog.ts) and measures, as whole processes (GNU time):
 * build wall and CPU time, ms per page, peak memory; output size, HTML bytes per page, JS and CSS per page
 * (gzip), search index size, the link-check time; and the floor (scripts/bench/floor.ts) on the same pages,
 * with the build/floor ratio. `--dev` also measures, at the largest N up to 1,000, how long the dev server
 * takes to show an edit of providers.yaml and of a page. Medians of `--runs` runs; results go to stdout and
 * bench-results.json, and the targets are checked (a miss says by how much).
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, statSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import { generateCatalog, keyOf } from './catalog.ts';
import { listHtml } from '../../src/lib/site-files.ts';
import { weigh } from '../../src/lib/weight.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '100,1000,5000' }, runs: { type: 'string', default: '3' }, dev: { type: 'boolean' }, keep: { type: 'boolean' } } });
const sizes = values.sizes!.split(',').map(Number);
const runs = Number(values.runs);
const product = resolve(import.meta.dirname, '..', '..');
const node = process.execPath;

interface Timed { wall: number; cpu: number; rssMb: number; ok: boolean; out: string }

/** Runs a command under GNU time: wall seconds, user+system CPU seconds (children included), peak RSS. */
function timed(args: string[], cwd: string): Timed {
  const r = spawnSync('/usr/bin/time', ['-f', 'TIME %e %U %S %M', ...args], { cwd, encoding: 'utf8', env: { ...process.env, CI: '1', FORCE_COLOR: '0' }, maxBuffer: 1 << 28 });
  const m = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr);
  if (!m) throw new Error(`could not time ${args.join(' ')}:\n${r.stderr.slice(-2000)}`);
  return { wall: Number(m[1]), cpu: Number(m[2]) + Number(m[3]), rssMb: Number(m[4]) / 1024, ok: r.status === 0, out: r.stdout + r.stderr };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function dirSize(dir: string): number {
  let n = 0;
  for (const d of readdirSync(dir, { recursive: true, withFileTypes: true })) if (d.isFile()) n += statSync(join(d.parentPath, d.name)).size;
  return n;
}

async function devLatency(dir: string): Promise<{ providersEditMs: number; pageEditMs: number }> {
  const port = 4555;
  const server = spawn(node, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], { cwd: dir, env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'development' } });
  let log = '';
  server.stdout.on('data', (d) => (log += d));
  server.stderr.on('data', (d) => (log += d));
  const key = keyOf(1);
  const url = `http://127.0.0.1:${port}/integrations/${key}/`;
  const get = async () => {
    try {
      return await (await fetch(url, { signal: AbortSignal.timeout(60_000) })).text();
    } catch {
      return '';
    }
  };
  const waitFor = async (check: (h: string) => boolean, ms: number) => {
    const end = Date.now() + ms;
    while (Date.now() < end) {
      if (check(await get())) return true;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`dev server did not show the change\n${log.slice(-2000)}`);
  };
  try {
    await waitFor((h) => h.includes('Pre-built tooling'), 180_000);
    const measure = async (edit: () => void, check: (h: string) => boolean) => {
      const times: number[] = [];
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        edit();
        await waitFor(check, 60_000);
        times.push(performance.now() - t);
        edit(); // undo (toggles)
        await waitFor((h) => !check(h), 60_000);
      }
      return median(times);
    };
    const providersFile = join(dir, 'content', 'providers.yaml');
    const original = readFileSync(providersFile, 'utf8');
    const marker = `webhook_routing_script: dev-bench-${key}`;
    let on = false;
    const providersEditMs = await measure(
      () => {
        on = !on;
        writeFileSync(providersFile, on ? original.replace(`${key}:\n`, `${key}:\n    ${marker}\n`) : original);
      },
      (h) => /Real-time webhooks from 3rd-party API<\/td>\s*<td>✅/.test(h),
    );
    const pageFile = join(dir, 'content', 'integrations', `${key}.mdx`);
    const pageOriginal = readFileSync(pageFile, 'utf8');
    let edited = false;
    const pageEditMs = await measure(
      () => {
        edited = !edited;
        writeFileSync(pageFile, edited ? pageOriginal.replace('_No setup guide yet._', '_Setup guide edited by the benchmark._') : pageOriginal);
      },
      (h) => h.includes('Setup guide edited by the benchmark.'),
    );
    return { providersEditMs, pageEditMs };
  } finally {
    server.kill();
  }
}

interface Row {
  n: number; pages: number; buildWallS: number; buildCpuS: number; msPerPage: number; peakRssMb: number; floorWallS: number; ratio: number;
  outputMb: number; htmlBytesPerPage: number; jsGzipPerPage: number; cssGzipPerPage: number; searchIndexMb: number; linkCheckS: number; linkCheckOk: boolean; runs: number;
  providersEditMs?: number; pageEditMs?: number;
}
const results: Row[] = [];
for (const n of sizes) {
  const dir = join(tmpdir(), `catalog-bench-${n}`);
  process.stderr.write(`N=${n}: generating catalog...\n`);
  generateCatalog(product, dir, n);
  const builds: Timed[] = [];
  const floors: Timed[] = [];
  for (let r = 0; r < runs; r++) {
    process.stderr.write(`N=${n}: build ${r + 1}/${runs}...\n`);
    const b = timed([node, join(dir, 'src/cli/build.ts'), dir], dir);
    if (!b.ok) throw new Error(`build failed at N=${n}:\n${b.out.slice(-3000)}`);
    builds.push(b);
    process.stderr.write(`N=${n}: floor ${r + 1}/${runs}...\n`);
    const f = timed([node, join(product, 'scripts/bench/floor.ts'), dir], product);
    if (!f.ok) throw new Error(`floor failed at N=${n}:\n${f.out.slice(-3000)}`);
    floors.push(f);
  }
  const dist = join(dir, 'dist');
  const html = listHtml(dist).filter((f) => /^integrations\/provider-\d+\/index\.html$/.test(f));
  const sample = html.filter((_, i) => i % Math.max(1, Math.floor(html.length / 25)) === 0);
  const weights = sample.map((f) => weigh(dist, f));
  const links = timed([node, join(product, 'src/cli/check-links.ts'), dist], product);
  const row: Row = {
    n,
    pages: html.length,
    buildWallS: median(builds.map((b) => b.wall)),
    buildCpuS: median(builds.map((b) => b.cpu)),
    msPerPage: (median(builds.map((b) => b.wall)) * 1000) / n,
    peakRssMb: Math.max(...builds.map((b) => b.rssMb)),
    floorWallS: median(floors.map((f) => f.wall)),
    ratio: median(builds.map((b) => b.wall)) / median(floors.map((f) => f.wall)),
    outputMb: dirSize(dist) / 1e6,
    htmlBytesPerPage: Math.round(html.reduce((s, f) => s + statSync(join(dist, f)).size, 0) / html.length),
    jsGzipPerPage: Math.round(weights.reduce((s, w) => s + w.js, 0) / weights.length),
    cssGzipPerPage: Math.round(weights.reduce((s, w) => s + w.css, 0) / weights.length),
    searchIndexMb: dirSize(join(dist, 'pagefind')) / 1e6,
    linkCheckS: links.wall,
    linkCheckOk: links.ok,
    runs,
    ...(values.dev && n === Math.max(...sizes.filter((s) => s <= 1000)) ? await devLatency(dir) : {}),
  };
  results.push(row);
  console.log(JSON.stringify(row));
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
}

writeFileSync('bench-results.json', JSON.stringify({ date: new Date().toISOString(), node: process.version, results }, null, 2));
const f = (x: unknown, d = 1) => (typeof x === 'number' ? x.toFixed(d) : '-');
console.log('\n| N | build wall | build CPU | ms/page | peak RSS | floor | build/floor | output | HTML/page | JS/page (gz) | CSS/page (gz) | search index | link check |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of results) {
  console.log(`| ${r.n} | ${f(r.buildWallS)} s | ${f(r.buildCpuS)} s | ${f(r.msPerPage)} | ${f(r.peakRssMb, 0)} MB | ${f(r.floorWallS)} s | ${f(r.ratio, 2)}x | ${f(r.outputMb)} MB | ${f(r.htmlBytesPerPage / 1024)} KB | ${f(r.jsGzipPerPage / 1024)} KB | ${f(r.cssGzipPerPage / 1024)} KB | ${f(r.searchIndexMb, 2)} MB | ${f(r.linkCheckS, 2)} s |`);
}
// Targets (performance issue), checked on the measured numbers.
const at = (n: number) => results.find((r) => r.n === n);
const checks: string[] = [];
const k = at(1000);
if (k) {
  checks.push(`build at N=1000 within 2x the floor: ${f(k.ratio, 2)}x ${k.ratio <= 2 ? 'MET' : `MISSED by ${f((k.ratio / 2 - 1) * 100, 0)}%`}`);
  checks.push(`peak memory at N=1000 under 1,500 MB: ${f(k.peakRssMb, 0)} MB ${k.peakRssMb < 1500 ? 'MET' : `MISSED by ${f(k.peakRssMb - 1500, 0)} MB`}`);
  checks.push(`link check of 1,000 pages under 5 s: ${f(k.linkCheckS, 2)} s ${k.linkCheckS < 5 ? 'MET' : 'MISSED'}`);
  checks.push(`JS per integration page at most 15 KB: ${f(k.jsGzipPerPage / 1024)} KB ${k.jsGzipPerPage <= 15360 ? 'MET' : 'MISSED'}`);
  if (k.providersEditMs !== undefined) checks.push(`dev: providers.yaml edit shown within 500 ms: ${f(k.providersEditMs, 0)} ms ${k.providersEditMs <= 500 ? 'MET' : `MISSED by ${f(k.providersEditMs - 500, 0)} ms`}`);
  if (k.pageEditMs !== undefined) checks.push(`dev: page edit shown within 500 ms: ${f(k.pageEditMs, 0)} ms ${k.pageEditMs <= 500 ? 'MET' : `MISSED by ${f(k.pageEditMs - 500, 0)} ms`}`);
}
const big = at(5000);
if (k && big) checks.push(`linear growth, N=5000 within 5.5x of N=1000: ${f(big.buildWallS / k.buildWallS, 2)}x ${big.buildWallS / k.buildWallS <= 5.5 ? 'MET' : 'MISSED'}`);
if (checks.length) console.log(`\nTargets:\n${checks.map((c) => `- ${c}`).join('\n')}`);
