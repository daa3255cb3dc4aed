/**
 * The html report as a user sees it: Chromium renders the reference article's
 * report, and the checks go through the rendered DOM and computed styles.
 * Saves a screenshot to test-artifacts/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { describeNumber } from '../../src/reporters/markup.js';
import { reference, REFERENCE, runCli } from '../reporters/helpers.js';
import { findChromium, openBrowser, SKIP_MESSAGE } from './chromium.js';

const ARTIFACTS = resolve('test-artifacts');

interface Seen {
  text: string;
  entities: { key: string; text: string; visible: boolean; title: string }[];
  numbers: { text: string; visible: boolean; note: string | null }[];
  quotes: { text: string; italic: boolean; badge: string | null }[];
  scripts: number;
}

// Runs in the page (a string: the project's type-check has no DOM library).
// A mark is "visible" when it has a box and a background colour.
const COLLECT = `(() => {
  const visible = (e) => {
    const box = e.getBoundingClientRect();
    const bg = getComputedStyle(e).backgroundColor;
    return box.width > 0 && box.height > 0 && bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent';
  };
  const after = (e) => (e ? getComputedStyle(e, '::after').content : null);
  const article = document.querySelector('.text');
  return {
    text: article.textContent,
    entities: [...article.querySelectorAll('mark.ent')].map((e) => ({
      key: e.getAttribute('data-entity') + '/' + e.getAttribute('data-mention'),
      text: e.textContent,
      visible: visible(e),
      title: e.getAttribute('title') ?? '',
    })),
    numbers: [...article.querySelectorAll('mark.num')].map((e) => ({ text: e.textContent, visible: visible(e), note: after(e.nextElementSibling) })),
    quotes: [...article.querySelectorAll('.quote')].map((e) => ({
      text: e.textContent,
      italic: getComputedStyle(e).fontStyle === 'italic',
      badge: after(e.nextElementSibling),
    })),
    scripts: document.querySelectorAll('script').length,
  };
})()`;
const executable = findChromium();
if (!executable) console.warn(`newsclaims: ${SKIP_MESSAGE}`);

/** Write a page under test-artifacts/ and open it; records every request that is not a local file. */
async function open(page: Page, name: string, html: string, requests: string[]): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = resolve(ARTIFACTS, name);
  writeFileSync(file, html);
  page.on('request', (r) => {
    if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) requests.push(r.url());
  });
  await page.goto(pathToFileURL(file).href);
}

describe.skipIf(!executable)('the html report in Chromium', () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  beforeAll(async () => {
    browser = await openBrowser(executable!);
  });
  afterAll(async () => browser?.close());

  test('every person, organisation, place, number and quote is highlighted and labelled', async () => {
    const { text, extraction } = reference();
    const [status, html] = await runCli(['--format', 'html', REFERENCE]);
    expect(status).toBe(0);
    const page = await browser.context.newPage();
    const requests: string[] = [];
    await open(page, 'korea-us-talks.report.html', html, requests);
    const seen = await page.evaluate<Seen>(COLLECT);
    await page.screenshot({ path: resolve(ARTIFACTS, 'korea-us-talks.report.png'), fullPage: true });
    expect(seen.text).toBe(text);
    for (const entity of [...extraction.people, ...extraction.organizations, ...extraction.places]) {
      entity.mentions.forEach((m, i) => {
        const shown = seen.entities.filter((e) => e.key === `${entity.id}/${i}`);
        expect(shown.map((e) => e.text).join(''), `${entity.id} mention ${i}`).toBe(m.text);
        for (const e of shown) {
          expect(e.visible, `${entity.id} mention ${i} is coloured`).toBe(true);
          expect(e.title).toContain(entity.name);
        }
      });
    }
    expect(seen.numbers.map((n) => n.text)).toEqual(extraction.numbers.map((n) => n.text));
    seen.numbers.forEach((n, i) => {
      expect(n.visible).toBe(true);
      expect(n.note).toBe(JSON.stringify(describeNumber(extraction.numbers[i]!)));
    });
    expect(seen.quotes.map((q) => q.text)).toEqual(extraction.quotes.map((q) => q.text));
    seen.quotes.forEach((q, i) => {
      expect(q.italic).toBe(true);
      expect(q.badge).toBe(JSON.stringify(extraction.quotes[i]!.speaker?.name ?? '?'));
    });
    expect(seen.scripts).toBe(0);
    expect(requests).toEqual([]);
  });

  test('a batch report shows its contents first, linking to each article', async () => {
    const records = ['Ann Lee met Bob in Paris.', 'No names here.'].map((text, i) => JSON.stringify({ id: `r${i + 1}`, text }));
    const [, html] = await runCli(['--format', 'html', '--input-format', 'jsonl'], { stdin: records.join('\n') });
    const page = await browser.context.newPage();
    const requests: string[] = [];
    await open(page, 'batch.report.html', html, requests);
    const tocTop = (await page.locator('nav.toc').boundingBox())!.y;
    const firstTop = (await page.locator('article#d1').boundingBox())!.y;
    expect(tocTop).toBeLessThan(firstTop);
    await page.locator('nav.toc a', { hasText: 'r2' }).click();
    expect(new URL(page.url()).hash).toBe('#d2');
    expect(requests).toEqual([]);
  });

  test('an article full of markup renders as text, and nothing runs', async () => {
    const hostile = 'Ann <script>window.pwned = 1</script> met <img src=x onerror="window.pwned = 2"> Bob in <b>Seoul</b>.';
    const [, html] = await runCli(['--format', 'html', '-'], { stdin: hostile });
    const page = await browser.context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const requests: string[] = [];
    await open(page, 'hostile.report.html', html, requests);
    const seen = await page.evaluate<{ text: string; elements: number; pwned: unknown }>(`({
      text: document.querySelector('.text').textContent,
      elements: document.querySelectorAll('script, img, b').length,
      pwned: window.pwned ?? null,
    })`);
    expect(seen).toEqual({ text: hostile, elements: 0, pwned: null });
    expect(await page.locator('.text').innerText()).toContain('<script>window.pwned = 1</script>');
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([]);
  });
});

// Shown as a skipped test, with the reason, only where Chromium is missing.
if (!executable) test.skip(SKIP_MESSAGE, () => {});
