/**
 * highlight: the article as written (line breaks kept), with people,
 * organisations and places coloured by type, numbers followed by a dim reading
 * ("as many as 8,000 [≤8000 soldiers]") and quotes followed by their speaker.
 * Without colour the marks become brackets: "[Antony Blinken|PER]".
 * Lines are word-wrapped to the terminal width.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { Extraction } from '../types.js';
import { mergeRuns, type Run, wrapLines } from './highlight-wrap.js';
import {
  articleText,
  describeCounts,
  describeNumber,
  isMark,
  KIND_TAG,
  type MarkNode,
  markupTree,
  type Node,
  speakerName,
} from './markup.js';
import { printable } from './printable.js';
import type { Reporter } from './types.js';

/** Options of one rendering. */
export interface HighlightOptions {
  color: boolean;
  /** Terminal width in columns (at least 20 is used). */
  width: number;
}

const ENTITY_KINDS = new Set(['person', 'organization', 'place', 'number']);

/** The chalk style for a style key: the kinds of the open marks, outermost first, or a note. */
function styleOf(c: ChalkInstance, key: string): ChalkInstance {
  if (key === 'note') return c.dim;
  if (key === 'quote-note') return c.blue.bold;
  if (key === 'title') return c.bold.underline;
  const kinds = key.split('>');
  const inner = kinds.filter((k) => ENTITY_KINDS.has(k)).at(-1);
  let style: ChalkInstance = c;
  if (inner === 'person') style = style.cyan.bold;
  else if (inner === 'organization') style = style.magenta.bold;
  else if (inner === 'place') style = style.green.bold;
  else if (inner === 'number') style = style.yellow.bold;
  else if (kinds.includes('quote')) style = style.blue;
  if (kinds.includes('quote')) style = style.italic;
  if (kinds.includes('speaker')) style = style.underline;
  return style;
}

function markRuns(node: MarkNode, color: boolean, path: string, out: Run[]): void {
  const { mark } = node;
  const key = path ? `${path}>${mark.kind}` : mark.kind;
  const entity = mark.kind === 'person' || mark.kind === 'organization' || mark.kind === 'place';
  if (!color && entity && node.first) out.push({ text: '[', style: key });
  treeRuns(node.children, color, key, out);
  if (!node.last) return;
  if (!color && entity) out.push({ text: `|${KIND_TAG[mark.kind]}]`, style: key, glue: true });
  if (mark.kind === 'number') out.push({ text: ` [${printable(describeNumber(mark.number))}]`, style: 'note', glue: true });
  if (mark.kind === 'quote') out.push({ text: ` [— ${printable(speakerName(mark.quote))}]`, style: 'quote-note', glue: true });
}

function treeRuns(nodes: Node[], color: boolean, path: string, out: Run[]): void {
  for (const node of nodes) {
    if (isMark(node)) markRuns(node, color, path, out);
    else out.push({ text: printable(node.text, { lines: true }), style: path });
  }
}

function renderLines(runs: Run[], c: ChalkInstance, width: number): string {
  const cache = new Map<string, ChalkInstance>();
  const paint = (run: Run) => {
    let style = cache.get(run.style);
    if (!style) cache.set(run.style, (style = styleOf(c, run.style)));
    return run.style === '' ? run.text : style(run.text);
  };
  const lines: string[] = [];
  for (const line of wrapLines(runs, width)) lines.push(mergeRuns(line).map(paint).join('').trimEnd());
  return lines.join('\n');
}

/** The legend: what each colour or bracket means. */
export function renderLegend(options: HighlightOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const item = (runs: Run[]): Run[] => [{ text: '  ', style: '' }, ...runs.map((r, i) => (i === 0 ? r : { ...r, glue: true }))];
  const entity = (kind: 'person' | 'organization' | 'place', label: string) =>
    item(options.color ? [{ text: label, style: kind }] : [{ text: `[name|${KIND_TAG[kind]}]`, style: kind }, { text: ` ${label}`, style: '' }]);
  const runs: Run[] = [
    { text: 'Legend:', style: 'title' },
    ...entity('person', options.color ? 'Person' : 'person'),
    ...entity('organization', options.color ? 'Organisation' : 'organisation'),
    ...entity('place', options.color ? 'Place' : 'place'),
    ...item([
      { text: '8,000', style: 'number' },
      { text: ' [≤8000 soldiers]', style: 'note' },
      { text: ' number', style: '' },
    ]),
    ...item([
      { text: '“…”', style: 'quote' },
      { text: ' [— speaker]', style: 'quote-note' },
      { text: ' quote', style: '' },
    ]),
    { text: '\n', style: '' },
    { text: '≈ about, ≤ at most, ≥ at least, ? speaker not found', style: 'note' },
  ];
  return `${renderLines(runs, c, options.width)}\n`;
}

/** Render one article: title, counts, then the highlighted text. */
export function renderHighlight(e: Extraction, text: string, options: HighlightOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const runs: Run[] = [
    { text: printable(e.source), style: 'title' },
    { text: '\n', style: '' },
    { text: describeCounts(e), style: 'note' },
    { text: '\n\n', style: '' },
  ];
  treeRuns(markupTree(e, text), options.color, '', runs);
  return `${renderLines(runs, c, options.width)}\n`;
}

export const highlightReporter: Reporter = {
  name: 'highlight',
  description: 'the article text with people, places, numbers and quotes highlighted',
  machine: false,
  perRecord: true,
  needsText: true,
  extension: 'txt',
  create: ({ color, width }) => {
    const c = new Chalk({ level: color ? 1 : 0 });
    const options = { color, width };
    return {
      header: () => `${renderLegend(options)}\n`,
      item: (e, i) => `${i > 0 ? '\n' : ''}${renderHighlight(e, articleText(e), options)}`,
      failure: (f, i) => `${i > 0 ? '\n' : ''}${c.bold.underline(printable(f.source))}\n${c.red(`  error: ${printable(f.error)}`)}\n`,
      footer: () => '',
    };
  },
};
