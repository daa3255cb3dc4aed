/**
 * Stage 2: one compromise parse per document, shared by every later stage, and the
 * one sentence model.
 *
 * Long input is parsed in chunks of whole paragraphs (compromise slows down per
 * character on very large documents), and the terms of all chunks are flattened into
 * one token array with offsets into the normalised text. Later stages walk this array
 * in plain code instead of re-matching the document.
 *
 * The parse runs compromise's tokenizer, lexicon and pre-tagger but not its
 * post-tagger: the post-tagger's ~570 match rules took two thirds of the parse time,
 * and the stages' own rules do the work it did for us. Measured on the dev corpora,
 * dropping it costs under 0.01 F1 (see the README).
 *
 * Every token has text: the words compromise adds for a contraction ("doesn't" → does
 * + not) are kept on the token they came from (`contracted`), so there is one token
 * index space. Sentences are this stage's own (see `closesSentence`): compromise keeps a
 * quotation of several sentences as one, and splits after "Mr.".
 */
import nlp from './nlp.js';
import type { Doc, Sentence, Token } from './doc.js';
import { isCapitalized } from './tokens.js';

/** Paragraph chunks larger than this are cut at a sentence or word boundary. */
const MAX_CHUNK = 8_000;
/** Longer runs of tokens with no sentence end are cut: no sentence runs this long, and hostile input stays linear. */
const MAX_SENTENCE = 200;

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

function tagChunk(text: string, fullTagger: boolean): ReturnType<typeof nlp.tokenize> {
  const doc = fullTagger ? nlp(text) : nlp.tokenize(text);
  doc.compute(fullTagger ? 'offset' : STEPS);
  return doc;
}

/** Stage 2: tokens and sentences of `doc.text`. */
export function parseStage(doc: Doc): void {
  const parsed = parse(doc.text, doc.options.fullTagger === true);
  doc.tokens = parsed.tokens;
  doc.sentences = parsed.sentences;
}

/** Parse the normalised text once; see the module comment. */
export function parse(text: string, fullTagger = false): { tokens: Token[]; sentences: Sentence[] } {
  const tokens: Token[] = [];
  for (const [chunkStart, chunkEnd] of chunks(text)) {
    const doc = tagChunk(text.slice(chunkStart, chunkEnd), fullTagger);
    for (const terms of doc.docs as RawTerm[][]) {
      for (const term of terms) addTerm(tokens, term, chunkStart);
    }
  }
  const sentences = splitSentences(tokens);
  if (!fullTagger) for (const s of sentences) repairTags(tokens, s.first, s.end);
  return { tokens, sentences };
}

/** Add one term; a term with no text (a word expanded from a contraction) goes onto the token before. */
function addTerm(tokens: Token[], term: RawTerm, chunkStart: number): void {
  const prev = tokens[tokens.length - 1];
  if (term.text === '') {
    if (prev && term.implicit) (prev.contracted ??= []).push(term.implicit);
    if (prev) prev.post += term.post;
    return;
  }
  tokens.push(toToken(term, chunkStart, tokens.length));
}

const STOP = /[.!?](?![)\],])/;
/** A lone capital ("J" of "Donald J. Trump") is an initial, not a sentence's last word. */
const INITIAL = /^\p{Lu}$/u;
const OPENING = /^["“‘'(\[]/;

/**
 * Does a sentence end after token `t` (between `prev` and `next`)? At a line break; at a
 * full stop, question or exclamation mark (not inside brackets or before a comma:
 * "(D-Wis.) said") when the next word opens with a capital or a quotation mark, unless
 * `t` is an initial ("Donald J. Trump") or a list number opening its line ("3. Ekimov").
 * Abbreviations keep their period in their text ("Mr.", "U.S."), so "Mr. Trump" runs on.
 */
export function closesSentence(t: Token, next: Token | undefined, prev: Token | undefined): boolean {
  if (!next || t.post.includes('\n')) return true;
  if (!STOP.test(t.post)) return false;
  if (INITIAL.test(t.text) && t.text !== 'I' && /^\. ?$/.test(t.post)) return false;
  // "3. Ekimov 1:07": a number opening its line is a list marker
  if (/^\d{1,3}$/.test(t.text) && (!prev || prev.post.includes('\n'))) return false;
  return isCapitalized(next) || OPENING.test(next.pre);
}

function splitSentences(tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    t.sentence = sentences.length;
    if (!closesSentence(t, tokens[i + 1], tokens[i - 1]) && i + 1 - first < MAX_SENTENCE) continue;
    sentences.push({ first, end: i + 1 });
    first = i + 1;
  }
  return sentences;
}

const CAPITALISED = /^[A-Z][a-z]/;
const OPENS_SENTENCE = /[.!?:;"“”‘(\n]\s*$/;

/**
 * Cheap stand-ins for the post-tagger rules the stages rely on, run on the tokens
 * [first, end) of one sentence:
 * - a capitalised word inside a sentence is a proper noun ("Kaisen" in "Peter Kaisen");
 * - a proper noun after a given name is a surname ("Michael Green": Green is no adjective);
 * - the verb part of a hyphenated compound is an adjective ("ISIL-held buildings", "state-run").
 */
function repairTags(tokens: Token[], first: number, end: number): void {
  for (let i = first; i < end; i++) {
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

let placeAbbreviations: Set<string> | undefined;

/**
 * "St", "Mt", "Calif": the words compromise's lexicon reads as a place's abbreviation. Its
 * tagger may drop the tag inside a longer name ("the St. Louis Cardinals"), so the lexicon decides.
 */
function isPlaceAbbreviation(text: string): boolean {
  placeAbbreviations ??= new Set(
    Object.entries((nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon)
      .filter(([, tags]) => Array.isArray(tags) && tags.includes('Abbreviation') && tags.includes('Place'))
      .map(([word]) => word),
  );
  return placeAbbreviations.has(text.toLowerCase());
}

function toToken(term: RawTerm, chunkStart: number, index: number): Token {
  let text = term.text;
  const start = chunkStart + term.offset.start;
  let post = term.post;
  // "U.S" + post ". " → "U.S." + " ": the acronym's last period belongs to it.
  if (post.startsWith('.') && (DOTTED.test(text) || term.tags.has('Abbreviation') || isPlaceAbbreviation(text))) {
    text += '.';
    post = post.slice(1);
  }
  return { index, text, normal: term.normal ?? text.toLowerCase(), pre: term.pre, post, tags: term.tags, start, end: start + text.length, sentence: 0 };
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
