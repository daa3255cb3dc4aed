/**
 * A light DOM for tests: parse HTML with parse5 (as a browser would), query it,
 * and print a normalised form for golden comparisons (attributes sorted,
 * whitespace between tags ignored, whitespace inside the article kept, the
 * stylesheet left out).
 */
import { type DefaultTreeAdapterTypes as T, parse } from 'parse5';

export type Element = T.Element;

/** Parse a whole page. */
export function parseHtml(html: string): T.Document {
  return parse(html);
}

function isElement(node: T.Node): node is T.Element {
  return 'tagName' in node;
}

function children(node: T.Node): T.ChildNode[] {
  return 'childNodes' in node ? node.childNodes : [];
}

/** Every element under `node` (document order) that `test` accepts. */
export function findAll(node: T.Node, test: (e: T.Element) => boolean): T.Element[] {
  const out: T.Element[] = [];
  const walk = (n: T.Node) => {
    if (isElement(n) && test(n)) out.push(n);
    children(n).forEach(walk);
  };
  walk(node);
  return out;
}

/** An attribute's value, or undefined. */
export function attr(e: T.Element, name: string): string | undefined {
  return e.attrs.find((a) => a.name === name)?.value;
}

/** Does the element's class list contain `name`? */
export function hasClass(e: T.Element, name: string): boolean {
  return (attr(e, 'class') ?? '').split(/\s+/).includes(name);
}

/** The concatenated text of a node, as the DOM's textContent. */
export function textContent(node: T.Node): string {
  if (node.nodeName === '#text') return (node as T.TextNode).value;
  return children(node).map(textContent).join('');
}

/** A canonical, line-per-node print of the page for golden comparisons. */
export function normalizeDom(html: string): string {
  const lines: string[] = [];
  const walk = (node: T.Node, depth: number, keepSpace: boolean) => {
    const pad = '  '.repeat(depth);
    if (node.nodeName === '#text') {
      const value = (node as T.TextNode).value;
      if (keepSpace) lines.push(`${pad}${JSON.stringify(value)}`);
      else if (value.trim()) lines.push(`${pad}${JSON.stringify(value.replace(/\s+/g, ' ').trim())}`);
      return;
    }
    if (!isElement(node)) {
      children(node).forEach((c) => walk(c, depth, keepSpace));
      return;
    }
    const attrs = [...node.attrs]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((a) => ` ${a.name}=${JSON.stringify(a.value.replace(/\s+/g, ' ').trim())}`);
    lines.push(`${pad}<${node.tagName}${attrs.join('')}>`);
    if (node.tagName === 'style') {
      // The stylesheet is checked in the browser test; here only the structure counts.
      lines.push(`${pad}  (stylesheet)`);
      return;
    }
    const inside = keepSpace || hasClass(node, 'text');
    children(node).forEach((c) => walk(c, depth + 1, inside));
  };
  walk(parseHtml(html), 0, false);
  return `${lines.join('\n')}\n`;
}
