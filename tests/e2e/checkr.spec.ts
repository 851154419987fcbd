import { test, expect, type Page, type ConsoleMessage } from '@playwright/test';

/** The reference page, as a reader sees it in a real browser. */
const URL = '/integrations/checkr-partner-staging/';

function trackErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return errors;
}

test.describe('Checkr Partner Staging page', () => {
  test('shows its title and no console error', async ({ page }) => {
    const errors = trackErrors(page);
    await page.goto(URL);
    await expect(page).toHaveTitle(/Checkr Partner Staging/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Checkr Partner Staging');
    await page.waitForLoadState('networkidle');
    expect(errors).toEqual([]);
  });

  test('the six Overview cards link to anchors that exist on the page', async ({ page }) => {
    await page.goto(URL);
    const cards = page.locator('.card-group a.card');
    await expect(cards).toHaveCount(6);
    const hrefs = await cards.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['#pre-built-tooling', '#pre-built-integrations', '#access-requirements', '#setup-guide', '#useful-links', '#api-gotchas']);
    for (const href of hrefs) {
      await expect(page.locator(href!), `${href} exists`).toHaveCount(1);
    }
    // Following a card scrolls its section into view.
    await cards.filter({ hasText: 'API gotchas' }).click();
    await expect(page).toHaveURL(/#api-gotchas$/);
    await expect(page.locator('#api-gotchas')).toBeInViewport();
  });

  test('the four tooling accordions start closed, open on click and show their tables', async ({ page }) => {
    await page.goto(URL);
    const accordions = page.locator('#pre-built-tooling + .accordion-group > details');
    await expect(accordions).toHaveCount(4);
    await expect(accordions.locator('summary')).toHaveText(['✅ Authorization', '✅ Read & write data', '✅ Observability & data quality', '✅ Customization']);
    for (let i = 0; i < 4; i++) {
      const acc = accordions.nth(i);
      await expect(acc).not.toHaveAttribute('open');
      await expect(acc.locator('table')).toBeHidden();
      await acc.locator('summary').click();
      await expect(acc).toHaveAttribute('open', '');
      await expect(acc.locator('table')).toBeVisible();
    }
    const custom = accordions.nth(3).locator('tbody tr');
    await expect(custom.filter({ hasText: 'Pre-configured pagination' }).locator('td').nth(1)).toHaveText('🚫 (time to contribute: <48h)');
    await expect(custom.filter({ hasText: 'Pre-configured rate-limit handling' }).locator('td').nth(1)).toHaveText('✅');
    // Keyboard: Enter on a focused summary toggles it.
    await accordions.nth(0).locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(accordions.nth(0)).not.toHaveAttribute('open');
  });

  test('the use-case table lists account as a Sync', async ({ page }) => {
    await page.goto(URL);
    const table = page.locator('#pre-built-integrations ~ table').first();
    const row = table.locator('tbody tr', { has: page.locator('td:first-child code', { hasText: /^account$/ }) });
    await expect(row).toHaveCount(1);
    await expect(row.locator('td').nth(0)).toHaveText('account');
    await expect(row.locator('td').nth(2)).toHaveText('Sync');
    await expect(row.locator('td').nth(2).locator('a')).toHaveAttribute('href', /sync/);
    await expect(row.locator('td').nth(3).locator('a')).toHaveAttribute('href', /checkr-partner-staging\/syncs\/account\.ts$/);
  });

  test('the access-requirements table has 5 rows', async ({ page }) => {
    await page.goto(URL);
    const rows = page.locator('#access-requirements + table tbody tr');
    await expect(rows).toHaveCount(5);
    await expect(rows.locator('td:first-child')).toHaveText(['Paid dev account', 'Paid test account', 'Partnership', 'App review', 'Security audit']);
  });

  test('Tip and Note render as callouts with external links made safe', async ({ page }) => {
    await page.goto(URL);
    const tip = page.locator('aside.callout-tip');
    await expect(tip).toHaveCount(1);
    await expect(tip).toContainText('Need help getting started?');
    await expect(tip).toHaveAttribute('aria-label', 'Tip');
    await expect(page.locator('aside.callout-note')).toHaveCount(3);
    await expect(tip.locator('a')).toHaveAttribute('rel', 'noopener noreferrer');
  });

  test('the code block is highlighted and its copy button copies its text', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(URL);
    const block = page.locator('#api-gotchas ~ ul figure.code-block, #api-gotchas ~ figure.code-block').first();
    await expect(block.locator('.code-label')).toHaveText('ts');
    // Highlighted: tokens carry theme colours.
    expect(await block.locator('pre.shiki span[style*="--shiki-light"]').count()).toBeGreaterThan(10);
    const button = block.getByRole('button', { name: /Copy code/ });
    await expect(button).toBeVisible();
    await button.click();
    await expect(button).toHaveText('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith('const connection = await nango.getConnection();')).toBe(true);
    expect(copied).toContain("Buffer.from(access_token + ':').toString('base64')");
  });

  test('works without JavaScript: accordions open, no copy button shown', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(URL);
    const first = page.locator('details.accordion').first();
    await first.locator('summary').click();
    await expect(first.locator('table')).toBeVisible();
    await expect(page.locator('[data-copy]').first()).toBeHidden();
    await context.close();
  });
});

test.describe('site', () => {
  test('every provider page renders its generated sections', async ({ page }) => {
    await page.goto('/integrations/');
    const links = page.locator('#catalog a.name');
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThanOrEqual(12);
    for (const href of hrefs) {
      await page.goto(href);
      await expect(page.locator('#pre-built-tooling'), href).toHaveCount(1);
      await expect(page.locator('#pre-built-integrations'), href).toHaveCount(1);
      await expect(page.locator('details.accordion'), href).toHaveCount(4);
    }
  });


});
