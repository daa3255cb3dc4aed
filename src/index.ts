/** newsclaims: the public API. */
export { extract, SCHEMA_VERSION } from './pipeline/index.js';
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
