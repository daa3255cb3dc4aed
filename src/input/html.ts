/**
 * HTML input: find the article body with Mozilla's Readability on linkedom (a light
 * DOM), clean it of captions, credits, related links and other furniture
 * (src/input/clean.ts), then turn it into plain text with one blank line between
 * blocks and the headline first. Both libraries are loaded with a dynamic import on
 * first use, so plain-text runs never pay for them. Offsets in the extraction refer
 * to the text returned here.
 */
import { cleanArticle, type CleanReport, markFurniture } from './clean.js';
import { BLOCKS, type DomNode, ELEMENT_NODE, SKIPPED, TEXT_NODE } from './clean-dom.js';
import { type PageMeta, type ReadabilityMeta, readPageMeta, withReadability } from './meta.js';
import { looksLikeHtml } from './detect.js';
import { capNesting } from './nesting.js';
import { type PageBylines, pageBylines } from './page-byline.js';
import { findStandfirst, withStandfirst } from './standfirst.js';

export { isHtmlPath, looksLikeHtml } from './detect.js';

/**
 * The children of a node, first to last. Walks the sibling links: on linkedom,
 * `childNodes[i]` costs O(i), so indexing would make a flat page quadratic.
 */
function childrenOf(node: DomNode): DomNode[] {
  const out: DomNode[] = [];
  for (let child = node.firstChild; child !== null; child = child.nextSibling) out.push(child);
  return out;
}

/**
 * Plain text of a DOM subtree: blocks separated by a blank line, whitespace inside a
 * block collapsed. Walks with an explicit stack, so 100,000 nested tags cannot
 * overflow the call stack.
 */
export function textOfNode(root: DomNode): string {
  const paragraphs: string[] = [];
  // Lines of the current block: a <br> ends a line, not the block.
  let lines: string[] = [];
  let current = '';
  const endLine = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text !== '') lines.push(text);
    current = '';
  };
  const flush = () => {
    endLine();
    if (lines.length > 0) paragraphs.push(lines.join('\n'));
    lines = [];
  };
  // Entries are nodes to visit, or the string "end" marking the close of a block.
  const stack: (DomNode | 'end')[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === 'end') {
      flush();
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      current += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED.has(name)) continue;
    if (name === 'BR') endLine();
    const block = BLOCKS.has(name);
    if (block) {
      flush();
      stack.push('end');
    }
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  flush();
  return paragraphs.join('\n\n');
}

/**
 * Pages with this many elements skip Readability and give their whole body's text:
 * Readability's scoring grows faster than the page (10,000 elements take 0.9 s,
 * 28,000 take 4 s), and hostile input must not run away. News pages have a few thousand.
 */
const MAX_ELEMENTS = 20_000;

/** Count the elements under `root`, stopping at `limit`. */
function countElements(root: DomNode, limit: number): number {
  let n = 0;
  const stack: DomNode[] = [root];
  while (stack.length > 0 && n < limit) {
    const node = stack.pop()!;
    if (node.nodeType !== ELEMENT_NODE) continue;
    n++;
    for (const child of childrenOf(node)) stack.push(child);
  }
  return n;
}

/** The article text of an HTML page and what the page says about it. */
export interface HtmlArticle {
  text: string;
  /** The headline (kept as the first paragraph of `text`). */
  title: string | null;
  meta: PageMeta;
  /** The blocks the cleaning rules removed, with the rule's id (for tests and debugging). */
  removed: CleanReport;
  /** The standfirst found on the page and the rule that found it (src/input/standfirst.ts), kept once in `text`. */
  standfirst: { rule: string; text: string } | null;
}

interface Page {
  body: DomNode | null;
}
type ParseHtml = (html: string) => { document: Page };

/** The page as a document; a fragment ("<p>Text</p>") gets a body, since linkedom builds none for it. */
function parsePage(parseHTML: ParseHtml, html: string): Page {
  const page = looksLikeHtml(html) || /<body[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  return parseHTML(page).document;
}

/**
 * Clean a DOM body (src/input/clean.ts) and give its text, with the headline first
 * and the standfirst after it (when the text does not hold it yet).
 */
function cleanText(body: DomNode | null, meta: PageMeta, removed: CleanReport, standfirst: string | null): string {
  if (!body) return '';
  const cleaned = cleanArticle(body, { title: meta.title, byline: meta.byline });
  removed.push(...cleaned.removed);
  const text = textOfNode(body);
  if (text === '') return text;
  // The page's own headline is in the text (cleaning kept it first), or the one from its metadata goes first.
  if (cleaned.startsWithHeadline || meta.title === null) return withStandfirst(text, standfirst, cleaned.startsWithHeadline);
  return withStandfirst(`${meta.title}\n\n${text}`, standfirst, true);
}

/**
 * Extract the article of an HTML page as plain text, cleaned of captions, credits,
 * related links and other furniture, with the headline first. Falls back to the
 * whole (cleaned) body when Readability finds no article (a page of links, a
 * fragment). Nesting deeper than 512 levels is flattened first (linear time).
 */
export async function htmlToText(html: string): Promise<HtmlArticle> {
  const [{ parseHTML: parse }, { Readability }] = await Promise.all([import('linkedom'), import('@mozilla/readability')]);
  const parseHTML = parse as unknown as ParseHtml;
  const source = capNesting(html);
  const document = parsePage(parseHTML, source);
  let meta = readPageMeta(document as never);
  // Furniture is marked before Readability: it unwraps the boxes whose class says what they are.
  // The standfirst is found then too: Readability often drops it with the page's header.
  let standfirst: HtmlArticle['standfirst'] = null;
  let bylines: PageBylines = { own: null, teasers: new Set() };
  if (document.body) {
    const { list, furniture } = markFurniture(document.body);
    const page = { list, furniture, descriptions: meta.descriptions, title: meta.title };
    standfirst = findStandfirst(page);
    bylines = pageBylines(page);
  }
  let article: { content?: string | null | undefined } & ReadabilityMeta = {};
  let usedReadability = false;
  // Readability's own maxElemsToParse counts nothing on linkedom, so count here.
  if (document.body && countElements(document.body, MAX_ELEMENTS) < MAX_ELEMENTS) {
    usedReadability = true;
    try {
      article = new Readability(document as never, { keepClasses: true }).parse() ?? {};
    } catch {
      // Readability gives up on some malformed pages; the body's text is still usable.
      article = {};
    }
    meta = withReadability(meta, article, bylines);
  }
  let text = '';
  const removed: CleanReport = [];
  if (article.content) {
    text = cleanText(parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body, meta, removed, standfirst?.text ?? null);
  }
  if (text === '') {
    // Readability rewrote the document it read: take the body from a fresh parse.
    removed.length = 0;
    text = cleanText((usedReadability ? parsePage(parseHTML, source) : document).body, meta, removed, standfirst?.text ?? null);
  }
  return { text, title: meta.title, meta, removed, standfirst };
}
