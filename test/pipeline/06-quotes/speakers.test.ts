import { describe, expect, test } from 'vitest';
import { extract } from '../../../src/index.js';

/** The resolved speaker names of every quote and claim whose speaker mention is `pronoun`. */
function resolved(text: string, pronoun: string): string[] {
  const r = extract(text);
  return [...r.quotes.map((q) => q.speaker), ...r.claims.map((c) => c.speaker)]
    .filter((s) => s?.mention?.text === pronoun)
    .map((s) => s!.name);
}

describe('"he" and "she" as speakers', () => {
  test.each([
    ['the gender of a given name', 'Jane Roe met John Smith on Monday. “We agreed on the whole plan,” she said.', 'she', 'Jane Roe'],
    ['the gender of a title', 'Mrs. Roe met Mr. Smith on Monday. “We agreed on the whole plan,” he said.', 'he', 'Smith'],
    ['the subject, not the object of the sentence before', 'John Smith criticized Tom Brown on Friday. “The plan will fail,” he said.', 'he', 'John Smith'],
    ['the subject, not the object, in a relative clause', 'John Smith met Tom Brown on Friday. The new plan, which he described as bold and fair, was approved.', 'he', 'John Smith'],
    ['a speaker before a person named as object', '“We will win,” John Smith said as he greeted Tom Brown. “The vote is ours,” he added.', 'he', 'John Smith'],
    ['the last person when nobody is a subject', 'Police arrested John Smith on Friday. “I did nothing wrong,” he said.', 'he', 'John Smith'],
    ['a lone surname takes the gender of the full name', 'Jane Roe spoke first. Tom Brown spoke after Roe. “It was a good day,” she said.', 'she', 'Jane Roe'],
  ])('%s', (_name, text, pronoun, name) => {
    expect(resolved(text, pronoun)).toContain(name);
  });
});

describe('"he" and "she" as speakers: false positives', () => {
  test.each([
    ['"she" is never a man named before', 'John Smith met the press on Monday. “It went well,” she said.', 'she', 'John Smith'],
    ['"he" is never a woman named before', 'Jane Roe met the press on Monday. “It went well,” he said.', 'he', 'Jane Roe'],
    ['a person named only inside the quote', 'The hall was full. “Tom Brown is wrong about the tax,” he said.', 'he', 'Tom Brown'],
    ['a name inside a colon statement', 'Jane Roe said:\n\nI thank John Smith for his work on the bill.\n\n“It went well,” he said.', 'he', 'John Smith'],
  ])('%s', (_name, text, pronoun, notName) => {
    expect(resolved(text, pronoun)).not.toContain(notName);
  });
});
