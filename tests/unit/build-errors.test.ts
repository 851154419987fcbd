import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { scratchProject } from '../helpers.ts';

/**
 * Bad input gets a clear error, a non-zero exit, and leaves dist/ as it was: each case breaks one thing
 * in a scratch copy of the project and runs the real `npm run build` entry point on it.
 */

function scratch(name: string): string {
  const dir = scratchProject(name);
  // A previous good site that a failed build must not touch.
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist', 'marker.txt'), 'previous site');
  return dir;
}

function edit(dir: string, file: string, fn: (s: string) => string): void {
  const p = join(dir, file);
  const before = readFileSync(p, 'utf8');
  const after = fn(before);
  if (after === before) throw new Error(`edit of ${file} changed nothing`);
  writeFileSync(p, after);
}

function build(dir: string) {
  const r = spawnSync(process.execPath, ['src/cli/build.ts', dir], { cwd: dir, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
  const out = `${r.stdout}\n${r.stderr}`;
  // Untouched: the old site is still there, and no scratch build folder is left behind.
  expect(readFileSync(join(dir, 'dist', 'marker.txt'), 'utf8')).toBe('previous site');
  expect(readdirSync(dir).filter((f) => f.startsWith('.dist-tmp-'))).toEqual([]);
  return { status: r.status, out };
}

const PAGE = 'content/integrations/checkr-partner-staging.mdx';

describe('bad input fails the build clearly and leaves dist/ untouched', () => {

  it('invalid YAML: file:line:col', () => {
    const dir = scratch('yaml');
    edit(dir, 'content/providers.yaml', (s) => s.replace('    display_name: Slack\n', '    display_name: [Slack\n'));
    const { status, out } = build(dir);
    expect(status).toBe(1);
    expect(out).toMatch(/content\/providers\.yaml:\d+:\d+ \[InvalidYaml\]/);
  });

  it('a provider that fails the schema: key, field, expected, line', () => {
    const dir = scratch('schema');
    edit(dir, 'content/providers.yaml', (s) => s.replace('        base_url: https://api.github.com\n', '        base_url: 12\n'));
    const { status, out } = build(dir);
    expect(status).toBe(1);
    expect(out).toMatch(/content\/providers\.yaml:\d+ \[InvalidProvider\] provider "github", field "proxy\.base_url": .*expected string/);
  });

  it('a page whose provider has no metadata', () => {
    const dir = scratch('orphan');
    writeFileSync(join(dir, 'content/integrations/acme.mdx'), '---\ntitle: Acme\n---\n\nHello\n');
    const { status, out } = build(dir);
    expect(status).toBe(1);
    expect(out).toContain('content/integrations/acme.mdx [PageWithoutProvider] this page documents provider "acme"');
    expect(out).toContain('npm run new -- acme');
  });

  it('a provider without a page: providers.yaml line and the fix', () => {
    const dir = scratch('nopage');
    edit(dir, 'content/providers.yaml', (s) => `${s}\nacme:\n    display_name: Acme\n    auth_mode: BASIC\n`);
    const { status, out } = build(dir);
    expect(status).toBe(1);
    expect(out).toMatch(/content\/providers\.yaml:\d+ \[ProviderWithoutPage\] provider "acme" has no page/);
    expect(out).toContain('documented: false');
  });

  it('an MDX syntax error: file:line:col', () => {
    const dir = scratch('mdx');
    edit(dir, PAGE, (s) => s.replace('## Setup guide', '## Setup guide\n\n<Tip>never closed\n'));
    const { status, out } = build(dir);
    expect(status).toBe(1);
    expect(out).toMatch(/content\/integrations\/checkr-partner-staging\.mdx:\d+:\d+ \[MdxSyntax\] .*closing tag for `<Tip>`/);
  });

  it('an import of a missing snippet', () => {
    const dir = scratch('snippet');
    edit(dir, PAGE, (s) => s.replace('/snippets/overview.mdx', '/snippets/overveiw.mdx'));
    const { status, out } = build(dir);
    expect(status).toBe(1);
    expect(out).toContain('content/integrations/checkr-partner-staging.mdx:6:1 [MissingSnippet] import of "/snippets/overveiw.mdx", which does not exist');
  });

  it('an unknown component: page, line and the known components', () => {
    const dir = scratch('component');
    edit(dir, 'snippets/overview.mdx', (s) => s.replace('<CardGroup cols={3}>', '<CardGrid cols={3}>').replace('</CardGroup>', '</CardGrid>'));
    const { status, out } = build(dir);
    expect(status).toBe(1);
    expect(out).toMatch(/snippets\/overview\.mdx:3:1 \[UnknownComponent\] unknown component <CardGrid>/);
    expect(out).toMatch(/known components: Accordion, AccordionGroup, .*CardGroup/);
  });

  it('a type error in a TypeScript example: page, block and line; a `nocheck` block is skipped', () => {
    const dir = scratch('typecheck');
    writeFileSync(
      join(dir, 'content/guides/typed.mdx'),
      [
        '---', 'title: Typed examples', '---', '',
        'A checked example:', '',
        '```ts', "const res = await nango.get({ endpoint: '/v1/account' });", 'console.log(res.status);', '```', '',
        'A deliberate fragment:', '',
        '```ts nocheck', 'const x: number = "not checked";', '```', '',
        '- In a list:', '',
        '    ```ts', "    import { Nango } from '@nangohq/node';", "    const client = new Nango({ secretKey: 'sk' });", "    await client.gett({ endpoint: '/v1/account', providerConfigKey: 'x', connectionId: 'y' });", '    ```', '',
      ].join('\n'),
    );
    const { status, out } = build(dir);
    expect(status).toBe(1);
    // Block 3 opens at line 20; its line 3 is line 23 of the page, its call at column 18 (4 spaces of list indent).
    expect(out).toMatch(/content\/guides\/typed\.mdx:23:18 \[CodeTypeError\] type error in code block 3 \(the ```ts fence at line 20\), line 3 of the block: TS2551: Property 'gett' does not exist on type 'Nango'/);
    expect(out).toContain('```ts nocheck');
    expect(out).not.toContain('not checked');
  });

  it('the Checkr gotcha is a checked example: dropping its narrowing fails the build', () => {
    const dir = scratch('gotcha');
    edit(dir, PAGE, (s) => s.replace("if ('access_token' in connection.credentials) {", 'if (connection.credentials) {'));
    const { status, out } = build(dir);
    expect(status).toBe(1);
    expect(out).toMatch(/content\/integrations\/checkr-partner-staging\.mdx:52:\d+ \[CodeTypeError\] type error in code block 1 .*Property 'access_token' does not exist on type/);
  });

  it('a good build replaces dist/ whole; a missing image is reported and the page still builds', () => {
    const dir = scratch('good');
    edit(dir, PAGE, (s) => s.replace('## Setup guide', '## Setup guide\n\n![The form](/images/checkr/form.png)\n'));
    const r = spawnSync(process.execPath, ['src/cli/build.ts', dir], { cwd: dir, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
    expect(r.status, r.stderr).toBe(0);
    expect(`${r.stdout}${r.stderr}`).toMatch(/content\/integrations\/checkr-partner-staging\.mdx:\d+:\d+ \[MissingImage\] image "\/images\/checkr\/form\.png" is not in public\//);
    expect(readFileSync(join(dir, 'dist/integrations/checkr-partner-staging/index.html'), 'utf8')).toContain('src="/images/checkr/form.png"');
    expect(existsSync(join(dir, 'dist', 'marker.txt'))).toBe(false);
    expect(existsSync(join(dir, 'dist', 'integrations', 'checkr-partner-staging', 'index.html'))).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });
});
