import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/**
 * Finds a Chromium for the browser tests: Playwright's own when installed (`npx playwright install chromium`),
 * else a system one (Debian's `chromium` package), else explains how to get one.
 */
export function findChromium(): string | undefined {
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return undefined; // Playwright's default works: no override needed.
  } catch {
    // Not installed: fall through to the system browsers.
  }
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
  const found = candidates.find((c): c is string => Boolean(c && existsSync(c)));
  if (found) return found;
  throw new Error(
    'No Chromium found for the browser tests.\n' +
      '  Install one of:\n' +
      '    - Debian/Ubuntu: sudo apt-get install -y chromium\n' +
      '    - Playwright\'s own: npx playwright install chromium\n' +
      '  or set CHROMIUM_PATH=/path/to/chromium.',
  );
}

/** Flags that keep a system Chromium quiet and working as root in a sandboxed CI machine. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
