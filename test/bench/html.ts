/**
 * The HTML figure of the benchmark (issue 14): time per byte of HTML on a 100 KB
 * and a 2 MB page, flat and deeply nested, for the HTML stage (nesting cap, parse,
 * Readability, cleaning: page to text) and for the whole (page to result, as
 * `extractHtml`). Linear cost gives a ratio near 1; the target is within 1.5x. The markup is made up here, its
 * paragraphs cut from the corpus texts (all different: repeated paragraphs would be
 * dropped as pull quotes and the large page would cost nothing).
 */
import { htmlToText } from '../../src/input/html.js';
import { extract } from '../../src/index.js';
import { median } from './measure.js';

/**
 * A news-like block around one paragraph of real text, with the furniture the
 * cleaner removes: caption, credit, related link, share prompt.
 */
function unit(paragraph: string, i: number): string {
  return (
    `<div class="story-block"><p>${paragraph}</p>` +
    `<figure><img src="${i}.jpg"><figcaption>Photo ${i} of the day. <span class="credit">Agency</span></figcaption></figure>` +
    `<p><a href="/related/${i}">Related: story number ${i}</a></p></div>\n`
  );
}

/** Paragraphs of about 300 characters cut from corpus texts, escaped for HTML. */
function paragraphs(texts: string[]): string[] {
  const out: string[] = [];
  for (const text of texts) {
    const flat = text.replace(/\s+/g, ' ').replace(/&/g, '&amp;').replace(/</g, '&lt;');
    for (let i = 0; i + 200 <= flat.length; i += 300) out.push(flat.slice(i, i + 300));
  }
  return out;
}

function page(body: string): string {
  return `<!doctype html><html lang="en"><head><title>Bench page</title><meta property="og:title" content="Bench page"></head><body><nav><a href="/">Home</a></nav><article>${body}</article></body></html>`;
}

/** A flat page of about `bytes` bytes: one block after another. */
export function flatPage(paras: string[], bytes: number): string {
  const blocks: string[] = [];
  for (let size = 0, i = 0; size < bytes; i++) {
    const b = unit(paras[i % paras.length]!, i);
    blocks.push(b);
    size += b.length;
  }
  return page(blocks.join(''));
}

/** A page of about `bytes` bytes where each block sits one <div> deeper than the one before (thousands of levels at 2 MB). */
export function nestedPage(paras: string[], bytes: number): string {
  const blocks: string[] = [];
  let n = 0;
  for (let size = 0; size < bytes; n++) {
    const b = `<div class="level">${unit(paras[n % paras.length]!, n)}`;
    blocks.push(b);
    size += b.length + 6;
  }
  return page(`${blocks.join('')}${'</div>'.repeat(n)}`);
}

export interface HtmlScaling {
  name: string;
  smallBytes: number;
  largeBytes: number;
  /** Page to text (src/input/html.ts), microseconds per KB of HTML at each size, and large over small. */
  htmlSmallUsPerKb: number;
  htmlLargeUsPerKb: number;
  htmlRatio: number;
  /** Page to result (`extractHtml`), microseconds per KB of HTML, and large over small. */
  totalSmallUsPerKb: number;
  totalLargeUsPerKb: number;
  totalRatio: number;
  /** Characters of text per KB of HTML at each size (the extraction's share of the cost follows it). */
  smallTextPerKb: number;
  largeTextPerKb: number;
}

interface Timing {
  html: number;
  total: number;
  text: number;
}

/** Page to text, then text to result, `times` times over: milliseconds of each, characters of text. */
async function timePage(html: string, times: number): Promise<Timing> {
  let htmlMs = 0;
  let totalMs = 0;
  let text = 0;
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    const article = await htmlToText(html);
    const t1 = performance.now();
    extract(article.text, { meta: { title: article.title } });
    totalMs += performance.now() - t0;
    htmlMs += t1 - t0;
    text += article.text.length;
  }
  return { html: htmlMs, total: totalMs, text };
}

/**
 * Time each page per byte at `small` and `large` bytes: the small page as many times
 * as it takes to make up the large one, medians of `runs`.
 */
export async function htmlScaling(texts: string[], small = 100_000, large = 2_000_000, runs = 2): Promise<HtmlScaling[]> {
  const out: HtmlScaling[] = [];
  const paras = paragraphs(texts);
  for (const [name, make] of [['flat', flatPage], ['nested', nestedPage]] as const) {
    // The small page takes its paragraphs from the middle, so its text is not the large page's first part.
    const a = make(paras.slice(Math.floor(paras.length / 2)), small);
    const b = make(paras, large);
    const times = Math.max(1, Math.round(b.length / a.length));
    await timePage(a, 1);
    const smalls: Timing[] = [];
    const larges: Timing[] = [];
    for (let r = 0; r < runs; r++) {
      smalls.push(await timePage(a, times));
      larges.push(await timePage(b, 1));
    }
    const perKb = (ts: Timing[], key: 'html' | 'total', bytes: number) => (median(ts.map((t) => t[key])) * 1000) / (bytes / 1000);
    const hs = perKb(smalls, 'html', a.length * times);
    const hl = perKb(larges, 'html', b.length);
    const ts = perKb(smalls, 'total', a.length * times);
    const tl = perKb(larges, 'total', b.length);
    out.push({
      name,
      smallBytes: a.length,
      largeBytes: b.length,
      htmlSmallUsPerKb: hs,
      htmlLargeUsPerKb: hl,
      htmlRatio: hl / hs,
      totalSmallUsPerKb: ts,
      totalLargeUsPerKb: tl,
      totalRatio: tl / ts,
      smallTextPerKb: smalls[0]!.text / times / (a.length / 1000),
      largeTextPerKb: larges[0]!.text / (b.length / 1000),
    });
  }
  return out;
}
