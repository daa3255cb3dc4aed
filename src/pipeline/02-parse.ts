/**
 * Stage 2: one compromise parse per document, shared by every extractor.
 *
 * Long input is parsed in chunks of whole paragraphs (compromise slows down per
 * character on very large documents), and the terms of all chunks are flattened
 * into one token array with offsets into the normalised text. Extractors walk
 * this array in plain code instead of re-matching the document.
 */
import nlp from 'compromise';

/** One compromise term with its place in the normalised text. */
export interface Token {
  /** Position in `Parsed.tokens`. */
  index: number;
  /** The term's text as written (an acronym keeps its final period: "U.S."). */
  text: string;
  /** compromise's normal form (lower case, no punctuation). */
  normal: string;
  /** Punctuation and spaces before and after the text, as compromise split them. */
  pre: string;
  post: string;
  /** compromise's tags (Person, Place, Organization, Value, ...). */
  tags: Set<string>;
  /** Offsets of `text` in the normalised text, end exclusive. */
  start: number;
  end: number;
  /** Index into `Parsed.sentences`. */
  sentence: number;
  /** Set when compromise expanded a contraction into this (empty-text) term. */
  implicit?: string;
}

export interface Sentence {
  /** Offsets in the normalised text from the first token's start to the last token's end. */
  start: number;
  end: number;
  /** Token indexes: [first, last). */
  first: number;
  last: number;
}

export interface Parsed {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

/** Paragraph chunks larger than this are cut at a sentence or word boundary. */
const MAX_CHUNK = 8_000;

interface RawTerm {
  text: string;
  normal?: string;
  pre: string;
  post: string;
  tags: Set<string>;
  implicit?: string;
  offset: { start: number; length: number };
}

/** Parse the normalised text once; see the module comment. */
export function parse(text: string): Parsed {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  for (const [chunkStart, chunkEnd] of chunks(text)) {
    const doc = nlp(text.slice(chunkStart, chunkEnd));
    doc.compute('offset');
    for (const terms of doc.docs as RawTerm[][]) {
      const first = tokens.length;
      for (const term of terms) tokens.push(toToken(term, chunkStart, tokens.length, sentences.length));
      if (tokens.length === first) continue;
      sentences.push({ start: tokens[first]!.start, end: tokens[tokens.length - 1]!.end, first, last: tokens.length });
    }
  }
  return { text, tokens, sentences };
}

const DOTTED = /^(?:[A-Za-z]\.)+[A-Za-z]$/;

function toToken(term: RawTerm, chunkStart: number, index: number, sentence: number): Token {
  let text = term.text;
  const start = chunkStart + term.offset.start;
  let post = term.post;
  // "U.S" + post ". " → "U.S." + " ": the acronym's last period belongs to it.
  if (post.startsWith('.') && (DOTTED.test(text) || term.tags.has('Abbreviation'))) {
    text += '.';
    post = post.slice(1);
  }
  const token: Token = {
    index,
    text,
    normal: term.normal ?? text.toLowerCase(),
    pre: term.pre,
    post,
    tags: term.tags,
    start,
    end: start + text.length,
    sentence,
  };
  if (term.implicit) token.implicit = term.implicit;
  return token;
}

/** Cut the text into chunks of whole paragraphs, none much over MAX_CHUNK. */
export function* chunks(text: string): Generator<[number, number]> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + MAX_CHUNK);
    if (end < text.length) end = cutPoint(text, start, end);
    yield [start, end];
    start = end;
  }
}

function cutPoint(text: string, start: number, end: number): number {
  const para = text.lastIndexOf('\n', end);
  if (para > start + MAX_CHUNK / 4) return para + 1;
  const stop = text.lastIndexOf('. ', end);
  if (stop > start + MAX_CHUNK / 4) return stop + 2;
  const space = text.lastIndexOf(' ', end);
  if (space > start) return space + 1;
  return end;
}
