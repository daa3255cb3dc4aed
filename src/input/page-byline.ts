/**
 * The byline shown on the page, for pages whose metadata names no author:
 * Readability takes the first element that looks like a byline, which on some
 * pages is a related story's ("<li><a>Other story</a><span class="byline">…</span></li>"
 * in a menu). Here teasers are skipped and the byline nearest after the headline
 * wins. Reads the one DOM index of src/input/clean-dom.ts.
 */
import { type Indexed, nameTokens, textOf } from './clean-dom.js';
import { cleanByline } from './meta.js';
import { headlineIndex, type StandfirstPage } from './standfirst.js';

/** Class, id or itemprop words that mark an author's name. */
const BYLINE_NAMES = new Set(['byline', 'author']);
/** A byline is short: at most this many letters (Readability's own limit is 100 characters). */
const MAX_LETTERS = 80;
/** Inside these, a byline is another story's (a teaser in a list, a sidebar, a menu, a footer). */
const TEASER_TAGS = new Set(['LI', 'ASIDE', 'NAV', 'FOOTER']);
/** Candidates looked at, at most: the cost stays bounded whatever the page. */
const MAX_CANDIDATES = 50;

function isBylineElement(e: Indexed): boolean {
  if (e.letters === 0 || e.letters > MAX_LETTERS) return false;
  if (/(?:^|\s)author(?:\s|$)/i.test(e.el.getAttribute?.('rel') ?? '')) return true;
  return nameTokens(e.el).some((t) => BYLINE_NAMES.has(t));
}

function inTeaser(list: Indexed[], i: number): boolean {
  for (let p = list[i]!.parent; p > 0; p = list[p]!.parent) if (TEASER_TAGS.has(list[p]!.tag)) return true;
  return false;
}

/** The bylines shown on the page: the article's own (nearest after the headline), and those of teasers. */
export interface PageBylines {
  own: string | null;
  teasers: Set<string>;
}

/**
 * The bylines of the page: `own` is the first byline element after the headline
 * outside teasers (else the first outside teasers); `teasers` the names in bylines
 * of other stories, which are never the article's.
 */
export function pageBylines(page: StandfirstPage): PageBylines {
  const { list } = page;
  const headline = headlineIndex(page);
  let own: string | null = null;
  let before: string | null = null;
  const teasers = new Set<string>();
  let seen = 0;
  for (let i = 1; i < list.length && seen < MAX_CANDIDATES; i++) {
    const e = list[i]!;
    if (!isBylineElement(e)) continue;
    seen++;
    const name = cleanByline(textOf(e.el));
    if (name !== null) {
      if (inTeaser(list, i)) teasers.add(name);
      else if (headline < 0 || i > headline) own ??= name;
      else before ??= name;
    }
    // The elements inside it are the same byline: the outermost holds the whole name.
    i = e.end - 1;
  }
  return { own: own ?? before, teasers };
}
