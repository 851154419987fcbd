import { cpSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { copyProduct } from '../src/corpus/project.ts';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');

/** False when the compatibility corpus is explicitly switched off (`NANGO_SAMPLE=none`, e.g. on a fork without it). */
export const HAS_NANGO_SAMPLE = process.env.NANGO_SAMPLE !== 'none';

/** The Nango sample corpus that CI places beside the repo (test data, never copied into the project). */
export function nangoSample(): string {
  const dir = resolve(process.env.NANGO_SAMPLE ?? resolve(ROOT, '..', 'shared', 'nango-sample'));
  if (!existsSync(resolve(dir, 'providers.yaml'))) {
    throw new Error(`Nango sample not found at ${dir}: place ../shared beside the repo or set NANGO_SAMPLE=/path/to/nango-sample.`);
  }
  return dir;
}

/** Scratch folder for tests that build or serve copies of the project (git-ignored). */
export const TMP = join(ROOT, 'tests', '.tmp');

/** A copy of the project (content, sources, config; node_modules linked) that a test may break freely. */
export function scratchProject(name: string): string {
  mkdirSync(TMP, { recursive: true });
  const dir = mkdtempSync(join(TMP, `${name}-`));
  copyProduct(ROOT, dir);
  for (const f of ['content', 'site.config.ts']) cpSync(join(ROOT, f), join(dir, f), { recursive: true });
  mkdirSync(join(dir, 'snippets'));
  cpSync(join(ROOT, 'snippets', 'overview.mdx'), join(dir, 'snippets', 'overview.mdx'));
  return dir;
}
