/** newsclaims: the public API. */
export { DEFAULT_MAX_CHARS, extract, InputTooLongError, SCHEMA_VERSION } from './pipeline/index.js';
export type {
  Bound,
  Claim,
  ClaimKind,
  Entity,
  Extraction,
  ExtractOptions,
  NumberKind,
  NumberMention,
  Quote,
  QuoteKind,
  Speaker,
  Span,
} from './types.js';
