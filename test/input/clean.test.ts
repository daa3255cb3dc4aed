/**
 * Cleaning an article's HTML (src/input/clean.ts): each rule's example fires it,
 * paired blocks that look alike are kept, and one small page per class of leak
 * seen on real news pages comes out as its article only. Pages written here.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { type CleanContext, cleanArticle } from '../../src/input/clean.js';
import type { DomNode } from '../../src/input/clean-dom.js';
import { BLOCK_RULES } from '../../src/input/clean-rules.js';
import { htmlToText } from '../../src/input/html.js';
import { extractHtml } from '../../src/index.js';
import { problems } from '../helpers/validate.js';

const BODY = [
  '<p>The council voted on Tuesday to close the old harbour bridge for repairs that will take two years, officials said.</p>',
  '<p>Engineers found cracks in three of its steel supports during an inspection in March, and it is easiest to judge the new headset on what will not change next year, one of them joked.</p>',
  '<p>Traffic will be sent over the northern crossing, which the council says can carry the extra cars with some delays at rush hour.</p>',
].join('');
const CONTEXT: CleanContext = { title: 'Harbour bridge to close for two years', byline: 'Jane Doe' };

function clean(html: string, context = CONTEXT) {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const result = cleanArticle(document.body as unknown as DomNode, context);
  return { ...result, text: (document.body.textContent ?? '').replace(/\s+/g, ' ').trim() };
}

describe('every block rule fires on its example', () => {
  test.each(BLOCK_RULES.map((r) => [r.id, r.example]))('%s: %s', (id, example) => {
    // The example goes between article paragraphs (and last, for rules that look at the end).
    const { removed } = clean(`<article>${BODY}${example}</article>`);
    expect(removed.map((r) => r.rule)).toContain(id);
  });
});

describe('blocks that look like furniture but are article text are kept', () => {
  test.each([
    ['a listicle heading that is a link', '<h3><a href="/buy">“Harbour Quest”</a> ($20)</h3><p>A game about bridges.</p>'],
    ['a quoted paragraph repeated on purpose', '<p>“The council voted on Tuesday to close the old harbour bridge for repairs,” she wrote.</p>'],
    ['a colon before its quotation', '<p>She added:</p><blockquote><p>We will reopen it.</p></blockquote>'],
    ['a block quote in a figure', '<figure><blockquote><p>Bridges are promises.</p></blockquote><figcaption>— A poet</figcaption></figure>'],
    ['a paragraph ending with a fraction in brackets', '<p>The vote was close, with nine of seventeen members in favour (9/17).</p>'],
    ['a heading repeating words of the text', '<h2>Traffic will be sent over the northern crossing</h2>'],
    ['an element that says it has no caption', '<div class="item no_caption"><h2>The mother of the engineer spoke to reporters on Wednesday morning.</h2></div>'],
    ['an italic paragraph in the middle', '<p><em>The bridge opened in 1931 and has never closed before.</em></p>'],
    ['a buy link inside a sentence', '<p>The guide costs $5, and readers can <a href="/guide">buy it</a> at the town hall.</p>'],
  ])('%s', (_name, html) => {
    const { document } = parseHTML(`<body>${html}</body>`);
    const expected = (document.body.textContent ?? '').replace(/\s+/g, ' ').trim();
    const { text, removed } = clean(`<article>${BODY.slice(0, BODY.indexOf('</p>') + 4)}${html}${BODY.slice(BODY.indexOf('</p>') + 4)}</article>`);
    expect(removed).toEqual([]);
    expect(text).toContain(expected);
  });
});

/** A page with the article and one class of leak; the text must hold the article and none of the leak. */
const page = (leak: string, head = '') =>
  `<!doctype html><html lang="en"><head><title>Harbour bridge to close for two years - The Daily Harbour</title>
<meta property="og:title" content="Harbour bridge to close for two years"><meta name="author" content="Jane Doe">${head}</head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Harbour bridge to close for two years</h1>
<p class="standfirst">Repairs to the 1931 crossing start in May.</p>${leak}${BODY}
<blockquote><p>We have no choice, the steel is tired.</p></blockquote><ul><li>Buses will run every ten minutes.</li><li>Ferries will run at night.</li></ul>
</article><footer>© The Daily Harbour</footer></body></html>`;

const ARTICLE = [
  'Harbour bridge to close for two years',
  'Repairs to the 1931 crossing start in May.',
  'The council voted on Tuesday',
  'Engineers found cracks',
  'Traffic will be sent over the northern crossing',
  'We have no choice, the steel is tired.',
  'Buses will run every ten minutes.',
  'Ferries will run at night.',
];

describe('one page per class of leak: the article, and none of the leak', () => {
  test.each([
    ['a photo caption in a figure', '<figure><img src="a.jpg"><figcaption>Cars queue on the bridge on Monday.</figcaption></figure>', ['Cars queue']],
    ['a credit glued to the caption', '<figure><img src="a.jpg"><figcaption><span>The bridge at dawn.</span><span class="credit">CreditJohn Roe/The Daily Harbour</span></figcaption></figure>', ['John Roe', 'dawn']],
    ['a caption with its credit in brackets', '<p>The mayor visits the bridge on Monday. (Ann Lee/City Images)</p>', ['Ann Lee', 'mayor visits']],
    ['a caption list after a figure', '<figure><img src="b.jpg"></figure><ul><li><p>Divers inspect the supports</p></li></ul>', ['Divers']],
    ['a caption class on a paragraph', '<p class="image-caption">Workers paint the rails. Photo: Supplied</p>', ['Workers paint']],
    ['related links in an aside', '<aside><h3>Related</h3><a href="/x">Tunnel plan revived</a></aside>', ['Tunnel plan']],
    ['a related block by class', '<div class="related-stories"><p>Five things we learned from the budget</p></div>', ['Five things']],
    ['a link-only paragraph', '<p><a href="/rich">Rich city, poor roads: a ranking</a></p>', ['Rich city']],
    ['a "Related:" line', '<p>Related: <a href="/y">Ferry fares to rise</a></p>', ['Ferry fares']],
    ['a "[Read: ...]" line', '<p>[Read: <a href="/z">How the bridge was built</a>]</p>', ['How the bridge']],
    ['a "Read more:" list', '<p>Read more:</p><ul><li><a href="/1">Council budget cut</a></li><li><a href="/2">Mayor under fire</a></li></ul>', ['Council budget', 'Mayor under', 'Read more']],
    ['"Continue reading the main story"', '<p>Continue reading the main story</p>', ['Continue reading']],
    ['"Powered by"', '<p>Powered by Harbourtech</p>', ['Harbourtech']],
    ['a dateline block', '<div class="dateline"><p>Harbour City (Daily Harbour) First published May 2, 2019: 10:14 AM ET</p></div>', ['First published']],
    ['a date of its own', '<div><time datetime="2019-05-02">May 2, 2019</time></div>', ['May 2, 2019']],
    ['a newsletter prompt', '<div class="newsletter-signup"><p>Get the morning briefing in your inbox.</p></div>', ['morning briefing']],
    ['a sign-up box', '<div><p>Sign up for Harbour Daily, our free newsletter.</p><div><p>Monthly</p><p>$5/month</p><p>Cancel anytime.</p></div></div>', ['Sign up', 'Monthly', 'Cancel anytime']],
    ['share prompts', '<div class="share-tools"><p>Share this article</p><p>Twitter</p></div>', ['Share this']],
    ['an italic promo with a link', '<p><em>[Want more? <a href="/n">Get Harbour Today in your inbox</a>.]</em></p>', ['Harbour Today']],
    ['a byline and an author bio', '<p>By Jane Doe</p>', ['By Jane Doe']],
    ['a price widget around a buy button', '<div class="box"><div class="cell"><span>from</span> <span>$49.99</span></div><div class="cell"><a href="/go/1">Buy now</a></div></div>', ['$49.99', 'Buy now']],
    ['a price box by class', '<div class="product-price"><p>Harbour lamp: $49.99 at Quayside Stores</p></div>', ['$49.99']],
    ['a shop widget by data attribute', '<div data-affiliate-widget="lamp"><p>Harbour lamp, $49.99 at Quayside Stores</p></div>', ['$49.99']],
  ])('%s', async (_name, leak, leaked) => {
    const { text } = await htmlToText(page(leak));
    for (const line of ARTICLE) expect(text).toContain(line);
    for (const line of leaked) expect(text).not.toContain(line);
    expect(text).not.toContain('Home');
    expect(text).not.toContain('©');
  });

  test('an author bio at the end, after a print-edition box', async () => {
    const end = '<p>Jane Doe covers transport for the paper.</p><div><p>A version of this article appears in print on</p><p>, on Page</p><p>A</p><p>12</p></div>';
    const { text } = await htmlToText(page('').replace('</article>', `${end}</article>`));
    for (const line of ARTICLE) expect(text).toContain(line);
    expect(text).not.toMatch(/covers transport|appears in print|on Page/);
  });

  test('a pull quote repeating a sentence of the text', async () => {
    const { text } = await htmlToText(page('<p>It is easiest to judge the new headset on what will not change next year</p>'));
    expect(text.match(/easiest to judge/g)).toHaveLength(1);
  });

  test('headings of other articles do not become entities', async () => {
    const e = await extractHtml(page('<ul class="more"><li><a href="/a">Rich Kowalski wins Harbour City mayoral race</a></li></ul>'), { includeText: true });
    expect(e.people.map((p) => p.name)).not.toContain('Rich Kowalski');
    expect(problems(e, e.text!)).toEqual([]);
  });

  test('the headline is the first paragraph, from the page when it has none in the body', async () => {
    const { text } = await htmlToText(page('').replace('<h1>Harbour bridge to close for two years</h1>', ''));
    expect(text.split('\n\n')[0]).toBe('Harbour bridge to close for two years');
    expect(text.match(/Harbour bridge to close/g)).toHaveLength(1);
  });
});

describe('cost', () => {
  test('10,000 furniture lines and 10,000 link paragraphs are cleaned in one pass', () => {
    const parts = Array.from({ length: 10_000 }, (_, i) => `<p>Advertisement</p><p><a href="/x">Other story</a></p><p>Paragraph ${i} tells part ${i} of it.</p>`);
    const html = `<article>${parts.join('')}</article>`;
    const { removed, text } = clean(html);
    expect(removed).toHaveLength(20_000);
    expect(text).not.toContain('Advertisement');
  });
});
