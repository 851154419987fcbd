import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { checkLinks, formatLinkReport } from '../../src/checks/links.ts';

/** A small built site with every kind of good and broken reference. */
let dist = '';
function page(path: string, body: string, head = ''): void {
  const file = join(dist, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
}

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'links-'));
  page('index.html', `
    <a href="/guide/">ok page</a>
    <a href="/guide/#setup">ok anchor</a>
    <a href="/guide/#setpu">typo anchor</a>
    <a href="/missing/">missing page</a>
    <a href="#top">implicit</a>
    <a href="#intro">same-page ok</a>
    <a href="#nowhere">same-page missing</a>
    <a href="/old/">redirect ok</a>
    <a href="/old/#setup">anchor through redirect</a>
    <a href="https://example.com/x">external</a>
    <a href="mailto:a@b.c">mail</a>
    <img src="/img/logo.png"><img src="/img/missing.png">
    <h2 id="intro">Intro</h2>`,
    '<link rel="stylesheet" href="/app.css"><script src="/gone.js"></script>');
  page('guide/index.html', '<h2 id="setup">Setup</h2><h2 id="usage">Usage</h2><a href="../">relative up</a><a href="usage-notes/">relative missing</a>');
  page('old/index.html', '', '<meta http-equiv="refresh" content="0; url=/guide/">');
  page('dead/index.html', '', '<meta http-equiv="refresh" content="0;url=/nowhere/">');
  mkdirSync(join(dist, 'img'));
  writeFileSync(join(dist, 'img/logo.png'), 'png');
  writeFileSync(join(dist, 'app.css'), 'body{}');
});
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('checkLinks', () => {
  it('finds every broken internal link, anchor, asset and redirect, and nothing else', () => {
    const r = checkLinks(dist);
    const got = r.issues.map((i) => `${i.page} ${i.target} ${i.kind}${i.suggestion ? ` ${i.suggestion}` : ''}`).sort();
    expect(got).toEqual([
      '/ #nowhere missing-anchor #intro',
      '/ /gone.js missing-asset',
      '/ /guide/#setpu missing-anchor #setup',
      '/ /img/missing.png missing-asset',
      '/ /missing/ missing-page',
      '/dead/ 0;url=/nowhere/ broken-redirect'.replace('0;url=', ''),
      '/guide/ usage-notes/ missing-page',
    ].sort());
    expect(r.pages).toBe(4);
    expect([...r.external.keys()]).toEqual(['https://example.com/x']);
  });

  it('reports page -> target -> reason, grouped and counted', () => {
    const text = formatLinkReport(checkLinks(dist), (url) => (url === '/' ? 'content/index.mdx' : undefined));
    expect(text).toContain('/  (content/index.mdx)\n');
    expect(text).toContain('  -> /guide/#setpu  missing anchor (did you mean #setup?)');
    expect(text).toMatch(/7 broken \(.*2 missing pages.*\) on 3 pages$/);
  });
});
