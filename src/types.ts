/**
 * The output schema of newsclaims (schemaVersion 1), as TypeScript types.
 * `src/schema.json` is the same schema as JSON Schema; a test checks that every
 * extraction validates against it.
 */

/** A piece of the input: UTF-16 offsets into the original input, end exclusive. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** A mention of an entity. */
export interface Mention extends Span {
  /** With `explain`: the id of the rule that typed it ("given-name", "org-cue"). */
  rule?: string;
}

/** One person, organisation or place, with every mention of it in the document. */
export interface Entity {
  /** Stable within one extraction: `p1`, `o2`, `l3` (person, organisation, location). */
  id: string;
  /** Canonical name: the fullest form found in the document. */
  name: string;
  mentions: Mention[];
  /** Titles or roles seen before the name ("Foreign Minister", "Secretary of State"). */
  roles?: string[];
}

export type NumberKind =
  | 'count'
  | 'money'
  | 'percent'
  | 'percentage-points'
  | 'measure'
  | 'fraction'
  | 'multiple'
  | 'ordinal'
  | 'year'
  | 'date-part'
  | 'other';

/** How a qualifier bounds the value: "as many as" is an upper bound, "at least" a lower one. */
export type Bound = 'exact' | 'approx' | 'upper' | 'lower' | 'range';

export interface NumberMention extends Span {
  value: number;
  kind: NumberKind;
  /** The head noun or unit: "soldiers", "km", "%", "USD". */
  unit: string | null;
  /** The counted noun phrase: "North Korean soldiers". */
  subject: string | null;
  /** The hedge as written: "as many as", "approximately". */
  qualifier: string | null;
  bound: Bound;
  /** For ranges ("between 5,000 and 7,000"). */
  min?: number;
  max?: number;
  /** ISO 4217 code for money ("USD", "GBP", "EUR", "KRW"). */
  currency?: string;
  /** With `explain`: the id of the rule that gave the kind ("number-year"; "number-core" when none did). */
  rule?: string;
}

/** With `explain`: why a quote or claim was made. */
export interface Explained {
  /** The rule that attributed the quote or placed the claim's content ("quote-after", "content-after-cue"). */
  rule?: string;
  /** The rule that read the cue word ("cue-speech"; "cue-none" for frames with no cue word). */
  cueRule?: string;
  /** The rule that found the cue's source ("frame-subject-before", "frame-inverted"). */
  frameRule?: string;
}

export type QuoteKind = 'direct' | 'partial' | 'mixed';

export interface Speaker {
  /** Canonical name of the resolved entity, or the mention's words when unresolved. */
  name: string;
  /** Id of the resolved entity, or null. */
  entity: string | null;
  /** The words that name or stand for the speaker ("it", "Blinken", "the ministry"). */
  mention: Span | null;
}

export interface Quote extends Span, Explained {
  kind: QuoteKind;
  speaker: Speaker | null;
  cue: Span | null;
}

export type ClaimKind = 'direct' | 'indirect' | 'mixed';

export interface Claim extends Explained {
  content: Span;
  kind: ClaimKind;
  speaker: Speaker | null;
  cue: Span | null;
  /**
   * The cue's lemma: "say" for "said", "deny" for "denied", "talk about" for "talked
   * about", "according to"; null when no word is the cue ("“…” ― Name", "PENCE: …").
   */
  cueLemma: string | null;
  /** True when the cue is negated: "does not deny that …", "never said", "didn't say". */
  negated: boolean;
  /** Ids of the entities mentioned inside the content. */
  entities: string[];
  /** Indexes into `numbers` of the numbers inside the content. */
  numbers: number[];
}

/**
 * What is known about the article besides its text: from the page's metadata for
 * HTML (JSON-LD, Open Graph and article meta tags, <time datetime>, <link
 * rel="canonical">), null for plain text; and the language of the text, always.
 */
export interface Meta {
  /** The headline. */
  title: string | null;
  /** The author or authors, as the page names them ("Jane Doe, John Roe"). */
  byline: string | null;
  /** Date of publication, ISO 8601 as the page gives it ("2019-02-21", "2016-12-22T18:59:12Z"). */
  published: string | null;
  /** The publication: "The Guardian". */
  siteName: string | null;
  /** The canonical URL of the article. */
  url: string | null;
  /**
   * ISO 639-3 code of the text's language: "eng", "fra", "cmn"; "und" when there
   * is too little text to tell (such text is read as English). Only English is
   * read: for any other language every list of the result is empty.
   */
  language: string;
}

export interface Extraction {
  schemaVersion: 1;
  /** File path, "<stdin>", or the JSONL record's id. */
  source: string;
  people: Entity[];
  organizations: Entity[];
  places: Entity[];
  numbers: NumberMention[];
  quotes: Quote[];
  claims: Claim[];
  /** Metadata and language of the article. */
  meta: Meta;
  /** The text that offsets refer to, when asked for (`includeText`). */
  text?: string;
  /** Set when the text was extracted from HTML: offsets then refer to that extracted text. */
  textSource?: 'input' | 'html-extracted';
}

/**
 * An input that could not be processed, written in its place in the output: a bad
 * JSONL line, a file that cannot be read, a document over `maxChars`.
 */
export interface ErrorRecord {
  schemaVersion: 1;
  /** The file, "<stdin>", or FILE:LINE for a JSONL record without an id. */
  source: string;
  /** Where the record or article starts in its input; only where there are lines (JSONL, --split-on). */
  line?: number;
  error: string;
}

/** One record of newsclaims output (one value of `-f json`, one line of `-f jsonl`); src/schema.json describes it. */
export type OutputRecord = Extraction | ErrorRecord;

export interface ExtractOptions {
  /** Goes into `source`; defaults to "<input>". */
  source?: string;
  /** Report number kinds that are excluded by default (years, ordinals, dates). */
  allNumbers?: boolean;
  /** Copy the input text into the result as `text`. */
  includeText?: boolean;
  /**
   * Longest document accepted, in UTF-16 characters (default 2,000,000, about
   * 300 pages). A longer one throws `InputTooLongError`: never a silent cut.
   */
  maxChars?: number;
  /** Add to every mention, number, quote and claim the id of the rule that made it (`--explain`). */
  explain?: boolean;
  /**
   * Run compromise's whole parse (its post-tagger too) instead of the cheaper steps
   * newsclaims needs: only to measure what the post-tagger would add.
   * @internal
   */
  fullTagger?: boolean;
  /** Metadata known from elsewhere (`extractHtml` fills it from the page); copied into `meta`. */
  meta?: Partial<Omit<Meta, 'language'>>;
  /**
   * The language the source declares (BCP 47, such as a page's `<html lang="fr">`).
   * Only a hint: it tips a text the detector leaves open, never overrules it.
   */
  declaredLanguage?: string | null;
}

/** Options of `extractHtml`. */
export interface HtmlOptions extends ExtractOptions {
  /**
   * Largest page accepted, in bytes of UTF-8 (default: 4 × `maxChars`), checked
   * before the page is parsed. A larger one throws `InputTooLargeError`.
   */
  maxBytes?: number;
}
