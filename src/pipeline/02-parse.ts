/**
 * Stage 2: one compromise parse per document, shared by every extractor.
 *
 * Long input is parsed in chunks of whole paragraphs (compromise slows down per
 * character on very large documents), and the terms of all chunks are flattened
 * into one token array with offsets into the normalised text. Extractors walk
 * this array in plain code instead of re-matching the document.
 *
 * The parse runs compromise's tokenizer, lexicon and pre-tagger but not its
 * post-tagger: the post-tagger's ~570 match rules took two thirds of the parse
 * time, and the extractors' own rules (03–06) do the work it did for us. Measured
 * on the dev corpora, dropping it costs under 0.01 F1 (see the README).
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

/** The compromise steps the parse runs: all of nlp()'s but the post-tagger and the chunker. */
const STEPS = ['freeze', 'lexicon', 'preTagger', 'contractionTwo', 'offset'];

/** NEWSCLAIMS_FULL_TAGGER=1 runs compromise's whole parse instead, to measure what the post-tagger adds. */
const fullTagger = process.env.NEWSCLAIMS_FULL_TAGGER === '1';

function tagChunk(text: string): ReturnType<typeof nlp.tokenize> {
  const doc = fullTagger ? nlp(text) : nlp.tokenize(text);
  doc.compute(fullTagger ? 'offset' : STEPS);
  return doc;
}

/** Parse the normalised text once; see the module comment. */
export function parse(text: string): Parsed {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  for (const [chunkStart, chunkEnd] of chunks(text)) {
    const doc = tagChunk(text.slice(chunkStart, chunkEnd));
    for (const terms of doc.docs as RawTerm[][]) {
      const first = tokens.length;
      const joined = splitAfterInitial(tokens, sentences, terms);
      const index = joined ? sentences.length - 1 : sentences.length;
      for (const term of terms) tokens.push(toToken(term, chunkStart, tokens.length, index));
      if (!fullTagger) repairTags(tokens, first, tokens.length);
      if (tokens.length === first) continue;
      if (joined) Object.assign(joined, { end: tokens[tokens.length - 1]!.end, last: tokens.length });
      else sentences.push({ start: tokens[first]!.start, end: tokens[tokens.length - 1]!.end, first, last: tokens.length });
    }
  }
  return { text, tokens, sentences };
}

/**
 * compromise ends a sentence after an initial ("(J. Russell 63", "met A. Symonds"):
 * when the last sentence ends on a lone capital letter and a period on the same
 * line, and the next one opens with a capitalised word, it is one sentence. Returns
 * the sentence to extend, or undefined.
 */
function splitAfterInitial(tokens: Token[], sentences: Sentence[], terms: RawTerm[]): Sentence | undefined {
  const last = tokens[tokens.length - 1];
  const next = terms[0];
  if (!last || !next || !/^[A-Z]$/.test(last.text) || last.text === 'I' || !/^\. ?$/.test(last.post) || next.pre !== '') return undefined;
  return CAPITALISED.test(next.text) ? sentences[sentences.length - 1] : undefined;
}

const CAPITALISED = /^[A-Z][a-z]/;
const OPENS_SENTENCE = /[.!?:;"“”‘(\n]\s*$/;

/**
 * Cheap stand-ins for the post-tagger rules the extractors rely on, run on the
 * tokens [first, last) of one sentence:
 * - a capitalised word inside a sentence is a proper noun ("Kaisen" in "Peter Kaisen");
 * - a proper noun after a given name is a surname ("Michael Green": Green is no adjective);
 * - the verb part of a hyphenated compound is an adjective ("ISIL-held buildings", "state-run").
 */
function repairTags(tokens: Token[], first: number, last: number): void {
  for (let i = first; i < last; i++) {
    const t = tokens[i]!;
    const prev = i > first ? tokens[i - 1]! : undefined;
    const opens = !prev || OPENS_SENTENCE.test(prev.post) || /["“(‘]/.test(t.pre);
    if (!opens && CAPITALISED.test(t.text) && !t.tags.has('ProperNoun') && !t.tags.has('Pronoun')) {
      t.tags.add('ProperNoun');
      t.tags.add('Noun');
      t.tags.delete('Adjective');
    }
    if (prev && prev.tags.has('FirstName') && prev.post === ' ' && CAPITALISED.test(t.text) && !t.tags.has('Place')) {
      t.tags.add('Person');
      t.tags.add('LastName');
      t.tags.add('ProperNoun');
      t.tags.delete('Adjective');
      t.tags.delete('Verb');
    }
    if (prev && prev.post === '-' && t.pre === '' && t.tags.has('PastTense')) {
      t.tags.delete('Verb');
      t.tags.delete('PastTense');
      t.tags.add('Adjective');
    }
  }
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
