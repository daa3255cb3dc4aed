/**
 * The one function that makes a string from data safe to print for a human: the
 * table, the highlight body and its notes, `check` output, error messages and file
 * names all go through `printable`. An article or a record id can hold terminal
 * controls ("\x1b]52;c;…\x07" writes the clipboard, "\x1b[2J" clears the screen,
 * U+202E reverses the line); they are shown as visible symbols instead, never sent
 * to the terminal. HTML is escaped by its own reporter; JSON escapes C0 controls.
 */

/** C0 and C1 controls, DEL and the bidi embeddings, overrides and isolates. */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** The same without tab and line feed, which a multi-line text keeps. */
const CONTROLS_KEEPING_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The visible stand-in of a control: its Control Pictures symbol for C0 ("␛" for
 * ESC, "␊" for a line feed), "␡" for DEL, "␤" for the Unicode line and paragraph
 * separators, U+FFFD for C1 controls and bidi controls.
 */
function symbol(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  if (code === 0x2028 || code === 0x2029) return '\u2424';
  return '\ufffd';
}

/**
 * Make data safe to print. By default the result is one line: every control,
 * line breaks and tabs included, becomes a visible symbol, so a file name or an
 * id can never start a line of its own ("a\n::error::x" stays on its line).
 * With `lines: true` (an article's body) CRLF and CR become LF and line feeds and
 * tabs are kept; every other control is shown.
 */
export function printable(text: string, options: { lines?: boolean } = {}): string {
  if (!options.lines) return text.replace(CONTROLS, symbol);
  return text.replace(/\r\n?/g, '\n').replace(CONTROLS_KEEPING_LINES, symbol);
}

/** An excerpt for one line: runs of whitespace (line breaks too) folded to one space, then made printable. */
export function printableExcerpt(text: string): string {
  return printable(text.replace(/\s+/g, ' '));
}
