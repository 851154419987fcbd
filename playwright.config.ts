import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/browser.ts';

/** Our own site, built by `npm run build`, served by `astro preview`. */
export const SITE_PORT = 4329;
/** Nango's sample corpus, built by `npm run test:corpus` into tests/.corpus-site, served as static files. */
export const CORPUS_PORT = 4330;
const CORPUS_DIR = 'tests/.corpus-site';

const executablePath = findChromium();
const launchOptions = { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) };

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  use: { baseURL: `http://127.0.0.1:${SITE_PORT}`, trace: 'off', launchOptions },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions } }],
  webServer: [
    {
      command: `npx astro preview --host 127.0.0.1 --port ${SITE_PORT}`,
      url: `http://127.0.0.1:${SITE_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    ...(existsSync(CORPUS_DIR)
      ? [{ command: `npx sirv ${CORPUS_DIR} --host 127.0.0.1 --port ${CORPUS_PORT} --quiet`, url: `http://127.0.0.1:${CORPUS_PORT}/`, reuseExistingServer: !process.env.CI, timeout: 60_000 }]
      : []),
  ],
});
