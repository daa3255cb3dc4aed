/**
 * The highlighted spans of an extraction ("marks"), nested into a tree over the
 * input text. Both the highlight and the html formats render this tree, so they
 * always agree on what is marked. Leaves are slices of the input: joining every
 * leaf's text gives the input back unchanged.
 *
 * Spans can overlap: a person named inside a quote nests inside it; spans that
 * cross ("[Blinken said “we] agree”") are split so the tree stays well formed,
 * the less important span giving way (quote > entity > speaker > number).
 */
import type { Entity, Extraction, NumberMention, Quote } from '../types.js';

export type EntityKind = 'person' | 'organization' | 'place';

interface MarkBase {
  start: number;
  end: number;
}

/** One mention of a person, organisation or place. */
export interface EntityMark extends MarkBase {
  kind: EntityKind;
  entity: Entity;
  /** Index of the mention in `entity.mentions`. */
  mention: number;
}

/** One number mention; `index` is its place in `extraction.numbers`. */
export interface NumberMark extends MarkBase {
  kind: 'number';
  number: NumberMention;
  index: number;
}

/** One quote; `index` is its place in `extraction.quotes`. */
export interface QuoteMark extends MarkBase {
  kind: 'quote';
  quote: Quote;
  index: number;
}

/** The words standing for a quote's speaker ("it said", "Blinken said"). */
export interface SpeakerMark extends MarkBase {
  kind: 'speaker';
  quote: Quote;
  index: number;
}

export type Mark = EntityMark | NumberMark | QuoteMark | SpeakerMark;

/** A run of plain input text. */
export interface TextNode {
  text: string;
}

/** A marked span; a mark split by a crossing span becomes several nodes. */
export interface MarkNode {
  mark: Mark;
  children: Node[];
  /** This node holds the start of the mark (put opening decorations here). */
  first: boolean;
  /** This node holds the end of the mark (put closing notes here). */
  last: boolean;
}

export type Node = TextNode | MarkNode;

/** Lower ranks win a crossing and sit outside when two spans cover the same text. */
const RANK: Record<Mark['kind'], number> = { quote: 0, person: 1, organization: 1, place: 1, speaker: 2, number: 3 };

/** Every mark of an extraction, in no particular order. */
export function collectMarks(e: Extraction): Mark[] {
  const marks: Mark[] = [];
  const groups: [EntityKind, Entity[]][] = [
    ['person', e.people],
    ['organization', e.organizations],
    ['place', e.places],
  ];
  for (const [kind, entities] of groups) {
    for (const entity of entities) {
      entity.mentions.forEach((m, mention) => marks.push({ kind, start: m.start, end: m.end, entity, mention }));
    }
  }
  e.numbers.forEach((number, index) => marks.push({ kind: 'number', start: number.start, end: number.end, number, index }));
  e.quotes.forEach((quote, index) => {
    marks.push({ kind: 'quote', start: quote.start, end: quote.end, quote, index });
    const said = quote.speaker?.mention;
    if (said) marks.push({ kind: 'speaker', start: said.start, end: said.end, quote, index });
  });
  return marks;
}

/** A mark, or the piece of one left over after a crossing split it. */
interface Piece {
  mark: Mark;
  start: number;
  end: number;
  first: boolean;
  last: boolean;
}

interface Frame {
  piece: Piece;
  node: MarkNode;
}

function before(a: Piece, b: Piece): number {
  return a.start - b.start || b.end - a.end || RANK[a.mark.kind] - RANK[b.mark.kind];
}

/** Insert into the sorted tail of the queue, after `from` (binary search; crossings are rare). */
function enqueue(queue: Piece[], piece: Piece, from: number): void {
  let low = from;
  let high = queue.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (before(queue[mid]!, piece) <= 0) low = mid + 1;
    else high = mid;
  }
  queue.splice(low, 0, piece);
}

/**
 * Nest `marks` over `text` into a tree. Marks outside the text or empty are
 * dropped; crossing marks are split as described at the top of this file.
 */
export function buildTree(text: string, marks: Mark[]): Node[] {
  const queue: Piece[] = marks
    .filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end)
    .map((mark) => ({ mark, start: mark.start, end: mark.end, first: true, last: true }))
    .sort(before);
  const roots: Node[] = [];
  const stack: Frame[] = [];
  let cursor = 0;
  const children = (): Node[] => stack.at(-1)?.node.children ?? roots;
  const emit = (to: number) => {
    if (to > cursor) children().push({ text: text.slice(cursor, to) });
    cursor = Math.max(cursor, to);
  };
  const close = () => {
    emit(stack.at(-1)!.piece.end);
    stack.pop();
  };
  for (let i = 0; i < queue.length; i++) {
    let piece = queue[i]!;
    while (stack.length > 0 && stack.at(-1)!.piece.end <= piece.start) close();
    let open = stack.at(-1);
    while (open && piece.end > open.piece.end && RANK[piece.mark.kind] < RANK[open.piece.mark.kind]) {
      // The open mark matters less: cut it here and resume it inside `piece`.
      enqueue(queue, { ...open.piece, start: piece.start, first: false }, i + 1);
      open.piece.end = piece.start;
      open.node.last = false;
      close();
      open = stack.at(-1);
    }
    if (open && piece.end > open.piece.end) {
      // `piece` matters less (or as much): keep its head here, queue its tail.
      enqueue(queue, { ...piece, start: open.piece.end, first: false }, i + 1);
      piece = { ...piece, end: open.piece.end, last: false };
    }
    emit(piece.start);
    const node: MarkNode = { mark: piece.mark, children: [], first: piece.first, last: piece.last };
    children().push(node);
    stack.push({ piece, node });
  }
  while (stack.length > 0) close();
  emit(text.length);
  return roots;
}

/** The tree for an extraction of `text`. */
export function markupTree(e: Extraction, text: string): Node[] {
  return buildTree(text, collectMarks(e));
}

/** Type guard: a marked node rather than plain text. */
export function isMark(node: Node): node is MarkNode {
  return 'mark' in node;
}

const BOUND_SIGN: Record<NumberMention['bound'], string> = { exact: '', approx: '≈', upper: '≤', lower: '≥', range: '' };

/** A compact reading of a number: "≤8000 soldiers", "≈2.5 USD", "5–7%". */
export function describeNumber(n: NumberMention): string {
  const value =
    n.bound === 'range' && n.min !== undefined && n.max !== undefined ? `${n.min}–${n.max}` : `${BOUND_SIGN[n.bound]}${n.value}`;
  const unit = n.currency ?? n.unit;
  if (!unit) return value;
  return unit === '%' ? `${value}%` : `${value} ${unit}`;
}

/** Who said a quote, for a badge or a suffix; "?" when nobody was found. */
export function speakerName(q: Quote): string {
  return q.speaker?.name ?? '?';
}

/** Short name of an entity kind for bracket markup: PER, ORG, LOC. */
export const KIND_TAG: Record<EntityKind, string> = { person: 'PER', organization: 'ORG', place: 'LOC' };

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** What was found, in one line: "3 people · 5 organisations · …". */
export function describeCounts(e: Extraction): string {
  return [
    plural(e.people.length, 'person', 'people'),
    plural(e.organizations.length, 'organisation', 'organisations'),
    plural(e.places.length, 'place', 'places'),
    plural(e.numbers.length, 'number', 'numbers'),
    plural(e.quotes.length, 'quote', 'quotes'),
  ].join(' · ');
}

/** The text the offsets of `e` refer to; the CLI asks for it (`needsText`). */
export function articleText(e: Extraction): string {
  if (e.text === undefined) throw new Error(`${e.source}: the article text is missing (extract with includeText)`);
  return e.text;
}

/**
 * The other ways an entity is written in the text ("Blinken" for "Antony Blinken"),
 * spaces folded. A mention of a word split by a line break ("Rus\nsia") is the name
 * itself, not another spelling.
 */
export function otherSpellings(entity: Entity): string[] {
  // (a soft hyphen or a zero-width space is invisible: "Vladi\u00ADmir Putin" is no other spelling of "Vladimir Putin")
  const visible = (text: string): string => text.replace(INVISIBLE, '').replace(/\s+/g, ' ');
  const squash = (text: string): string => visible(text).replace(/ /g, '');
  const name = squash(entity.name);
  return [...new Set(entity.mentions.map((m) => visible(m.text)))].filter((t) => squash(t) !== name);
}

/** Invisible format characters: the soft hyphen, zero-width spaces and joiners, the word joiner, the BOM. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
