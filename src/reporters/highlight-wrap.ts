/**
 * Word wrapping for the highlight format: styled runs in, lines of styled runs
 * out. Lines break only at spaces (never inside a word, nor inside a glued note
 * such as " [≤8000 soldiers]"), the input's own line breaks are kept, and widths
 * count what the terminal shows (wide CJK characters take two columns, combining
 * marks none). Styling is applied per line afterwards, so no escape code spans a
 * line break. Linear in the input length.
 */

/** A piece of text in one style; `glue` runs never break, nor break from the word before. */
export interface Run {
  text: string;
  style: string;
  glue?: boolean;
}

type Token = { kind: 'word' | 'space'; runs: Run[]; width: number } | { kind: 'newline' };

const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;
const ZERO = /[\p{M}\u200b-\u200f\u2060\ufeff]/u;

/** Columns a string takes in a terminal. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x300) width += 1;
    else if (code >= 0x2010 && code < 0x2060) width += 1; // dashes, quotes, bullets: the common case in news
    else if (ZERO.test(ch)) continue;
    else width += WIDE.test(ch) ? 2 : 1;
  }
  return width;
}

const PART = /\n|[ \t]+|[^\n \t]+/g;

/** Words, spaces and line breaks, one at a time (a 20 MB line never becomes one big array). */
function* tokenize(runs: Run[]): Generator<Token> {
  let word: Token & { kind: 'word' } | null = null;
  const extend = (run: Run) => {
    if (word) {
      word.runs.push(run);
      word.width += displayWidth(run.text);
    } else word = { kind: 'word', runs: [run], width: displayWidth(run.text) };
  };
  for (const run of runs) {
    if (run.glue) {
      extend(run);
      continue;
    }
    PART.lastIndex = 0;
    for (let m = PART.exec(run.text); m; m = PART.exec(run.text)) {
      const part = m[0];
      const code = part.charCodeAt(0);
      if (code !== 10 && code !== 32 && code !== 9) {
        extend({ text: part, style: run.style });
        continue;
      }
      if (word) yield word;
      word = null;
      if (code === 10) yield { kind: 'newline' };
      else {
        const text = part.replace(/\t/g, '    ');
        yield { kind: 'space', runs: [{ text, style: run.style }], width: text.length };
      }
    }
  }
  if (word) yield word;
}

/** Cut a word wider than the line into line-sized pieces (URLs, hostile input). */
function splitWord(runs: Run[], width: number): { runs: Run[]; width: number }[] {
  const pieces: { runs: Run[]; width: number }[] = [{ runs: [], width: 0 }];
  for (const run of runs) {
    let text = '';
    for (const ch of run.text) {
      const w = displayWidth(ch);
      const current = pieces.at(-1)!;
      if (current.width + w > width && current.width > 0) {
        if (text) current.runs.push({ text, style: run.style });
        text = '';
        pieces.push({ runs: [], width: 0 });
      }
      text += ch;
      pieces.at(-1)!.width += w;
    }
    if (text) pieces.at(-1)!.runs.push({ text, style: run.style });
  }
  return pieces;
}

/** Wrap runs to `width` columns; yields the lines, each a list of runs, as they are completed. */
export function* wrapLines(runs: Run[], width: number): Generator<Run[]> {
  const limit = Math.max(20, width);
  let line: Run[] = [];
  let column = 0;
  let hardStart = true;
  let pending: { runs: Run[]; width: number } | null = null;
  const finish = (hard: boolean): Run[] => {
    const done = line;
    line = [];
    column = 0;
    hardStart = hard;
    pending = null;
    return done;
  };
  for (const token of tokenize(runs)) {
    if (token.kind === 'newline') {
      yield finish(true);
    } else if (token.kind === 'space') {
      if (column === 0 && hardStart) {
        line.push(...token.runs); // indentation as written
        column += token.width;
      } else if (pending) {
        pending.runs.push(...token.runs);
        pending.width += token.width;
      } else pending = { runs: [...token.runs], width: token.width };
    } else {
      const space: { runs: Run[]; width: number } | null = pending;
      if (column > 0 && column + (space?.width ?? 0) + token.width > limit) yield finish(false);
      else if (space) {
        line.push(...space.runs);
        column += space.width;
      }
      pending = null;
      hardStart = false;
      const pieces = token.width > limit - column ? splitWord(token.runs, limit) : [token];
      for (const [i, piece] of pieces.entries()) {
        if (i > 0) yield finish(false);
        line.push(...piece.runs);
        column += piece.width;
      }
    }
  }
  yield line;
}

/** Wrap runs to `width` columns; returns the lines, each a list of runs. */
export function wrapRuns(runs: Run[], width: number): Run[][] {
  return [...wrapLines(runs, width)];
}

/** Merge neighbouring runs of one style (fewer escape codes). */
export function mergeRuns(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const last = out.at(-1);
    if (last && last.style === run.style) last.text += run.text;
    else out.push({ text: run.text, style: run.style });
  }
  return out;
}
