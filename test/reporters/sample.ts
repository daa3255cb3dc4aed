/** A small hand-made extraction, so reporter tests do not depend on the pipeline's accuracy. */
import type { Extraction, Span } from '../../src/types.js';

/** The span of the `nth` (0-based) occurrence of `words` in `text`. */
export function spanOf(text: string, words: string, nth = 0): Span {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(words, start + 1);
  if (start < 0) throw new Error(`not in the sample: ${words}`);
  return { text: words, start, end: start + words.length };
}

/** An extraction of `text` naming a person, a second person who speaks, a place, a number and a quote. */
export function sampleExtraction(text: string, names = { person: 'Antony Blinken', speaker: 'Cho', place: 'Seoul' }): Extraction {
  const cho = spanOf(text, names.speaker, 1);
  const quoteStart = text.indexOf('“');
  const quoteEnd = text.indexOf('”') + 1;
  return {
    schemaVersion: 1,
    source: 'sample',
    meta: { title: null, byline: null, published: null, siteName: null, url: null, language: 'eng' },
    people: [
      { id: 'p1', name: names.person, mentions: [spanOf(text, names.person)], roles: ['Secretary of State'] },
      { id: 'p2', name: names.speaker, mentions: [spanOf(text, names.speaker), cho] },
    ],
    organizations: [],
    places: [{ id: 'l1', name: names.place, mentions: [spanOf(text, names.place)] }],
    numbers: [
      { ...spanOf(text, '8,000'), value: 8000, kind: 'count', unit: 'troops', subject: 'troops', qualifier: 'as many as', bound: 'upper' },
    ],
    quotes: [
      {
        text: text.slice(quoteStart, quoteEnd),
        start: quoteStart,
        end: quoteEnd,
        kind: 'direct',
        speaker: { name: names.speaker, entity: 'p2', mention: cho },
        cue: spanOf(text, 'said'),
      },
    ],
    claims: [],
    text,
  };
}

export const SAMPLE = 'As many as 8,000 troops arrived, Antony Blinken told Cho on Friday.\n“We agree with Seoul,” said Cho.';
