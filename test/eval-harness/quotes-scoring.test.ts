import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../src/types.js';
import type { GoldDoc, GoldQuote } from '../eval/corpus.js';
import { contentMismatch, quoteErrors } from '../eval/quote-errors.js';
import {
  attributionExact,
  attributions,
  emptyTally,
  type PredictedSpan,
  tallyDoc,
  speakerIsRight,
  trimContent,
} from '../eval/quotes.js';

const TEXT =
  '"We will cut the fare," Mayor Lind said. "Buses come first." ' +
  'Officials said the depot would close in May. ' +
  'Lind told reporters that the budget was tight. ' +
  'The storm broke the windows.';

/** A gold fragment at the first occurrence of `content`, spoken by `speaker`. */
function gold(content: string, kind: GoldQuote['kind'], speaker: string | null, attributionId: string, speakerFrom = 0): GoldQuote {
  const start = TEXT.indexOf(content);
  if (start < 0) throw new Error(`no "${content}"`);
  const speakerStart = speaker === null ? null : TEXT.indexOf(speaker, speakerFrom);
  return {
    start,
    end: start + content.length,
    text: content,
    kind,
    speaker,
    speakerStart,
    speakerEnd: speakerStart === null || speaker === null ? null : speakerStart + speaker.length,
    cue: 'said',
    attributionId,
  };
}

function claim(content: string, speakerWords: string | null, from = 0): PredictedSpan {
  const start = TEXT.indexOf(content, from);
  if (start < 0) throw new Error(`no "${content}"`);
  let speaker: Speaker | null = null;
  if (speakerWords) {
    const at = TEXT.indexOf(speakerWords);
    speaker = { name: speakerWords, entity: null, mention: { text: speakerWords, start: at, end: at + speakerWords.length } };
  }
  return { start, end: start + content.length, speaker, cue: 'said' };
}

const GOLD = [
  gold('"We will cut the fare,"', 'direct', 'Mayor Lind', 'T1'),
  gold('"Buses come first."', 'direct', 'Mayor Lind', 'T1'),
  gold('the depot would close in May', 'indirect', 'Officials', 'T2'),
  gold('the budget was tight', 'indirect', 'Lind', 'T3', TEXT.indexOf('Lind told')),
];

describe('trimming for exact content', () => {
  it.each([
    ['"We will win,"', 'We will win'],
    ["''Not now.''", 'Not now'],
    ['  “Yes” — ', 'Yes'],
    ['(it is late)', 'it is late'],
    ['that 5% rose', 'that 5% rose'],
  ])('%j trims to %j', (raw, trimmed) => {
    expect(trimContent(raw)).toBe(trimmed);
  });
});

describe('exact content per attribution', () => {
  const [t1, t2] = attributions(GOLD);
  it('groups fragments by attribution id, in text order', () => {
    expect(attributions(GOLD).map((a) => a.length)).toEqual([2, 1, 1]);
  });
  it.each([
    ['one claim over the whole extent', [claim('"We will cut the fare," Mayor Lind said. "Buses come first."', null)], true],
    ['a claim for each fragment, each exact', [claim('We will cut the fare', null), claim('Buses come first', null)], true],
    ['one fragment exact, the other not found', [claim('We will cut the fare', null)], false],
    ['not found at all', [claim('The storm broke', null)], null],
  ] as const)('two fragments, %s: %s', (_, claims, expected) => {
    expect(attributionExact(TEXT, t1!, [...claims])).toBe(expected);
  });
  it.each([
    ['the depot would close in May.', true],
    ['said the depot would close in May', false],
    ['the depot would close', false],
  ])('one fragment, claim %j: %s', (content, expected) => {
    expect(attributionExact(TEXT, t2!, [claim(content, null)])).toBe(expected);
  });
});

describe('tally: end to end and exact content', () => {
  const claims = [
    claim('"We will cut the fare," Mayor Lind said. "Buses come first."', 'Mayor Lind'),
    claim('the depot would close in May', 'Lind'), // found, wrong speaker (gold: Officials)
    claim('reporters that the budget was tight', 'Lind'), // found (covers gold), right speaker, too long
    claim('the windows', 'The storm'), // spurious
  ];
  const t = emptyTally();
  tallyDoc(t, GOLD, [], claims, TEXT);
  it('end to end counts found AND right speaker over all gold with a speaker', () => {
    expect([t.e2eGold, t.e2eRight]).toEqual([4, 3]);
    expect([t.e2eDirectGold, t.e2eDirectRight]).toEqual([2, 2]);
    expect([t.e2eIndirectGold, t.e2eIndirectRight]).toEqual([2, 1]);
  });
  it('exact content: per attribution and per fragment', () => {
    expect([t.attributionsFound, t.attributionsExact]).toEqual([3, 2]);
    expect([t.allFoundByClaims, t.contentExact]).toEqual([4, 1]);
  });
  it('claims precision is unchanged: overlap with any gold content', () => {
    expect([t.claimsPredicted, t.claimsCorrect]).toEqual([4, 3]);
  });
});

describe('claim error records', () => {
  const doc: GoldDoc = { id: 'doc-1', corpus: 'quotes', text: TEXT, quotes: GOLD };
  const claims = [
    claim('the depot would close in May', 'Lind'),
    claim('reporters that the budget was tight', 'Lind'),
    claim('the windows', 'The storm'),
  ];
  const records = quoteErrors(doc, claims, []) as Record<string, unknown>[];
  const kinds = records.map((r) => `${r.kind}:${String(r.text ?? r.content)}`);
  it('lists misses, wrong speakers, content mismatches and spurious claims', () => {
    expect(kinds).toEqual([
      'missed:"We will cut the fare,"',
      'missed:"Buses come first."',
      'wrong-speaker:the depot would close in May',
      'content-mismatch:the budget was tight',
      'spurious:the windows',
    ]);
  });
  it('a miss carries the nearest claim; a mismatch its extra words', () => {
    expect(records[0]).toMatchObject({ goldKind: 'direct', speaker: 'Mayor Lind', nearest: { content: 'the depot would close in May' } });
    expect(records[3]).toMatchObject({ relation: 'too long', extraBefore: 'reporters that ', extraAfter: '' });
  });
  it.each([
    ['the budget was tight', 'that the budget was tight', 'too long'],
    ['the budget was tight', 'budget was', 'too short'],
    ['the budget was tight', 'was tight, he said', 'shifted'],
  ] as const)('gold %j vs claim %j is %s', (g, p, relation) => {
    expect(contentMismatch(g, p).relation).toBe(relation);
  });
});

describe('speakerIsRight: the gold speaker as annotated', () => {
  const base: GoldQuote = { start: 0, end: 23, text: '"We will cut the fare,"', kind: 'direct', speaker: 'Mayor Lind', speakerStart: 24, speakerEnd: 34, cue: 'said', attributionId: 'a' };
  const named = (name: string): Speaker => ({ name, entity: null, mention: { text: name, start: 200, end: 200 + name.length } });
  it.each([
    ['a possessive gold speaker shares the name', { ...base, speaker: "Lind's", cue: 'question' }, 'Mayor Lind', true],
    ['source and cue swapped by the annotator: the cue holds the name', { ...base, speaker: 'said', cue: 'Lind' }, 'Mayor Lind', true],
    ['a swapped pair still needs the name', { ...base, speaker: 'said', cue: 'Lind' }, 'Officials', false],
    ['a speaker that is no cue word is never swapped', { ...base, speaker: 'the mayor', cue: 'Lind' }, 'Mayor Lind', false],
  ])('%s', (_name, g, predicted, right) => {
    expect(speakerIsRight(g as GoldQuote, named(predicted as string))).toBe(right);
  });
});
