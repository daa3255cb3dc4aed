/** The options every eval run extracts with. NEWSCLAIMS_FULL_TAGGER=1 runs compromise's whole parse (its post-tagger too), to measure what it would add. */
import type { ExtractOptions } from '../../src/types.js';

export const EXTRACT_OPTIONS: ExtractOptions = process.env.NEWSCLAIMS_FULL_TAGGER === '1' ? { fullTagger: true } : {};
