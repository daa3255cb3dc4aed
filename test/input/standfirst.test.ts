/**
 * The standfirst (src/input/standfirst.ts): found on the whole page before
 * Readability, put back after the headline when the kept article lacks it, never
 * twice, never a teaser's dek or a summary the page does not show. Pages written here.
 */
import { describe, expect, test } from 'vitest';
import { htmlToText } from '../../src/input/html.js';
import { STANDFIRST_RULES, withStandfirst } from '../../src/input/standfirst.js';
import { extractHtml } from '../../src/index.js';
import { problems } from '../helpers/validate.js';

const HEADLINE = 'Harbour bridge to close for two years';
const DEK = 'Repairs to the crossing, which opened in 1931, start in May and will cost the city more than it planned.';
const BODY = [
  'The council voted on Tuesday to close the old harbour bridge for repairs that will take two years, officials said, after a long debate in which several members asked for a cheaper plan.',
  'Engineers found cracks in three of its steel supports during an inspection in March, and the city engineer, Maria Lopez, said the bridge could not stay open through another winter without them.',
  'Traffic will be sent over the northern crossing, which the council says can carry the extra cars with some delays at rush hour, and buses will get their own lane on it for the two years.',
];

/** A page whose header (headline, standfirst) sits outside the article body, as on many news sites. */
const page = ({ head = '', dek = `<p class="article-dek">${DEK}</p>`, inBody = '', after = '' } = {}) =>
  `<!doctype html><html lang="en"><head><title>${HEADLINE} - The Daily Harbour</title>
<meta property="og:title" content="${HEADLINE}">${head}</head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<div class="page-header"><h1>${HEADLINE}</h1>${dek}<div class="meta"><span>May 2, 2019</span></div></div>
<div class="layout"><div class="main-column"><div class="story-body">${inBody}${BODY.map((p) => `<p>${p}</p>`).join('\n')}</div></div>
<div class="rail"><ul class="more-stories"><li><a href="/a">Ferry fares to rise</a><p class="teaser-dek">Operators blame the price of fuel and the cost of new boats.</p></li></ul></div></div>
${after}<footer>© The Daily Harbour</footer></body></html>`;

const paragraphs = (text: string) => text.split('\n\n');

describe('every standfirst rule finds the standfirst of its example', () => {
  test.each(STANDFIRST_RULES.map((r) => [r.id, r.example]))('%s', async (id, example) => {
    const { standfirst } = await htmlToText(`<!doctype html><html lang="en">${example}</html>`);
    expect(standfirst?.rule).toBe(id);
  });
});

describe('the standfirst is put back after the headline', () => {
  test.each([
    ['an element named as a standfirst', {}],
    ['the page summary shown under the headline', { head: `<meta property="og:description" content="${DEK}">`, dek: `<h2>${DEK}</h2>` }],
    ['a summary shown with curly quotes', { head: `<meta name="description" content="${DEK.replace('the city', "the city's budget")}">`, dek: `<h2>${DEK.replace('the city', 'the city’s budget')}</h2>` }],
  ])('%s', async (_name, parts) => {
    const { text } = await htmlToText(page(parts));
    expect(paragraphs(text).slice(0, 3)).toEqual([HEADLINE, expect.stringContaining('Repairs to the crossing'), BODY[0]]);
  });

  test('offsets refer to the text with the standfirst in it', async () => {
    const e = await extractHtml(page(), { includeText: true });
    expect(e.text!.split('\n\n')[1]).toBe(DEK);
    expect(e.people.map((p) => p.name)).toContain('Maria Lopez');
    expect(problems(e, e.text!)).toEqual([]);
  });
});

describe('no standfirst is made up, none comes twice', () => {
  test('a standfirst the article kept is not repeated', async () => {
    const { text } = await htmlToText(page({ dek: '', inBody: `<p class="standfirst">${DEK}</p>` }));
    expect(text.split(DEK)).toHaveLength(2);
  });

  test('a summary the page does not show is not added', async () => {
    const { text, standfirst } = await htmlToText(page({ head: `<meta property="og:description" content="${DEK}">`, dek: '' }));
    expect(standfirst).toBeNull();
    expect(text).not.toContain('Repairs to the crossing');
  });

  test("a teaser's dek after the body is no standfirst", async () => {
    const { text, standfirst } = await htmlToText(page({ dek: '' }));
    expect(standfirst).toBeNull();
    expect(text).not.toContain('price of fuel');
  });

  test('a summary repeating the headline is no standfirst', async () => {
    const { standfirst } = await htmlToText(page({ head: `<meta name="description" content="${HEADLINE}">`, dek: '' }));
    expect(standfirst).toBeNull();
  });

  test('withStandfirst: after the first paragraph, first without a headline, unchanged when there', () => {
    expect(withStandfirst('Head\n\nBody.', 'Dek.', true)).toBe('Head\n\nDek.\n\nBody.');
    expect(withStandfirst('Body.', 'Dek.', false)).toBe('Dek.\n\nBody.');
    expect(withStandfirst('Head\n\nDek\n\nBody.', 'Dek.', true)).toBe('Head\n\nDek\n\nBody.');
    expect(withStandfirst('', 'Dek.', true)).toBe('');
  });
});
