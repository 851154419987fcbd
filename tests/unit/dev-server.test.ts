import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratchProject } from '../helpers.ts';

/**
 * `npm run dev`: editing providers.yaml or use-cases.yaml changes the page with no manual step; a broken
 * edit is reported with its location (terminal and overlay) and the page recovers once it is fixed.
 */

const PORT = 4417;
const URL = `http://127.0.0.1:${PORT}/integrations/github/`;
let dir = '';
let server: ChildProcess | undefined;
let log = '';

async function page(): Promise<string> {
  const res = await fetch(URL, { signal: AbortSignal.timeout(15_000) });
  return res.text();
}

async function until(check: (html: string) => boolean, what: string, ms = 30_000): Promise<string> {
  const end = Date.now() + ms;
  let html = '';
  while (Date.now() < end) {
    try {
      html = await page();
      if (check(html)) return html;
    } catch {
      // Server still starting or reloading.
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`timed out waiting for ${what}\n--- server log ---\n${log}`);
}

function paginationCell(html: string): string | undefined {
  return /Pre-configured pagination<\/td>\s*<td>([^<]*)<\/td>/.exec(html)?.[1];
}

describe('dev server', () => {
  beforeAll(async () => {
    dir = scratchProject('dev');
    server = spawn(process.execPath, [join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(PORT)], {
      cwd: dir,
      // A clean environment: vitest's NODE_ENV=test and VITEST* variables change how Vite serves.
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'development', FORCE_COLOR: '0' },
    });
    server.stdout?.on('data', (d) => (log += d));
    server.stderr?.on('data', (d) => (log += d));
    await until((h) => h.includes('Pre-built tooling'), 'the dev server');
  });

  afterAll(() => {
    server?.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('regenerates the page when providers.yaml and use-cases.yaml change', async () => {
    expect(paginationCell(await page())).toBe('✅');
    const file = join(dir, 'content', 'providers.yaml');
    const original = readFileSync(file, 'utf8');
    const withoutPaging = original.replace(/        paginate:\n            type: link\n            limit_name_in_request: per_page\n            link_rel_in_response_header: next\n    docs: \/integrations\/github\//, '    docs: /integrations/github/');
    expect(withoutPaging).not.toBe(original);
    writeFileSync(file, withoutPaging);
    await until((h) => paginationCell(h)?.startsWith('🚫') === true, 'pagination to turn 🚫');

    const cases = join(dir, 'content', 'use-cases.yaml');
    writeFileSync(cases, readFileSync(cases, 'utf8').replace('list-repos:', 'list-repositories:'));
    await until((h) => h.includes('list-repositories'), 'the renamed action');
  });

  it('warns about a broken link or anchor in the page being edited, naming file and line', async () => {
    const page = join(dir, 'content', 'guides', 'draft.mdx');
    writeFileSync(page, '---\ntitle: Draft\n---\n\nSee [the missing page](/integrations/nope/) and [a missing section](/integrations/github/#set-up).\n');
    const url = `http://127.0.0.1:${PORT}/guides/draft/`;
    const end = Date.now() + 30_000;
    while (!log.includes('[BrokenAnchor]') && Date.now() < end) {
      await fetch(url, { signal: AbortSignal.timeout(15_000) }).catch(() => undefined);
      await new Promise((r) => setTimeout(r, 300));
    }
    expect(log).toMatch(/content\/guides\/draft\.mdx:5:5 \[BrokenLink\] link to "\/integrations\/nope\/"/);
    expect(log).toMatch(/content\/guides\/draft\.mdx:5:\d+ \[BrokenAnchor\] link to "\/integrations\/github\/#set-up"/);
    rmSync(page);
  });

  it('serves the example runner and reports a type error in a checked code block with its location', async () => {
    const runner = await fetch(`http://127.0.0.1:${PORT}/live-runner.js`, { signal: AbortSignal.timeout(30_000) });
    expect(runner.headers.get('content-type')).toContain('javascript');
    expect(await runner.text()).toContain('the example runner');
    writeFileSync(join(dir, 'content', 'guides', 'typed.mdx'), "---\ntitle: Typed\n---\n\n```ts\nconst n: number = 'one';\n```\n");
    const url = `http://127.0.0.1:${PORT}/guides/typed/`;
    const end = Date.now() + 20_000;
    while (!log.includes('[CodeTypeError]') && Date.now() < end) {
      await fetch(url, { signal: AbortSignal.timeout(15_000) }).catch(() => undefined);
      await new Promise((r) => setTimeout(r, 300));
    }
    expect(log).toMatch(/content\/guides\/typed\.mdx:6:7 \[CodeTypeError\] type error in code block 1 .*TS2322/);
    rmSync(join(dir, 'content', 'guides', 'typed.mdx'));
  });

  it('reports a broken edit with its location, and recovers when it is fixed', async () => {
    const file = join(dir, 'content', 'providers.yaml');
    const good = readFileSync(file, 'utf8');
    // A save can arrive in pieces: the file is first seen half-written (here: without github and what follows),
    // then whole. The half must not be taken for the new metadata (it would prune github's snippets).
    writeFileSync(file, good.slice(0, good.indexOf('\ngithub:') + 1));
    writeFileSync(file, good.replace('    display_name: GitHub\n', '    display_name: [GitHub\n'));
    const end = Date.now() + 15_000;
    while (!log.includes('[InvalidYaml]') && Date.now() < end) await new Promise((r) => setTimeout(r, 200));
    expect(log).toMatch(/content\/providers\.yaml:\d+:\d+ \[InvalidYaml\]/);
    // The generated snippets on disk stay the last good ones (polled: a regeneration from the previous edit
    // may still be renaming files into place).
    const tooling = join(dir, 'snippets', 'generated', 'github', 'PreBuiltTooling.mdx');
    const until2 = Date.now() + 5000;
    while (!existsSync(tooling) && Date.now() < until2) await new Promise((r) => setTimeout(r, 100));
    expect(readFileSync(tooling, 'utf8')).toContain('Pre-built tooling');
    writeFileSync(file, good);
    await until((h) => h.includes('Pre-built tooling') && h.includes('list-repositories'), 'the page to recover');
  });
});
