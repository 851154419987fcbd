import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync, renameSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { OutputFile } from './index.ts';

/** What `emitFiles` changed on disk. */
export interface EmitReport {
  written: string[];
  removed: string[];
  unchanged: number;
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split('\\').join('/'));
}

/**
 * Writes generated files into `dir`: only files whose content changed are written (so a dev server
 * reloads only what changed), each via a temp file + rename (never half-written), and files no longer
 * generated are removed (no stale snippets). With `check`, nothing is written: the report says what would change.
 */
export function emitFiles(dir: string, files: OutputFile[], options: { check?: boolean } = {}): EmitReport {
  const report: EmitReport = { written: [], removed: [], unchanged: 0 };
  const wanted = new Set(files.map((f) => f.path));
  for (const f of files) {
    const target = join(dir, f.path);
    const current = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
    if (current === f.content) {
      report.unchanged++;
      continue;
    }
    report.written.push(f.path);
    if (options.check) continue;
    mkdirSync(dirname(target), { recursive: true });
    const tmp = `${target}.${process.pid}.tmp`;
    writeFileSync(tmp, f.content);
    renameSync(tmp, target);
  }
  for (const existing of listFiles(dir)) {
    if (wanted.has(existing)) continue;
    report.removed.push(existing);
    if (!options.check) rmSync(join(dir, existing));
  }
  if (!options.check) {
    // Drop folders left empty by removed providers.
    for (const entry of existsSync(dir) ? readdirSync(dir, { withFileTypes: true }) : []) {
      if (entry.isDirectory() && readdirSync(join(dir, entry.name)).length === 0) rmSync(join(dir, entry.name), { recursive: true });
    }
  }
  return report;
}
