/**
 * Clean an article's DOM (Readability's output) down to what a reader reads: the
 * headline, standfirst, paragraphs, block quotes and lists. Photo captions and
 * credits, related links, share and newsletter prompts, bylines, author bios and
 * other furniture are removed, by structure first, then by short known phrases
 * (the word lists src/lexicon/html-*.txt), in three steps:
 *
 *   1. elements: <figure>, <aside>, <nav>..., and elements whose class, id,
 *      itemprop or role names furniture (`class="image-credit"`), unless they hold
 *      a large part of the text;
 *   2. leaf blocks (paragraphs, list items, headings): the ordered BLOCK_RULES
 *      (src/input/clean-rules.ts), each with an id and an example;
 *   3. labels left without their list ("More games news:"), and the headline put
 *      first when the page's body does not start with it.
 *
 * Every step reads the one index of src/input/clean-dom.ts: linear time.
 */
import { lexicon } from '../lexicon/generated/lexicon.js';
import { BLOCKS, dataNameTokens, type DomNode, type Indexed, indexDom, nameTokens, textOf } from './clean-dom.js';
import { type Block, BLOCK_RULES, type CleanContext, normalizeLine, wordCount } from './clean-rules.js';

export type { CleanContext } from './clean-rules.js';

/** Elements that are never article text. */
const FURNITURE_TAGS = new Set([
  'BUTTON', 'SELECT', 'DIALOG', 'MENU', 'FIGURE', 'FIGCAPTION', 'PICTURE', 'VIDEO', 'AUDIO',
  'CANVAS', 'EMBED', 'IFRAME', 'OBJECT', 'SVG', 'NOSCRIPT', 'TEMPLATE', 'SCRIPT', 'STYLE',
]);

/** Elements that hold furniture on most pages but may wrap a whole page (ASP.NET puts everything in a <form>). */
const FURNITURE_BOXES = new Set(['ASIDE', 'NAV', 'FOOTER', 'FORM']);

/** A furniture box with a paragraph longer than this (in letters, some 80 words) holds article text: kept. */
const MAX_FURNITURE_PARAGRAPH = 400;

/** A <time> right inside one of these (not inside a sentence) is a dateline: "<div><time>22 Dec, 2016</time></div>". */
const CONTAINERS = new Set(['DIV', 'HEADER', 'SECTION', 'ARTICLE', 'MAIN', 'BODY']);

/** An element with a furniture class is kept when it holds more than this share of the article's letters. */
const MAX_FURNITURE_SHARE = 0.3;

/** A box of furniture around a matched phrase: at most this many letters and share of the article. */
const BOX_LETTERS = 600;
const BOX_SHARE = 0.25;
/** ... and every other block in it at most this many words ("Monthly", "$7/month", "Cancel anytime."). */
const BOX_LINE_WORDS = 25;

/** A shopping widget around a buy button: its largest ancestor with at most this many letters ("From $610.00 Buy now"). */
const COMMERCE_BOX_LETTERS = 60;
/** A link longer than this (in letters) is no buy button. */
const COMMERCE_LINK_LETTERS = 20;

let furnitureTokens: ReadonlySet<string> | undefined;
let commerceTokens: ReadonlySet<string> | undefined;
/** Class, id, itemprop or role name furniture or a shop; a data-* attribute's name names a shop (data-affiliate-link). */
function isFurnitureName(node: DomNode): boolean {
  furnitureTokens ??= lexicon().htmlFurnitureTokens;
  commerceTokens ??= lexicon().htmlCommerceTokens;
  return (
    nameTokens(node).some((t) => furnitureTokens!.has(t) || commerceTokens!.has(t)) ||
    dataNameTokens(node).some((t) => commerceTokens!.has(t))
  );
}

/**
 * Price widgets found by their button: a link whose whole text is a buy phrase
 * ("Buy now", src/lexicon/html-commerce-links.txt) and the small block around it
 * ("from $610.00"). Returns the flags of the boxes' roots. Each climb stops at
 * COMMERCE_BOX_LETTERS letters or at a box already found: linear time.
 */
function commerceBoxes(list: Indexed[]): boolean[] {
  const boxes = new Array<boolean>(list.length).fill(false);
  const climbed = new Array<boolean>(list.length).fill(false);
  const phrases = lexicon().htmlCommerceLinks;
  for (let i = 1; i < list.length; i++) {
    const e = list[i]!;
    if (e.tag !== 'A' || e.letters === 0 || e.letters > COMMERCE_LINK_LETTERS || !phrases.has(normalizeLine(textOf(e.el)))) continue;
    let box = i;
    for (let p = e.parent; p > 0 && !climbed[p] && list[p]!.letters <= COMMERCE_BOX_LETTERS; p = list[p]!.parent) {
      climbed[p] = true;
      box = p;
    }
    // Only a block goes: a buy link inside a sentence ("you can <a>buy it</a> online") leaves the sentence whole.
    if (BLOCKS.has(list[box]!.tag)) boxes[box] = true;
  }
  return boxes;
}

function remove(node: DomNode): void {
  node.remove?.();
}

/** Small enough to be furniture: not a large part of the text, and no long paragraph in it. */
function isSmall(e: Indexed, total: number): boolean {
  return e.letters <= total * MAX_FURNITURE_SHARE && e.longestBlock <= MAX_FURNITURE_PARAGRAPH;
}

/** Step 1: furniture elements, outermost first; every element of their subtrees is flagged. */
function findFurniture(list: Indexed[], total: number): boolean[] {
  const gone = new Array<boolean>(list.length).fill(false);
  const shops = commerceBoxes(list);
  for (let i = 1; i < list.length; i++) {
    if (gone[i]) continue;
    const e = list[i]!;
    let furniture = false;
    if (shops[i] || (e.el.getAttribute?.(MARK) !== null && e.el.getAttribute?.(MARK) !== undefined)) {
      furniture = true;
    } else if (FURNITURE_TAGS.has(e.tag)) {
      // A figure around a block quote or a table is content, its caption the quote's source.
      const quoteFigure = (x: Indexed | undefined) => x?.tag === 'FIGURE' && x.hasQuoteOrTable;
      furniture = !quoteFigure(e) && !(e.tag === 'FIGCAPTION' && quoteFigure(list[e.parent]));
    } else if (FURNITURE_BOXES.has(e.tag) || isFurnitureName(e.el)) {
      furniture = isSmall(e, total);
    } else if (e.tag === 'TIME') {
      furniture = CONTAINERS.has(list[e.parent]?.tag ?? '');
    } else if ((e.tag === 'UL' || e.tag === 'OL') && list[e.prev]?.tag === 'FIGURE') {
      // A one-item list right after a figure is its caption (photo essays).
      furniture = countChildren(list, i, 'LI') <= 1;
    }
    if (furniture) for (let j = i; j < e.end; j++) gone[j] = true;
  }
  return gone;
}

/** Step 1, removing: returns the flags of the elements gone. */
function removeFurnitureElements(list: Indexed[], total: number): boolean[] {
  const gone = findFurniture(list, total);
  for (let i = 1; i < list.length; i++) if (gone[i] && !gone[list[i]!.parent]) remove(list[i]!.el);
  return gone;
}

function countChildren(list: Indexed[], i: number, tag: string): number {
  let n = 0;
  for (let j = i + 1; j < list[i]!.end; j = list[j]!.end) if (list[j]!.tag === tag) n++;
  return n;
}

/** Leaf blocks (no block below them) still in the article, in reading order. */
function leafBlocks(list: Indexed[], gone: boolean[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < list.length; i++) {
    const e = list[i]!;
    if (gone[i] || !BLOCKS.has(e.tag) || e.hasBlock) continue;
    const text = textOf(e.el);
    if (text === '') continue;
    out.push({ index: i, entry: e, text, line: normalizeLine(text), words: wordCount(text), position: out.length, total: 0 });
  }
  for (const b of out) b.total = out.length;
  return out;
}

/** The blocks inside the subtree [from, end) of the DOM index: a range of `blocks` (sorted by index). */
function blockRange(blocks: Block[], from: number, end: number): [number, number] {
  const first = (x: number) => {
    let lo = 0;
    let hi = blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (blocks[mid]!.index < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return [first(from), first(end)];
}

/**
 * Climb from a block matched by a phrase to the largest ancestor that is a small
 * box of short lines ("Sign up for Command Line ... Monthly $7/month ... We accept
 * credit card"): the whole box goes. Returns the index of the element to remove.
 */
function furnitureBox(list: Indexed[], blocks: Block[], longBefore: number[], block: Block, total: number): number {
  const ownLong = block.words > BOX_LINE_WORDS ? 1 : 0;
  let box = block.index;
  for (let p = block.entry.parent; p > 0; p = list[p]!.parent) {
    const a = list[p]!;
    if (a.letters > BOX_LETTERS || a.letters > total * BOX_SHARE) break;
    const [lo, hi] = blockRange(blocks, p, a.end);
    if (longBefore[hi]! - longBefore[lo]! - ownLong > 0) break;
    box = p;
  }
  return box;
}

/** The attribute that marks furniture found on the whole page, for the cleaning after Readability. */
const MARK = 'data-newsclaims-furniture';

/**
 * Step 1 on a whole page before Readability reads it, marking instead of removing
 * (Readability's choice of the article stays its own): Readability unwraps a
 * `<div class="newsletter"><p>...</p></div>` into its paragraph and the class is
 * lost, so every element inside the box is marked, and the cleaning after
 * Readability removes what it kept of them.
 */
export function markFurniture(root: DomNode): { list: Indexed[]; furniture: boolean[] } {
  const list = indexDom(root);
  const furniture = findFurniture(list, list[0]?.letters ?? 0);
  for (let i = 0; i < list.length; i++) if (furniture[i]) list[i]!.el.setAttribute?.(MARK, '');
  // The index and the flags, for what else is read off the whole page (the standfirst).
  return { list, furniture };
}

/** Ids of the rules that removed each block, for tests and `explain`. */
export type CleanReport = { rule: string; text: string }[];

/** What cleaning found: the blocks removed, and whether the article opens with its own headline. */
export interface CleanResult {
  removed: CleanReport;
  /** The first block kept is a headline: an <h1>, or marked as one ("l-article__hed", itemprop="headline"). */
  startsWithHeadline: boolean;
}

const HEADLINE_NAMES = new Set(['headline', 'hed', 'title']);

/** Remove the furniture from `root` in place; returns what was removed and how the article now opens. */
export function cleanArticle(root: DomNode, context: CleanContext): CleanResult {
  const list = indexDom(root);
  const total = list[0]?.letters ?? 0;
  const gone = removeFurnitureElements(list, total);
  const blocks = leafBlocks(list, gone);
  const report: CleanReport = [];
  const removed = new Set<Block>();
  const shingles = countShingles(blocks);
  const ctx = { ...context, shingles };
  // How many blocks of more than BOX_LINE_WORDS words come before each block.
  const longBefore = [0];
  for (const b of blocks) longBefore.push(longBefore.at(-1)! + (b.words > BOX_LINE_WORDS ? 1 : 0));
  const apply = (block: Block, rules: typeof BLOCK_RULES) => {
    if (removed.has(block)) return;
    const rule = rules.find((r) => r.when(block, ctx));
    if (!rule) return;
    report.push({ rule: rule.id, text: block.text });
    const target = rule.box ? furnitureBox(list, blocks, longBefore, block, total) : block.index;
    remove(list[target]!.el);
    const [lo, hi] = blockRange(blocks, target, list[target]!.end);
    for (let k = lo; k < hi; k++) {
      if (removed.has(blocks[k]!)) continue;
      removed.add(blocks[k]!);
      forgetShingles(shingles, blocks[k]!);
    }
  };
  const early = BLOCK_RULES.filter((r) => !r.late);
  const late = BLOCK_RULES.filter((r) => r.late);
  for (const block of blocks) apply(block, early);
  // Places among the blocks kept: the bio before a removed print-edition box is still last.
  const kept = blocks.filter((b) => !removed.has(b));
  kept.forEach((b, k) => Object.assign(b, { position: k, total: kept.length }));
  for (const block of kept) apply(block, late);
  // Labels whose list went: "More games news:" before removed links, "check out the footage below:" at the end.
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k]!;
    if (removed.has(b) || !b.text.endsWith(':')) continue;
    const next = blocks[k + 1];
    // A last block ending with a colon introduces nothing ("check out the footage below:"); others are short labels.
    if (b.words > (next === undefined ? 40 : 8)) continue;
    // Alone in its box ("<section><p>Cookie Search:</p></section>" before the article): nothing it introduces.
    const box = list[b.entry.parent];
    if (next === undefined || removed.has(next) || (box !== undefined && b.entry.parent > 0 && next.index >= box.end)) {
      removed.add(b);
      report.push({ rule: 'orphan-label', text: b.text });
      remove(b.entry.el);
    }
  }
  const first = blocks.find((b) => !removed.has(b));
  const headline =
    first !== undefined &&
    (first.entry.tag === 'H1' ||
      nameTokens(first.entry.el).some((t) => HEADLINE_NAMES.has(t)) ||
      (context.title !== null && first.line === normalizeLine(context.title)));
  return { removed: report, startsWithHeadline: headline };
}

/** Word 4-grams of each block, counted over the article, to find blocks repeated elsewhere (pull quotes). */
function countShingles(blocks: Block[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const b of blocks) {
    // Each 4-gram once per block: "list: [ list: [" repeats inside one block, not elsewhere.
    b.shingles = [...new Set(shinglesOf(b.line))];
    for (const s of b.shingles) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return counts;
}

function forgetShingles(counts: Map<string, number>, block: Block): void {
  for (const s of block.shingles ?? []) counts.set(s, (counts.get(s) ?? 1) - 1);
}

function shinglesOf(line: string): string[] {
  const words = line.split(' ').map((w) => w.replace(/[^\p{L}\p{N}]/gu, '')).filter((w) => w !== '');
  const out: string[] = [];
  for (let i = 0; i + 4 <= words.length; i++) out.push(words.slice(i, i + 4).join(' '));
  return out;
}

