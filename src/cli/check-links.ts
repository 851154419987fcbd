/**
 * `npm run check:links [-- <site-dir>] [--external] [--json]`: checks the built site offline (internal links,
 * anchors, assets, redirects) with a real HTML parser; exits 1 when anything is broken.
 * `--external` also checks outside links over the network (cached in .cache/external-links.json for a day);
 * links that cannot be checked (offline, timeout) are reported but do not fail the run.
 * `--report-only` prints findings and exits 0 (used for Nango's corpus, whose defects are not ours to fail on).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkLinks, formatLinkReport } from '../checks/links.ts';
import { checkExternal, type ExternalResult } from '../checks/external.ts';
import { createProgress } from '../lib/progress.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    external: { type: 'boolean' },
    json: { type: 'boolean' },
    'report-only': { type: 'boolean' },
    'cache-ttl-hours': { type: 'string', default: '24' },
    timeout: { type: 'string', default: '10000' },
    content: { type: 'string' },
  },
});
const dist = resolve(positionals[0] ?? 'dist');
if (!existsSync(dist)) {
  console.error(`${dist} does not exist: run \`npm run build\` first.`);
  process.exit(2);
}
const contentDir = resolve(values.content ?? join(dist, '..', 'content'));

/** The source file of a page URL, for the report (`/integrations/x/` -> content/integrations/x.mdx). */
function sourceOf(url: string): string | undefined {
  const id = url.replace(/^\/|\/$/g, '');
  for (const c of [`${id}.mdx`, `${id}/index.mdx`]) if (id && existsSync(join(contentDir, c))) return `content/${c}`;
  return undefined;
}

const started = performance.now();
const report = checkLinks(dist);
const ms = performance.now() - started;
let failed = report.issues.length > 0;

let externalResults: ExternalResult[] = [];
if (values.external) {
  const urls = [...report.external.keys()];
  const progress = createProgress('external links', urls.length);
  externalResults = await checkExternal(urls, {
    cacheFile: resolve('.cache/external-links.json'),
    cacheTtlMs: Number(values['cache-ttl-hours']) * 3600_000,
    timeoutMs: Number(values.timeout),
    onResult: (r) => progress.tick(r.url),
  });
  progress.done();
  if (externalResults.some((r) => r.status === 'broken')) failed = true;
}

if (values.json) {
  console.log(JSON.stringify({ pages: report.pages, links: report.links, ms: Math.round(ms), issues: report.issues, external: externalResults }, null, 2));
} else {
  console.log(formatLinkReport(report, sourceOf));
  if (values.external) {
    const broken = externalResults.filter((r) => r.status === 'broken');
    const unchecked = externalResults.filter((r) => r.status === 'unchecked');
    for (const [title, list] of [['Broken external links', broken], ['Could not check', unchecked]] as const) {
      if (!list.length) continue;
      console.log(`\n${title} (${list.length}):`);
      for (const r of list) console.log(`  ${r.url}  ${r.detail}  <- ${[...(report.external.get(r.url) ?? [])].slice(0, 3).join(', ')}`);
    }
    const ok = externalResults.filter((r) => r.status === 'ok').length;
    const cached = externalResults.filter((r) => r.cached).length;
    console.log(`external: ${ok} ok, ${broken.length} broken, ${unchecked.length} could not check (${cached} from cache)`);
  }
  console.log(`checked in ${ms.toFixed(0)} ms`);
}
process.exit(failed && !values['report-only'] ? 1 : 0);
