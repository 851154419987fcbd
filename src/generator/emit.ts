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
export interface EmitOptions {
  /** Report what would change; write nothing. */
  check?: boolean | undefined;
  /** Keep files that already exist (even if different) and remove nothing: fill in only the missing ones (for docs trees that ship their own generated snippets). */
  fillMissing?: boolean | undefined;
}

export function emitFiles(dir: string, files: OutputFile[], options: EmitOptions = {}): EmitReport {
  const report: EmitReport = { written: [], removed: [], unchanged: 0 };
  const wanted = new Set(files.map((f) => f.path));
  for (const f of files) {
    const target = join(dir, f.path);
    const current = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
    if (current === f.content || (options.fillMissing && current !== undefined)) {
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
  for (const existing of options.fillMissing ? [] : listFiles(dir)) {
    // Another writer's temp file (a dev server and a CLI at once) is not ours to prune.
    if (wanted.has(existing) || existing.endsWith('.tmp')) continue;
    report.removed.push(existing);
    if (!options.check) rmSync(join(dir, existing));
  }
  if (!options.check && !options.fillMissing) {
    // Drop folders left empty by removed providers.
    for (const entry of existsSync(dir) ? readdirSync(dir, { withFileTypes: true }) : []) {
      if (entry.isDirectory() && readdirSync(join(dir, entry.name)).length === 0) rmSync(join(dir, entry.name), { recursive: true });
    }
  }
  return report;
}
