/**
 * Headless Chromium for the browser tests and the README screenshots: Debian's
 * `chromium` (never a downloaded build), driven by playwright-core, with a fresh
 * profile and no background network traffic.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The Chromium binary to use, or null when none is installed. */
export function findChromium(): string | null {
  return CANDIDATES.find((path): path is string => !!path && existsSync(path)) ?? null;
}

export const SKIP_MESSAGE =
  'Chromium not found (/usr/bin/chromium or CHROMIUM_PATH): install it with `apt-get update && apt-get install -y chromium`; the browser test is skipped';

const FLAGS = ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** A browser context on a fresh profile; `close` also removes the profile. */
export async function openBrowser(executablePath: string, viewport = { width: 1280, height: 900 }): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'newsclaims-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    chromiumSandbox: false, // --no-sandbox: CI runs as root
    args: FLAGS,
    viewport,
    deviceScaleFactor: 1,
    timeout: 30_000,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
