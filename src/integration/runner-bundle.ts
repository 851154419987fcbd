import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { RUNNER_PATH } from '../client/runner/protocol.ts';

/**
 * The example runner's sandbox script (src/client/runner/sandbox.ts: sucrase + the mock Nango client), bundled
 * as one classic script. A page's island loads it into a sandboxed iframe on the first Run only, so it is not
 * part of any page's JavaScript. `astro dev` serves it from memory; `astro build` writes it beside the pages.
 */

const ENTRY = fileURLToPath(new URL('../client/runner/sandbox.ts', import.meta.url));
let bundled: Promise<string> | undefined;

export function runnerScript(): Promise<string> {
  bundled ??= build({ entryPoints: [ENTRY], bundle: true, format: 'iife', platform: 'browser', target: 'es2022', minify: true, write: false, legalComments: 'none' })
    .then((r) => r.outputFiles[0]!.text)
    .catch((e: unknown) => {
      bundled = undefined;
      throw e;
    });
  return bundled;
}

/** Forget the bundle (dev: a runner source file changed). */
export function invalidateRunner(): void {
  bundled = undefined;
}

export async function writeRunner(outDir: string): Promise<void> {
  const file = join(outDir, RUNNER_PATH);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, await runnerScript());
}

export { RUNNER_PATH };
