import { describe, expect, test } from 'vitest';
import { extract } from '../../../src/index.js';

/** The direct claims as [content, speaker mention, cue]. */
function statements(text: string): [string, string | null, string | null][] {
  return extract(text)
    .claims.filter((c) => c.kind === 'direct')
    .map((c) => [c.content.text, c.speaker?.mention?.text ?? null, c.cue?.text ?? null]);
}

describe('statements after a colon lead-in, with no quotation marks', () => {
  test.each([
    ['a name and "said:"', 'Health Minister Jane Roe said:\n\nI welcome the report published today.', 'I welcome the report published today.', 'Health Minister Jane Roe', 'said'],
    ['"told reporters:"', 'The mayor told reporters:\n\nThe bridge will reopen next week after the repairs.', 'The bridge will reopen next week after the repairs.', 'The mayor', 'told'],
    ['"said in a statement:"', 'The company said in a statement:\n\nOur thoughts are with the families of the crew.', 'Our thoughts are with the families of the crew.', 'The company', 'said'],
    ['an opening phrase before the source', 'Speaking at the summit, the minister added:\n\nThis is a good day for the whole region.', 'This is a good day for the whole region.', 'the minister', 'added'],
    ['a time after the cue', 'Jane Roe said on Monday:\n\nWe have done all we could for the town.', 'We have done all we could for the town.', 'Jane Roe', 'said'],
    [
      'first-person paragraphs continue it',
      'Jane Roe said:\n\nI welcome the deal. It is a step forward.\n\nWe will keep working with our partners.\n\nThe deal was signed at noon.',
      'I welcome the deal. It is a step forward.\n\nWe will keep working with our partners.',
      'Jane Roe',
      'said',
    ],
  ])('%s', (_name, text, content, speaker, cue) => {
    expect(statements(text)).toContainEqual([content, speaker, cue]);
  });

  test('each paragraph is a direct quote of the speaker', () => {
    const r = extract('Jane Roe said:\n\nI welcome the deal today.\n\nWe will keep working on it.');
    expect(r.quotes.map((q) => [q.text, q.kind, q.speaker?.mention?.text])).toEqual([
      ['I welcome the deal today.', 'direct', 'Jane Roe'],
      ['We will keep working on it.', 'direct', 'Jane Roe'],
    ]);
  });

  test('two lead-ins give two statements', () => {
    const text = 'Jane Roe said:\n\nI welcome the deal today.\n\nJohn Smith added:\n\nWe agree with every word of it.';
    expect(statements(text)).toEqual([
      ['I welcome the deal today.', 'Jane Roe', 'said'],
      ['We agree with every word of it.', 'John Smith', 'added'],
    ]);
  });

  test('a statement stops after six paragraphs', () => {
    const text = `Jane Roe said:\n\n${Array.from({ length: 10 }, (_, i) => `We will build road number ${i + 1}.`).join('\n\n')}`;
    const c = statements(text);
    expect(c).toHaveLength(1);
    expect(c[0]![0]).toMatch(/number 6\.$/);
  });
});

describe('statements after a colon lead-in: false positives', () => {
  test.each([
    ['the lead-in has content of its own', 'The minister said the plan has three parts:\n\nSchools come first in the plan.'],
    ['no cue before the colon', 'Here is the list of this year’s winners:\n\nJane Roe won the first prize.'],
    ['a heading after the lead-in', 'The minister said:\n\nNotes to editors\n\nThe deal was signed at noon.'],
    ['a colon inside the paragraph', 'The minister said: the deal is done.\n\nThe town will vote on it next week.'],
    ['a short line after the lead-in', 'The minister said:\n\nThank you.'],
    ['a cue that is no speech', 'The minister criticized:\n\nThe plan was weak and late.'],
  ])('%s', (_name, text) => {
    expect(statements(text)).toEqual([]);
  });

  test.each([
    ['a third-person paragraph ends it', 'Jane Roe said:\n\nI welcome the deal today.\n\nThe minister also met the mayor of the city.'],
    ['a paragraph reporting another speaker ends it', 'Jane Roe said:\n\nI welcome the deal today.\n\nWe are pleased too, the mayor said.'],
    ['a quoted paragraph ends it', 'Jane Roe said:\n\nI welcome the deal today.\n\n“We will win,” she told us.'],
  ])('%s', (_name, text) => {
    expect(statements(text).map((c) => c[0])).toContain('I welcome the deal today.');
    expect(statements(text).map((c) => c[0])).not.toContainEqual(expect.stringMatching(/deal today\.\n/));
  });

  test('a quoted paragraph after the lead-in stays a quotation-mark quote', () => {
    const r = extract('Jane Roe said:\n\n“We will win the vote in the spring.”');
    expect(r.quotes.map((q) => q.text)).toEqual(['“We will win the vote in the spring.”']);
  });
});

describe('transcripts with no quotation marks', () => {
  const transcript = 'Part of the briefing follows.\n\nMR. ROE: Good afternoon, everyone. We have a few things to share today.\n\nQUESTION: Thank you. Can you tell us about the talks in Geneva?\n\nMR. ROE: The talks went well. I expect more progress soon.\n\nWe will share more next week.\n\nThe briefing ended at noon.';

  test('each labelled turn is a direct claim of its speaker', () => {
    expect(statements(transcript)).toEqual([
      ['Good afternoon, everyone. We have a few things to share today.', 'MR. ROE', null],
      ['Thank you. Can you tell us about the talks in Geneva?', 'QUESTION', null],
      ['The talks went well. I expect more progress soon.\n\nWe will share more next week.', 'MR. ROE', null],
    ]);
  });

  test.each([
    ['one label line is no transcript', 'The office is open.\n\nEMAIL: Write to the office at any time of the day.'],
    ['a label alone on its line', 'The office is open.\n\nROE:\n\nWe will win it.\n\nDOE:\n\nWe will not.'],
  ])('%s', (_name, text) => {
    expect(statements(text)).toEqual([]);
  });
});

describe('a bulleted list after a lead-in', () => {
  test('each item is a claim of the speaker', () => {
    const text = 'The minister spoke on Monday. Jane Roe, the foreign minister, also said:\n\n- The talks will resume next week in Geneva.\n- Both sides have agreed to a ceasefire.\n- Aid convoys will be allowed into the city.\n\nThe talks ended on Tuesday.';
    expect(extract(text).claims.map((c) => [c.content.text, c.speaker?.name])).toEqual([
      ['The talks will resume next week in Geneva.', 'Jane Roe'],
      ['Both sides have agreed to a ceasefire.', 'Jane Roe'],
      ['Aid convoys will be allowed into the city.', 'Jane Roe'],
    ]);
  });
});
