/**
 * Reading pages through the CLI (issue 14): HTML recognised after a BOM, comments or
 * an XML declaration; charsets applied to HTML only; gzip and binary data refused
 * with a one-line error (an error record in place); --max-bytes before parsing; a
 * notice for text not in English; the table's title, byline and date.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { decode } from '../../src/cli/io.js';
import { looksLikeHtml } from '../../src/input/detect.js';
import { describeBinary } from '../../src/input/sniff.js';
import { InputTooLargeError, extractHtml } from '../../src/index.js';
import type { Extraction } from '../../src/index.js';
import { runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'newsclaims-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: Buffer | string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const ARTICLE = 'Foreign Minister Cho Tae-yul met Antony Blinken in Washington on Monday, the ministry said.';
const PAGE = `<html><head><title>Talks</title></head><body><article><p>${ARTICLE}</p></article></body></html>`;

describe('HTML is recognised', () => {
  test.each([
    ['after a BOM and blank lines', `\uFEFF\n\n${PAGE}`],
    ['after comments', `<!-- saved from url=(0042) -->\n<!-- cache -->${PAGE}`],
    ['after an XML declaration', `<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>${PAGE}`],
    ['by <head>', '<head><title>x</title></head><p>Text</p>'],
    ['by <body>', '<body class="story"><p>Text</p></body>'],
  ])('%s', (_name, input) => expect(looksLikeHtml(input)).toBe(true));

  test('stdin after a BOM and a comment is read as HTML', async () => {
    const r = await runCli(['--include-text'], `\uFEFF<!-- x -->${PAGE}`);
    const e = JSON.parse(r.stdout) as Extraction;
    expect(e.textSource).toBe('html-extracted');
    expect(e.text).not.toContain('<p>');
  });
});

describe('charsets', () => {
  const latin1Page = (meta: string) => Buffer.from(`<!doctype html><html><head>${meta}</head><body><p>Bogot\u00e1</p></body></html>`, 'latin1');

  test('a declared charset applies to HTML', () => {
    expect(decode(latin1Page('<meta charset="windows-1252">'))).toContain('Bogotá');
  });

  test('a text file that mentions a charset is still UTF-8', () => {
    const text = Buffer.from('Write <meta charset="windows-1252"> in the head. Caf\u00e9', 'latin1');
    expect(decode(text)).toContain('Caf\ufffd');
    expect(decode(text, false)).toContain('Caf\ufffd');
  });

  test('a page that declares UTF-16 without being UTF-16 is read as UTF-8', () => {
    const bytes = Buffer.from('<!doctype html><html><head><meta charset="utf-16"></head><body><p>Zürich</p></body></html>', 'utf8');
    expect(decode(bytes)).toContain('Zürich');
  });
});

describe('compressed and binary data', () => {
  test.each([
    ['gzip', gzipSync(Buffer.from(PAGE)), 'looks like gzip data; decompress it first'],
    ['a PNG image', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'looks like a PNG image, not text'],
    ['NUL bytes', Buffer.from('abc\u0000def'), 'looks like binary data (NUL bytes), not text'],
  ])('%s is named', (_name, bytes, message) => expect(describeBinary(bytes)).toBe(message));

  test('UTF-16 with a BOM is text', () => {
    expect(describeBinary(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Paris', 'utf16le')]))).toBeNull();
  });

  test('a gzip file among others: one-line error, an error record in its place, status 1', async () => {
    const gz = file('page.html.gz', gzipSync(Buffer.from(PAGE)));
    const ok = file('ok.txt', ARTICLE);
    const r = await runCli(['-f', 'jsonl', gz, ok]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`newsclaims: ${gz}: looks like gzip data; decompress it first\n`);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { source: string; error?: string });
    expect(lines.map((l) => [l.source, l.error ?? null])).toEqual([[gz, 'looks like gzip data; decompress it first'], [ok, null]]);
  });

  test('a gzipped JSONL batch: one line saying so, one error record for the file, status 1', async () => {
    const gz = file('batch.jsonl', gzipSync(Buffer.from(`${JSON.stringify({ text: ARTICLE })}\n`)));
    const r = await runCli([gz]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`newsclaims: ${gz}: looks like gzip data; decompress it first\n`);
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { error: string })).toMatchObject([{ source: gz, error: 'looks like gzip data; decompress it first' }]);
  });
});

describe('--max-bytes', () => {
  test('a page over the limit is refused before it is parsed (file and stdin)', async () => {
    const big = file('big.html', `<html><body>${'<p>x</p>'.repeat(2000)}</body></html>`);
    const r = await runCli(['--max-bytes', '1000', big]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^newsclaims: [^\n]*big\.html: document is 160\d\d bytes, over the limit of 1000 \(--max-bytes\)\n$/);
    const s = await runCli(['--max-bytes', '100'], PAGE);
    expect(s.stderr).toMatch(/document is \d+ bytes, over the limit of 100 \(--max-bytes\)/);
  });

  test('the default is 4 x --max-chars', async () => {
    const r = await runCli(['--max-chars', '100'], PAGE.padEnd(401, ' '));
    expect(r.stderr).toMatch(/over the limit of 400 \(--max-bytes\)/);
  });

  test.each([['0'], ['-5'], ['1.5'], ['lots']])('--max-bytes %s is a usage error', async (value) => {
    const r = await runCli(['--max-bytes', value], ARTICLE);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`newsclaims: Expected --max-bytes to be a positive whole number, not: ${value}\n`);
  });

  test('library: extractHtml throws InputTooLargeError', async () => {
    await expect(extractHtml(PAGE, { maxBytes: 10 })).rejects.toBeInstanceOf(InputTooLargeError);
  });
});

describe('text not in English', () => {
  const french = '<!doctype html><html lang="fr"><body><article><p>Le ministre des affaires étrangères a déclaré lundi que les discussions avec le pays voisin se poursuivraient pendant une semaine et que les deux parties se retrouveraient à Genève.</p></article></body></html>';

  test('an empty result, status 0, and one line on stderr naming the language', async () => {
    const path = file('fr.html', french);
    const r = await runCli([path]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`newsclaims: ${path}: text is in French (fra); only English is read\n`);
    const e = JSON.parse(r.stdout) as Extraction;
    expect(e.meta.language).toBe('fra');
    expect([e.people, e.organizations, e.places, e.quotes, e.claims]).toEqual([[], [], [], [], []]);
  });

  test('in a batch, each such record says so once, in order', async () => {
    const input = [JSON.stringify({ id: 'fr', html: french }), JSON.stringify({ id: 'en', text: ARTICLE })].join('\n');
    const r = await runCli(['--input-format', 'jsonl', '--workers', '1'], input);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('newsclaims: fr: text is in French (fra); only English is read\n');
  });
});

describe('the table', () => {
  test('shows the title, byline and date first', async () => {
    const page = '<!doctype html><html><head><meta property="og:title" content="Talks in Washington"><meta name="author" content="Jane Doe"><meta property="article:published_time" content="2024-11-04T09:00:00Z"></head>' +
      `<body><article><p>${ARTICLE}</p></article></body></html>`;
    const r = await runCli(['-f', 'table', '--no-color', file('t.html', page)]);
    const lines = r.stdout.split('\n');
    expect(lines[1]).toBe('Talks in Washington');
    expect(lines[2]).toBe('by Jane Doe · 2024-11-04T09:00:00Z');
  });
});
