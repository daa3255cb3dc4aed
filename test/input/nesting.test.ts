/** Capping nesting before parsing (src/input/nesting.ts): text kept, depth bounded, ordinary pages untouched. */
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { capNesting } from '../../src/input/nesting.js';

function depthOf(html: string): number {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  let max = 0;
  const stack: [any, number][] = [[document.body, 0]];
  while (stack.length > 0) {
    const [node, d] = stack.pop()!;
    max = Math.max(max, d);
    for (let c = node.firstElementChild; c; c = c.nextElementSibling) stack.push([c, d + 1]);
  }
  return max;
}

describe('capNesting', () => {
  test('a page that nests less is returned as it is', () => {
    const html = '<div class="a"><p>One <b>two</b></p><ul><li>x<li>y</ul><script>if (a < b) { x = "<div>"; }</script></div>';
    expect(capNesting(html, 4)).toBe(html);
  });

  test.each([
    ['div', 100_000],
    ['span', 10_000],
  ])('<%s> nested %d deep: every element and the text kept, at most the cap of depth', (tag, n) => {
    const html = `${`<${tag} class="x">`.repeat(n)}deep text${`</${tag}>`.repeat(n)}<p>after</p>`;
    const flat = capNesting(html, 64);
    expect(depthOf(flat)).toBeLessThanOrEqual(64);
    const { document } = parseHTML(`<!doctype html><html><body>${flat}</body></html>`);
    expect(document.body.textContent).toBe('deep textafter');
    expect(document.querySelectorAll(tag).length).toBe(n);
    expect(document.body.lastElementChild?.tagName).toBe('P');
  });

  test('blocks past the cap stay blocks, beside each other', () => {
    const html = `${'<div>'.repeat(20)}${'<div><p>One.</p><figure><figcaption>Caption</figcaption></figure>'.repeat(30)}${'</div>'.repeat(50)}`;
    const { document } = parseHTML(`<!doctype html><html><body>${capNesting(html, 10)}</body></html>`);
    expect(document.querySelectorAll('p').length).toBe(30);
    expect(document.querySelectorAll('figcaption').length).toBe(30);
  });

  test('quoted ">" in attributes, comments and raw text do not confuse it', () => {
    const html = `${'<div title="a > b">'.repeat(10)}<!-- <div> -->${'<section data-x=\'<div>\'>'.repeat(10)}<style>div > p {}</style>x${'</section>'.repeat(10)}${'</div>'.repeat(10)}`;
    // The <style> (raw text, no children) may sit one level below the cap.
    expect(depthOf(capNesting(html, 5))).toBeLessThanOrEqual(6);
    expect(capNesting(html, 50)).toBe(html);
  });

  test('unclosed <p> and <li> siblings do not count as nesting', () => {
    const html = `<ul>${'<li>item'.repeat(2000)}</ul>${'<p>para'.repeat(2000)}`;
    expect(capNesting(html, 8)).toBe(html);
  });
});
