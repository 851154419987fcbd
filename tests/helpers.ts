import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

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
