/**
 * Benchmark of the offline link check: builds a synthetic site of N pages (default 1,000) from the real
 * Checkr page of `dist/` (each copy linking to 20 other pages, some with anchors, plus its assets), then
 * times `npm run check:links` on it as a whole process, several runs, and prints the median.
 * Usage: npm run build && node scripts/bench-links.ts [pages=1000] [runs=5]
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';

const N = Number(process.argv[2] ?? 1000);
const RUNS = Number(process.argv[3] ?? 5);
const root = join(tmpdir(), `bench-links-${process.pid}`);
const dist = join(root, 'dist');
const template = readFileSync('dist/integrations/checkr-partner-staging/index.html', 'utf8');
// The real site (so its own links resolve), plus N synthetic pages.
cpSync('dist', dist, { recursive: true });
for (let i = 0; i < N; i++) {
  const links = Array.from({ length: 20 }, (_, j) => {
    const k = (i * 7 + j * 13) % N;
    return `<a href="/p/${k}/${j % 3 === 0 ? '#api-gotchas' : ''}">page ${k}</a>`;
  }).join('');
  const html = template.replace('<main', `<nav aria-label="related">${links}</nav><main`);
  mkdirSync(join(dist, 'p', String(i)), { recursive: true });
  writeFileSync(join(dist, 'p', String(i), 'index.html'), html);
}
const bytes = template.length * N;
const times: number[] = [];
let out = '';
for (let r = 0; r < RUNS; r++) {
  const t = performance.now();
  const res = spawnSync(process.execPath, ['src/cli/check-links.ts', dist], { encoding: 'utf8' });
  times.push(performance.now() - t);
  out = res.stdout;
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
console.log(out.trim().split('\n').slice(-2).join('\n'));
console.log(`check:links on ${N} pages (${(bytes / 1e6).toFixed(0)} MB of HTML): median ${(median / 1000).toFixed(2)} s over ${RUNS} runs (min ${(times[0]! / 1000).toFixed(2)} s, max ${(times.at(-1)! / 1000).toFixed(2)} s), whole process`);
rmSync(root, { recursive: true, force: true });
