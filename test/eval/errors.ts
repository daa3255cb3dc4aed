/**
 * Error files for analysis (`npm run eval -- --errors DIR`): one JSONL file per corpus
 * and kind of figure (`gum-entities.jsonl`, `quotes-claims.jsonl`, ...), one error a
 * line. Nothing is written unless a directory is given; there is no default, so the
 * corpus text never lands in the repository by accident.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Characters of context kept on each side of a span. */
export const CONTEXT_CHARS = 80;

/**
 * The text around a span, the span marked with ⟦ ⟧ and runs of white space made one
 * space: `…the US state of ⟦Louisiana⟧ said on Monday…`.
 */
export function contextOf(text: string, start: number, end: number, width = CONTEXT_CHARS): string {
  const from = Math.max(0, start - width);
  const to = Math.min(text.length, end + width);
  const flat = (s: string) => s.replace(/\s+/gu, ' ');
  return `${from > 0 ? '…' : ''}${flat(text.slice(from, start))}⟦${flat(text.slice(start, end))}⟧${flat(text.slice(end, to))}${to < text.length ? '…' : ''}`;
}

/**
 * One record as a JSON line. JSON escapes C0 controls; C1 controls and bidi overrides,
 * which JSON leaves raw, are escaped too, so printing a file cannot drive a terminal
 * (the record parses back to the same strings).
 */
export function jsonLine(record: object): string {
  return JSON.stringify(record).replace(
    /[\u0080-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Collects error records by file name; writes them all at the end. */
export class ErrorLog {
  private readonly files = new Map<string, string[]>();

  constructor(private readonly dir: string | null) {}

  /** Whether records are kept at all (no directory: the scorers skip building them). */
  get enabled(): boolean {
    return this.dir !== null;
  }

  add(file: string, record: object): void {
    if (!this.dir) return;
    let lines = this.files.get(file);
    if (!lines) this.files.set(file, (lines = []));
    lines.push(jsonLine(record));
  }

  /** Write every file (an empty one for a corpus scored without errors); returns path and count per file. */
  write(): { path: string; count: number }[] {
    if (!this.dir) return [];
    mkdirSync(this.dir, { recursive: true });
    const out: { path: string; count: number }[] = [];
    for (const [file, lines] of this.files) {
      const path = join(this.dir, file);
      writeFileSync(path, lines.length ? `${lines.join('\n')}\n` : '');
      out.push({ path, count: lines.length });
    }
    return out;
  }

  /** Make sure a file is written even when it gets no record. */
  touch(file: string): void {
    if (this.dir && !this.files.has(file)) this.files.set(file, []);
  }
}
