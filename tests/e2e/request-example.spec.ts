import { test, expect, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The live request example on the Checkr page, against a local mock proxy that checks the headers it gets
 * and answers with fixtures: a JSON account, an error, and a slow response.
 */
const URL = '/integrations/checkr-partner-staging/';
let server: Server;
let proxy = '';
const received: { method: string; url: string; headers: Record<string, string | string[] | undefined> }[] = [];

test.beforeAll(async () => {
  server = createServer((req, res) => {
    const cors = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': 'authorization, provider-config-key, connection-id', 'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE', 'Access-Control-Expose-Headers': 'x-request-id' };
    if (req.method === 'OPTIONS') return void res.writeHead(204, cors).end();
    received.push({ method: req.method!, url: req.url!, headers: req.headers });
    const authorized = req.headers.authorization === 'Bearer sk-test-123' && req.headers['provider-config-key'] === 'checkr-dev' && req.headers['connection-id'] === 'conn-42';
    if (req.url === '/proxy/v1/slow') return void setTimeout(() => res.writeHead(200, cors).end('{}'), 3000);
    if (!authorized) return void res.writeHead(401, { ...cors, 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'unknown_connection', message: 'Unknown connection' } }));
    if (req.url === '/proxy/v1/account') return void res.writeHead(200, { ...cors, 'content-type': 'application/json', 'x-request-id': 'req-1' }).end(JSON.stringify({ id: 'acc_1', name: 'Acme <script>', api_authorized: true, available_screenings: 3 }));
    res.writeHead(500, { ...cors, 'content-type': 'application/json' }).end(JSON.stringify({ error: 'boom' }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  proxy = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => {
  server.closeAllConnections();
  server.close();
});

async function fill(page: Page, values: Record<string, string>) {
  const rx = page.locator('request-example');
  for (const [label, value] of Object.entries(values)) await rx.getByLabel(label, { exact: true }).fill(value);
  return rx;
}

test('the code is complete without JavaScript, with placeholders and the real endpoint', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(URL);
  const rx = page.locator('request-example');
  await expect(rx.locator('form')).toBeHidden();
  await expect(rx.locator('.rx-block')).toHaveCount(2);
  await expect(rx.locator('[data-mode="proxy"] figure[data-lang="curl"] pre')).toContainText('curl -X GET "https://api.nango.dev/proxy/v1/account"');
  await expect(rx.locator('[data-mode="proxy"] figure[data-lang="curl"] pre')).toContainText('-H "Authorization: Bearer <NANGO-SECRET-KEY>"');
  await expect(rx.locator('[data-mode="proxy"] figure[data-lang="node"] pre')).toContainText("import { Nango } from '@nangohq/node';");
  await expect(rx.locator('[data-mode="proxy"] figure[data-lang="python"] pre')).toContainText("requests.request('GET', 'https://api.nango.dev/proxy/v1/account'");
  await expect(rx.locator('[data-mode="direct"] figure[data-lang="curl"] pre')).toContainText('curl -X GET "https://api.checkr-staging.com/v1/account"');
  await expect(rx.locator('[data-mode="direct"] figure[data-lang="curl"] pre')).toContainText('-H "Authorization: Basic <BASE64-TOKEN>"');
  await context.close();
});

test('typing fills every tab; the Basic header is base64(token + ":"); secrets are masked and not stored', async ({ page }) => {
  await page.goto(URL);
  const rx = await fill(page, { 'Secret key': 'sk-test-123', 'Integration ID': 'checkr-dev', 'Connection ID': 'conn-42' });
  await expect(rx.getByLabel('Secret key', { exact: true })).toHaveAttribute('type', 'password');
  for (const lang of ['curl', 'node', 'python']) {
    await expect(rx.locator(`[data-mode="proxy"] figure[data-lang="${lang}"] pre`)).toContainText('sk-test-123');
    await expect(rx.locator(`[data-mode="proxy"] figure[data-lang="${lang}"] pre`)).toContainText('conn-42');
  }
  await rx.getByRole('radio', { name: /Direct to/ }).check();
  await rx.getByLabel('Access token', { exact: true }).fill('tok_abc');
  const expected = Buffer.from('tok_abc:').toString('base64');
  for (const lang of ['curl', 'node', 'python']) await expect(rx.locator(`[data-mode="direct"] figure[data-lang="${lang}"] pre`)).toContainText(`Basic ${expected}`);
  await rx.getByLabel('Endpoint').fill('/v1/candidates');
  await expect(rx.locator('[data-mode="direct"] figure[data-lang="curl"] pre')).toContainText('https://api.checkr-staging.com/v1/candidates');
  const stored = await page.evaluate(() => JSON.stringify(localStorage));
  expect(stored).not.toContain('sk-test-123');
  expect(stored).not.toContain('tok_abc');
  // Opting in stores them; opting out erases them.
  await rx.getByLabel('Remember on this device').check();
  expect(await page.evaluate(() => JSON.stringify(localStorage))).toContain('sk-test-123');
  await rx.getByLabel('Remember on this device').uncheck();
  expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain('sk-test-123');
});

test('copy copies the filled-in code of the chosen language, which is remembered across pages', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(URL);
  const rx = await fill(page, { 'Secret key': 'sk-test-123', 'Integration ID': 'checkr-dev', 'Connection ID': 'conn-42' });
  const block = rx.locator('[data-mode="proxy"]');
  await block.getByRole('tab', { name: 'Python' }).click();
  await block.getByRole('button', { name: 'Copy Python code' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain("'Authorization': 'Bearer sk-test-123'");
  expect(copied).toContain("'Connection-Id': 'conn-42'");
  await page.reload();
  await expect(page.locator('request-example [data-mode="proxy"]').getByRole('tab', { name: 'Python' })).toHaveAttribute('aria-selected', 'true');
});

test('Send shows the response of the mock proxy, and its errors', async ({ page }) => {
  await page.goto(URL);
  const rx = await fill(page, { 'Secret key': 'sk-test-123', 'Integration ID': 'checkr-dev', 'Connection ID': 'conn-42' });
  await rx.getByText('Proxy settings').click();
  await rx.getByLabel('Proxy base URL').fill(proxy);
  await rx.getByRole('button', { name: 'Send request' }).click();
  const result = rx.locator('[data-result]');
  await expect(result.locator('[data-status]')).toHaveText('200 OK');
  await expect(result.locator('[data-duration]')).toHaveText(/^\d+$/);
  await expect(result.locator('pre')).toContainText('"name": "Acme <script>"');
  await expect(result.locator('.j-key').first()).toHaveText('"id"');
  await expect(result.locator('details.rx-headers')).toContainText('x-request-id');
  const last = received.at(-1)!;
  expect(last).toMatchObject({ method: 'GET', url: '/proxy/v1/account' });
  expect(last.headers).toMatchObject({ authorization: 'Bearer sk-test-123', 'provider-config-key': 'checkr-dev', 'connection-id': 'conn-42' });

  await rx.getByLabel('Connection ID', { exact: true }).fill('wrong');
  await rx.getByRole('button', { name: 'Send request' }).click();
  await expect(result.locator('.rx-error')).toContainText('The proxy answered 401: check the secret key and ids.');
  await expect(result.locator('pre')).toContainText('unknown_connection');

  await rx.getByLabel('Connection ID', { exact: true }).fill('conn-42');
  await rx.getByLabel('Endpoint').fill('/v1/slow');
  await rx.getByLabel('Timeout (seconds)').fill('1');
  await rx.getByRole('button', { name: 'Send request' }).click();
  await expect(result.locator('.rx-error')).toContainText('No answer within 1 s (timeout)');

  await rx.getByLabel('Proxy base URL').fill('http://127.0.0.1:9');
  await rx.getByLabel('Endpoint').fill('/v1/account');
  await rx.getByRole('button', { name: 'Send request' }).click();
  await expect(result.locator('.rx-error')).toContainText('network error, or the proxy does not allow requests from this site (CORS)');
});
