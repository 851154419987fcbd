import { test, expect } from '@playwright/test';

/** The component set on our components page: structure, behaviour with and without JavaScript. */
const URL = '/guides/components/';

test.describe('components', () => {
  test('Steps: numbered list items with titles and anchors', async ({ page }) => {
    await page.goto(URL);
    const steps = page.locator('ol.steps > li.step');
    await expect(steps).toHaveCount(2);
    await expect(steps.nth(0)).toHaveAttribute('id', 'create');
    await expect(steps.nth(1)).toHaveAttribute('id', 'connect-an-account');
    await expect(steps.locator('.step-title')).toHaveText(['Create the integration', 'Connect an account']);
    // Numbers come from a CSS counter on each step.
    expect(await steps.nth(1).evaluate((el) => getComputedStyle(el).counterIncrement)).toBe('cd-step 1');
    // An indented fence inside a Step is a highlighted code block, with placeholders left as text.
    await expect(steps.nth(1).locator('figure.code-block pre')).toContainText('Authorization: Bearer <SECRET-KEY>');
  });

  test('Tabs: a keyboard-operable tablist, synced across groups and remembered', async ({ page }) => {
    await page.goto(URL);
    const groups = page.locator('cd-tabs.tabs');
    await expect(groups).toHaveCount(2);
    const first = groups.nth(0);
    const second = groups.nth(1);
    await expect(first.getByRole('tab')).toHaveText(['cURL', 'Node']);
    await expect(first.getByRole('tab', { name: 'cURL' })).toHaveAttribute('aria-selected', 'true');
    await expect(first.getByRole('tabpanel')).toHaveCount(1);
    await expect(first.locator('.tab-panel').nth(1)).toBeHidden();
    // Keyboard: ArrowRight moves to Node, focus follows, the other group follows too.
    await first.getByRole('tab', { name: 'cURL' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(first.getByRole('tab', { name: 'Node' })).toBeFocused();
    await expect(first.getByRole('tab', { name: 'Node' })).toHaveAttribute('aria-selected', 'true');
    await expect(first.locator('.tab-panel').nth(1)).toBeVisible();
    await expect(second.getByRole('tab', { name: 'Node' })).toHaveAttribute('aria-selected', 'true');
    await expect(second.getByText('Run it with Node 22 or later.')).toBeVisible();
    // Remembered across page loads.
    await page.reload();
    await expect(page.locator('cd-tabs.tabs').nth(0).getByRole('tab', { name: 'Node' })).toHaveAttribute('aria-selected', 'true');
    // Clicking works too.
    await page.locator('cd-tabs.tabs').nth(1).getByRole('tab', { name: 'cURL' }).click();
    await expect(page.locator('cd-tabs.tabs').nth(0).getByRole('tab', { name: 'cURL' })).toHaveAttribute('aria-selected', 'true');
  });

  test('CodeGroup: code blocks become tabs titled by their fence meta', async ({ page }) => {
    await page.goto(URL);
    const group = page.getByRole('region', { name: 'Example: Code groups' }).locator('cd-tabs.code-group');
    await expect(group.getByRole('tab')).toHaveText(['server.js', 'app.py']);
    await expect(group.locator('figure.code-block').nth(0)).toBeVisible();
    await expect(group.locator('figure.code-block').nth(1)).toBeHidden();
    await group.getByRole('tab', { name: 'app.py' }).click();
    await expect(group.locator('figure.code-block').nth(1)).toBeVisible();
    await expect(group.locator('figure.code-block').nth(1)).toContainText('port = 3000');
  });

  test('ParamField, ResponseField and Expandable', async ({ page }) => {
    await page.goto(URL);
    const limit = page.locator('#field-param-query-limit');
    await expect(limit.locator('.field-name')).toHaveText('limit');
    await expect(limit.locator('.badge').first()).toHaveText('query');
    await expect(limit.locator('.field-type')).toHaveText('number');
    await expect(limit.locator('.field-default')).toHaveText('default: 50');
    await expect(page.locator('#field-param-header-connection-id .badge-required')).toHaveText('required');
    const account = page.locator('#field-response-account');
    await expect(account.locator('> .field-head .field-type')).toHaveText('object');
    const expandable = account.locator('details.expandable');
    await expect(expandable.locator('summary')).toHaveText('Show properties');
    await expect(expandable.locator('#field-response-id')).toBeHidden();
    await expandable.locator('summary').click();
    await expect(expandable.locator('#field-response-id')).toBeVisible();
    await expect(expandable.locator('[id="field-response-created_at"] .field-type')).toHaveText('date');
  });

  test('Frame, Icon, Badge, Tooltip, Update, callouts', async ({ page }) => {
    await page.goto(URL);
    await expect(page.locator('figure.frame figcaption')).toHaveText("The catalog's favicon, framed.");
    expect(await page.locator('figure.frame img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await expect(page.getByRole('img', { name: 'Rocket' }).locator('svg')).toHaveCount(1);
    await expect(page.locator('.badge-green')).toHaveText('New');
    const tip = page.locator('.tooltip');
    await expect(tip.getByRole('tooltip')).toBeHidden();
    await tip.focus();
    await expect(tip.getByRole('tooltip')).toBeVisible();
    await expect(tip.getByRole('tooltip')).toHaveText('A provider configuration in your account.');
    await expect(page.locator('section.update[id="2026-11-26"] .update-label')).toHaveAttribute('href', '#2026-11-26');
    for (const kind of ['tip', 'note', 'info', 'warning', 'check']) await expect(page.locator(`aside.callout-${kind}`)).not.toHaveCount(0);
    // The generic <Callout type title>: its title names the box.
    await expect(page.getByRole('complementary', { name: 'Rate limits' })).toHaveClass(/callout-warning/);
  });

  test('without JavaScript every tab panel is shown, stacked under its title', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(URL);
    const first = page.locator('cd-tabs.tabs').nth(0);
    await expect(first.locator('.tab-heading')).toHaveText(['cURL', 'Node']);
    await expect(first.locator('.tab-panel').nth(0)).toBeVisible();
    await expect(first.locator('.tab-panel').nth(1)).toBeVisible();
    const codeGroup = page.getByRole('region', { name: 'Example: Code groups' }).locator('cd-tabs.code-group');
    await expect(codeGroup.locator('figure.code-block')).toHaveCount(2);
    await expect(codeGroup.locator('figure.code-block').nth(1)).toBeVisible();
    await context.close();
  });
});
