/**
 * The README screenshots: `npx tsx test/browser/screenshots.ts [outDir]`
 * renders the reference article in both formats and saves docs/screenshots/
 * highlight.png and html-report.png (each kept under 300 KB).
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REFERENCE, runCli } from '../reporters/helpers.js';
import { ansiToHtml } from './ansi-html.js';
import { findChromium, openBrowser, SKIP_MESSAGE } from './chromium.js';

const MAX_BYTES = 300 * 1024;

/** Render both screenshots into `dir`; returns the files written. */
export async function takeScreenshots(dir: string): Promise<string[]> {
  const executable = findChromium();
  if (!executable) throw new Error(SKIP_MESSAGE);
  mkdirSync(dir, { recursive: true });
  const browser = await openBrowser(executable, { width: 1100, height: 760 });
  const work = mkdtempSync(resolve(tmpdir(), 'newsclaims-shots-'));
  try {
    const page = await browser.context.newPage();
    const columns = 96;
    const [, ansi] = await runCli(['--format', 'highlight', '--color', REFERENCE], { columns });
    const terminal = resolve(work, 'highlight.html');
    writeFileSync(terminal, ansiToHtml(ansi.split('\n').slice(0, 30).join('\n'), columns));
    await page.goto(pathToFileURL(terminal).href);
    const highlight = resolve(dir, 'highlight.png');
    await page.locator('pre').screenshot({ path: highlight });

    const [, html] = await runCli(['--format', 'html', REFERENCE]);
    const report = resolve(work, 'report.html');
    writeFileSync(report, html);
    await page.goto(pathToFileURL(report).href);
    const htmlShot = resolve(dir, 'html-report.png');
    await page.screenshot({ path: htmlShot });
    for (const file of [highlight, htmlShot]) {
      if (statSync(file).size > MAX_BYTES) throw new Error(`${file} is over 300 KB`);
    }
    return [highlight, htmlShot];
  } finally {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const files = await takeScreenshots(resolve(process.argv[2] ?? 'docs/screenshots'));
  for (const f of files) console.log(`${f} ${statSync(f).size} bytes`);
}
