/**
 * Cap how deeply HTML elements nest, before the page is parsed. linkedom's parser
 * (and Readability after it) cost more per element the deeper the tree: 200,000
 * nested `<div>` took 33 s. Browsers flatten too (Blink stops nesting at 512
 * levels). Tags past `maxDepth` are dropped with their end tags; their text stays,
 * in the deepest element kept, so no word of the page is lost.
 *
 * One pass over the markup with a small hand-written scanner (no regular
 * expression that could backtrack on an unclosed quote or comment): linear time.
 */

/** Elements that never have content, so never nest ("<br>", "<img ...>"). */
const VOID = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

/** Elements whose content is raw text up to their end tag ("<script>if (a < b) ...</script>"). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);

/**
 * Elements whose end tag may be left out: a second `<p>` or `<li>` right inside the
 * first closes it rather than nesting ("<li>a<li>b" is two siblings).
 */
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th', 'rp', 'rt']);

/** Default depth: where Blink's HTML parser stops nesting. */
export const MAX_DEPTH = 512;

/** Where the tag that starts at `lt` ends (the index after its ">"), honouring quoted attribute values. */
function tagEnd(html: string, lt: number): number {
  let quote = '';
  for (let i = lt + 1; i < html.length; i++) {
    const c = html[i];
    if (quote !== '') {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      // Quotes only count inside the tag, after its name: "<a title='x>y'>".
      if (html[i - 1] === '=' || /\s/.test(html[i - 1] ?? '')) quote = c;
    } else if (c === '>') {
      return i + 1;
    }
  }
  return html.length;
}

/** The lower-case name of the tag starting at `lt` ("<DIV class>" → "div", "</p>" → "p"). */
function tagName(html: string, lt: number, closing: boolean): string {
  let i = lt + (closing ? 2 : 1);
  const start = i;
  while (i < html.length && /[A-Za-z0-9:-]/.test(html[i]!)) i++;
  return html.slice(start, i).toLowerCase();
}

/**
 * Return `html` with elements nested deeper than `maxDepth` unwrapped (their start
 * and end tags removed, their content kept). Input that never nests that deep is
 * returned unchanged (the same string).
 */
export function capNesting(html: string, maxDepth = MAX_DEPTH): string {
  const stack: string[] = [];
  // How many start tags of each name were dropped and still wait for their end tag.
  const dropped = new Map<string, number>();
  const parts: string[] = [];
  let copied = 0;
  let changed = false;
  const drop = (from: number, to: number) => {
    parts.push(html.slice(copied, from));
    copied = to;
    changed = true;
  };
  let lower: string | null = null;
  let i = html.indexOf('<');
  while (i !== -1 && i < html.length) {
    const next = html[i + 1] ?? '';
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4);
      i = close === -1 ? html.length : close + 3;
    } else if (next === '!' || next === '?') {
      i = tagEnd(html, i);
    } else if (next === '/' && /[A-Za-z]/.test(html[i + 2] ?? '')) {
      const name = tagName(html, i, true);
      const end = tagEnd(html, i);
      const waiting = dropped.get(name) ?? 0;
      if (waiting > 0) {
        dropped.set(name, waiting - 1);
        drop(i, end);
      } else {
        const at = stack.lastIndexOf(name);
        if (at !== -1) stack.length = at;
      }
      i = end;
    } else if (/[A-Za-z]/.test(next)) {
      const name = tagName(html, i, false);
      const end = tagEnd(html, i);
      const selfClosed = html[end - 2] === '/';
      if (RAW_TEXT.has(name)) {
        // Skip the raw text: its "<" are not tags. (Never dropped: it holds no elements.)
        lower ??= html.toLowerCase();
        const close = lower.indexOf(`</${name}`, end);
        i = close === -1 ? html.length : close;
        continue;
      }
      if (!VOID.has(name) && !selfClosed) {
        if (SELF_CLOSING_SIBLINGS.has(name) && stack.at(-1) === name) stack.pop();
        if (stack.length >= maxDepth) {
          dropped.set(name, (dropped.get(name) ?? 0) + 1);
          drop(i, end);
        } else {
          stack.push(name);
        }
      }
      i = end;
    } else {
      i++;
    }
    i = html.indexOf('<', i);
  }
  if (!changed) return html;
  parts.push(html.slice(copied));
  return parts.join('');
}
