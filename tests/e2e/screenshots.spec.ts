import { test, expect } from '@playwright/test';
import { mkdirSync } from 'node:fs';

/**
 * A visual record for a person to look at: the Checkr page, the catalog and the home page, light and dark,
 * desktop and mobile width, saved to screenshots/ (git-ignored). `npm run screenshots` makes only these.
 */
const PAGES = [
  ['home', '/'],
  ['catalog', '/integrations/'],
  ['checkr', '/integrations/checkr-partner-staging/'],
] as const;
const SIZES = [
  ['desktop', { width: 1280, height: 900 }],
  ['mobile', { width: 390, height: 844 }],
] as const;

mkdirSync('screenshots', { recursive: true });

for (const [name, url] of PAGES) {
  for (const theme of ['light', 'dark'] as const) {
    for (const [size, viewport] of SIZES) {
      test(`screenshot ${name} ${theme} ${size}`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.addInitScript((t) => localStorage.setItem('cd-theme', t), theme);
        await page.goto(url);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        const path = `screenshots/${name}-${theme}-${size}.png`;
        await page.screenshot({ path, fullPage: true });
      });
    }
  }
}
