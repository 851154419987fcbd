import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { mdxToJs } from 'satteri';
import { toolingSections, ABSENT, PRESENT } from '../../src/generator/tooling.ts';
import { groupUseCases } from '../../src/generator/use-cases.ts';
import { generateSnippets } from '../../src/generator/index.ts';
import { emitFiles } from '../../src/generator/emit.ts';
import { loadMetadata, parseProviders, parseUseCases, type Metadata } from '../../src/lib/metadata.ts';
import { ROOT } from '../helpers.ts';

const ours = (): Metadata => loadMetadata({ providers: resolve(ROOT, 'content/providers.yaml'), useCases: resolve(ROOT, 'content/use-cases.yaml') });

function metaFrom(providersYaml: string, useCasesYaml = 'integrations: {}\n'): Metadata {
  return { providers: parseProviders(providersYaml, 'p.yaml'), useCases: parseUseCases(useCasesYaml, 'u.yaml'), warnings: [] };
}

describe('PreBuiltTooling rules', () => {
  it('gives checkr-partner-staging exactly the rows the seed page shows', () => {
    const meta = ours();
    const rows = toolingSections(meta.providers.providers.get('checkr-partner-staging')!, { hasUseCases: true });
    expect(rows).toEqual([
      { title: 'Authorization', rows: [
        { tool: 'Pre-built authorization (OAuth)', status: PRESENT },
        { tool: 'Credentials auto-refresh', status: PRESENT },
        { tool: 'Pre-built authorization UI', status: PRESENT },
        { tool: 'Custom authorization UI', status: PRESENT },
        { tool: 'Expired credentials detection', status: PRESENT },
      ] },
      { title: 'Read & write data', rows: [
        { tool: 'Pre-built integrations', status: PRESENT },
        { tool: 'API unification', status: PRESENT },
        { tool: '2-way sync', status: PRESENT },
        { tool: 'Webhooks from Nango on data modifications', status: PRESENT },
        { tool: 'Real-time webhooks from 3rd-party API', status: PRESENT },
        { tool: 'Proxy requests', status: PRESENT },
      ] },
      { title: 'Observability & data quality', rows: [
        { tool: 'HTTP request logging', status: PRESENT },
        { tool: 'End-to-end type safety', status: PRESENT },
        { tool: 'Data runtime validation', status: PRESENT },
        { tool: 'OpenTelemetry export', status: PRESENT },
        { tool: 'Slack alerts on errors', status: PRESENT },
        { tool: 'Integration status API', status: PRESENT },
      ] },
      { title: 'Customization', rows: [
        { tool: 'Create or customize use-cases', status: PRESENT },
        { tool: 'Pre-configured pagination', status: ABSENT },
        { tool: 'Pre-configured rate-limit handling', status: PRESENT },
        { tool: 'Per-customer configurations', status: PRESENT },
      ] },
    ]);
    expect(ABSENT).toBe('🚫 (time to contribute: <48h)');
  });

  it('derives each row from the metadata', () => {
    const meta = metaFrom(`key:
    display_name: Key
    auth_mode: API_KEY
    docs_connect: /x/connect
    proxy:
        paginate:
            type: cursor
cc:
    display_name: CC
    auth_mode: OAUTH2_CC
two:
    display_name: Two
    auth_mode: TWO_STEP
`);
    const flat = (k: string, hasUseCases = false) => Object.fromEntries(toolingSections(meta.providers.providers.get(k)!, { hasUseCases }).flatMap((s) => s.rows.map((r) => [r.tool, r.status])));
    const key = flat('key');
    expect(key['Pre-built authorization (API Key)']).toBe(PRESENT);
    expect(key['Credentials auto-refresh']).toBeUndefined();
    expect(key['End-user authorization guide']).toBe(PRESENT);
    expect(key['Pre-configured pagination']).toBe(PRESENT);
    expect(key['Pre-configured rate-limit handling']).toBe(ABSENT);
    expect(key['Pre-built integrations']).toBe(ABSENT);
    expect(key['Real-time webhooks from 3rd-party API']).toBe(ABSENT);
    const cc = flat('cc', true);
    expect(cc['Pre-built authorization (OAuth)']).toBe(PRESENT);
    expect(cc['Credentials auto-refresh']).toBe(PRESENT);
    expect(cc['End-user authorization guide']).toBeUndefined();
    expect(cc['Pre-built integrations']).toBe(PRESENT);
    expect(flat('two')['Pre-built authorization (Two Step)']).toBe(PRESENT);
    expect(flat('two')['End-user authorization guide']).toBe('🚫');
  });
});

describe('PreBuiltUseCases', () => {
  it('groups by endpoint group, sorted, with Others last', () => {
    const rows = [
      { name: 'z', type: 'sync' as const, description: '', method: 'GET', path: '/z', group: undefined },
      { name: 'b', type: 'action' as const, description: '', method: 'POST', path: '/b', group: 'Users' },
      { name: 'a', type: 'sync' as const, description: '', method: 'GET', path: '/a', group: 'Accounts' },
      { name: 'a2', type: 'action' as const, description: '', method: 'GET', path: '/a', group: 'Users' },
    ];
    expect(groupUseCases(rows).map(([g, list]) => [g, list.map((r) => r.name)])).toEqual([
      ['Accounts', ['a']],
      ['Users', ['a2', 'b']],
      ['Others', ['z']],
    ]);
  });

  it('renders hostile text safely: the MDX compiles and the text survives', async () => {
    const meta = metaFrom('evil:\n    display_name: Evil\n    auth_mode: BASIC\n', `integrations:
    evil:
        actions:
            pipe:
                description: "Pipes | braces {oops} and <Tags> & entities &lt;"
                endpoint:
                    method: POST
                    path: /x
                    group: "Group <b>{x}</b>"
`);
    const files = generateSnippets(meta);
    const cases = files.find((f) => f.path === 'evil/PreBuiltUseCases.mdx')!.content;
    expect(cases.startsWith('{/* Generated')).toBe(true);
    const { code } = mdxToJs(cases, { jsxImportSource: 'astro' });
    expect(code).toContain('Pipes | braces {oops} and <Tags> & entities &lt;');
    expect(code).toContain('Group <b>{x}</b>');
    expect(code).toContain('https://github.com/NangoHQ/integration-templates/blob/main/integrations/evil/actions/pipe.ts');
    for (const f of files) mdxToJs(f.content, { jsxImportSource: 'astro' });
  });

  it('shows an empty state with a way forward', async () => {
    const meta = metaFrom('none:\n    display_name: None\n    auth_mode: BASIC\n');
    const content = generateSnippets(meta, { useCases: { buildYourOwnUrl: '/guides/build' } }).find((f) => f.path === 'none/PreBuiltUseCases.mdx')!.content;
    expect(content).toContain('## Pre-built integrations');
    expect(content).toContain('_No pre-built syncs or actions available yet._');
    expect(content).toContain('[Build your own](/guides/build)');
  });
});

describe('emitFiles', () => {
  it('writes only changes, prunes orphans, and --check reports without writing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gen-'));
    mkdirSync(join(dir, 'gone'));
    writeFileSync(join(dir, 'gone', 'PreBuiltTooling.mdx'), 'old');
    const files = [{ path: 'a/PreBuiltTooling.mdx', content: 'A' }];
    expect(emitFiles(dir, files, { check: true })).toEqual({ written: ['a/PreBuiltTooling.mdx'], removed: ['gone/PreBuiltTooling.mdx'], unchanged: 0 });
    expect(existsSync(join(dir, 'a'))).toBe(false);
    expect(emitFiles(dir, files)).toEqual({ written: ['a/PreBuiltTooling.mdx'], removed: ['gone/PreBuiltTooling.mdx'], unchanged: 0 });
    expect(readFileSync(join(dir, 'a', 'PreBuiltTooling.mdx'), 'utf8')).toBe('A');
    expect(existsSync(join(dir, 'gone'))).toBe(false);
    expect(emitFiles(dir, files)).toEqual({ written: [], removed: [], unchanged: 1 });
  });

  it('is deterministic', () => {
    expect(generateSnippets(ours())).toEqual(generateSnippets(ours()));
  });
});
