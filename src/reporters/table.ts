/**
 * table: a readable, coloured summary per section: entities with mention counts,
 * numbers with value, unit and hedge, quotes and claims with their speakers.
 * Fits the terminal width (at least 60 columns); long text is cut with "…".
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { Claim, Entity, Explained, Extraction, NumberMention, Quote } from '../types.js';
import { isReadLanguage, languageNotice } from '../input/language-name.js';
import { displayWidth } from './highlight-wrap.js';
import { otherSpellings } from './markup.js';
import { printable, printableExcerpt } from './printable.js';
import type { Reporter } from './types.js';

type Cell = string;

/**
 * Cut or pad to exactly `width` columns. The cell is data: whitespace is folded and
 * controls are shown as symbols (`printable`), so no cell can move the cursor or
 * start a line. Widths count terminal columns (a CJK character takes two).
 */
export function fit(text: string, width: number): string {
  const flat = printableExcerpt(text);
  const used = displayWidth(flat);
  if (used <= width) return flat + ' '.repeat(width - used);
  let out = '';
  let columns = 0;
  for (const ch of flat) {
    const w = displayWidth(ch);
    if (columns + w > width - 1) break;
    out += ch;
    columns += w;
  }
  return `${out}…${' '.repeat(Math.max(0, width - 1 - columns))}`;
}

interface Column {
  title: string;
  /** Fixed width, or 0 for "the rest". */
  width: number;
}

function renderRows(c: ChalkInstance, columns: Column[], rows: Cell[][], total: number): string[] {
  const fixed = columns.reduce((sum, col) => sum + col.width, 0) + (columns.length - 1) * 2 + 2;
  const rest = Math.max(10, total - fixed);
  const widths = columns.map((col) => col.width || rest);
  const line = (cells: string[]) => `  ${cells.map((cell, i) => fit(cell, widths[i]!)).join('  ')}`.trimEnd();
  return [c.dim(line(columns.map((col) => col.title))), ...rows.map(line)];
}

function section(c: ChalkInstance, title: string, count: number, body: string[]): string[] {
  return ['', c.bold(`${title} (${count})`), ...(count === 0 ? [c.dim('  none found')] : body)];
}

function entityRows(entities: Entity[], explain: boolean): Cell[][] {
  return entities.map((e) => [
    e.name,
    String(e.mentions.length),
    otherSpellings(e).join(', '),
    ...(explain ? [[...new Set(e.mentions.map((m) => m.rule ?? ''))].join(' ')] : []),
  ]);
}

const BOUND_WORDS: Record<string, string> = { exact: '', approx: '≈', upper: '≤', lower: '≥', range: '' };

function numberValue(n: NumberMention): string {
  if (n.bound === 'range' && n.min !== undefined && n.max !== undefined) return `${n.min}–${n.max}`;
  return `${BOUND_WORDS[n.bound] ?? ''}${n.value}`;
}

function numberRows(numbers: NumberMention[], explain: boolean): Cell[][] {
  return numbers.map((n) => [numberValue(n), n.kind, n.currency ?? n.unit ?? '', n.qualifier ?? '', n.subject ?? n.text, ...(explain ? [n.rule ?? ''] : [])]);
}

/** With --explain: the rules that made a quote or claim, its own first ("content-after-cue cue-speech frame-subject-before"). */
const rulesOf = (x: Explained): string => [x.rule, x.cueRule, x.frameRule].filter((r) => r !== undefined).join(' ');

function quoteRows(quotes: Quote[], explain: boolean): Cell[][] {
  return quotes.map((q) => [q.speaker?.name ?? '?', q.kind, q.cue?.text ?? '', q.text, ...(explain ? [rulesOf(q)] : [])]);
}

/** A negated cue reads "not deny". */
function claimRows(claims: Claim[], explain: boolean): Cell[][] {
  return claims.map((cl) => [cl.speaker?.name ?? '?', cl.kind, `${cl.negated ? 'not ' : ''}${cl.cue?.text ?? ''}`, cl.content.text, ...(explain ? [rulesOf(cl)] : [])]);
}


/** The article's title, then "by BYLINE · DATE · SITE", when the page gave them; and a language that was not read. */
function metaLines(e: Extraction, c: ChalkInstance, width: number): string[] {
  const meta = e.meta;
  if (!meta) return [];
  const lines: string[] = [];
  if (meta.title) lines.push(c.bold(fit(printable(meta.title), width).trimEnd()));
  const facts = [meta.byline ? `by ${printable(meta.byline)}` : null, meta.published ? printable(meta.published) : null, meta.siteName ? printable(meta.siteName) : null];
  const line = facts.filter((f) => f !== null).join(' · ');
  if (line) lines.push(c.dim(fit(line, width).trimEnd()));
  if (!isReadLanguage(meta.language)) lines.push(c.yellow(languageNotice(meta.language)));
  return lines;
}

/** Render one extraction as the table format. */
export function renderTable(e: Extraction, c: ChalkInstance, width: number): string {
  const w = Math.max(60, width);
  // --explain: a last column names the rules (the extraction carries them)
  const explain = [...e.claims, ...e.quotes, ...e.numbers].some((x) => x.rule !== undefined) || e.people.some((p) => p.mentions[0]?.rule !== undefined);
  const ruleCol: Column[] = explain ? [{ title: 'rules', width: RULE_WIDTH }] : [];
  const entityCols = [
    { title: 'name', width: 28 },
    { title: 'n', width: 3 },
    { title: 'also written', width: 0 },
    ...ruleCol,
  ];
  const speechCols: Column[] = [...SPEECH_COLS, ...ruleCol];
  const lines = [
    c.bold.underline(printable(e.source)),
    ...metaLines(e, c, w),
    ...section(c, c.cyan('People'), e.people.length, renderRows(c, entityCols, entityRows(e.people, explain), w)),
    ...section(c, c.magenta('Organisations'), e.organizations.length, renderRows(c, entityCols, entityRows(e.organizations, explain), w)),
    ...section(c, c.green('Places'), e.places.length, renderRows(c, entityCols, entityRows(e.places, explain), w)),
    ...section(
      c,
      c.yellow('Numbers'),
      e.numbers.length,
      renderRows(
        c,
        [
          { title: 'value', width: 14 },
          { title: 'kind', width: 8 },
          { title: 'unit', width: 12 },
          { title: 'hedge', width: 14 },
          { title: 'what', width: 0 },
          ...ruleCol,
        ],
        numberRows(e.numbers, explain),
        w,
      ),
    ),
    ...section(c, c.blue('Quotes'), e.quotes.length, renderRows(c, speechCols, quoteRows(e.quotes, explain), w)),
    ...section(c, c.blue('Claims'), e.claims.length, renderRows(c, speechCols, claimRows(e.claims, explain), w)),
  ];
  return `${lines.join('\n')}\n`;
}

/** Width of the rules column (--explain). */
const RULE_WIDTH = 34;

const SPEECH_COLS: Column[] = [
  { title: 'speaker', width: 22 },
  { title: 'kind', width: 8 },
  { title: 'cue', width: 14 },
  { title: 'text', width: 0 },
];

export const tableReporter: Reporter = {
  name: 'table',
  description: 'a readable, coloured summary per section (default on a terminal)',
  machine: false,
  perRecord: true,
  create: ({ color, width }) => {
    const c = new Chalk({ level: color ? 1 : 0 });
    return {
      header: () => '',
      item: (e, i) => `${i > 0 ? '\n' : ''}${renderTable(e, c, width)}`,
      failure: (f, i) => `${i > 0 ? '\n' : ''}${c.bold.underline(printable(f.source))}\n${c.red(`  error: ${printable(f.error)}`)}\n`,
      footer: () => '',
    };
  },
};
