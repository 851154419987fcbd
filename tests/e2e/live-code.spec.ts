import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Serious and critical axe violations inside the live example (its output only exists after a run). */
async function axeOfLive(page: Page): Promise<string[]> {
  const axe = await new AxeBuilder({ page }).include('live-code').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Runnable examples (```ts live): the Checkr gotcha runs in a sandboxed iframe against the mock Nango client,
 * and the reader sees the exact request Checkr would receive; edits run again; failures are explained; the
 * sandbox cannot reach the network or the page.
 */
const URL = '/integrations/checkr-partner-staging/';

test('Run on the Checkr gotcha shows the request with its Basic header, masked', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(URL);
  // The island loads no runner until the first Run.
  expect(requests.some((u) => u.includes('live-runner'))).toBe(false);
  const live = page.locator('live-code').first();
  await live.getByRole('button', { name: /^Run example/ }).click();
  await expect(live.locator('.live-state')).toHaveText(/^Finished in \d+ ms\.$/);
  const req = live.locator('.live-request');
  await expect(req).toHaveCount(1);
  await expect(req.locator('.live-request-line')).toHaveText('GET https://api.checkr-staging.com/v1/account');
  const auth = req.locator('tr', { has: page.locator('th', { hasText: /^Authorization$/ }) }).locator('td');
  await expect(auth).toHaveText(/^Basic [A-Za-z0-9+/=]{4}•••••$/);
  // The gotcha made visible: the token is the user name, the password is empty.
  await expect(req.locator('li').filter({ hasText: 'Basic credentials decode to' })).toContainText(/decode to "[^"]+•••••:"/);
  // The mock token never shows in full.
  await expect(live).not.toContainText('mock_access_token_f3a9c2');
  // The output is accessible in both themes (labelled table rows, contrast).
  expect(await axeOfLive(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
  expect(await axeOfLive(page)).toEqual([]);
  // The runner is a sandboxed iframe with an opaque origin: no same-origin, no network.
  const frame = page.locator('iframe[title="Example runner (sandboxed)"]');
  await expect(frame).toHaveAttribute('sandbox', 'allow-scripts');
  expect(requests.filter((u) => !u.startsWith('http://127.0.0.1') && !u.startsWith('data:') && !u.startsWith('about:'))).toEqual([]);
});

test('a reader can edit the code and run it again; errors and console output are shown', async ({ page }) => {
  await page.goto(URL);
  const live = page.locator('live-code').first();
  await live.getByRole('button', { name: 'Edit' }).click();
  const editor = live.getByLabel(/Edit the example/);
  await expect(editor).toBeFocused();
  await expect(live.locator('xpath=preceding-sibling::figure[1]')).toBeHidden();
  await editor.fill([
    "const res = await nango.post({ endpoint: '/v1/candidates', data: { email: 'a@example.com' } });",
    "console.log('status', res.status);",
  ].join('\n'));
  await editor.press('Control+Enter');
  await expect(live.locator('.live-state')).toHaveText(/^Finished/);
  await expect(live.locator('.live-request-line')).toHaveText('POST https://api.checkr-staging.com/v1/candidates');
  await expect(live.locator('.live-request pre')).toContainText('"email": "a@example.com"');
  // Nango adds the connection's OAuth token when the code sets no Authorization header.
  await expect(live.locator('.live-request tr', { has: page.locator('th', { hasText: /^Authorization$/ }) }).locator('td')).toHaveText('Bearer mock•••••');
  await expect(live.locator('.live-console')).toHaveText('status 200\n');

  // A syntax error names the line.
  await editor.fill('const x = ;');
  await live.getByRole('button', { name: /^Run example/ }).click();
  await expect(live.locator('.live-state')).toHaveText(/^SyntaxError \(line 1, column \d+\): /);
  // A thrown ActionError is reported, not swallowed.
  await editor.fill("throw new nango.ActionError({ message: 'access_token is missing' });");
  await live.getByRole('button', { name: /^Run example/ }).click();
  await expect(live.locator('.live-state')).toHaveText(/^ActionError: .*access_token is missing/);
  // The network is not reachable from the sandbox.
  await editor.fill("await fetch('https://example.com/steal');");
  await live.getByRole('button', { name: /^Run example/ }).click();
  await expect(live.locator('.live-state')).toContainText(/network/i);
  // An endless loop is stopped and the sandbox reset; the next run works.
  await editor.fill('while (true) {}');
  await live.getByRole('button', { name: /^Run example/ }).click();
  await expect(live.locator('.live-state')).toHaveText(/^Stopped: the example did not finish within 5 s/, { timeout: 15_000 });
  await live.getByRole('button', { name: 'Reset' }).click();
  await expect(live.locator('xpath=preceding-sibling::figure[1]')).toBeVisible();
  await live.getByRole('button', { name: /^Run example/ }).click();
  await expect(live.locator('.live-request-line')).toHaveText('GET https://api.checkr-staging.com/v1/account');
});

test('the sandbox cannot read the page or its storage', async ({ page }) => {
  await page.goto(URL);
  await page.evaluate(() => localStorage.setItem('catalog-docs:probe', 'secret-value'));
  const live = page.locator('live-code').first();
  await live.getByRole('button', { name: 'Edit' }).click();
  await live.getByLabel(/Edit the example/).fill([
    'let storage = "blocked"; let parentDoc = "blocked";',
    'try { storage = String(localStorage.getItem("catalog-docs:probe")); } catch {}',
    'try { parentDoc = String(parent.document.title); } catch {}',
    'console.log(storage, parentDoc);',
  ].join('\n'));
  await live.getByRole('button', { name: /^Run example/ }).click();
  await expect(live.locator('.live-console')).toHaveText('blocked blocked\n');
});

test('without JavaScript the example is plain highlighted code, with no Run button', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(URL);
  // innerText: what a reader sees (the hover-type popups are hidden until hovered).
  expect(await page.locator('figure.code-block--live > pre').innerText()).toContain("Buffer.from(access_token + ':').toString('base64')");
  await expect(page.getByRole('button', { name: /^Run example/ })).toBeHidden();
  await context.close();
});

test('the checked example shows types from the shipped Nango declarations on hover', async ({ page }) => {
  await page.goto(URL);
  const call = page.locator('figure.code-block--live > pre .twoslash-hover').filter({ has: page.locator('.twoslash-popup-code', { hasText: 'NangoAction.getConnection(): Promise<Connection>' }) });
  const popup = call.locator('.twoslash-popup-container');
  await expect(popup).toBeHidden();
  await call.hover();
  await expect(popup).toBeVisible();
  await expect(popup).toHaveText('NangoAction.getConnection(): Promise<Connection>');
});
