/**
 * Entity error records for `--errors DIR`: false positives and misses, each with its
 * type, text, document id, a context window, the spans of the other side that touch
 * it, and a first sort by shape:
 * - `wrong type`: the other side has the same span (exact) or holds it (names in
 *   mentions) under another type;
 * - `boundary`: a span of the same type overlaps it without matching;
 * - `spurious` (false positive) / `missed` (miss): nothing of the other side touches it.
 */
import type { GoldDoc, GoldEntity } from './corpus.js';
import { contextOf } from './errors.js';
import type { NimVerdicts } from './names-in-mentions.js';
import type { RawSpan } from './raw-compromise.js';

export type EntityErrorKind = 'false-positive' | 'miss';
export type EntityErrorClass = 'wrong type' | 'boundary' | 'spurious' | 'missed';

export interface EntityError {
  doc: string;
  kind: EntityErrorKind;
  class: EntityErrorClass;
  type: string;
  text: string;
  start: number;
  end: number;
  context: string;
  /** Spans of the other side (gold for a false positive, predictions for a miss) that overlap this one. */
  overlapping: { type: string; text: string }[];
}

interface TypedSpan {
  type: string;
  start: number;
  end: number;
}

const overlaps = (a: TypedSpan, b: TypedSpan): boolean => a.start < b.end && a.end > b.start;
const within = (a: TypedSpan, b: TypedSpan): boolean => a.start >= b.start && a.end <= b.end;
const same = (a: TypedSpan, b: TypedSpan): boolean => a.start === b.start && a.end === b.end;

/** GUM's mentions can run to hundreds of characters: keep the start of a long one. */
const clip = (s: string, max = 120): string => {
  const flat = s.replace(/\s+/gu, ' ');
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
};

function record(
  doc: GoldDoc,
  kind: EntityErrorKind,
  span: TypedSpan,
  cls: EntityErrorClass,
  others: TypedSpan[],
): EntityError {
  return {
    doc: doc.id,
    kind,
    class: cls,
    type: span.type,
    text: doc.text.slice(span.start, span.end),
    start: span.start,
    end: span.end,
    context: contextOf(doc.text, span.start, span.end),
    overlapping: others
      .filter((o) => overlaps(o, span))
      .map((o) => ({ type: o.type, text: clip(doc.text.slice(o.start, o.end)) })),
  };
}

/** Sort one error by shape, `matches` being the other side's test for "same place" (exact, or holds it). */
function classify(span: TypedSpan, others: TypedSpan[], kind: EntityErrorKind, sameSpan: (o: TypedSpan) => boolean): EntityErrorClass {
  if (others.some((o) => o.type !== span.type && sameSpan(o))) return 'wrong type';
  if (others.some((o) => o.type === span.type && overlaps(o, span))) return 'boundary';
  return kind === 'false-positive' ? 'spurious' : 'missed';
}

/** Errors of the exact-span scoring: predictions with no gold of the same span and type, and the reverse. */
export function exactSpanErrors(doc: GoldDoc, gold: GoldEntity[], pred: RawSpan[]): EntityError[] {
  const key = (s: TypedSpan) => `${s.type}:${s.start}:${s.end}`;
  const goldKeys = new Set(gold.map(key));
  const predKeys = new Set(pred.map(key));
  const out: EntityError[] = [];
  for (const p of pred) {
    if (goldKeys.has(key(p))) continue;
    out.push(record(doc, 'false-positive', p, classify(p, gold, 'false-positive', (g) => same(g, p)), gold));
  }
  for (const g of gold) {
    if (predKeys.has(key(g))) continue;
    out.push(record(doc, 'miss', g, classify(g, pred, 'miss', (p) => same(p, g)), pred));
  }
  return out;
}

/** Errors of the names-in-mentions scoring: wrong predictions and named gold mentions not found. */
export function namesInMentionsErrors(doc: GoldDoc, v: NimVerdicts): EntityError[] {
  const gold = (doc.entities ?? []).filter((e) => ['person', 'organization', 'place'].includes(e.type));
  const preds = v.predictions.map((x) => x.pred);
  const out: EntityError[] = [];
  for (const { pred, right } of v.predictions) {
    if (right) continue;
    out.push(record(doc, 'false-positive', pred, classify(pred, gold, 'false-positive', (g) => within(pred, g)), gold));
  }
  for (const { gold: g, found } of v.named) {
    if (found) continue;
    out.push(record(doc, 'miss', g, classify(g, preds, 'miss', (p) => within(p, g)), preds));
  }
  return out;
}
