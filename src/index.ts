/**
 * newsclaims: the public API (ESM only: `import { extract } from 'newsclaims'`).
 * Text in: `extract`; HTML pages in: `extractHtml`; results out in any CLI format:
 * the reporters; the JSON Schema of a result: `newsclaims/schema.json`.
 */
export { DEFAULT_MAX_CHARS, extract, InputTooLongError, SCHEMA_VERSION } from './pipeline/index.js';
export { extractHtml } from './input/extract-html.js';
export { htmlToText, type HtmlArticle, isHtmlPath, looksLikeHtml } from './input/html.js';
export { describeFormats, findReporter, FORMAT_NAMES } from './reporters/index.js';
export type { FailedRecord, Reporter, ReporterOptions, ReportWriter } from './reporters/index.js';
export { renderHighlight } from './reporters/highlight.js';
export { renderHtmlReport } from './reporters/html.js';
export { printable } from './reporters/printable.js';
export { renderTable } from './reporters/table.js';
export { defaultMaxBytes, InputTooLargeError } from './input/limits.js';
export type {
  Bound,
  Claim,
  ClaimKind,
  Entity,
  ErrorRecord,
  Extraction,
  ExtractOptions,
  HtmlOptions,
  Meta,
  NumberKind,
  NumberMention,
  OutputRecord,
  Quote,
  QuoteKind,
  Speaker,
  Span,
} from './types.js';
