/**
 * Where the build's time goes: runs the build of a catalog under `node --cpu-prof` and sums self time by
 * package (node_modules/<name>) or project folder, printing the top entries.
 * Usage: node scripts/bench/profile.ts <catalog-dir>   (make one with `npm run bench -- --sizes 1000 --runs 1 --keep`)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

interface ProfileNode { id: number; callFrame: { url: string; functionName: string }; hitCount?: number }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const dir = process.argv[2]!;
const out = mkdtempSync(join(tmpdir(), 'cpuprof-'));
const r = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${out}`, join(dir, 'src/cli/build.ts'), dir], { cwd: dir, stdio: 'inherit', env: { ...process.env, CI: '1' } });
if (r.status !== 0) process.exit(r.status ?? 1);

const bucket = (url: string): string => {
  if (!url) return '(native/idle/gc)';
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) return nm[1]!;
  if (url.startsWith('node:')) return 'node internals';
  const m = /\/(src\/[^/]+|content|snippets|dist|\.astro)\//.exec(url);
  return m ? m[1]! : url.replace(/^file:\/\//, '').slice(-60);
};
const totals = new Map<string, number>();
let all = 0;
for (const f of readdirSync(out).filter((f) => f.endsWith('.cpuprofile'))) {
  const p = JSON.parse(readFileSync(join(out, f), 'utf8')) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  p.samples.forEach((id, i) => {
    const dt = p.timeDeltas[i] ?? 0;
    const key = bucket(byId.get(id)?.callFrame.url ?? '');
    totals.set(key, (totals.get(key) ?? 0) + dt);
    all += dt;
  });
}
console.log(`\nself time by package (${(all / 1e6).toFixed(1)} s sampled on the main thread):`);
for (const [k, us] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${(us / 1e6).toFixed(2).padStart(7)} s  ${((us / all) * 100).toFixed(1).padStart(5)}%  ${k}`);
