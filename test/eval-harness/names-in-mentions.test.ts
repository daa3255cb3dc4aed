import { describe, expect, it } from 'vitest';
import type { GoldDoc, GoldEntity } from '../eval/corpus.js';
import {
  allGold,
  confidentGold,
  holdsName,
  isNameWord,
  judgeDoc,
  nameContext,
  predictionIsRight,
  scoreNamesInMentions,
  trimPrediction,
  wordsOf,
} from '../eval/names-in-mentions.js';
import type { RawSpan } from '../eval/raw-compromise.js';

/** A gold mention at the first occurrence of `text` (after `from`). */
function mention(doc: string, text: string, type: string, from = 0, confidence?: number): GoldEntity {
  const start = doc.indexOf(text, from);
  if (start < 0) throw new Error(`no "${text}" in test text`);
  return { start, end: start + text.length, type, text, ...(confidence === undefined ? {} : { confidence }) };
}

function pred(doc: string, text: string, type: string, from = 0): RawSpan {
  const start = doc.indexOf(text, from);
  if (start < 0) throw new Error(`no "${text}" in test text`);
  return { type, start, end: start + text.length };
}

describe('a capitalised word that can be a name', () => {
  it.each(['Ostrava', 'Kessler', 'US', 'NATO', 'Marta'])('%s is a name word', (w) => {
    expect(isNameWord(w)).toBe(true);
  });
  it.each(['The', 'It', 'We', "I'm", 'I’d', "That's", 'Its', "Don't", 'Syrians', 'Syrian', 'English', "Iraqi's"])(
    '%s is not (function word or demonym)',
    (w) => {
      expect(isNameWord(w)).toBe(false);
    },
  );
});

describe('sentence starts', () => {
  const text = 'Ana left. "Then Bo came?" (Cy) stayed: Dee wrote to Eugene A. Nida.\nFay';
  const starts = Object.fromEntries(wordsOf(text).map((w) => [w.text, w.sentenceStart]));
  it.each([
    ['Ana', true],
    ['left', false],
    ['Then', true],
    ['Bo', false],
    ['Cy', true],
    ['Dee', true],
    ['Nida', false],
    ['Fay', true],
  ])('%s opens a sentence: %s', (word, opens) => {
    expect(starts[word]).toBe(opens);
  });
});

describe('a gold mention holds a name', () => {
  const text =
    'Helsby grew up near the harbour. Her brother joined the Velmar Rowing Club. Velmar is small. ' +
    'Tokyo suited him. He moved to Tokyo. Syrians came too. The Iranians stayed.';
  const ctx = nameContext(text);
  it.each([
    ['the Velmar Rowing Club', 0, true, 'mid-sentence capitals'],
    ['Velmar', text.indexOf('Velmar is'), true, 'sentence start, but capitalised mid-sentence elsewhere'],
    ['Helsby', 0, false, 'sentence start only, never mid-sentence'],
    ['Her brother', 0, false, 'function word'],
    ['Tokyo', 0, true, 'sentence start; "Tokyo" mid-sentence later'],
    ['Syrians', 0, false, 'demonym'],
    ['The Iranians', 0, false, 'function word and demonym'],
    ['the harbour', 0, false, 'no capital'],
  ])('%j (from %i): %s (%s)', (span, from, holds) => {
    expect(holdsName(mention(text, span, 'place', from), ctx)).toBe(holds);
  });
  it('"Tokyo\'s" at a sentence start is the name written "Tokyo" mid-sentence', () => {
    const t = "Tokyo's trams run late. We like Tokyo.";
    expect(holdsName(mention(t, "Tokyo's", 'place'), nameContext(t))).toBe(true);
  });
});

describe('a prediction is right', () => {
  const text = 'The mayor of Brenholt met the people of Arvania, and Arvania signed the deal with the Kallor Group.';
  const gold = [
    mention(text, 'The mayor of Brenholt', 'person'),
    mention(text, 'Brenholt', 'place'),
    mention(text, 'the people of Arvania', 'person'),
    mention(text, 'Arvania', 'organization', text.indexOf('and')),
    mention(text, 'the Kallor Group', 'organization'),
  ];
  it.each([
    ['Brenholt', 'place', 0, true, 'inside a place mention'],
    ['mayor of Brenholt', 'person', 0, true, 'inside a person mention, not its whole span'],
    ['Brenholt', 'organization', 0, false, 'no organization mention holds it'],
    ['Arvania', 'place', text.indexOf('and'), true, 'a country acting as a state (same text)'],
    ['Kallor Group', 'organization', 0, true, 'inside "the Kallor Group"'],
    ['Kallor', 'place', 0, false, 'a place inside an organization mention of other text'],
    ['Arvania, and', 'place', 0, false, 'runs out of every mention'],
  ])('%j as %s: %s (%s)', (span, type, from, right) => {
    expect(predictionIsRight(pred(text, span, type, from), gold, text)).toBe(right);
  });
  it('edges are trimmed before the test; a final full stop stays', () => {
    const t = 'He met , Dvorak (at the U.S. border).';
    const comma = t.indexOf(',');
    const dvorak = { type: 'person', start: comma, end: t.indexOf(' (') + 2 };
    expect(t.slice(...span(trimPrediction(dvorak, t)))).toBe('Dvorak');
    const us = t.indexOf('U.S.');
    expect(t.slice(...span(trimPrediction({ type: 'place', start: us, end: us + 5 }, t)))).toBe('U.S.');
    expect(trimPrediction({ type: 'place', start: comma - 1, end: comma + 2 }, t)).toBeNull();
  });
});

function span(p: RawSpan | null): [number, number] {
  if (!p) throw new Error('trimmed to nothing');
  return [p.start, p.end];
}

describe('scoring a corpus', () => {
  const text = 'Mira Osk wrote to the Tanner Institute. Osk then left for Lisbon with her sister. Lisbon was hot.';
  const doc: GoldDoc = {
    id: 'd1',
    corpus: 'gum',
    text,
    entities: [
      mention(text, 'Mira Osk', 'person'),
      mention(text, 'the Tanner Institute', 'organization'),
      mention(text, 'Osk', 'person', 20),
      mention(text, 'Lisbon', 'place'),
      mention(text, 'Lisbon', 'person'), // the same span listed again under another type: one mention
      mention(text, 'her sister', 'person'),
      mention(text, 'Lisbon', 'place', text.indexOf('hot') - 12),
    ],
  };
  const predictions = [
    pred(text, 'Mira Osk', 'person'),
    pred(text, 'Tanner Institute', 'organization'),
    pred(text, 'Lisbon', 'place'),
    pred(text, 'Osk then', 'person', 20),
    pred(text, 'Tanner', 'person'),
  ];
  it('recall counts named mentions once per span; precision counts predictions inside a mention of their type', () => {
    const r = scoreNamesInMentions([doc], () => predictions, allGold);
    // Named: Mira Osk, the Tanner Institute, Osk (written mid-sentence elsewhere), Lisbon, Lisbon (2nd) = 5.
    expect(r.all).toMatchObject({ named: 5, found: 3, predicted: 5, right: 3 });
    expect(r.all.precision).toBeCloseTo(0.6);
    expect(r.all.recall).toBeCloseTo(0.6);
    expect(r.all.f1).toBeCloseTo(0.6);
    expect(r.person).toMatchObject({ named: 2, found: 1, predicted: 3, right: 1 });
    expect(r.place).toMatchObject({ named: 2, found: 1, predicted: 1, right: 1 });
  });
  it('re3d: recall only over confidence >= 0.5, precision over every mention', () => {
    const t = 'Kessler Base was shelled. Crews from Ardent Works helped.';
    const d: GoldDoc = {
      id: 'r1',
      corpus: 're3d',
      text: t,
      entities: [mention(t, 'Kessler Base', 'place', 0, 0.9), mention(t, 'Crews from Ardent Works', 'organization', 0, 0)],
    };
    const p = [pred(t, 'Ardent Works', 'organization')];
    const v = judgeDoc(d, p, confidentGold);
    expect(v.named.map((n) => n.gold.text)).toEqual(['Kessler Base']);
    expect(v.predictions.map((x) => x.right)).toEqual([true]);
  });
});
