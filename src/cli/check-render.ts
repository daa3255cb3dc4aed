/**
 * What `newsclaims check` prints: a line per article, the differences of a failing
 * one, a summary; with `--format github`, GitHub Actions annotations pointing at the
 * line and column of each difference. Everything from data (file names, excerpts)
 * goes through `printable`: no terminal control, and no line break that would let
 * article text start a line of its own. Under GitHub Actions the readable part is
 * wrapped in `::stop-commands::`, so text such as `##[error]` or `::error::` inside
 * an excerpt is never taken for a workflow command (GitHub documents stop-commands
 * for printing untrusted text; the legacy `##[command]` form is matched anywhere in
 * a line).
 */
import { randomUUID } from 'node:crypto';
import type { ChalkInstance } from 'chalk';
import { printable } from '../reporters/printable.js';
import type { Difference } from './check-diff.js';
import { lineAndColumn } from './check-files.js';

/** The outcome of checking one article. */
export interface Verdict {
  article: string;
  /**
   * ok: every expectation held; fail: something did not, or a file was refused;
   * none: no expectation file; created / updated / unchanged: what --update did.
   */
  status: 'ok' | 'fail' | 'none' | 'created' | 'updated' | 'unchanged';
  /** Which expectation files were used. */
  against: string[];
  lines: Difference[];
  /** The article's text, to turn offsets into lines and columns; null for HTML (offsets refer to the extracted text). */
  text: string | null;
}

/** Diff lines shown per article; the rest are counted. */
const MAX_LINES = 40;

const LABELS: Record<Verdict['status'], (c: ChalkInstance) => string> = {
  ok: (c) => c.green('ok       '),
  fail: (c) => c.red.bold('FAIL     '),
  none: (c) => c.yellow('none     '),
  created: (c) => c.yellow('created  '),
  updated: (c) => c.yellow('updated  '),
  unchanged: (c) => c.dim('unchanged'),
};

function shown(lines: Difference[]): string[] {
  const texts = lines.map((l) => l.text);
  if (texts.length <= MAX_LINES) return texts;
  return [...texts.slice(0, MAX_LINES), `… and ${texts.length - MAX_LINES} more differences`];
}

/** One article's readable report. */
export function renderVerdict(v: Verdict, c: ChalkInstance, options: { strict: boolean }): string {
  const label = v.status === 'none' && options.strict ? LABELS.fail(c) : LABELS[v.status](c);
  const note = v.status === 'none' ? ` (no ${expectationNames(v.article)})` : v.against.length > 0 ? ` (${v.against.join(', ')})` : '';
  const body = shown(v.lines).map((l) => `          ${printable(l)}\n`).join('');
  return `${label} ${printable(v.article)}${c.dim(printable(note))}\n${body}`;
}

function expectationNames(article: string): string {
  const base = article.replace(/\.[^./\\]*$/, '').replace(/^.*[/\\]/, '');
  return `${base}.expected.json or ${base}.expect.json; --update creates ${base}.expected.json`;
}

/** GitHub Actions workflow-command escaping of the message (data). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** GitHub Actions workflow-command escaping of a property value (file, title). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * The annotations for a failing article: one `::error` per difference, with the
 * file and, when the difference has a place in a text article, its line and column.
 */
export function annotations(v: Verdict): string {
  if (v.status !== 'fail' && v.status !== 'none') return '';
  const lines = v.lines.length > 0 ? v.lines : [{ text: `no expectation file (${expectationNames(v.article)})` }];
  return lines
    .slice(0, MAX_LINES)
    .map((d) => {
      const props = [`file=${escapeProperty(printable(v.article))}`];
      if (d.offset !== undefined && v.text !== null) {
        const { line, col } = lineAndColumn(v.text, d.offset);
        props.push(`line=${line}`, `col=${col}`);
      }
      props.push(`title=${escapeProperty('newsclaims check')}`);
      return `::error ${props.join(',')}::${escapeData(printable(d.text))}\n`;
    })
    .join('');
}

/** Stop and resume workflow commands around untrusted text, with a token nobody can guess. */
export function commandGuard(): { stop: string; resume: string } {
  const token = `newsclaims-${randomUUID()}`;
  return { stop: `::stop-commands::${token}\n`, resume: `::${token}::\n` };
}

/** The last line: how many articles, passed, failed, and what --update did. */
export function summary(verdicts: Verdict[], strict: boolean): string {
  const count = (s: Verdict['status']) => verdicts.filter((v) => v.status === s).length;
  const failed = count('fail') + (strict ? count('none') : 0);
  const parts = [`${count('ok')} passed`, `${failed} failed`];
  for (const s of ['created', 'updated', 'unchanged'] as const) if (count(s) > 0) parts.push(`${count(s)} ${s}`);
  if (count('none') > 0) parts.push(`${count('none')} without expectations${strict ? ' (--strict)' : ' (not checked)'}`);
  return `newsclaims check: ${verdicts.length} article${verdicts.length === 1 ? '' : 's'}, ${parts.join(', ')}\n`;
}
