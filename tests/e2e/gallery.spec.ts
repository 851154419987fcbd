import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { DOC_COMPONENT_NAMES } from '../../src/components/docs/registry.ts';

/**
 * The contributor gallery (content/guides/components.mdx): every documentation component and live-example
 * feature, its MDX source beside its rendered result, both from the same lines of the page.
 */
const URL = '/guides/components/';
const PAGE = readFileSync(new globalThis.URL('../../content/guides/components.mdx', import.meta.url), 'utf8');
const SHOWCASES = [...PAGE.matchAll(/^<Showcase title="([^"]+)">\n([\s\S]*?)\n<\/Showcase>$/gm)].map((m) => ({ title: m[1]!, source: m[2]! }));

test('every component and live-example feature is in the gallery', () => {
  const sources = SHOWCASES.map((s) => s.source).join('\n');
  for (const name of DOC_COMPONENT_NAMES.filter((n) => n !== 'CodeBlock' && n !== 'Showcase')) expect(sources, `<${name}> has no showcase`).toContain(`<${name}`);
  for (const feature of ['```ts\n', '```ts nocheck', '```ts live', '<RequestExample']) expect(sources, feature).toContain(feature);
  expect(sources, 'a twoslash // ^? query').toMatch(/\/\/\s*\^\?/);
});

test('each source pane shows exactly the MDX its result pane renders', async ({ page }) => {
  await page.goto(URL);
  expect(SHOWCASES.length).toBeGreaterThan(10);
  await expect(page.locator('section.showcase')).toHaveCount(SHOWCASES.length);
  for (const { title, source } of SHOWCASES) {
    const showcase = page.getByRole('region', { name: `Example: ${title}` });
    await expect(showcase.locator('.showcase-source .code-label')).toHaveText(`${title}.mdx`);
    expect((await showcase.locator('.showcase-source figure > pre').innerText()).replace(/\n$/, ''), title).toBe(source);
    await expect(showcase.locator('.showcase-result')).not.toBeEmpty();
  }
  // Results are the real components.
  const cards = page.getByRole('region', { name: 'Example: Cards' });
  await expect(cards.locator('.showcase-result a[href="/integrations/"]')).toContainText('Integrations catalog');
  const checked = page.getByRole('region', { name: 'Example: Checked TypeScript' });
  await expect(checked.locator('.showcase-result .twoslash-query-persisted .twoslash-popup-container')).toHaveText('const credentials: AuthCredentials');
});

test('live features work inside the gallery: Run and the request example', async ({ page }) => {
  await page.goto(URL);
  const runnable = page.getByRole('region', { name: 'Example: Runnable example' });
  await runnable.getByRole('button', { name: /^Run example/ }).click();
  await expect(runnable.locator('.live-request-line')).toHaveText('GET https://api.checkr-staging.com/v1/account');
  await expect(runnable.locator('.live-console')).toContainText('200');
  const request = page.getByRole('region', { name: 'Example: Request example' });
  await request.getByLabel('Connection ID', { exact: true }).fill('user-7');
  for (const lang of ['curl', 'node', 'python']) await expect(request.locator(`[data-mode="proxy"] figure[data-lang="${lang}"] pre`)).toContainText('user-7');
});
