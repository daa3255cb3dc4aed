/** Page metadata (src/input/meta.ts): each source in its order of trust, dates as ISO 8601, bylines cleaned. */
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { cleanByline, readPageMeta, toIsoDate } from '../../src/input/meta.js';
import { extract, extractHtml } from '../../src/index.js';

const read = (head: string, body = '') =>
  readPageMeta(parseHTML(`<!doctype html><html lang="en-GB"><head>${head}</head><body>${body}</body></html>`).document as never);

describe('sources', () => {
  test('JSON-LD NewsArticle (in a @graph) comes first', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Site' },
        {
          '@type': 'NewsArticle',
          headline: 'Harbour bridge to close',
          author: [{ '@type': 'Person', name: 'Jane Doe' }, { name: 'John Roe' }],
          datePublished: '2019-05-02T10:14:00+01:00',
          publisher: { name: 'The Daily Harbour' },
          url: 'https://example.org/bridge',
        },
      ],
    };
    const meta = read(`<script type="application/ld+json">${JSON.stringify(ld)}</script><meta property="og:title" content="Other title">`);
    expect(meta).toMatchObject({
      title: 'Harbour bridge to close',
      byline: 'Jane Doe, John Roe',
      published: '2019-05-02T10:14:00+01:00',
      siteName: 'The Daily Harbour',
      url: 'https://example.org/bridge',
      declaredLanguage: 'en-GB',
    });
  });

  test('Open Graph and article meta tags, a canonical link', () => {
    const meta = read(
      '<meta property="og:title" content="Bridge closes | The Daily Harbour"><meta property="og:site_name" content="The Daily Harbour">' +
        '<meta property="article:published_time" content="2019-05-02 10:14:00Z"><meta name="author" content="By Jane Doe">' +
        '<link rel="canonical" href="https://example.org/a?x=1"><meta property="og:url" content="https://example.org/b">',
    );
    expect(meta).toMatchObject({ title: 'Bridge closes', siteName: 'The Daily Harbour', published: '2019-05-02T10:14:00Z', byline: 'Jane Doe', url: 'https://example.org/a?x=1' });
  });

  test('<time datetime> when nothing else dates the page; a site-name title is no headline', () => {
    const meta = read('<meta property="og:title" content="Harbour News"><meta property="og:site_name" content="Harbour News">', '<h1>Bridge closes</h1><p><time datetime="2019-05-02">May 2</time></p>');
    expect(meta).toMatchObject({ title: null, published: '2019-05-02', firstHeading: 'Bridge closes' });
  });

  test('a broken JSON-LD block is skipped, not fatal', () => {
    expect(read('<script type="application/ld+json">{"@type": "NewsArticle", </script><meta property="og:title" content="T">').title).toBe('T');
  });
});

describe('the date of publication: every source read, the most precise that agrees kept', () => {
  const ld = (date: string) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', datePublished: date })}</script>`;
  test.each([
    ['microdata on a <time> with content', '', '<p><time class="stamp" itemprop="datePublished" content="2017-01-18T23:00:00-0800">Jan 18, 2017</time></p>', '2017-01-18T23:00:00-08:00'],
    ['a meta tag named by itemprop as well as property', '<meta property="article:published" itemprop="datePublished" content="2019-02-21T08:00:08.000Z">', '', '2019-02-21T08:00:08.000Z'],
    ['a bare date made precise by a timestamp of the same day', `${ld('2019-02-21')}<meta itemprop="datePublished" content="2019-02-21T08:00:08.000Z">`, '', '2019-02-21T08:00:08.000Z'],
    ['a zoneless time given its zone by a tag with the same minute', `${ld('2017-11-03 03:01:00.000000')}<meta name="published_at" content="2017-11-03T03:01:00-04:00">`, '', '2017-11-03T03:01:00-04:00'],
    ['a later source of another day changes nothing', ld('2019-02-21'), '<p><time datetime="2019-03-01T10:00:00Z">March 1</time></p>', '2019-02-21'],
    ['a later source of another minute changes nothing', ld('2017-11-03T03:01:00'), '<p><time datetime="2017-11-03T07:01:00Z">Nov 3</time></p>', '2017-11-03T03:01:00'],
  ])('%s', (_name, head, body, expected) => expect(read(head, body).published).toBe(expected));
});

describe("the byline: the article's own, never a teaser's", () => {
  const paragraph = 'The council voted on Tuesday to close the old harbour bridge for repairs that will take two years, officials said after a long debate in the chamber.';
  const page = (own: string) =>
    `<!doctype html><html lang="en"><head><title>Harbour bridge to close</title></head><body>
<div class="dropdown"><ul><li class="post"><a href="/ferry">Ferry fares to rise</a><span class="byline"><a href="/john">John Roe</a></span></li></ul></div>
<div class="story-page"><h1>Harbour bridge to close</h1>${own}<div class="text">${`<p>${paragraph}</p>`.repeat(4)}</div></div></body></html>`;

  test('a related story in a drop-down list comes first: its byline is skipped', async () => {
    const e = await extractHtml(page('<span class="byline">By <a rel="author" href="/jane">Jane Doe</a></span>'));
    expect(e.meta.byline).toBe('Jane Doe');
  });

  test("only a teaser's byline: no byline rather than the wrong one", async () => {
    const e = await extractHtml(page(''));
    expect(e.meta.byline).toBeNull();
  });
});

describe('dates as ISO 8601, or null rather than a guess', () => {
  test.each([
    ['2019-02-21', '2019-02-21'],
    ['2016-12-22T18:59:12Z', '2016-12-22T18:59:12Z'],
    ['2015-05-04T13:36:31+02:00', '2015-05-04T13:36:31+02:00'],
    ['2017-01-18T23:00:00-0800', '2017-01-18T23:00:00-08:00'],
    ['2018-04-05 06:00', '2018-04-05T06:00'],
    ['Thu, 01 Dec 2016 14:51:00 GMT', '2016-12-01T14:51:00.000Z'],
    ['Feb. 21, 2019', null],
    ['2019-13-45', null],
    ['', null],
  ])('%j → %j', (input, expected) => expect(toIsoDate(input)).toBe(expected));
});

describe('bylines', () => {
  test.each([
    ['By Jane Doe', 'Jane Doe'],
    ['by Lucas Nolan22 Dec 2016651', 'Lucas Nolan'],
    ['By GILLIAN MOHNEY\n   March 11, 2015 3:46 PM', 'GILLIAN MOHNEY'],
    ['https://www.facebook.com/janedoe', null],
  ])('%j → %j', (input, expected) => expect(cleanByline(input)).toBe(expected));
});

describe('meta on every result', () => {
  test('plain text: only its language', () => {
    expect(extract('The minister said on Monday that the talks in Geneva would go on for another week.').meta).toEqual({
      title: null, byline: null, published: null, siteName: null, url: null, language: 'eng',
    });
  });

  test('extractHtml: the page metadata', async () => {
    const html = '<!doctype html><html lang="en"><head><meta property="og:title" content="Bridge closes"><meta name="author" content="Jane Doe"></head><body><article><p>The council voted on Tuesday to close the harbour bridge for two years, the mayor of Harbour City said.</p></article></body></html>';
    const e = await extractHtml(html, { includeText: true });
    expect(e.meta).toMatchObject({ title: 'Bridge closes', byline: 'Jane Doe', language: 'eng' });
    expect(e.textSource).toBe('html-extracted');
    expect(e.text!.startsWith('Bridge closes\n\nThe council voted')).toBe(true);
  });
});
