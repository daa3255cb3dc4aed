/**
 * Stage 1: normalise the raw input into text compromise parses well, keeping a
 * map from every normalised character back to the original input.
 *
 * - a BOM is dropped; CRLF and lone CR become LF;
 * - non-breaking and other exotic spaces become a plain space;
 * - soft hyphens and zero-width spaces, invisible in a page ("Netan\u00ADyahu"), are dropped;
 * - a hard-wrapped line ("In a separate\nreadout") is joined with a space;
 * - a word split by a line break ("Rus\nsia’s") is joined when the joined word is
 *   known and the pieces are not;
 * - NYT-style two-apostrophe quotes (''like this'') become one `"`;
 * - citation markers glued to a word ("Army.[4]", "Hospital[1][2]") are dropped.
 */
import type { Doc, Normalized } from './doc.js';
import { isKnownWord } from './known-words.js';

const SENTENCE_END = /[.!?:;"”’)\]]$/;
const LOWER_START = /^[a-z]/;
const WORD_HEAD = /^([a-z]+)/;

/** Spaces other than U+0020 that become one: no-break, en/em and the like, tab, vertical tab, form feed. */
function isOddSpace(c: number): boolean {
  return c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 9 || c === 11 || c === 12;
}

/** Characters a page shows as nothing: soft hyphen, zero-width space, word joiner, a BOM inside the text (not the joiners U+200C/D, which shape scripts and emoji). */
function isInvisible(c: number): boolean {
  return c === 0xad || c === 0x200b || c === 0x2060 || c === 0xfeff;
}

/**
 * The normalised text as it is built, with its offset map. No input character becomes
 * more than one, so the map is allocated once at the input's length; runs of
 * characters that stay as they are are copied as one slice.
 */
class Builder {
  private readonly parts: string[] = [];
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private length = 0;

  constructor(capacity: number) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  /** One character standing for input [start, end). */
  push(ch: string, start: number, end: number): void {
    this.parts.push(ch);
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }

  /** Input [from, to) unchanged. */
  copy(input: string, from: number, to: number): void {
    if (to <= from) return;
    this.parts.push(input.slice(from, to));
    for (let i = from; i < to; i++) {
      this.starts[this.length] = i;
      this.ends[this.length] = i + 1;
      this.length++;
    }
  }

  done(): Normalized {
    return { text: this.parts.join(''), starts: this.starts.slice(0, this.length), ends: this.ends.slice(0, this.length) };
  }
}

/** Stage 1: normalise `doc.input` into `doc.text`, keeping the offset map. */
export function normalizeStage(doc: Doc): void {
  doc.norm = normalize(doc.input);
  doc.text = doc.norm.text;
}

/** Normalise `input` for parsing; see the module comment for what changes. */
export function normalize(input: string): Normalized {
  const lines = splitLines(input);
  const out = new Builder(input.length);
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]!;
    copyLine(input, line.start, line.end, out);
    if (line.breakEnd === line.end) continue; // last line, no break after it
    const next = lines[li + 1];
    const joint = next ? lineJoint(input, line, next, lines[li + 2]) : 'keep';
    if (joint === 'join-word') continue;
    out.push(joint === 'space' ? ' ' : '\n', line.end, line.breakEnd);
  }
  return out.done();
}

interface Line {
  start: number;
  end: number;
  /** Offset after the line break (end + 1 for LF, + 2 for CRLF). */
  breakEnd: number;
}

function splitLines(input: string): Line[] {
  const lines: Line[] = [];
  let start = input.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let i = start; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === 10 || c === 13) {
      const breakEnd = c === 13 && input.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      lines.push({ start, end: i, breakEnd });
      start = breakEnd;
      i = breakEnd - 1;
    }
  }
  lines.push({ start, end: input.length, breakEnd: input.length });
  return lines;
}

/** Copy one line into `out`: two apostrophes become `"`, a glued citation marker goes, odd spaces become " ", invisible characters go. */
function copyLine(input: string, start: number, end: number, out: Builder): void {
  // Characters from `run` on are copied unchanged, up to the next one that changes.
  let run = start;
  for (let i = start; i < end; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x27 && input.charCodeAt(i + 1) === 0x27) {
      out.copy(input, run, i);
      out.push('"', i, i + 2);
      i++;
      run = i + 1;
    } else if (c === 0x5b && i > start && !/\s/.test(input[i - 1]!) && citationEnd(input, i, end) > i) {
      // "Army.[4] Some", "Hospital[1][2]": a citation marker glued to a word is no
      // part of the text; a space stands for it when a word follows straight on.
      out.copy(input, run, i);
      let j = i;
      while (citationEnd(input, j, end) > j) j = citationEnd(input, j, end);
      if (j < end && !/[\s.,;:!?)\]]/.test(input[j]!)) out.push(' ', i, j);
      i = j - 1;
      run = j;
    } else if (isOddSpace(c)) {
      out.copy(input, run, i);
      out.push(' ', i, i + 1);
      run = i + 1;
    } else if (isInvisible(c)) {
      out.copy(input, run, i);
      run = i + 1;
    }
  }
  out.copy(input, run, end);
}

/** Wikipedia-style citation markers: "[4]", "[a]", "[citation needed]", "[note 2]". */
const CITATION = /\[(?:\d{1,3}|[a-z]|citation needed|note \d{1,3})\]/y;

/** Offset just past the citation marker at `i`, or `i` when there is none. */
function citationEnd(input: string, i: number, end: number): number {
  CITATION.lastIndex = i;
  const m = CITATION.exec(input);
  return m && i + m[0].length <= end ? i + m[0].length : i;
}

/**
 * What the line break after `line` becomes: kept (a paragraph or headline
 * break), a space (a hard wrap inside a sentence), or nothing (a split word).
 */
function lineJoint(input: string, line: Line, next: Line, _after: Line | undefined): 'keep' | 'space' | 'join-word' {
  const here = input.slice(line.start, line.end).trimEnd();
  const there = input.slice(next.start, next.end).trimStart();
  if (here === '' || there === '') return 'keep';
  if (SENTENCE_END.test(here)) return 'keep';
  const lowerNext = LOWER_START.test(there);
  if (lowerNext && isSplitWord(here, there)) return 'join-word';
  // "In a separate\nreadout": a lower-case continuation is a wrap; a long line that
  // stops mid-sentence on a lower-case word ("met with\nPhilip Gordon") is one too; a
  // short line with no final stop is a headline or a dateline and keeps its break, and
  // so does a line that ends on a capitalised word before a capitalised line: in
  // one-sentence-per-line text and in lists ("Rene Schneider\nMidfielders - ...") that
  // is a boundary, and joining would run two names into one.
  if (lowerNext) return 'space';
  if (here.length >= 40 && /(?:^|\s)[a-z][\w’'-]*,?$/.test(here)) return 'space';
  return 'keep';
}

/** "Rus" + "sia’s": the joined word is known and the pieces are not. */
function isSplitWord(here: string, there: string): boolean {
  if (/\s$/.test(here)) return false;
  const tail = trailingLetters(here);
  const head = WORD_HEAD.exec(there)?.[1];
  if (!tail || !head) return false;
  if (isKnownWord(tail) || isKnownWord(head)) return false;
  return isKnownWord(tail + head);
}

/**
 * The ASCII letters at the end of `text` ("Rus" in "in Rus"). A loop, not
 * `/([A-Za-z]+)$/`: that regex restarts at every letter of a long run that does
 * not reach the end ("aaaa…a1"), quadratic on a hostile 20 MB line.
 */
function trailingLetters(text: string): string | undefined {
  let i = text.length;
  while (i > 0 && isAsciiLetter(text.charCodeAt(i - 1))) i--;
  return i < text.length ? text.slice(i) : undefined;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
