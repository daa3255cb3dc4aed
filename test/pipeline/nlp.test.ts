/**
 * src/pipeline/nlp.ts replaces two of compromise's steps (`normal`, `freeze`) by
 * cheaper ones that must leave every term as compromise's own would: the same text,
 * normal and machine forms, tags and frozen marks. Compared here with a separate,
 * untouched compromise (its ES module source), on sentences with frozen phrases,
 * repeated words, accents, contractions and possessives.
 */
import pristine from 'compromise/two';
import { describe, expect, test } from 'vitest';
import nlp from '../../src/pipeline/nlp.js';

const STEPS = ['freeze', 'lexicon', 'preTagger', 'contractionTwo', 'offset'];

interface RawTerm {
  text: string;
  normal?: string;
  machine?: string;
  implicit?: string;
  tags: Set<string>;
  frozen?: boolean;
}

/** Every term of a parse, as what the pipeline could read of it. */
function terms(instance: typeof nlp, text: string, full: boolean): unknown[] {
  const doc = full ? instance(text) : instance.tokenize(text);
  doc.compute(full ? 'offset' : STEPS);
  return (doc.docs as RawTerm[][]).flat().map((t) => [t.text, t.normal, t.machine, t.implicit, [...t.tags].sort(), t.frozen ?? false]);
}

const SENTENCES = [
  'The prime minister took part in the talks, and the Prime Minister said so twice.',
  'A reporter for the New York Times asked whether the United States of America would take part.',
  'Björk and Zoë met the naïve café owner; the owner’s dog didn’t bark.',
  "We can't say the so-called free market works, she said: it's a free market only in name.",
  'The the the new new new york york york times.',
  'Re-enactment fans were lookin\' at #tags and @names on the Isle of Man.',
  'Living rooms, credit cards and video games: 1,000 of them… – all gone.',
];

describe('compromise with the cheaper normal and freeze steps', () => {
  test.each(SENTENCES)('same terms as compromise itself: %s', (text) => {
    expect(terms(nlp, text, false)).toEqual(terms(pristine as typeof nlp, text, false));
    expect(terms(nlp, text, true)).toEqual(terms(pristine as typeof nlp, text, true));
  });

  test('frozen phrases are still frozen ("prime minister", "took part")', () => {
    const frozen = (terms(nlp, 'The prime minister took part.', false) as [string, ...unknown[]][]).filter((t) => t[5] === true).map((t) => t[0]);
    expect(frozen).toEqual(['prime', 'minister', 'took', 'part']);
  });
});
