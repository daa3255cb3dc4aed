/**
 * HTML input for the library: find the article in a page (src/input/html.ts), then
 * extract from its text. The CLI, its worker threads and `newsclaims check` call
 * this too, so a page gives the same result however it is read.
 */
import { extract } from '../pipeline/index.js';
import type { Extraction, ExtractOptions } from '../types.js';
import { htmlToText } from './html.js';

/**
 * Extract from an HTML page: the article body is found with Readability and turned
 * into text; offsets refer to that text (`includeText` adds it as `text`) and
 * `textSource` is "html-extracted".
 */
export async function extractHtml(html: string, options: ExtractOptions = {}): Promise<Extraction> {
  const { text } = await htmlToText(html);
  const result = extract(text, options);
  result.textSource = 'html-extracted';
  return result;
}
