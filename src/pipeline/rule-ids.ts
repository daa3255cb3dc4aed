/**
 * Every rule id of the pipeline, by the stage that uses it. An id names one rule of an
 * ordered table (or one outcome of a document pass); `--explain` prints it, later passes
 * may branch on it, and test/pipeline/rules.test.ts checks that each has an example that
 * fires it. Adding a rule means adding its id here: a misspelt id is a compile error.
 */
export const RULE_IDS = [
  // 03 entities: may a capitalised word open a name (03-entities/chunks.ts START_RULES)
  'start-particle-hyphen', 'start-lower-particle', 'start-lower-case', 'start-amount', 'start-particle-inside', 'start-listed', 'start-listed-place', 'start-initial',
  'start-elided-name', 'start-common-given-name', 'start-function-word', 'start-state-code', 'start-common-acronym', 'start-inside-sentence', 'start-listed-given-or-place',
  'start-camel-case', 'start-company-opener', 'start-results-line', 'start-results-team', 'start-scorer', 'start-fixture', 'start-club', 'start-scoring-side', 'start-common-plural', 'start-org-descriptor', 'start-unknown-word',
  'start-rare-word-run', 'start-tagged-name',
  // 03 entities: what a run of capitals names (03-entities/rules.ts CHUNK_RULES)
  'work-title', 'epithet-name', 'hyphen-place-name', 'product-head', 'priced-thing', 'quoted-title', 'seat-place', 'org-list', 'place-list', 'state-abbreviation', 'place-people', 'demonym-only', 'demonym-org', 'demonym-place', 'demonym-strip', 'generational-alone', 'month-alone', 'holiday', 'acronym-plural', 'state-code',
  'title-reference', 'title-alone', 'trailing-title', 'misc-name', 'initial', 'place-city', 'settlement-name', 'company-form-alone', 'acronym-honour', 'storm-name', 'org-then-misc', 'org-facility', 'place-suffix', 'org-list-closing', 'title-of', 'org-cue',
  'unit-ordinal', 'street-ordinal', 'institution-alone', 'compass-alone', 'compass-place', 'place-head', 'place-prefix', 'place-article', 'place-then-demonym', 'place-then-person', 'hyphen-places',
  'title', 'team-nickname', 'place-party-member', 'place-then-rest', 'place-region', 'place-inside', 'plural-demonym', 'ampersand', 'place-cue-given', 'describing-opener', 'particle-name', 'given-name',
  'given-name-town', 'country-given-name', 'place-word-inside', 'adjective-place', 'place-cue', 'acronym-not-person', 'compromise', 'unit-code', 'hash-label', 'numbered-label', 'model-code', 'acronym-compound', 'acronym', 'acronym-pair', 'common-plural', 'article-run', 'common-words',
  'article-name', 'non-name-word', 'model-shape', 'model-number', 'common-head', 'place-cue-run', 'place-name-word', 'noun-modifier', 'acronym-surname', 'describing-capital', 'two-capitals', 'camel-case', 'context',
  // 03 entities: what the document passes give (03-entities/index.ts PASSES, packs/sports)
  'dateline', 'descriptor', 'index', 'acronym-expansion', 'acronym-repeat', 'acronym-common-words', 'acronym-of-place', 'org-and', 'place-noun', 'place-address', 'place-held',
  'listed-with-place', 'listed-with-people', 'affiliation', 'road-number', 'propagated', 'surname', 'family-name', 'company', 'short-name', 'org-tail', 'hyphenated-surnames', 'stranded-surname', 'digest-paper', 'caps-known',
  'caps-org', 'caps-place', 'caps-match', 'team-score', 'team-club', 'team-town', 'result-person', 'team-shape', 'team',
  'possessive-institution', 'ruler-body', 'ruler-name', 'gloss', 'address-form',
  // 03 entities: what a name's context says it is (03-entities/evidence.ts EVIDENCE_RULES)
  'evidence-who', 'evidence-called', 'evidence-age', 'evidence-born', 'evidence-leader', 'evidence-kin', 'evidence-said-he', 'evidence-life', 'evidence-occupation', 'evidence-apposition', 'evidence-definition', 'evidence-facility', 'evidence-its', 'evidence-it-said', 'evidence-said-it', 'evidence-his', 'evidence-org-possession', 'evidence-org-compound',
  'evidence-org-phrase', 'evidence-org-verb', 'evidence-org-staff', 'product', 'thing-acronym', 'named-thing',
  // 05 numbers: the kind of a number (05-numbers/classify.ts NUMBER_RULES, scan.ts)
  'number-core', 'number-plus-name', 'number-ordinal', 'number-decade', 'number-clock', 'number-date',
  'number-time-reference', 'number-year', 'number-code', 'number-score', 'number-citation', 'number-list-marker',
  'number-age', 'number-name-part', 'number-label', 'number-idiom', 'number-one-another', 'number-brand',
  'number-pounds-weight', 'number-pounds-money', 'number-age-opener', 'number-name-token', 'number-one-time',
  // 06 quotes: is a word a cue (06-quotes/cues.ts CUE_RULES), and frames without cue words
  'cue-according', 'cue-unnamed-view', 'cue-verb-after-quote', 'cue-no-cue-word', 'cue-idiom', 'cue-phrasal-not-cue', 'cue-particle', 'cue-negating-preposition', 'cue-hyphen-compound', 'cue-example-marker', 'cue-bare-participle', 'cue-naming-participle', 'cue-noun-before-relative', 'cue-after-quote', 'cue-noun-in-phrase', 'cue-subject-noun', 'cue-participle-as', 'cue-sentence-initial-noun',
  'cue-inside-name', 'cue-noun-reading', 'cue-passive', 'cue-speech', 'cue-thought', 'cue-stance', 'cue-quote-only',
  'cue-question', 'cue-stance-noun', 'cue-speech-noun', 'cue-none',
  // 06 quotes: where a cue's source is (06-quotes/frames.ts FRAME_RULES, FINDERS)
  'frame-opening-participle', 'frame-participle-not-speech', 'frame-participle-previous', 'frame-participle-appositive', 'frame-participle-subject',
  'frame-appositive', 'frame-inverted', 'frame-impersonal-infinitive', 'frame-infinitive', 'frame-conjoined-previous', 'frame-conjoined-cue', 'frame-conjoined', 'frame-zero-relative-source', 'frame-before-participle-phrase', 'frame-before-relative', 'frame-before-participle', 'frame-relative-subject', 'frame-subject-before',
  'frame-according', 'frame-evidential', 'frame-question', 'frame-dash', 'frame-label', 'frame-colon',
  'frame-headline', 'frame-medium', 'frame-stance-noun', 'frame-speech-noun', 'frame-after-adjective', 'frame-text-reference',
  'source-relative-end', 'source-auxiliary-end', 'source-adverb-end', 'source-object-conjunct', 'source-dangling', 'source-clause', 'source-imperative', 'source-reader', 'source-headline-name', 'source-no-noun',
  // 06 quotes: how a quote was attributed (06-quotes/index.ts QUOTE_RULES)
  'quote-after', 'quote-before', 'quote-around', 'quote-inherit', 'quote-lead-sentence', 'quote-next', 'quote-heading', 'quote-title', 'quote-work-title', 'quote-unattributed', 'quote-statement',
  // 07 claims: where a claim's content is (07-claims/content.ts CONTENT_RULES, index.ts CLAIM_RULES)
  'content-evidential-sentence', 'content-question', 'content-opening-participle', 'content-nominal',
  'content-before-inverted', 'content-before-own-claim', 'content-around-source', 'content-according-predicate', 'content-according-before', 'content-zero-relative', 'content-comparison', 'content-conditional', 'content-demonstrative-object', 'content-direct-question', 'content-other-verb', 'content-speaking', 'content-headline', 'content-time-clause', 'content-not-a-clause', 'content-according-no-comma',
  'content-after-cue', 'content-before-cue', 'content-relative', 'content-nobody', 'content-refusal', 'content-next-source', 'claim-direct-quote', 'claim-statement', 'claim-negated',
] as const;

/** The id of a rule. */
export type RuleId = (typeof RULE_IDS)[number];
