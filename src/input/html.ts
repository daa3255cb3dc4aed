/**
 * HTML input: find the article body with Mozilla's Readability on linkedom (a light
 * DOM), then turn it into plain text with one blank line between blocks. Both
 * libraries are loaded with a dynamic import on first use, so plain-text runs never
 * pay for them. Offsets in the extraction refer to the text returned here.
 */

/** Does this input look like an HTML document ("<!doctype html", "<html")? */
export function looksLikeHtml(text: string): boolean {
  // Only the first few hundred characters: a BOM, whitespace and comments may come first.
  const head = text.slice(0, 512).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}

/** Does this path name an HTML file (.html, .htm)? */
export function isHtmlPath(path: string): boolean {
  return /\.html?$/i.test(path);
}

// The few DOM members the walker needs, so the project does not need the DOM lib.
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
}

/**
 * The children of a node, first to last. Walks the sibling links: on linkedom,
 * `childNodes[i]` costs O(i), so indexing would make a flat page quadratic.
 */
function childrenOf(node: DomNode): DomNode[] {
  const out: DomNode[] = [];
  for (let child = node.firstChild; child !== null; child = child.nextSibling) out.push(child);
  return out;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Elements whose content never reaches the reader. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'HEAD']);

/** Elements that start a new paragraph ("<li>First</li><li>Second</li>" is two lines, not "FirstSecond"). */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI',
  'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);

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

/** The article text of an HTML page. */
export interface HtmlArticle {
  text: string;
  title: string | null;
}

/**
 * Extract the article body of an HTML page as plain text. Falls back to the whole
 * body when Readability finds no article (a page of links, a fragment).
 */
export async function htmlToText(html: string): Promise<HtmlArticle> {
  const [{ parseHTML }, { Readability }] = await Promise.all([import('linkedom'), import('@mozilla/readability')]);
  // linkedom builds no <body> for a fragment ("<p>Text</p>"), so give it one.
  const page = looksLikeHtml(html) || /<body[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  const { document } = parseHTML(page);
  const title = (document.title as string | undefined)?.trim() || null;
  // Readability changes the document it reads, so read the body's text first for the fallback.
  const fallback = document.body ? textOfNode(document.body as unknown as DomNode) : '';
  let article: { content?: string | null | undefined } | null = null;
  try {
    // Readability's own maxElemsToParse counts nothing on linkedom, so count here.
    if (document.body && countElements(document.body as unknown as DomNode, MAX_ELEMENTS) < MAX_ELEMENTS) {
      article = new Readability(document as never).parse();
    }
  } catch {
    // Readability gives up on some malformed pages; the body's text is still usable.
    article = null;
  }
  if (!article?.content) return { text: fallback, title };
  const { document: body } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  const text = textOfNode(body.body as unknown as DomNode);
  return { text: text === '' ? fallback : text, title };
}
