/**
 * One unit of work for the CLI: an article's text (or HTML) and its source name.
 * `extractArticle` is what both the in-process engine and the worker threads call,
 * so there is one code path from input to `extract`.
 */
import { checkBytes, defaultMaxBytes } from '../input/limits.js';
import { extract } from '../pipeline/index.js';
import type { Extraction, HtmlOptions } from '../types.js';

/** An article to extract: plain text, or HTML whose body is extracted first. */
export interface Article {
  text: string;
  source: string;
  html: boolean;
}

/** Extract one article; HTML is turned into text first and the result says so. Over `maxBytes` it throws before parsing. */
export async function extractArticle(article: Article, options: HtmlOptions): Promise<Extraction> {
  if (article.html) {
    // The HTML modules (cleaning, metadata, nesting) load only for HTML: plain-text start-up stays lean.
    const { extractHtml } = await import('../input/extract-html.js');
    return extractHtml(article.text, { ...options, source: article.source });
  }
  checkBytes(article.text, options.maxBytes ?? defaultMaxBytes(options.maxChars));
  const { maxBytes: _, ...extractOptions } = options;
  return extract(article.text, { ...extractOptions, source: article.source });
}
