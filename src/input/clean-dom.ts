/**
 * A one-pass index of an article's DOM for the cleaning rules (src/input/clean.ts):
 * every element in document order with its letter counts (inside links, italics,
 * <time>), computed bottom-up once so no rule re-reads a subtree: linear time
 * however large or deep the page.
 */

/** The few DOM members used, so the project does not need the DOM lib. */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
  parentNode: DomNode | null;
  getAttribute?(name: string): string | null;
  getAttributeNames?(): ArrayLike<string>;
  setAttribute?(name: string, value: string): void;
  remove?(): void;
}

export const TEXT_NODE = 3;
export const ELEMENT_NODE = 1;

/** Elements that start a new paragraph in the text (src/input/html.ts). */
export const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI',
  'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);

/** Elements whose content never reaches the reader. */
export const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'HEAD']);

const MEDIA = new Set(['IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'IFRAME', 'SVG', 'CANVAS', 'EMBED', 'OBJECT']);
const ITALIC = new Set(['EM', 'I']);

/** One element and what its subtree holds. */
export interface Indexed {
  el: DomNode;
  tag: string;
  /** Index of the parent element in the list, -1 for the root. */
  parent: number;
  /** Index one past the last element of its subtree: the subtree is [index, end). */
  end: number;
  letters: number;
  linkLetters: number;
  italicLetters: number;
  timeLetters: number;
  hasMedia: boolean;
  hasLink: boolean;
  /** A block element below it (so it is not a leaf block). */
  hasBlock: boolean;
  /** Inside a <header> element. */
  inHeader: boolean;
  /** Inside a <blockquote>. */
  inQuote: boolean;
  /** A <blockquote> or <table> below it. */
  hasQuoteOrTable: boolean;
  /** Index of the element sibling before it, -1 for none. */
  prev: number;
  /** Letters of the longest leaf block (paragraph) in its subtree. */
  longestBlock: number;
}

const LETTERS = /\p{L}/gu;

function countLetters(text: string): number {
  let n = 0;
  LETTERS.lastIndex = 0;
  while (LETTERS.exec(text) !== null) n++;
  return n;
}

interface Frame {
  node: DomNode;
  parent: number;
  link: boolean;
  italic: boolean;
  time: boolean;
  header: boolean;
  quote: boolean;
}

/** Index the elements under `root` (root included), in document order. */
export function indexDom(root: DomNode): Indexed[] {
  const list: Indexed[] = [];
  // The last element child seen of each element, to link siblings.
  const lastChild: number[] = [];
  const stack: Frame[] = [{ node: root, parent: -1, link: false, italic: false, time: false, header: false, quote: false }];
  while (stack.length > 0) {
    const f = stack.pop()!;
    const { node } = f;
    if (node.nodeType === TEXT_NODE) {
      const parent = list[f.parent];
      if (!parent) continue;
      const n = countLetters(node.textContent ?? '');
      parent.letters += n;
      if (f.link) parent.linkLetters += n;
      if (f.italic) parent.italicLetters += n;
      if (f.time) parent.timeLetters += n;
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const tag = node.nodeName.toUpperCase();
    if (SKIPPED.has(tag) && tag !== 'SVG' && tag !== 'IFRAME') continue;
    const index = list.length;
    const entry: Indexed = {
      el: node, tag, parent: f.parent, end: index + 1, letters: 0, linkLetters: 0, italicLetters: 0, timeLetters: 0,
      hasMedia: MEDIA.has(tag), hasLink: tag === 'A', hasBlock: false, inHeader: f.header, inQuote: f.quote, hasQuoteOrTable: false,
      prev: f.parent >= 0 ? (lastChild[f.parent] ?? -1) : -1, longestBlock: 0,
    };
    list.push(entry);
    if (f.parent >= 0) lastChild[f.parent] = index;
    if (MEDIA.has(tag)) continue;
    const child: Omit<Frame, 'node'> = {
      parent: index,
      link: f.link || tag === 'A',
      italic: f.italic || ITALIC.has(tag),
      time: f.time || tag === 'TIME',
      header: f.header || tag === 'HEADER',
      quote: f.quote || tag === 'BLOCKQUOTE',
    };
    const children: DomNode[] = [];
    for (let c = node.firstChild; c !== null; c = c.nextSibling) children.push(c);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, ...child });
  }
  // Bottom-up: children come after their parent, so walking backwards sums subtrees.
  for (let i = list.length - 1; i >= 0; i--) {
    const e = list[i]!;
    if (BLOCKS.has(e.tag) && !e.hasBlock) e.longestBlock = e.letters;
    if (i === 0) break;
    const p = list[e.parent]!;
    p.longestBlock = Math.max(p.longestBlock, e.longestBlock);
    p.letters += e.letters;
    p.linkLetters += e.linkLetters;
    p.italicLetters += e.italicLetters;
    p.timeLetters += e.timeLetters;
    p.hasMedia ||= e.hasMedia;
    p.hasLink ||= e.hasLink;
    p.hasBlock ||= e.hasBlock || BLOCKS.has(e.tag);
    p.hasQuoteOrTable ||= e.hasQuoteOrTable || e.tag === 'BLOCKQUOTE' || e.tag === 'TABLE';
    p.end = Math.max(p.end, e.end);
  }
  return list;
}

/** The visible text of a subtree, whitespace collapsed (for leaf blocks: small subtrees). */
export function textOf(node: DomNode): string {
  const parts: string[] = [];
  const stack: DomNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.nodeType === TEXT_NODE) parts.push(n.textContent ?? '');
    else if (n.nodeType === ELEMENT_NODE && !SKIPPED.has(n.nodeName.toUpperCase())) {
      const children: DomNode[] = [];
      for (let c = n.firstChild; c !== null; c = c.nextSibling) children.push(c);
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/**
 * The words of an element's class, id, itemprop and role, lower case:
 * `class="c-lead-image__credit"` → lead, image, credit; `id="EmailOptinM"` → email,
 * optin, m. A word after "no" or "without" says the opposite and is left out:
 * `class="no_caption"` is an item without a caption.
 */
export function nameTokens(node: DomNode): string[] {
  const out: string[] = [];
  for (const attribute of ['class', 'id', 'itemprop', 'role']) {
    const value = node.getAttribute?.(attribute);
    if (!value) continue;
    let previous = '';
    for (const raw of value.replace(/([a-z])([A-Z])/g, '$1 $2').split(/[^A-Za-z]+/)) {
      const word = raw.toLowerCase();
      if (word !== '' && previous !== 'no' && previous !== 'without') out.push(word);
      previous = word;
    }
  }
  return out;
}

/** The words of an element's data-* attribute names: `data-affiliate-link` → affiliate, link. */
export function dataNameTokens(node: DomNode): string[] {
  const out: string[] = [];
  const names = node.getAttributeNames?.();
  if (!names) return out;
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    if (!name.startsWith('data-')) continue;
    for (const word of name.slice(5).toLowerCase().split(/[^a-z]+/)) if (word !== '') out.push(word);
  }
  return out;
}
