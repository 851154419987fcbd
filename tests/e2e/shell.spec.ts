import { test, expect } from '@playwright/test';

/** The reader's shell: navigation, themes, catalog, search, 404, redirects, Markdown and data outputs. */
const CHECKR = '/integrations/checkr-partner-staging/';

test.describe('navigation', () => {
  test('sidebar groups integrations by category and marks the current page', async ({ page }) => {
    await page.goto(CHECKR);
    const sidebar = page.getByRole('navigation', { name: 'Site' });
    await expect(sidebar.getByRole('link', { name: 'Checkr Partner Staging' })).toHaveAttribute('aria-current', 'page');
    await expect(sidebar.getByRole('link', { name: /^HR \d+$/ })).toBeVisible();
    // Bounded: other categories' pages are not listed on this page.
    await expect(sidebar.getByRole('link', { name: 'GitHub' })).toHaveCount(0);
    await sidebar.getByRole('link', { name: /^Developer tools/ }).click();
    await expect(page).toHaveURL(/\/integrations\/category\/dev-tools\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Developer tools integrations');
    await page.getByRole('main').getByRole('link', { name: 'GitHub' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('GitHub');
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(crumbs.getByRole('link')).toHaveText(['Home', 'Integrations', 'Developer tools']);
    await expect(crumbs.locator('[aria-current="page"]')).toHaveText('GitHub');
  });

  test('"On this page" lists every section, snippets included, and follows the scroll', async ({ page }) => {
    await page.goto(CHECKR);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc.getByRole('link')).toHaveText(['Overview', 'Pre-built tooling', 'Pre-built integrations', 'Others', 'Access requirements', 'Setup guide', 'Useful links', 'API gotchas']);
    await toc.getByRole('link', { name: 'Useful links' }).click();
    await expect(page).toHaveURL(/#useful-links$/);
    await expect(toc.getByRole('link', { name: 'Useful links' })).toHaveAttribute('aria-current', 'true');
    await page.evaluate(() => scrollTo(0, 0));
    await expect(toc.getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'true');
  });

  test('previous/next, edit link and footer', async ({ page }) => {
    await page.goto('/integrations/adp/');
    const pn = page.getByRole('navigation', { name: 'Previous and next pages' });
    await expect(pn.getByRole('link')).toHaveCount(1);
    await pn.getByRole('link', { name: /Next/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('ADP Workforce Now');
    await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveAttribute('href', 'https://github.com/catalog-docs/catalog-docs/edit/main/content/integrations/adp-workforce-now.mdx');
    await expect(page.getByRole('contentinfo').getByRole('link', { name: 'llms.txt' })).toBeVisible();
  });

  test('mobile: the sidebar is a menu that opens by touch or keyboard and closes with Escape', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(CHECKR);
    const sidebar = page.locator('#sidebar');
    await expect(sidebar).toBeHidden();
    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.tap().catch(() => menu.click());
    await expect(sidebar).toBeVisible();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Escape');
    await expect(sidebar).toBeHidden();
    await expect(menu).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(sidebar).toBeVisible();
    await sidebar.getByRole('link', { name: /^HR/ }).click();
    await expect(page).toHaveURL(/\/category\/hr\/$/);
  });

  test('mobile without JavaScript: the Menu link shows the sidebar', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(CHECKR);
    await expect(page.locator('#sidebar')).toBeHidden();
    await page.getByRole('link', { name: 'Menu' }).click();
    await expect(page.locator('#sidebar')).toBeVisible();
    await context.close();
  });
});

test.describe('themes', () => {
  test('light, dark and system; remembered across reloads; no layout shift', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    const html = page.locator('html');
    const select = page.getByLabel('Theme');
    await expect(select).toHaveValue('system');
    await expect(html).toHaveAttribute('data-theme', 'light');
    await select.selectOption('dark');
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await page.reload();
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByLabel('Theme')).toHaveValue('dark');
    // Code blocks follow the theme.
    await page.goto(CHECKR);
    const color = await page.locator('pre.shiki span').first().evaluate((el) => getComputedStyle(el).color);
    expect(color).not.toBe('rgb(0, 0, 0)');
    await page.getByLabel('Theme').selectOption('system');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(html).toHaveAttribute('data-theme', 'light');
    expect(await layoutShifts(page)).toEqual([]);
  });

  test('no layout shift while a page loads on a slow device (the header is painted whole)', async ({ page }) => {
    // A slow CPU makes the HTML parser yield mid-page; before the header was render-blocking
    // (<link rel="expect">), a first paint could show the search link and theme menu half-parsed, and they then
    // grew and moved (what a busy CI machine showed once).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    await page.addInitScript(() => {
      requestAnimationFrame(() => {
        const select = document.querySelector<HTMLSelectElement>('#theme-select');
        (window as unknown as { firstFrame: string }).firstFrame =
          `theme options: ${select?.options.length ?? 'none'}; search label: ${document.querySelector('.search-label')?.textContent ?? 'none'}`;
      });
    });
    for (const path of [CHECKR, '/integrations/', '/']) {
      await page.goto(path);
      expect(await page.evaluate(() => (window as unknown as { firstFrame: string }).firstFrame), path).toBe(
        'theme options: 3; search label: Search',
      );
      expect(await layoutShifts(page), path).toEqual([]);
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  });
});

/** The page's layout shifts so far (not caused by input), each as "value: the elements that moved". */
async function layoutShifts(page: import('@playwright/test').Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node | null }[] };
        const shifts: string[] = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as Shift[]) {
            if (e.hadRecentInput) continue;
            const nodes = e.sources.map((s) => (s.node instanceof Element ? `${s.node.localName}.${s.node.className}` : String(s.node?.nodeName)));
            shifts.push(`${e.value.toFixed(5)}: ${nodes.join(', ')}`);
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(shifts), 300);
      }),
  );
}

test.describe('catalog', () => {
  test('filters by category, auth mode, capability and text, reflected in the URL', async ({ page }) => {
    await page.goto('/integrations/');
    const filters = page.locator('#catalog-filters');
    const items = page.locator('#catalog > li:visible');
    const total = await items.count();
    expect(total).toBeGreaterThanOrEqual(13);
    await filters.getByLabel('Category').selectOption('hr');
    await expect(page).toHaveURL(/\?category=hr$/);
    await expect(items).toHaveCount(3);
    await filters.getByLabel('Auth').selectOption('BASIC');
    await expect(page).toHaveURL(/category=hr&auth=BASIC/);
    await expect(items).toHaveCount(1);
    await expect(items.first()).toContainText('BambooHR (Basic Auth)');
    await filters.getByLabel('Category').selectOption('');
    await filters.getByLabel('Auth').selectOption('');
    await filters.getByLabel('Real-time webhooks').check();
    await expect(items.locator('.name')).toHaveText(['Checkr Partner (Staging)', 'HubSpot', 'Slack', 'Stripe (API Key)']);
    await filters.getByLabel('Real-time webhooks').uncheck();
    await filters.getByLabel('Search').fill('git');
    await expect(items.locator('.name')).toHaveText(['GitHub']);
    await expect(page.locator('#catalog-count')).toHaveText(`1 of ${total} integrations.`);
    // Round trip: a shared URL restores the view.
    await page.goto('/integrations/?auth=API_KEY&cap=usecases');
    await expect(filters.getByLabel('Auth')).toHaveValue('API_KEY');
    await expect(filters.getByLabel('Pre-built syncs/actions')).toBeChecked();
    await expect(items.locator('.name')).toHaveText(['Stripe (API Key)']);
    await filters.getByLabel('Search').fill('zzzz');
    await expect(page.getByText('No integration matches these filters.')).toBeVisible();
  });

  test('each entry shows a logo or monogram, auth mode, categories and use-case count; plain list without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/integrations/');
    await expect(page.locator('#catalog-filters')).toBeHidden();
    const hubspot = page.locator('#catalog > li[data-provider="hubspot"]');
    await expect(hubspot.locator('.monogram')).toHaveText('H');
    await expect(hubspot.locator('.auth')).toHaveText('OAuth');
    await expect(hubspot.locator('.cat')).toHaveText(['Marketing', 'CRM', 'Support']);
    await expect(hubspot.locator('.uses')).toHaveText('4 pre-built use cases');
    await expect(page.locator('#catalog > li:visible')).toHaveCount(13);
    await context.close();
  });
});

test.describe('search', () => {
  test('"/" opens search; "Checkr" finds the provider page first; keyboard opens it', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search the docs' });
    await expect(dialog).toBeVisible();
    await page.keyboard.type('Checkr');
    const results = dialog.getByRole('option');
    await expect(results.first()).toContainText('Checkr Partner Staging');
    await expect(results.first()).toHaveAttribute('aria-selected', 'true');
    await expect(results.first().locator('.r-excerpt')).not.toBeEmpty();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/integrations\/checkr-partner-staging\//);
  });

  test('Ctrl+K opens search; arrows move through results; a section result opens at its heading', async ({ page }) => {
    await page.goto(CHECKR);
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Search the docs' });
    await expect(dialog).toBeVisible();
    await page.keyboard.type('rate limits');
    const results = dialog.getByRole('option');
    await expect(results.nth(1)).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(results.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(results.nth(0)).toHaveAttribute('aria-selected', 'false');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('the index holds every page with searchable content, and only those (indexed while the pages render)', async ({ request }) => {
    const entry = (await (await request.get('/pagefind/pagefind-entry.json')).json()) as { languages: Record<string, { page_count: number }> };
    const sitemap = await (await request.get('/sitemap-0.xml')).text();
    const urls = [...sitemap.matchAll(/<loc>https:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(20);
    let searchable = 0;
    for (const url of urls) if ((await (await request.get(url)).text()).includes('data-pagefind-body')) searchable++;
    expect(searchable).toBeGreaterThan(20);
    expect(Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0)).toBe(searchable);
  });
});

test.describe('SEO, 404, redirects and AI outputs', () => {
  test('meta tags, sitemap and robots.txt', async ({ page, request }) => {
    await page.goto(CHECKR);
    await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', `https://catalog-docs.example.dev${CHECKR}`);
    await expect(page.locator('meta[name=description]')).toHaveAttribute('content', /Checkr Partner \(Staging\).*OAuth/);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', 'Checkr Partner Staging');
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
    const sitemap = await (await request.get('/sitemap-0.xml')).text();
    expect(sitemap).toContain(`https://catalog-docs.example.dev${CHECKR}`);
    expect(sitemap).not.toContain('404');
    expect(await (await request.get('/robots.txt')).text()).toContain('Sitemap: https://catalog-docs.example.dev/sitemap-index.xml');
  });

  test('a helpful 404 page with search', async ({ page }) => {
    const res = await page.goto('/no/such/page/');
    expect(res?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await page.getByRole('link', { name: 'Search the docs' }).click();
    await expect(page.getByRole('dialog', { name: 'Search the docs' })).toBeVisible();
  });

  test('redirects declared in config', async ({ page }) => {
    await page.goto('/docs/components/');
    await expect(page).toHaveURL(/\/guides\/components\/$/);
    await page.goto('/integrations/all/checkr-partner-staging/');
    await expect(page).toHaveURL(/\/integrations\/checkr-partner-staging\/$/);
  });

  test('the Checkr page as Markdown, and "Copy page as Markdown"', async ({ page, request, context }) => {
    const md = await (await request.get('/integrations/checkr-partner-staging.md')).text();
    expect(md.startsWith('# Checkr Partner Staging\n')).toBe(true);
    expect(md).toContain('- [API gotchas](#api-gotchas): Surprises we hit so you don');
    expect(md).toMatch(/\| Pre-built authorization \(OAuth\) +\| ✅ +\|/);
    expect(md).toMatch(/\| `account` +\| Fetches account details/);
    expect(md).toContain('> **Tip:** Need help getting started?');
    expect(md).toContain("```ts\nconst connection = await nango.getConnection();");
    expect(md).not.toMatch(/<(Card|Accordion|Tip|Note|RequestExample)\b|import /);
    // The live request example becomes its cURL through the proxy, placeholders kept.
    expect(md).toContain('```bash\ncurl -X GET "https://api.nango.dev/proxy/v1/account" \\\n  -H "Authorization: Bearer <NANGO-SECRET-KEY>"');
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(CHECKR);
    await page.getByRole('button', { name: 'Copy page as Markdown' }).click();
    await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(md);
  });

  test('llms.txt, llms-full.txt and provider JSON', async ({ request }) => {
    const index = await (await request.get('/llms.txt')).text();
    expect(index).toContain('- [Checkr Partner Staging](https://catalog-docs.example.dev/integrations/checkr-partner-staging.md): ');
    expect(index).toContain('(https://catalog-docs.example.dev/integrations/checkr-partner-staging.json)');
    const full = await (await request.get('/llms-full.txt')).text();
    expect(full).toContain('# Checkr Partner Staging');
    expect(full).toContain('# GitHub');
    expect(full).toContain('| `create-issue` ');
    const data = await (await request.get('/integrations/checkr-partner-staging.json')).json();
    expect(data).toMatchObject({
      key: 'checkr-partner-staging',
      display_name: 'Checkr Partner (Staging)',
      auth_mode: 'OAUTH2',
      categories: ['legal'],
      base_url: 'https://api.checkr-staging.com',
      webhooks: true,
      connection_config: [{ name: 'client_id', title: 'Client ID' }],
      use_cases: [{ name: 'account', type: 'sync', method: 'GET', path: '/checkr-partner-staging/account' }],
    });
  });
});
