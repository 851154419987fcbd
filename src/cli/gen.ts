/**
 * `npm run gen`: writes snippets/generated/<provider>/{PreBuiltTooling,PreBuiltUseCases}.mdx from
 * content/providers.yaml and content/use-cases.yaml (the build and the dev server do this too).
 * `--check`: writes nothing and exits 1 if any generated file is missing, stale or orphaned.
 */
import { resolve } from 'node:path';
import { loadAndGenerate } from '../integration/generate.ts';
import site from '../../site.config.ts';

const check = process.argv.includes('--check');
const root = resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? process.cwd());
try {
  const { meta, report } = loadAndGenerate(root, site, { check });
  for (const w of meta.warnings) console.warn(`warning: ${w.message}`);
  const changes = report.written.length + report.removed.length;
  if (check) {
    if (changes) {
      console.error(`[StaleSnippets] ${changes} generated snippet(s) are out of date:`);
      for (const f of report.written) console.error(`  stale or missing: snippets/generated/${f}`);
      for (const f of report.removed) console.error(`  orphaned: snippets/generated/${f}`);
      console.error('  Hint: run `npm run gen` (the build does it for you).');
      process.exit(1);
    }
    console.log(`generated snippets are up to date (${report.unchanged} files)`);
  } else {
    console.log(`generated snippets: ${report.written.length} written, ${report.removed.length} removed, ${report.unchanged} unchanged`);
  }
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
}
