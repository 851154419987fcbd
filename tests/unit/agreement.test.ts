import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { parseProviders } from '../../src/lib/metadata.ts';
import { checkAgreement } from '../../src/lib/agreement.ts';
import type { PageFile } from '../../src/lib/pages.ts';
import { createMdxChecksPlugin } from '../../src/integration/mdx-plugin.ts';
import { DOC_COMPONENT_NAMES } from '../../src/components/docs/registry.ts';
import { loadAndGenerate } from '../../src/integration/generate.ts';
import { scratchProject } from '../helpers.ts';

const page = (id: string, title: string, provider?: string): PageFile => ({ file: `/x/content/${id}.mdx`, shown: `content/${id}.mdx`, id, frontmatter: { title }, provider });

describe('metadata and pages agree', () => {
  const providers = parseProviders(
    `a:
    display_name: Alpha
    auth_mode: BASIC
    docs: /integrations/a/
b:
    display_name: Beta
    auth_mode: BASIC
    docs_connect: /integrations/b/connect/
c:
    display_name: Gamma
    auth_mode: BASIC
    documented: false
d:
    display_name: Delta (Staging)
    auth_mode: BASIC
    setup_guide_url: https://example.com/guide
`,
    'content/providers.yaml',
  );
  const pages = [page('integrations/a', 'Alpha', 'a'), page('integrations/d', 'Delta Staging', 'd')];

  it('requires a page per provider unless marked undocumented, and internal metadata URLs to exist', () => {
    const r = checkAgreement(providers, pages, { requireProviderPages: true, extraRoutes: ['/'] });
    expect(r.errors.map((e) => e.message)).toEqual([
      'content/providers.yaml:5 [ProviderWithoutPage] provider "b" has no page\n  Hint: add content/integrations/b.mdx (npm run new scaffolds one), or set `documented: false` on the provider if it is not documented on purpose.',
      'content/providers.yaml:5 [BrokenMetadataLink] provider "b", field "docs_connect": /integrations/b/connect/ is not a page of this site\n  Hint: point it at an existing page (/integrations/b/) or create that page.',
    ]);
    expect(r.withoutPage).toEqual(['b']);
  });

  it('warns when a page title differs from the display name', () => {
    const r = checkAgreement(providers, pages, { requireProviderPages: false, extraRoutes: [] });
    expect(r.errors.map((e) => e.code)).toEqual(['BrokenMetadataLink']);
    expect(r.warnings.map((w) => w.message.split('\n')[0])).toEqual(['content/integrations/d.mdx [TitleMismatch] page title "Delta Staging" differs from the provider\'s display name "Delta (Staging)"']);
  });
});

describe('early link warnings while compiling (what `npm run dev` prints)', () => {
  it('names file:line for a link to a missing page or anchor, and stays quiet for good ones', () => {
    const root = scratchProject('links');
    const file = join(root, 'content/guides/links.mdx');
    writeFileSync(
      file,
      [
        '## Here',
        '',
        '[ok](/integrations/github/#setup-guide) [ok2](#here) [ok3](/integrations/) [ok4](/integrations/checkr-partner-staging/#pre-built-integrations)',
        '',
        '[bad page](/integrations/nope/)',
        '',
        '[bad anchor](/integrations/github/#set-up)',
        '',
        '[bad local](#there)',
      ].join('\n'),
    );
    const warnings: string[] = [];
    const plugin = createMdxChecksPlugin({ root, knownComponents: DOC_COMPONENT_NAMES, providersFile: 'content/providers.yaml', checkLinks: true, warn: (m) => warnings.push(m) });
    // Generated snippets must exist for cross-page anchors that come from them (#pre-built-integrations).
    loadAndGenerate(root, { useCases: {} });
    mdxToJs(readFileSync(file, 'utf8'), { mdastPlugins: [plugin], fileURL: pathToFileURL(file) });
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toMatch(/^content\/guides\/links\.mdx:5:1 \[BrokenLink\] link to "\/integrations\/nope\/": no page at \/integrations\/nope\//);
    expect(warnings[1]).toMatch(/^content\/guides\/links\.mdx:7:1 \[BrokenAnchor\] link to "\/integrations\/github\/#set-up": \/integrations\/github\/ has no "#set-up" heading or id \(it has: .*#setup-guide/);
    expect(warnings[2]).toMatch(/^content\/guides\/links\.mdx:9:1 \[BrokenAnchor\] link to "#there": this page has no "#there"/);
    rmSync(root, { recursive: true, force: true });
  });
});
