import { describe, expect, test } from 'vitest';
import { extract } from '../../../src/index.js';

/** Each quote as [quoted text, kind, speaker mention or null]. */
function quotes(text: string): [string, string, string | null][] {
  return extract(text).quotes.map((q) => [q.text, q.kind, q.speaker?.mention?.text ?? null]);
}

describe('quote attribution', () => {
  test.each([
    ['cue and name after', '"We will win the race," Smith said.', '"We will win the race,"', 'Smith'],
    ['inverted cue', '"We will win the race," said Sen. John McCain.', '"We will win the race,"', 'Sen. John McCain'],
    ['pronoun after', 'The plan failed. “We tried everything we could,” she said.', '“We tried everything we could,”', 'she'],
    ['cue before, colon', 'Smith said: "We will win the race."', '"We will win the race."', 'Smith'],
    ['cue before, comma', 'Jones told reporters, "The bridge is safe now."', '"The bridge is safe now."', 'Jones'],
    ['appositive between', '"We are done," Jones, a spokesman for the company, said.', '"We are done,"', 'Jones'],
    ['a long appositive before the cue', 'Shares fell.\n\n“It is bound to happen,” Jane Roe, managing director and equity analyst at Roe Doe Partners, told me this week.', '“It is bound to happen,”', 'Jane Roe'],
    ['a participle inside an inverted source', 'Polls moved.\n\n“There is no data to suggest that,” said one unaligned Republican strategist.', '“There is no data to suggest that,”', 'one unaligned Republican strategist'],
    ['a bare verb form modifying a role in an inverted source', 'Walking helps.\n\n“The benefits start early,” said lead author Jane Roe.', '“The benefits start early,”', 'lead author Jane Roe'],
    ['a chain of appositives after the name', 'The plan is new.\n\n“It is an invasion of the state domain,” Jane Roe, the attorney general of Ohio, one of the states suing the agency, said.', '“It is an invasion of the state domain,”', 'Jane Roe'],
    ['a speech word tagged as a noun after an appositive', 'The plan is new.\n\n“Yes, I support her,” Tom Lee III, founder of the Roe Center, tells Daily News.', '“Yes, I support her,”', 'Tom Lee III'],
    ['a question mark before the name and its cue', 'The plan is new.\n\n“It looks bad, who knows?” Jim Doe told the station in an interview aired on Monday.', '“It looks bad, who knows?”', 'Jim Doe'],
    ['party tag between commas', 'The vote was close.\n\n“We did it at last,” Sen. Tom Brown, R-Ky., said Tuesday.', '“We did it at last,”', 'Sen. Tom Brown'],
    ['party tag in brackets', '"It is a dog whistle," Rep. Gwen Moore (D-Wis.) said Friday.', '"It is a dog whistle,"', 'Rep. Gwen Moore (D-Wis.)'],
    ['colon lead-in ending the paragraph', 'The Daily Planet reports:\n\n"The mayor has resigned after the vote in the council."', '"The mayor has resigned after the vote in the council."', 'The Daily Planet'],
    ['according to before', 'According to the ministry, "talks went well and will go on."', '"talks went well and will go on."', 'the ministry'],
    ['dash after the quote', '“We need a change in this country.” ― Maria Lopez', '“We need a change in this country.”', 'Maria Lopez'],
    ['transcript label', '"PENCE: We will win the election in November."', '"PENCE: We will win the election in November."', 'PENCE'],
    ['participle after a comma', 'The mayor spoke on Friday, saying "the city will rebuild."', '"the city will rebuild."', 'The mayor'],
  ])('%s', (_name, text, quoted, speaker) => {
    expect(quotes(text)).toContainEqual([quoted, expect.any(String), speaker]);
  });

  test.each([
    ['quoted words inside reported speech are partial', 'Blinken said the troops would be “legitimate” targets.', '“legitimate”', 'partial', 'Blinken'],
    ['quoted words running to the end are mixed', 'Smith said the plan was "a disaster for every family in the state."', '"a disaster for every family in the state."', 'mixed', 'Smith'],
    ['a whole sentence is direct', '"The plan is a disaster," Smith said.', '"The plan is a disaster,"', 'direct', 'Smith'],
  ])('%s', (_name, text, quoted, kind, speaker) => {
    expect(quotes(text)).toContainEqual([quoted, kind, speaker]);
  });

  test('split quote: both parts have the speaker, and make one claim', () => {
    const r = extract('“This is part one,” he said. “And this is part two.”');
    expect(r.quotes.map((q) => q.speaker?.mention?.text)).toEqual(['he', 'he']);
    expect(r.claims).toHaveLength(1);
    expect(r.claims[0]!.content.text).toBe('“This is part one,” he said. “And this is part two.”');
  });

  test('a quote paragraph after an attributed one keeps its speaker', () => {
    const text = '“We will win,” Collins told MSNBC.\n\n“So the best way is to get the votes. Game over.”';
    expect(quotes(text).map((q) => q[2])).toEqual(['Collins', 'Collins']);
  });

  test.each([
    ['a time after the cue', 'The crowd cheered.\n\n“Stop the vote right now!” Jane Roe said last week.', 'Jane Roe'],
    ['a listener after the cue', 'The crowd cheered.\n\n“We will never give up the fight.” Jane Roe told reporters.', 'Jane Roe'],
  ])('a cue after a quote ending with a full stop: %s', (_name, text, speaker) => {
    expect(quotes(text).map((q) => q[2])).toEqual([speaker]);
  });

  test('a cue inside an earlier quote is not the source of the next one', () => {
    const text = 'Jane Roe spoke to the crowd.\n\n“They lie about me. I know what I heard.”\n\n“I will not stop now.”';
    expect(quotes(text).map((q) => q[2])).not.toContain('I');
  });

  test('"it" stands for the organisation named as speaker before', () => {
    const text = 'The ministry said the talks went well. “They shared concerns over the ties,” it said.';
    const q = extract(text).quotes[0]!;
    expect(q.speaker?.mention?.text).toBe('it');
    expect(q.speaker?.name).toBe('The ministry');
  });

  // a role with a complement, then the name: the speaker is the named person
  test.each([
    ['Minister for Africa Jane Roe', '"The talks went well," Minister for Africa Jane Roe said.', 'Jane Roe'],
    ['Secretary of State John Smith', '"The base will open soon," Secretary of State John Smith said.', 'John Smith'],
  ])('%s', (_name, text, name) => {
    expect(extract(text).quotes[0]?.speaker?.name).toBe(name);
  });

  test('a possessor is not the speaker', () => {
    const r = extract('Jane Roe spoke on Monday.\n\n“It was outrageous,” Roe’s former campaign strategist said in a statement.');
    expect(r.quotes[0]?.speaker).toMatchObject({ mention: { text: 'Roe’s former campaign strategist' }, entity: null });
  });

  test.each([
    ['a spokeswoman for a person', '"The talks went well," a spokeswoman for Jane Roe said.'],
    ['an aide to a titled person', '"The talks went well," an aide to President Jane Roe said.'],
  ])('%s is not that person', (_name, text) => {
    expect(extract(text).quotes[0]?.speaker?.name).not.toBe('Jane Roe');
  });

  test('"The Secretary" with a capital is the last person who holds that role', () => {
    const text = 'Secretary of State Jane Roe met the envoy on Friday. "The talks went well," the Secretary said.';
    expect(extract(text).quotes[0]?.speaker?.name).toBe('Jane Roe');
  });

  test('a speaker with no entity keeps its words as name', () => {
    const q = extract('"The vote is over," the spokesman said.').quotes[0]!;
    expect(q.speaker).toMatchObject({ name: 'the spokesman', mention: { text: 'the spokesman' } });
  });
});

describe('quote attribution: false positives', () => {
  test.each([
    ['a quoted name before a noun is a term', 'They held a “two plus two” meeting on Friday.'],
    ['a title in Title Case is a term', 'He starred in "The Apprentice" for years.'],
    ['a scare quote nobody said is a term', 'The so-called "experts" were wrong again.'],
  ])('%s', (_name, text) => {
    expect(quotes(text)).toEqual([]);
  });

  test('a cue inside the quote before gives the next quote no speaker', () => {
    expect(quotes('“They lie about me. I know what I heard.”\n\n“I will not stop now.”').map((q) => q[2])).toEqual([null, null]);
  });

  test('a cue far after a quote is no attribution when its source is not next to the quote', () => {
    const text = 'Polls moved.\n\n“It is over,” the crowd shouted as the band played and the lights went down over the stage and Jane Roe told me that.';
    expect(quotes(text).map((q) => q[2])).not.toContain('Jane Roe');
  });

  test('an opening phrase before a name and a description is not the name', () => {
    const text = 'The plan is new.\n\n“It is over now,” in Ohio, Jane Roe, the attorney general, said.';
    expect(quotes(text).map((q) => q[2])).not.toContain('Ohio');
  });

  test('a full stop after the closing mark ends the sentence too (British style)', () => {
    const text = 'Prime Minister Anna Roe said the rebels would "pay a heavy price". UN envoy Tom Lee called for calm.';
    const [quote] = quotes(text);
    expect(quote?.[0]).toBe('"pay a heavy price"');
    expect(quote?.[2]).toMatch(/Roe/);
  });

  test('a new clause after a quote ending with a full stop is no attribution', () => {
    const text = 'The crowd cheered.\n\n“We will win the vote.” Jane Roe said the count would take a week.';
    expect(extract(text).quotes[0]?.speaker).toBeNull();
  });

  test.each([
    ['no cue anywhere', '"We will win the race this year." The crowd cheered.'],
    ['a cue inside the next paragraph does not reach back', '"We will win the race this year."\n\nPolice officials said the road was closed.'],
    ['a name inside the quote is not the speaker', '"Trump is wrong about the wall and the tax plan."'],
  ])('%s: no speaker', (_name, text) => {
    expect(quotes(text).map((q) => q[2])).toEqual([null]);
  });
});

describe('a verb opening the text before a lead-in colon (found by the property test)', () => {
  test.each([['sides Washington: “"'], ['sides that “10,»']])('%s does not throw', (text) => {
    expect(() => extract(text)).not.toThrow();
  });
});
