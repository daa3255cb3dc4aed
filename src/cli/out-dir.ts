/**
 * `--out-dir DIR`: one file per article (or JSONL record) instead of one stream.
 * It wraps the chosen reporter: each item is rendered as a whole single-article
 * output and written to DIR, and the path written goes to stdout (one a line).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Reporter } from '../reporters/index.js';
import { printable } from '../reporters/printable.js';
import { CliError, describeError, EXIT } from './errors.js';

/** Extensions of article files, dropped from the name so "page.html" gives "0001-page.html", not "page.html.html". */
const DOCUMENT_EXTENSION = /\.(?:txt|text|md|html?|xhtml)$/i;

/**
 * A safe file name for an article: its 1-based number (unique, keeps input
 * order) and its source, reduced to letters, digits, ".", "_" and "-"
 * ("fixtures/korea-us-talks.txt" → "0001-korea-us-talks.html").
 */
export function outFileName(source: string, index: number, extension: string): string {
  const base = basename(source.replace(/\\/g, '/')).replace(DOCUMENT_EXTENSION, '');
  const slug = trimDotsAndDashes(base.slice(0, 200).replace(/[^A-Za-z0-9._-]+/g, '-')).slice(0, 60);
  return `${String(index + 1).padStart(4, '0')}${slug ? `-${slug}` : ''}.${extension}`;
}

/** Trim leading and trailing "." and "-" with a loop (an unanchored /[.-]+$/ is quadratic on "....x"). */
function trimDotsAndDashes(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (text[start] === '.' || text[start] === '-')) start++;
  while (end > start && (text[end - 1] === '.' || text[end - 1] === '-')) end--;
  return text.slice(start, end);
}

/** Wrap `inner` so that each article is written to its own file in `dir`. */
export function writeToDirectory(inner: Reporter, dir: string): Reporter {
  const extension = inner.extension;
  if (!extension) throw new CliError(`Expected --format to be one that writes files (html, highlight) with --out-dir, not: ${inner.name}`, EXIT.usage);
  return {
    ...inner,
    // Each record becomes a file written here, in this thread: workers send the extraction.
    perRecord: false,
    create: (options) => {
      try {
        mkdirSync(dir, { recursive: true });
      } catch (error) {
        throw new CliError(`cannot create ${dir}: ${describeError(error)}`, EXIT.data);
      }
      return {
        header: () => '',
        item: (e, i) => {
          const writer = inner.create({ ...options, many: false });
          const file = join(dir, outFileName(e.source, i, extension));
          try {
            writeFileSync(file, writer.header() + writer.item(e, 0) + writer.footer());
          } catch (error) {
            throw new CliError(`cannot write ${file}: ${describeError(error)}`, EXIT.data);
          }
          return `${printable(file)}\n`;
        },
        // The failure is reported on stderr by the batch; no file is written for it.
        failure: () => '',
        footer: () => '',
      };
    },
  };
}
