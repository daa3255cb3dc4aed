/**
 * One unit of work for the CLI: an article's text (or HTML) and its source name.
 * `extractArticle` is what both the in-process engine and the worker threads call,
 * so there is one code path from input to `extract`.
 */
import { extractHtml } from '../input/extract-html.js';
import { extract } from '../pipeline/index.js';
import type { Extraction, ExtractOptions } from '../types.js';

/** An article to extract: plain text, or HTML whose body is extracted first. */
export interface Article {
  text: string;
  source: string;
  html: boolean;
}

/** Extract one article; HTML is turned into text first and the result says so. */
export async function extractArticle(article: Article, options: ExtractOptions): Promise<Extraction> {
  if (!article.html) return extract(article.text, { ...options, source: article.source });
  return extractHtml(article.text, { ...options, source: article.source });
}
