import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listHtml, redirectTarget, urlOfHtml } from '../../src/lib/site-files.ts';

/**
 * The whole-site pass: every built page (not a sample) opens in a real browser without console errors,
 * failed requests or exceptions; has content; has no duplicate id, no broken image, no skipped heading level;
 * and axe-core finds no serious or critical accessibility violation, in the light and the dark theme.
 */

const DIST = 'dist';
const pages = existsSync(DIST) ? listHtml(DIST).filter((f) => !redirectTarget(readFileSync(join(DIST, f), 'utf8'))).map(urlOfHtml) : [];

async function open(page: Page, url: string, theme: 'light' | 'dark'): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught exception: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.addInitScript((t) => localStorage.setItem('cd-theme', t), theme);
  await page.goto(url, { waitUntil: 'load' });
  return problems;
}

test.describe('every page', () => {
  test('the site has pages', () => {
    expect(pages.length, 'run `npm run build` first').toBeGreaterThan(10);
  });

  for (const url of pages) {
    for (const theme of ['light', 'dark'] as const) {
      test(`${url} (${theme})`, async ({ page }) => {
        const problems = await open(page, url, theme);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);

        if (theme === 'light') {
          const facts = await page.evaluate(() => {
            const main = document.querySelector('main');
            const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
            const dupes = [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
            const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => ({ level: Number(h.tagName[1]), text: h.textContent?.trim() ?? '' }));
            const skips: string[] = [];
            levels.forEach((h, i) => {
              const prev = i === 0 ? 0 : levels[i - 1]!.level;
              if (h.level > prev + 1) skips.push(`h${prev || '-'} -> h${h.level} "${h.text}"`);
            });
            const images = [...document.images].filter((img) => !img.complete || img.naturalWidth === 0).map((img) => img.getAttribute('src'));
            return { mainText: main?.innerText.trim().length ?? 0, h1: document.querySelectorAll('h1').length, dupes, skips, images };
          });
          expect.soft(facts.mainText, 'main content is not empty').toBeGreaterThan(40);
          expect.soft(facts.h1, 'exactly one h1').toBe(1);
          expect.soft(facts.dupes, 'duplicate ids').toEqual([]);
          expect.soft(facts.skips, 'heading levels that skip').toEqual([]);
          expect.soft(facts.images, 'images that do not load').toEqual([]);
        }

        const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
        const serious = axe.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')})`);
        expect.soft(serious, 'axe serious/critical violations').toEqual([]);
        expect(problems).toEqual([]);
      });
    }
  }
});
