/**
 * `extractHtml`: the library's way in for a web page. The page is checked against
 * `maxBytes` before it is parsed, its article extracted and cleaned
 * (src/input/html.ts), and the text goes through the same `extract` as any
 * article, with the page's metadata and declared language.
 */
import { extract } from '../pipeline/index.js';
import type { Extraction, HtmlOptions } from '../types.js';
import { htmlToText } from './html.js';
import { checkBytes, defaultMaxBytes } from './limits.js';

/**
 * Extract from an HTML page: offsets refer to the extracted text (`includeText`
 * copies it into the result as `text`), `textSource` is "html-extracted" and `meta`
 * holds the page's title, byline, date, site name and canonical URL. Throws
 * `InputTooLargeError` for a page over `maxBytes` (default 4 × `maxChars`) and
 * `InputTooLongError` when its text is over `maxChars`.
 */
export async function extractHtml(html: string, options: HtmlOptions = {}): Promise<Extraction> {
  const { maxBytes, ...extractOptions } = options;
  checkBytes(html, maxBytes ?? defaultMaxBytes(options.maxChars));
  const { text, meta } = await htmlToText(html);
  const { declaredLanguage, firstHeading: _, descriptions: __, ...pageMeta } = meta;
  const result = extract(text, { ...extractOptions, meta: pageMeta, declaredLanguage });
  result.textSource = 'html-extracted';
  return result;
}
