/**
 * The one typed document every stage reads and adds to, in the order of
 * `STAGES` (pipeline/index.ts): the input and its options; the normalised text
 * and its offset map (01); tokens and sentences (02); entity mentions (03);
 * entities (04); numbers (05); frames, quotes and speakers (06); claims (07).
 *
 * Conventions, everywhere in the pipeline:
 * - token ranges are half-open, `[first, end)`, like sentences and character spans;
 * - token indexes are indexes into `doc.tokens`, the one token array;
 * - character offsets are into the normalised text `doc.text` until they become
 *   output spans (`doc.span`), which are offsets into the original input.
 *
 * The types live here, not in the stages, so that a stage imports only what runs
 * before it.
 */
import type { Claim, ExtractOptions, Meta, NumberMention, Quote, Span, Speaker } from '../types.js';
import type { RuleId } from './rule-ids.js';

// ---------------------------------------------------------------- 01 normalize

export interface Normalized {
  /** The normalised text, what every later stage reads. */
  text: string;
  /** `starts[i]`: offset in the original input of normalised character i. */
  starts: Int32Array;
  /** `ends[i]`: offset just past the original character(s) normalised character i came from. */
  ends: Int32Array;
}

// ---------------------------------------------------------------- 02 parse

/** compromise's tags that the pipeline reads. */
export type Tag =
  | 'Abbreviation' | 'Acronym' | 'Actor' | 'Adjective' | 'Adverb' | 'Auxiliary' | 'Comparative' | 'Conjunction' | 'Infinitive'
  | 'Copula' | 'Date' | 'Demonym' | 'Determiner' | 'FemaleName' | 'FirstName' | 'Gerund' | 'Holiday'
  | 'Honorific' | 'Hyphenated' | 'LastName' | 'MaleName' | 'Modal' | 'Month' | 'Negative' | 'Noun'
  | 'Organization' | 'Particle' | 'PastTense' | 'Person' | 'PhoneNumber' | 'Place' | 'Plural' | 'Possessive' | 'Preposition'
  | 'PresentTense' | 'Pronoun' | 'ProperNoun' | 'QuestionWord' | 'Reflexive' | 'RomanNumeral' | 'Time' | 'Value' | 'Verb'
  | 'WeekDay';

/** One word (compromise term) with its place in the normalised text. Every token has text. */
export interface Token {
  /** Position in `doc.tokens`. */
  index: number;
  /** The term's text as written (an acronym keeps its final period: "U.S."). */
  text: string;
  /** compromise's normal form (lower case, no punctuation). */
  normal: string;
  /** Punctuation and spaces before and after the text, as compromise split them. */
  pre: string;
  post: string;
  /** compromise's tags (the pipeline reads those of `Tag`). */
  tags: Set<string>;
  /** Offsets of `text` in the normalised text, end exclusive. */
  start: number;
  end: number;
  /** Index into `doc.sentences`. */
  sentence: number;
  /**
   * The words compromise expanded from a contraction after the first ("doesn't" →
   * ["not"], "it's" → ["is"], "Obama's" read as "Obama is" → ["is"]); absent when none.
   */
  contracted?: string[];
}

/** Tokens `[first, end)` of `doc.tokens`. */
export interface TokenRange {
  first: number;
  end: number;
}

/** A sentence: its tokens (02-parse's sentence model). */
export type Sentence = TokenRange;

// ---------------------------------------------------------------- 03 entities

export type EntityType = 'person' | 'organization' | 'place';

export type PlaceKind = 'country' | 'city' | 'region' | 'other';

/** A typed run of tokens, as the entity rules pass it on. */
export interface Typed extends TokenRange {
  type: EntityType | null;
  /** Set when a word list or a cue decided it, not a guess. */
  strong: boolean;
  /** The rule that decided (`--explain`). */
  rule: RuleId;
  /** For places: country, city or region (sports teams are cities and regions). */
  kind?: PlaceKind;
  role?: string;
}

/** One mention, in offsets of the normalised text. */
export interface EntityMention {
  type: EntityType;
  start: number;
  end: number;
  /** The mention's words as in the normalised text ("Antony Blinken"). */
  text: string;
  /** A title or role written before the name ("Secretary of State"). */
  role?: string;
  rule: RuleId;
}

// ---------------------------------------------------------------- 04 resolve

export interface ResolvedEntity {
  id: string;
  type: EntityType;
  name: string;
  /** Mentions in normalised offsets, in text order. */
  mentions: EntityMention[];
  /** The same mentions as output spans (original offsets). */
  spans: Span[];
  roles: string[];
}

// ---------------------------------------------------------------- 05 numbers

/** A number with its tokens and the rule that typed it. */
export interface NumberRecord {
  mention: NumberMention;
  rule: RuleId;
}

// ---------------------------------------------------------------- 06 quotes

export type FrameType = 'speech' | 'thought' | 'stance' | 'according' | 'quote-only' | 'evidential' | 'question';

/** One cue and the tokens naming its source. */
export interface Frame {
  /** The cue's tokens ("according to" spans two). */
  cue: TokenRange;
  /** The source's noun phrase, or null when none was found. */
  subject: TokenRange | null;
  /** Set when no word is the cue ("“…” ― Sonya Herridge"); `cue` is then where the source stands. */
  noCue?: boolean;
  /** A transcript's speaker label ("PENCE:") at the start of the quote it attributes. */
  label?: boolean;
  /** A stance noun ("his criticism of"): the content is one noun phrase after the cue. */
  nominal?: boolean;
  /** A passive question ("when asked whether …"): the question's first token. */
  opener?: number;
  /** The cue stands on a line in Title Case, a headline ("Roe Says Bridge Will Close"), where tags mean little. */
  headline?: boolean;
  /** Where the source stands: before the cue, after it ("said Blinken"). */
  side: 'left' | 'right';
  type: FrameType;
  /** The rule that read the cue word, and the rule that found the frame (`--explain`). */
  cueRule: RuleId;
  rule: RuleId;
}

/** A quotation-mark span placed on the tokens. */
export interface PlacedQuote {
  /** Offsets in the normalised text, marks included (an unclosed piece ends at its paragraph's end). */
  start: number;
  end: number;
  /** The tokens inside the marks (empty when there are none). */
  inner: TokenRange;
  /** Index of the piece this one continues (a quote running over paragraphs), or -1. */
  continues: number;
}

export type QuoteRole = 'direct' | 'partial' | 'mixed' | 'term';

/** How a quote was attributed. */
export interface QuoteAttribution {
  role: QuoteRole;
  frame: Frame | null;
  how: 'after' | 'before' | 'around' | 'inherit' | 'next' | 'none';
}

/** A statement with no quotation marks after a colon lead-in, or a transcript turn: its frame and paragraphs. */
export interface Statement {
  frame: Frame;
  pieces: TokenRange[];
}

// ---------------------------------------------------------------- the document

export interface Doc {
  readonly input: string;
  readonly options: ExtractOptions;
  /** What is known of the article: its page's metadata and its language (src/input/meta-result.ts). */
  meta: Meta;
  norm: Normalized;
  /** The normalised text (`norm.text`). */
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  mentions: EntityMention[];
  entities: ResolvedEntity[];
  numbers: NumberRecord[];
  frames: Frame[];
  placed: PlacedQuote[];
  attributions: QuoteAttribution[];
  statements: Statement[];
  /** The resolved speaker of each frame with a source. */
  speakers: Map<Frame, Speaker>;
  quotes: Quote[];
  claims: Claim[];
  /** With `explain`: every rule that fired, in order (what the rule tests and `--explain` read). */
  trace: RuleId[] | null;
}

/** A new document for `input`, before any stage ran. */
export function createDoc(input: string, options: ExtractOptions): Doc {
  return {
    input,
    options,
    meta: { title: null, byline: null, published: null, siteName: null, url: null, language: 'und' },
    norm: { text: '', starts: new Int32Array(0), ends: new Int32Array(0) },
    text: '',
    tokens: [],
    sentences: [],
    mentions: [],
    entities: [],
    numbers: [],
    frames: [],
    placed: [],
    attributions: [],
    statements: [],
    speakers: new Map(),
    quotes: [],
    claims: [],
    trace: options.explain ? [] : null,
  };
}

/** Map a span of the normalised text back to the original input (end exclusive; empty maps to empty). */
export function toOriginal(norm: Normalized, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = start < norm.starts.length ? norm.starts[start]! : (norm.ends[norm.ends.length - 1] ?? 0);
    return { start: at, end: at };
  }
  return { start: norm.starts[start]!, end: norm.ends[end - 1]! };
}

/** An output span for offsets `[start, end)` of the normalised text. */
export function span(doc: Doc, start: number, end: number): Span {
  const o = toOriginal(doc.norm, start, end);
  return { text: doc.input.slice(o.start, o.end), start: o.start, end: o.end };
}

/** An output span covering the tokens of `range`. */
export function tokenSpan(doc: Doc, range: TokenRange): Span {
  return span(doc, doc.tokens[range.first]!.start, doc.tokens[range.end - 1]!.end);
}

/** Record that a rule fired (only with `explain`). */
export function fired(doc: Doc, rule: RuleId): void {
  doc.trace?.push(rule);
}
