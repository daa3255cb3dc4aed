/**
 * The rules that drop a leaf block (a paragraph, list item or heading) of an
 * article's DOM as furniture, in order: the first that fires removes the block.
 * Each has an id and an example (a block of HTML it removes); a generated test
 * checks that every example fires its rule (test/input/clean-rules.test.ts).
 * Word lists: src/lexicon/html-*.txt.
 */
import { lexicon } from '../lexicon/generated/lexicon.js';
import type { Indexed } from './clean-dom.js';

/** A leaf block of the article, with its text. */
export interface Block {
  /** Index of its element in the DOM index. */
  index: number;
  entry: Indexed;
  /** Its text, whitespace collapsed. */
  text: string;
  /** The text lower case, with closing punctuation and spacing normalised, for phrase look-ups. */
  line: string;
  words: number;
  /** 0-based position among the article's blocks, and their number. */
  position: number;
  total: number;
  /** Word 4-grams (set by the cleaner). */
  shingles?: string[];
}

/** What the page says about itself: the headline and byline from its metadata. */
export interface CleanContext {
  title: string | null;
  byline: string | null;
}

/** What the rules may look at besides the block. */
export interface RuleContext extends CleanContext {
  /** How often each 4-gram occurs in the blocks still kept. */
  shingles: Map<string, number>;
}

export interface BlockRule {
  id: string;
  /** A block of HTML the rule removes (checked by a test). */
  example: string;
  /** Remove the small box of short lines around the block too ("Sign up ... Monthly $7/month ..."). */
  box?: boolean;
  /**
   * Judged in a second pass, on the blocks the others kept: rules that look at a
   * block's place ("among the last three") must not count furniture removed after it.
   */
  late?: boolean;
  when: (block: Block, ctx: RuleContext) => boolean;
}

/** Lower case, spaces collapsed, closing punctuation and spaces trimmed: "Advertisement." → "advertisement". */
export function normalizeLine(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').replace(/[\s.:;,!|•·–—-]+$/u, '').trim();
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

let lineSet: ReadonlySet<string> | undefined;
let creditWords: ReadonlySet<string> | undefined;

/** At most this many words for a block to be taken for furniture by its first words. */
const OPENER_WORDS = 40;
/** Author bios are among the last blocks, and short. */
const BIO_POSITION = 3;
const BIO_WORDS = 80;
/** A pull quote or repeated paragraph: this many words, most of its 4-grams found elsewhere. */
const REPEAT_WORDS = [8, 40] as const;
const REPEAT_SHARE = 0.8;

const LETTER = /\p{L}/u;
/** A paragraph that opens with a quotation mark is a quotation, which an article may repeat to discuss it. */
const QUOTE_MARK = /^["“‘«„']/u;
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** "(Thomas Coex/AFP/Getty Images)" or "(Reuters)" closing a paragraph. */
const CLOSING_PARENTHESIS = /\(([^()]{2,80})\)\s*$/u;

function isPhotoCredit(text: string): boolean {
  const inside = CLOSING_PARENTHESIS.exec(text)?.[1];
  if (!inside || !/^\p{Lu}/u.test(inside.trim())) return false;
  if (/\p{L}\s*\/\s*\p{L}/u.test(inside)) return true;
  creditWords ??= lexicon().htmlCreditWords;
  return inside.toLowerCase().split(/[^\p{L}]+/u).some((w) => creditWords!.has(w));
}

/** The byline's names: "Jane Doe, John Roe" → ["jane doe", "john roe"]. */
function bylineNames(byline: string | null): string[] {
  if (!byline) return [];
  return byline.toLowerCase().split(/\s*(?:,|\band\b|&)\s*/).filter((n) => n.split(' ').length >= 2);
}

/**
 * A paragraph (not a heading, not a block quote or quotation: an article may quote
 * twice on purpose) whose words are nearly all in another block: a pull quote.
 */
function repeatedElsewhere(block: Block, ctx: RuleContext): boolean {
  const shingles = block.shingles ?? [];
  if (block.entry.tag !== 'P' || block.entry.inQuote || QUOTE_MARK.test(block.text)) return false;
  if (block.words < REPEAT_WORDS[0] || block.words > REPEAT_WORDS[1] || shingles.length === 0) return false;
  // The block counts its own 4-grams once: more than one means another block has it too.
  const found = shingles.filter((s) => (ctx.shingles.get(s) ?? 0) > 1).length;
  return found >= shingles.length * REPEAT_SHARE;
}

export const BLOCK_RULES: BlockRule[] = [
  {
    id: 'no-letters',
    example: '<p>1 / 5</p>',
    when: (b) => !LETTER.test(b.text),
  },
  {
    id: 'furniture-line',
    example: '<p>Advertisement</p>',
    box: true,
    when: (b) => {
      lineSet ??= lexicon().htmlFurnitureLines;
      return lineSet.has(b.line);
    },
  },
  {
    id: 'furniture-opener',
    example: '<p>Sign up for our morning newsletter and get the news first.</p>',
    box: true,
    when: (b) => b.words <= OPENER_WORDS && [...lexicon().htmlFurnitureOpeners].some((o) => b.line.startsWith(o)),
  },
  {
    id: 'furniture-closer',
    example: '<p>Jane Doe in Paris contributed to this report.</p>',
    when: (b) => b.words <= OPENER_WORDS && [...lexicon().htmlFurnitureClosers].some((c) => b.line.endsWith(c)),
  },
  {
    id: 'link-only',
    example: '<p><a href="/other">Five things we learned from the budget</a></p>',
    // Not headings: a listicle links its section titles ("<h3><a>Game One</a> ($30)</h3>").
    when: (b) => !HEADINGS.has(b.entry.tag) && b.entry.letters > 0 && b.entry.linkLetters === b.entry.letters,
  },
  {
    id: 'italic-note',
    example: '<p><em>Read the <a href="/series">whole series</a> here.</em></p>',
    late: true,
    when: (b) =>
      b.entry.italicLetters >= b.entry.letters * 0.9 &&
      b.words <= 60 &&
      (b.entry.hasLink || b.entry.hasMedia || b.position >= b.total - 2),
  },
  {
    id: 'photo-credit',
    example: '<p>The minister arrives at the summit on Monday. (Jane Doe/Agency Images)</p>',
    when: (b) => b.words <= 80 && isPhotoCredit(b.text),
  },
  {
    id: 'time-only',
    example: '<p><time datetime="2019-02-21">Feb. 21, 2019</time></p>',
    when: (b) => b.entry.timeLetters > 0 && b.entry.timeLetters === b.entry.letters,
  },
  {
    id: 'byline',
    example: '<p>By Jane Doe</p>',
    when: (b, ctx) => {
      const line = b.line.replace(/^by /, '');
      return bylineNames(ctx.byline).some((n) => line === n) || (ctx.byline !== null && line === ctx.byline.toLowerCase());
    },
  },
  {
    id: 'author-bio',
    example: '<p>Jane Doe covers energy and climate for the paper.</p>',
    late: true,
    when: (b, ctx) =>
      b.position >= b.total - BIO_POSITION &&
      b.words <= BIO_WORDS &&
      bylineNames(ctx.byline).some((n) => b.line.startsWith(`${n} `)),
  },
  {
    id: 'header-kicker',
    example: '<header><h4>Biz &amp; IT —</h4></header>',
    when: (b, ctx) => b.entry.inHeader && b.words < 4 && (ctx.title === null || b.line !== normalizeLine(ctx.title)),
  },
  {
    id: 'repeated',
    example: '<p>It is easiest to judge the new headset on what will not change next year</p>',
    when: repeatedElsewhere,
  },
];
