/**
 * Part of `npm test`: builds Nango's sample corpus with check:corpus into tests/.corpus-site, which the
 * browser tests then open. Fails when any page of the corpus fails. `NANGO_SAMPLE=none` skips it.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { HAS_NANGO_SAMPLE, ROOT, nangoSample } from './helpers.ts';

if (!HAS_NANGO_SAMPLE) {
  console.log('check:corpus skipped (NANGO_SAMPLE=none)');
  process.exit(0);
}
const r = spawnSync(process.execPath, [join(ROOT, 'src/cli/check-corpus.ts'), nangoSample(), '--out', join(ROOT, 'tests/.corpus-site')], { stdio: 'inherit' });
process.exit(r.status ?? 1);
