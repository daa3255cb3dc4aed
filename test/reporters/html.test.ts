import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { outFileName } from '../../src/cli/out-dir.js';
import { renderHtmlReport } from '../../src/reporters/html.js';
import { describeNumber } from '../../src/reporters/markup.js';
import { attr, type Element, findAll, hasClass, normalizeDom, parseHtml, textContent } from './dom.js';
import { expectGolden, reference, REFERENCE, runCli } from './helpers.js';
import { SAMPLE, sampleExtraction } from './sample.js';

function page(html: string) {
  const doc = parseHtml(html);
  const all = (test: (e: Element) => boolean) => findAll(doc, test);
  const one = (test: (e: Element) => boolean) => {
    const found = all(test);
    expect(found).toHaveLength(1);
    return found[0]!;
  };
  return { doc, all, one };
}

const byClass = (name: string) => (e: Element) => hasClass(e, name);
const next = (e: Element): Element | undefined => {
  const siblings = e.parentNode?.childNodes ?? [];
  return siblings[siblings.indexOf(e) + 1] as Element | undefined;
};

describe('html: the sample article', () => {
  const { one, all } = page(renderHtmlReport(sampleExtraction(SAMPLE), SAMPLE));

  test('the article text in the DOM is the input, unchanged', () => {
    expect(textContent(one(byClass('text')))).toBe(SAMPLE);
  });

  test('a person mark carries its entity, role and mention in a hover title', () => {
    const mark = one((e) => attr(e, 'data-entity') === 'p1');
    expect(mark.tagName).toBe('mark');
    expect(hasClass(mark, 'person')).toBe(true);
    expect(attr(mark, 'title')).toBe('Person: Antony Blinken (p1)\nRole: Secretary of State\nMention 1 of 1');
  });

  test('a number is followed by its reading, a quote by its speaker badge', () => {
    const article = one(byClass('text'));
    const [number, ...moreNumbers] = findAll(article, byClass('num'));
    expect(moreNumbers).toEqual([]);
    expect(attr(next(number!)!, 'data-note')).toBe('≤8000 troops');
    expect(attr(number!, 'title')).toContain('Hedge: as many as');
    const [quote, ...moreQuotes] = findAll(article, byClass('quote'));
    expect(moreQuotes).toEqual([]);
    expect(textContent(quote!)).toBe('“We agree with Seoul,”');
    expect(attr(next(quote!)!, 'data-speaker')).toBe('Cho');
    expect(findAll(article, byClass('said')).map(textContent)).toEqual(['Cho']);
  });

  test('the panels list each person, place, number and who said what', () => {
    const panels = textContent(one(byClass('panels')));
    for (const words of ['Antony Blinken', 'Secretary of State', 'Seoul', '≤8000 troops', 'as many as', 'Who said what']) {
      expect(panels).toContain(words);
    }
    const speaker = one(byClass('speaker'));
    expect(textContent(speaker)).toContain('Cho');
    expect(textContent(speaker)).toContain('“We agree with Seoul,”');
  });

  test('is self-contained: no script, no link, no external address, and a CSP forbidding both', () => {
    expect(all((e) => ['script', 'link', 'img', 'iframe', 'object'].includes(e.tagName))).toEqual([]);
    expect(all((e) => /^(https?:)?\/\//.test(attr(e, 'href') ?? attr(e, 'src') ?? ''))).toEqual([]);
    expect(attr(one((e) => attr(e, 'http-equiv') === 'Content-Security-Policy'), 'content')).toContain("default-src 'none'");
  });
});

describe('html escapes everything that comes from the input', () => {
  const hostile = 'As many as 8,000 <script>window.pwned=1</script> & Ann"><img src=x onerror=alert(1)> told Cho.\n“We <b>agree</b> with Seoul,” said Cho.';
  const names = { person: 'Ann"><img src=x onerror=alert(1)>', speaker: 'Cho', place: 'Seoul' };
  const e = { ...sampleExtraction(hostile, names), source: '<script>alert("source")</script>' };
  e.people[0]!.roles = ['<i>role</i>'];
  const html = renderHtmlReport(e, hostile);
  const { one, all } = page(html);

  test('no element comes from the text, names, roles or source', () => {
    expect(all((x) => ['script', 'img', 'b', 'i'].includes(x.tagName))).toEqual([]);
    expect(html).not.toContain('<script>');
  });

  test('the text still reads as written, markup included', () => {
    expect(textContent(one(byClass('text')))).toBe(hostile);
    expect(textContent(one((x) => x.tagName === 'h2'))).toBe('<script>alert("source")</script>');
    expect(attr(one((x) => attr(x, 'data-entity') === 'p1'), 'title')).toContain('Role: <i>role</i>');
  });
});

describe('html on the reference article', () => {
  const { text, extraction } = reference();

  test('every mention, number and quote of the extraction is marked, and the text is whole', async () => {
    const [status, html] = await runCli(['--format', 'html', REFERENCE]);
    expect(status).toBe(0);
    const { one, all } = page(html);
    expect(textContent(one(byClass('text')))).toBe(text.replace(/\r\n?/g, '\n'));
    for (const entity of [...extraction.people, ...extraction.organizations, ...extraction.places]) {
      entity.mentions.forEach((m, i) => {
        const marks = all((x) => attr(x, 'data-entity') === entity.id && attr(x, 'data-mention') === String(i));
        expect(marks.map(textContent).join(''), `${entity.id} mention ${i}`).toBe(m.text);
      });
    }
    extraction.numbers.forEach((n, i) => {
      const marks = all((x) => hasClass(x, 'num') && attr(x, 'data-number') === String(i));
      expect(marks.map(textContent).join('')).toBe(n.text);
      expect(attr(next(marks.at(-1)!)!, 'data-note')).toBe(describeNumber(n));
    });
    extraction.quotes.forEach((q, i) => {
      const marks = all((x) => hasClass(x, 'quote') && attr(x, 'data-quote') === String(i));
      expect(marks.map(textContent).join('')).toBe(q.text);
      expect(attr(next(marks.at(-1)!)!, 'data-speaker')).toBe(q.speaker?.name ?? '?');
    });
    const ids = all((x) => attr(x, 'id') !== undefined).map((x) => attr(x, 'id'));
    expect(new Set(ids).size).toBe(ids.length);
    for (const link of all((x) => (attr(x, 'href') ?? '').startsWith('#'))) expect(ids).toContain(attr(link, 'href')!.slice(1));
  });

  test('matches the golden report, compared as normalised DOM', async () => {
    const [, html] = await runCli(['--format', 'html', REFERENCE]);
    expectGolden('fixtures/korea-us-talks.report.html', html, normalizeDom);
  });
});

describe('html for a batch', () => {
  const lines = [
    JSON.stringify({ id: 'first', text: SAMPLE }),
    'not json',
    JSON.stringify({ id: 'second <b>', text: 'Cho spoke in Seoul.' }),
  ].join('\n');

  test('one page, a contents list naming each record (failures too), unique ids', async () => {
    const [status, html, stderr] = await runCli(['--format', 'html', '--input-format', 'jsonl'], { stdin: lines });
    expect(status).toBe(1);
    expect(stderr).toContain('line 2');
    const { all, one } = page(html);
    expect(all((x) => x.tagName === 'html')).toHaveLength(1);
    const toc = one((x) => x.tagName === 'nav');
    expect(findAll(toc, (x) => x.tagName === 'li').map((li) => textContent(findAll(li, (x) => x.tagName === 'a')[0]!))).toEqual([
      'first',
      '<stdin>:2',
      'second <b>',
    ]);
    expect(all((x) => x.tagName === 'article').map((a) => attr(a, 'id'))).toEqual(['d1', 'd2', 'd3']);
    const ids = all((x) => attr(x, 'id') !== undefined).map((x) => attr(x, 'id'));
    expect(new Set(ids).size).toBe(ids.length);
  });

  const dir = mkdtempSync(join(tmpdir(), 'newsclaims-out-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('--out-dir writes one whole page per record and prints the paths', async () => {
    const [status, stdout] = await runCli(['--out-dir', dir, '--input-format', 'jsonl'], { stdin: lines });
    expect(status).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['0001-first.html', '0003-second-b.html']);
    expect(stdout).toBe(`${join(dir, '0001-first.html')}\n${join(dir, '0003-second-b.html')}\n`);
    const { one } = page(readFileSync(join(dir, '0001-first.html'), 'utf8'));
    expect(textContent(one(byClass('text')))).toBe(SAMPLE);
  });

  test('--out-dir refuses a format that cannot write files', async () => {
    const [status, , stderr] = await runCli(['--out-dir', dir, '--format', 'json']);
    expect(status).toBe(2);
    expect(stderr).toContain('--out-dir');
  });

  test.each([
    ['fixtures/korea-us-talks.txt', 0, '0001-korea-us-talks.html'],
    ['../../etc/passwd', 4, '0005-passwd.html'],
    ['..', 0, '0001.html'],
    ['a b/c:d?e', 9, '0010-c-d-e.html'],
    ['<stdin>:3', 2, '0003-stdin-3.html'],
  ])('the file for %j (record %i) is %s, inside the directory', (source, index, expected) => {
    expect(outFileName(source, index, 'html')).toBe(expected);
  });
});
