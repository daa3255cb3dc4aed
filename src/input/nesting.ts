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

/** An end tag is matched against this many open elements at most (a stray one deeper down is ignored). */
const MATCH_WINDOW = 64;

/** Where the tag that starts at `lt` ends (the index after its ">"), honouring quoted attribute values. */
function tagEnd(html: string, lt: number): number {
  let quote = -1;
  for (let i = lt + 1; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (quote !== -1) {
      if (c === quote) quote = -1;
    } else if (c === 0x22 || c === 0x27) {
      // Quotes only count inside the tag, after "=" or a space: "<a title='x>y'>".
      const before = html.charCodeAt(i - 1);
      if (before === 0x3d || before === 0x20 || before === 0x0a || before === 0x09) quote = c;
    } else if (c === 0x3e) {
      return i + 1;
    }
  }
  return html.length;
}

function isNameChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x3a || c === 0x2d;
}

function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** The lower-case name of the tag starting at `lt` ("<DIV class>" → "div", "</p>" → "p"). */
function tagName(html: string, lt: number, closing: boolean): string {
  let i = lt + (closing ? 2 : 1);
  const start = i;
  while (i < html.length && isNameChar(html.charCodeAt(i))) i++;
  return html.slice(start, i).toLowerCase();
}

/** An element open in the original markup, and whether it is still open in the output. */
interface Open {
  name: string;
  open: boolean;
}

/**
 * Return `html` with nesting bounded to `maxDepth` levels, as Blink does: an
 * element that would open deeper is opened where the deepest one was, after
 * closing it (so it becomes that element's sibling), and the end tag of the
 * element closed early is dropped. Every element and all the text are kept.
 * Input that never nests that deep is returned unchanged (the same string).
 */
export function capNesting(html: string, maxDepth = MAX_DEPTH): string {
  // The elements open in the original markup (mirrors its nesting, however deep).
  const stack: Open[] = [];
  let depth = 0; // of them, how many are open in the output
  const parts: string[] = [];
  let copied = 0;
  let changed = false;
  /** Replace html[from, to) by `text` in the output. */
  const replace = (from: number, to: number, text: string) => {
    parts.push(html.slice(copied, from), text);
    copied = to;
    changed = true;
  };
  /** Pop the stack down to `length`, closing in the output those still open there; returns their end tags. */
  const popTo = (length: number, closeInOutput: boolean): string => {
    let tags = '';
    while (stack.length > length) {
      const e = stack.pop()!;
      if (!e.open) continue;
      depth--;
      if (closeInOutput) tags += `</${e.name}>`;
    }
    return tags;
  };
  let lower: string | null = null;
  let i = html.indexOf('<');
  while (i !== -1 && i < html.length) {
    const next = html.charCodeAt(i + 1);
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4);
      i = close === -1 ? html.length : close + 3;
    } else if (next === 0x21 || next === 0x3f) {
      i = tagEnd(html, i);
    } else if (next === 0x2f && isLetter(html.charCodeAt(i + 2))) {
      const name = tagName(html, i, true);
      const end = tagEnd(html, i);
      let at = -1;
      for (let k = stack.length - 1; k >= 0 && k >= stack.length - MATCH_WINDOW; k--) {
        if (stack[k]!.name === name) {
          at = k;
          break;
        }
      }
      if (at !== -1) {
        if (stack[at]!.open) {
          // The parser closes everything above it with it.
          popTo(at, false);
        } else {
          // Closed early already: drop this end tag, but close what is still open above it.
          replace(i, end, popTo(at, true));
        }
      }
      i = end;
    } else if (isLetter(next)) {
      const name = tagName(html, i, false);
      const end = tagEnd(html, i);
      if (RAW_TEXT.has(name)) {
        // Skip the raw text: its "<" are not tags. (It holds no elements.)
        lower ??= html.toLowerCase();
        const close = lower.indexOf(`</${name}`, end);
        i = close === -1 ? html.length : close;
        continue;
      }
      if (!VOID.has(name) && html.charCodeAt(end - 2) !== 0x2f) {
        const top = stack.at(-1);
        if (top && SELF_CLOSING_SIBLINGS.has(name) && top.name === name) popTo(stack.length - 1, false);
        const deepest = stack.at(-1);
        if (depth >= maxDepth && deepest?.open) {
          // Too deep: close the deepest element first, so this one opens beside it.
          deepest.open = false;
          depth--;
          replace(i, i, `</${deepest.name}>`);
        }
        stack.push({ name, open: true });
        depth++;
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
