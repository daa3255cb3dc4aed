/** newsclaims: the public API. */
export { DEFAULT_MAX_CHARS, extract, InputTooLongError, SCHEMA_VERSION } from './pipeline/index.js';
export { extractHtml } from './input/extract-html.js';
export { defaultMaxBytes, InputTooLargeError } from './input/limits.js';
export type {
  Bound,
  Claim,
  ClaimKind,
  Entity,
  Extraction,
  ExtractOptions,
  HtmlOptions,
  Meta,
  NumberKind,
  NumberMention,
  Quote,
  QuoteKind,
  Speaker,
  Span,
} from './types.js';
