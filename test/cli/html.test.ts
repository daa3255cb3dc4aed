import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import type { Extraction } from '../../src/index.js';
import { htmlToText, looksLikeHtml, textOfNode } from '../../src/input/html.js';
import { problems } from '../helpers/validate.js';
import { runCli } from '../helpers/cli.js';

const PAGE = 'test/fixtures/check/embassy-statement.html';

describe('looksLikeHtml', () => {
  test.each([
    ['<!doctype html><html><body>x</body></html>'],
    ['<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN">'],
    ['\uFEFF  \n<html lang="en">'],
    ['<HTML><HEAD>'],
  ])('%j is HTML', (input) => expect(looksLikeHtml(input)).toBe(true));

  // Paired false positives: text that mentions or contains markup is still text.
  test.each([
    ['The page began with <html> and nothing else.'],
    ['<p>A fragment is not a page; say --input-format html.</p>'],
    ['{"html": "<!doctype html>"}'],
    ['<!-- a comment --> then text'],
    ['< html is not a tag'],
    [''],
  ])('%j is not HTML', (input) => expect(looksLikeHtml(input)).toBe(false));
});

const text = (html: string) => textOfNode(parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body as never);

describe('textOfNode: blocks become paragraphs', () => {
  test.each([
    ['<ul><li>First</li><li>Second</li></ul>', 'First\n\nSecond'],
    ['<p>One <b>bold</b>\n   word.</p><p>Two.</p>', 'One bold word.\n\nTwo.'],
    ['<p>Line one<br>line two</p>', 'Line one\nline two'],
    ['<p>Kept</p><script>var x = "<p>dropped</p>";</script><style>p{}</style>', 'Kept'],
    ['<table><tr><td>Seoul</td><td>10,000</td></tr></table>', 'Seoul\n\n10,000'],
    ['<span>in</span><span>line</span>', 'inline'],
  ])('%j', (html, expected) => expect(text(html)).toBe(expected));

  test('a flat page of 50,000 elements is walked in linear time', () => {
    const started = performance.now();
    expect(text('<b>x</b>'.repeat(50_000))).toHaveLength(50_000);
    // Indexing childNodes on linkedom is O(i): that walk took minutes; the sibling walk takes well under a second.
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  test('30,000 nested elements do not overflow the stack', () => {
    const deep = `${'<div>'.repeat(30_000)}deep${'</div>'.repeat(30_000)}`;
    expect(text(deep)).toBe('deep');
  });
});

describe('htmlToText: the article, not the page around it', () => {
  test('keeps the paragraphs of the article and drops navigation and footer', async () => {
    const { text: body, title } = await htmlToText(readFileSync(PAGE, 'utf8'));
    expect(title).toBe('Embassy statement on the harbour talks');
    expect(body).toContain('Maria Lopez, the ambassador, said the talks in Lisbon');
    expect(body).not.toContain('Subscribe to our newsletter');
    expect(body).not.toContain('All rights reserved');
    expect(body.split('\n\n').length).toBeGreaterThanOrEqual(3);
  });

  test('a page with 20,000 elements or more skips Readability (its time is not linear) and gives its body text', async () => {
    const html = `<!doctype html><html><body><p>Angela Merkel visited Paris.</p>${'<span>x</span>'.repeat(25_000)}</body></html>`;
    const { text: body } = await htmlToText(html);
    expect(body.startsWith('Angela Merkel visited Paris.\n\nxxx')).toBe(true);
  });

  test('a page Readability cannot read still gives its body text', async () => {
    const { text: body } = await htmlToText('<html><body><a href="/">Home</a> Short page.</body></html>');
    expect(body).toBe('Home Short page.');
  });
});

describe('HTML through the CLI', () => {
  test('an .html file is read as HTML: textSource says so and offsets refer to the extracted text', async () => {
    const r = await runCli(['--include-text', PAGE]);
    const e = JSON.parse(r.stdout) as Extraction;
    expect(r.code).toBe(0);
    expect(e.textSource).toBe('html-extracted');
    expect(e.text).toContain('Maria Lopez');
    expect(e.text).not.toContain('<p>');
    expect(problems(e, e.text!)).toEqual([]);
    expect(e.places.map((p) => p.name.toLowerCase())).toContain('lisbon');
  });

  test('stdin that starts with <!doctype html is detected', async () => {
    const r = await runCli([], readFileSync(PAGE, 'utf8'));
    expect((JSON.parse(r.stdout) as Extraction).textSource).toBe('html-extracted');
  });

  test('--input-format text takes HTML as it is', async () => {
    const r = await runCli(['--input-format', 'text', '--include-text'], readFileSync(PAGE, 'utf8'));
    const e = JSON.parse(r.stdout) as Extraction;
    expect(e.textSource).toBeUndefined();
    expect(e.text).toContain('<!doctype html>');
  });

  test.each([
    ['<meta charset="windows-1252">'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'],
  ])('a page that declares %s is decoded in that charset', async (meta) => {
    const dir = mkdtempSync(join(tmpdir(), 'newsclaims-charset-'));
    const path = join(dir, 'page.html');
    const page = `<!doctype html><html><head>${meta}</head><body><p>Jos\u00e9 Mar\u00eda Aznar visited Bogot\u00e1 on Friday.</p></body></html>`;
    writeFileSync(path, Buffer.from(page, 'latin1'));
    const r = await runCli(['--include-text', path]);
    rmSync(dir, { recursive: true, force: true });
    const e = JSON.parse(r.stdout) as Extraction;
    expect(e.text).toContain('José María Aznar visited Bogotá');
    expect(e.text).not.toContain('\ufffd');
  });

  // Paired: without a declaration the same bytes are UTF-8, invalid sequences marked, never guessed.
  test('an undeclared legacy page is read as UTF-8 with replacement characters', async () => {
    const { decode } = await import('../../src/cli/io.js');
    expect(decode(Buffer.from('<p>Bogot\u00e1</p>', 'latin1'))).toBe('<p>Bogot\ufffd</p>');
  });

  test('--input-format html reads a fragment too', async () => {
    const r = await runCli(['--input-format', 'html', '--include-text'], '<p>Angela Merkel visited Paris.</p>');
    expect(JSON.parse(r.stdout)).toMatchObject({ textSource: 'html-extracted', text: 'Angela Merkel visited Paris.' });
  });
});

describe('lazy loading', () => {
  // Plain-text start-up must not load the HTML or progress libraries: only dynamic imports may name them.
  test.each([['linkedom'], ['@mozilla/readability'], ['cli-progress']])('no static import of %s in src/', (pkg) => {
    const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|mjs)$/.test(f));
    const offenders = files.filter((f) => new RegExp(`^import[^(]*from '${pkg}'`, 'm').test(readFileSync(join('src', f), 'utf8')));
    expect(offenders).toEqual([]);
    const dynamic = files.filter((f) => readFileSync(join('src', f), 'utf8').includes(`import('${pkg}')`));
    expect(dynamic.length).toBeGreaterThan(0);
  });
});
