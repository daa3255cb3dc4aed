/**
 * What raw compromise finds, for the baseline column of the eval and the benchmark:
 * parse + people + organizations + places (+ numbers + quotations for the benchmark).
 * Spans come from the first and last term's offsets, with a possessive trimmed
 * (COMPROMISE-NOTES.md: the match-level offsets are off by the leading punctuation).
 */
import nlp from 'compromise';

export interface RawSpan {
  type: string;
  start: number;
  end: number;
}

interface JsonTerm {
  offset: { start: number; length: number };
  text: string;
}

function spansOf(view: { json(o: object): unknown }, type: string, text: string): RawSpan[] {
  const out: RawSpan[] = [];
  for (const match of view.json({ offset: true, terms: { offset: true } }) as { terms: JsonTerm[] }[]) {
    const first = match.terms[0];
    const last = match.terms[match.terms.length - 1];
    if (!first || !last) continue;
    const start = first.offset.start;
    let end = last.offset.start + last.offset.length;
    const poss = /['’]s?$/.exec(text.slice(start, end));
    if (poss) end -= poss[0].length;
    if (end > start) out.push({ type, start, end });
  }
  return out;
}

/** Raw compromise's people, organisations and places, as spans. */
export function rawEntities(text: string): RawSpan[] {
  const doc = nlp(text);
  return [
    ...spansOf(doc.people(), 'person', text),
    ...spansOf(doc.organizations(), 'organization', text),
    ...spansOf(doc.places(), 'place', text),
  ];
}

/** Raw compromise's quotations, as spans. */
export function rawQuotes(text: string): RawSpan[] {
  return spansOf(nlp(text).quotations(), 'quote', text);
}

/** Raw compromise's numbers, as spans. */
export function rawNumbers(text: string): RawSpan[] {
  return spansOf(nlp(text).numbers(), 'number', text);
}

/** Everything the benchmark's baseline does: one parse, five extractions. */
export function rawAll(text: string): number {
  const doc = nlp(text);
  return (
    doc.people().length +
    doc.organizations().length +
    doc.places().length +
    doc.numbers().json().length +
    doc.quotations().length
  );
}
