import { test, expect } from '@playwright/test';
import { existsSync } from 'node:fs';

/** Pages of Nango's sample corpus, built unchanged by check:corpus (npm run test:corpus). */
const BASE = 'http://127.0.0.1:4330';
test.skip(!existsSync('tests/.corpus-site'), 'the corpus site is built by `npm run test:corpus` (needs ../shared/nango-sample)');

test.describe('Nango corpus pages', () => {
  test('a page with Steps and Tabs (sage-300-cre)', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${BASE}/api-integrations/sage-300-cre/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sage 300 Construction and Real Estate');
    await expect(page.locator('h2#-quickstart')).toHaveText('🚀 Quickstart');
    const steps = page.locator('ol.steps > li.step');
    await expect(steps).toHaveCount(4);
    await expect(steps.nth(2)).toHaveAttribute('id', 'call-sage-300-cre-api');
    const tabs = steps.nth(2).locator('cd-tabs');
    await expect(tabs.getByRole('tab')).toHaveText(['cURL', 'Node']);
    // Indented fences inside Tabs inside Steps render as code, placeholders intact.
    await expect(tabs.locator('figure.code-block pre').first()).toContainText('-H "Authorization: Bearer <NANGO-SECRET-KEY>"');
    await tabs.getByRole('tab', { name: 'Node' }).click();
    // innerText: what a reader sees. The block passed the type-check, so it carries (hidden) hover types too.
    await expect(tabs.locator('.tab-panel').nth(1)).toBeVisible();
    expect(await tabs.locator('.tab-panel').nth(1).locator('figure > pre').innerText()).toContain("import { Nango } from '@nangohq/node';");
    await expect(tabs.locator('.tab-panel').nth(1).locator('.twoslash-popup-container').first()).toBeHidden();
    // The generated use-case snippet that the page imports renders.
    await expect(page.getByText('No pre-built syncs or actions available yet.')).toBeVisible();
    expect(errors).toEqual([]);
  });

  test("the Checkr page in Nango's layout, with the tree's own snippets", async ({ page }) => {
    await page.goto(`${BASE}/integrations/all/checkr-partner-staging/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Checkr Partner Staging');
    await expect(page.locator('.card-group a.card')).toHaveCount(6);
    const accordions = page.locator('#pre-built-tooling + .accordion-group > details');
    await expect(accordions).toHaveCount(4);
    await accordions.nth(3).locator('summary').click();
    await expect(accordions.nth(3).locator('table')).toBeVisible();
    await expect(page.locator('td code', { hasText: /^account$/ })).toHaveCount(1);
    // Nango's own snippets have no "Pre-built integrations" heading: its Overview card points at nothing.
    // (Reported by the link checker; here we only confirm we used the tree's snippet unchanged.)
    await expect(page.locator('#pre-built-integrations')).toHaveCount(0);
  });

  test('a provider page without a request example of its own gets one from metadata (proxy.verification)', async ({ page }) => {
    await page.goto(`${BASE}/api-integrations/lob/`);
    await expect(page.locator('h2#try-a-request')).toHaveText('Try a request');
    const rx = page.locator('request-example');
    await expect(rx).toHaveAttribute('data-endpoint', '/v1/addresses');
    await expect(rx.locator('[data-mode="proxy"] figure[data-lang="curl"] pre')).toContainText('/proxy/v1/addresses');
    // The TOC lists it; the Markdown version ends with its cURL.
    await expect(page.locator('nav.toc a[href="#try-a-request"]')).toHaveCount(1);
    const md = await (await page.request.get(`${BASE}/api-integrations/lob.md`)).text();
    expect(md).toMatch(/## Try a request\n\n```bash\ncurl -X GET "https:\/\/api\.nango\.dev\/proxy\/v1\/addresses"/);
  });

  test('a nested page keeps its path as URL', async ({ page }) => {
    const res = await page.goto(`${BASE}/api-integrations/sage-300-cre/connect/`);
    expect(res?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});
