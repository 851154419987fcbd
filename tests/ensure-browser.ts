/**
 * Runs before `npm test`: makes sure a Chromium exists for the browser tests. When none is found and this
 * is a Debian-like machine where we are root (CI, containers), installs Debian's `chromium`; otherwise
 * exits with instructions.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './browser.ts';

function found(): boolean {
  try {
    findChromium();
    return true;
  } catch {
    return false;
  }
}

if (!found()) {
  const root = process.getuid?.() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    console.log('No Chromium found: installing Debian\'s chromium package (apt-get install -y chromium)...');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  }
  try {
    findChromium();
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  }
}
