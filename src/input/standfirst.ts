/**
 * The standfirst (dek): the sentence or two under a headline that sums up the
 * article. Readability often drops it with the page's header, so it is found on the
 * whole page before Readability runs, by the ordered STANDFIRST_RULES below, and put
 * back after the headline when the kept article does not already hold it
 * (src/input/html.ts). Both rules read the one DOM index of src/input/clean-dom.ts:
 * linear time.
 */
import { lexicon } from '../lexicon/generated/lexicon.js';
import { BLOCKS, type Indexed, nameTokens, textOf } from './clean-dom.js';
import { normalizeLine } from './clean-rules.js';

/** What the rules read: the page's index, its furniture and what its metadata says. */
export interface StandfirstPage {
  list: Indexed[];
  /** Elements inside furniture (src/input/clean.ts `markFurniture`). */
  furniture: boolean[];
  /** The page's own summaries: og:description, twitter:description, description, JSON-LD description. */
  descriptions: string[];
  title: string | null;
}

export interface StandfirstRule {
  id: string;
  /** A page (head and body) on which the rule finds the standfirst (checked by a test). */
  example: string;
  find: (page: StandfirstPage) => string | null;
}

/** A standfirst has at least this many letters (a label or a date is none)... */
const MIN_LETTERS = 20;
/** ... and at most this many (a paragraph of the body is none). */
const MAX_LETTERS = 600;
/** A leaf block with more letters than this (some 20 words) after the headline is the body: the standfirst comes before it. */
const BODY_LETTERS = 100;

const isLeafBlock = (e: Indexed) => BLOCKS.has(e.tag) && !e.hasBlock;
const inRange = (e: Indexed) => e.letters >= MIN_LETTERS && e.letters <= MAX_LETTERS && e.linkLetters < e.letters / 2;

const LETTER = /\p{L}/gu;
const letterCount = (text: string) => text.match(LETTER)?.length ?? 0;

/**
 * The headline's element: the first <h1> outside furniture with the page's title as
 * its text, else the first <h1> outside furniture. Only <h1>s as long as the title
 * are read, so a page of many headings costs no more than its index.
 */
export function headlineIndex(page: StandfirstPage): number {
  const { list, furniture, title } = page;
  const wanted = title === null ? null : normalizeLine(title);
  const wantedLetters = title === null ? -1 : letterCount(title);
  let first = -1;
  for (let i = 0; i < list.length; i++) {
    const e = list[i]!;
    if (e.tag !== 'H1' || furniture[i]) continue;
    if (first < 0) first = i;
    if (wanted !== null && e.letters === wantedLetters && normalizeLine(textOf(e.el)) === wanted) return i;
  }
  return first;
}

let standfirstTokens: ReadonlySet<string> | undefined;

export const STANDFIRST_RULES: StandfirstRule[] = [
  {
    id: 'standfirst-description',
    // The page's own summary shown as a block of its body, outside furniture and links.
    example:
      '<head><meta property="og:description" content="Repairs to the old crossing start in May and will last two years."></head>' +
      '<body><h1>Bridge to close</h1><h2>Repairs to the old crossing start in May and will last two years.</h2></body>',
    find: ({ list, furniture, descriptions, title }) => {
      const wanted = new Map<number, Set<string>>();
      const headline = title === null ? null : normalizeLine(title);
      for (const d of descriptions) {
        const n = letterCount(d);
        // A summary that repeats the headline is no standfirst.
        if (n < MIN_LETTERS || normalizeLine(d) === headline) continue;
        if (!wanted.has(n)) wanted.set(n, new Set());
        wanted.get(n)!.add(normalizeLine(d));
      }
      if (wanted.size === 0) return null;
      for (let i = 1; i < list.length; i++) {
        const e = list[i]!;
        // The headline itself (an <h1>) is no standfirst, whatever the summary says.
        if (furniture[i] || e.tag === 'H1' || !isLeafBlock(e) || !inRange(e)) continue;
        const lines = wanted.get(e.letters);
        if (!lines) continue;
        const text = textOf(e.el);
        if (lines.has(normalizeLine(text))) return text;
      }
      return null;
    },
  },
  {
    id: 'standfirst-element',
    // An element named as a standfirst between the headline and the body (never a teaser's dek further on).
    example: '<body><h1>Bridge to close</h1><p class="article-dek">Repairs to the old crossing start in May.</p></body>',
    find: (page) => {
      const { list, furniture } = page;
      const h1 = headlineIndex(page);
      if (h1 < 0) return null;
      standfirstTokens ??= lexicon().htmlStandfirstTokens;
      for (let i = list[h1]!.end; i < list.length; i++) {
        const e = list[i]!;
        if (furniture[i]) continue;
        if (e.tag === 'H1') return null;
        if (inRange(e) && nameTokens(e.el).some((t) => standfirstTokens!.has(t))) return textOf(e.el);
        if (isLeafBlock(e) && e.letters > BODY_LETTERS) return null;
      }
      return null;
    },
  },
];

/** The page's standfirst and the rule that found it, or null. */
export function findStandfirst(page: StandfirstPage): { rule: string; text: string } | null {
  for (const rule of STANDFIRST_RULES) {
    const text = rule.find(page);
    if (text !== null && text !== '') return { rule: rule.id, text };
  }
  return null;
}

/** Lower case, quotes and spaces made alike: for "is it already in the text?". */
function comparable(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');
}

/**
 * The article's text with its standfirst after the headline (first paragraph), or
 * first when the text opens with no headline; unchanged when the text already holds
 * it, anywhere (never twice).
 */
export function withStandfirst(text: string, standfirst: string | null, headlineFirst: boolean): string {
  if (standfirst === null || text === '') return text;
  if (comparable(text).includes(comparable(standfirst).trim().replace(/[\s.:;,!|•·–—-]+$/u, ''))) return text;
  if (!headlineFirst) return `${standfirst}\n\n${text}`;
  const cut = text.indexOf('\n\n');
  return cut < 0 ? `${text}\n\n${standfirst}` : `${text.slice(0, cut)}\n\n${standfirst}${text.slice(cut)}`;
}
