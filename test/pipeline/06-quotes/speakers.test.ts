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
    [
      'an unnamed speaker whose noun tells a gender, not a named one before',
      'Inspector Jane Roe said the fire was deliberate. One woman, who did not want to be named, said she had carried her children out. “I could not see my own hand,” she told reporters.',
      'she',
      'One woman',
    ],
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

/** The speaker mention of the quote that opens with `opening`. */
function mentionOf(text: string, opening: string): string | null {
  const q = extract(text).quotes.find((x) => x.text.replace(/^["“]/, '').startsWith(opening));
  return q?.speaker?.mention?.text ?? null;
}

describe('the source phrase of a direct quote', () => {
  test.each([
    ['an inverted source opening with a participle', '“We never lost hope,” said retired teacher Jane Roe, asked about the strike.', 'We never', 'retired teacher Jane Roe'],
    ['an inverted source with a hyphenated modifier', '“The plan is dead,” said one well-informed lawyer familiar with the talks.', 'The plan', 'one well-informed lawyer'],
    ['a given name that is also a modal', '“Costs keep rising,” said Will Brown, a professor of economics.', 'Costs keep', 'Will Brown'],
    ['a verb that attributes only next to a quote, inverted', '“This is the best day of my life!” beamed Tom Brown of Leeds, who came early.', 'This is', 'Tom Brown of Leeds'],
    ['a thought verb inverted right after a quote', '“Our ideas of success are different,” agrees Jane Roe, 30, of Leeds.', 'Our ideas', 'Jane Roe'],
    ['a document that reads', 'The parents wrote to the board. “We hope for a better future,” the letter reads.', 'We hope', 'the letter'],
    ['a colon lead-in after an opening phrase with a non-cue "back"', 'The rally ended. But back on home soil, he returned to his old lines: “We will build it and they will pay.”', 'We will build', 'he'],
    ['a colon lead-in whose subject is before "has since"', 'The review ended. Jane Roe has since apologized for what happened: “I should have used two accounts.”', 'I should', 'Jane Roe'],
    ['a second cue joined by "and" keeps the first one\'s source', '“Our voters will come,” he said at a news conference, and then predicted: “We will win by ten points.”', 'We will win', 'he'],
    ['a source closing an appositive chain after the quote', 'The talks ended. “It would have helped the country,” the city press secretary, Jane Roe, said on Tuesday.', 'It would', 'Jane Roe'],
    ['an appositive chain with an age, a place and a relative clause (a preposition\'s phrase holds no source)', 'The poll came out. “Both of them scare me,” Tom Brown, 30, of Leeds, who was among those polled, said later.', 'Both of', 'Tom Brown'],
    ['any verb closing the clause of a pronoun right after a quote', 'The host spoke. “This is a lot of nonsense,” he went on. “It was good.”', 'It was good', 'he'],
    ['any verb closing the clause of a name right after a quote', 'The show began. “You had a meeting with them,” Roe started. “It was private.”', 'You had', 'Roe'],
    ['a verb doubling its consonant after "qu"', 'The host laughed. A stunned Tom Brown quipped, “It is like a lawyer with the worst client ever.”', 'It is like', 'A stunned Tom Brown'],
    ['"now" between the source and its cue', 'The new ad starts. “This is your movement,” it now says, showing many faces.', 'This is your', 'it'],
    ['a participle whose sentence opens with "And then"', 'And then Roe went fully on the attack, saying, “Is the mayor going to mention the words?”', 'Is the mayor', 'Roe'],
    ['a hyphen after a quotation closing a sentence names its source', 'Quotes of the day.\n\n“She will get the handle, too.” -President Jane Roe, writing after the speech.', 'She will', 'President Jane Roe'],
    ['"as … put it"', 'It was odd. As Jane Roe, a professor of law at Leeds, put it, “The senators should remember that.”', 'The senators', 'Jane Roe'],
    ['a quote paragraph with no cue takes the speaker of the quote paragraph after it', 'Jane Roe is upbeat about the race.\n\n“We will win the state in the fall.”\n\n“We have the votes,” Roe says.', 'We will win', 'Roe'],
    ['an inverted source between commas before a quotation', 'Roe said his boss was “always kind and generous.” But, said Tom Brown, “I do not want to drum up conflict.”', 'I do not want', 'Tom Brown'],
    ['the source before a participle\'s phrase', 'They met in May. Another senior official speaking to the BBC said, “The talks have failed for good.”', 'The talks', 'Another senior official'],
    ['the source a restrictive relative clause describes', 'The plan changed. A city official who spoke to discuss internal strategy said, “We will hold the line.”', 'We will hold', 'A city official'],
    ['an inverted source whose noun compromise reads as a verb', 'The rally ended. “We will win here,” added his campaign manager Tom Brown, speaking after the senator spoke.', 'We will win', 'his campaign manager Tom Brown'],
    ['a colon lead-in in a clause joined by ", but"', 'Reid said both Roe and Doe are “weak in the Senate,” but he gave Doe a back-handed compliment: “You never have to guess where he is.”', 'You never', 'he'],
    ['a dash line under a quote paragraph names its source', 'He spoke.\n\n“Great speech. She is ready. (She will get the handle, too).”\n\n-President Jane Roe, writing after the speech.', 'Great speech', 'President Jane Roe'],
    ['a longer phrase with a preposition before a cue after the quote', 'The ad ran. “She will make the wealthy pay their fair share,” a voice-over in the ad states.', 'She will make', 'a voice-over in the ad'],
    ['names joined by "and" after the quote', 'The race tightened. “His guiding principle is under attack,” Jane Roe and Tom Brown wrote.', 'His guiding', 'Jane Roe and Tom Brown'],
    ['a document whose cue is also a noun', 'The firm sent an email. “Leave is available after a year,” the document states.', 'Leave is', 'the document'],
  ])('%s', (_name, text, opening, mention) => {
    expect(mentionOf(text, opening)).toBe(mention);
  });
});

describe('the source phrase of a direct quote: false positives', () => {
  test.each([
    ['a noun phrase after a quote with its own verb is no cue', '“We hope for a better future,” she said. The letter reads like a plea.', 'We hope', 'The letter'],
    ['a chain with a verb of its own is no source\'s', 'The talks ended. “It went well,” he added, and Jane Roe, the mayor, said more.', 'It went', 'Jane Roe'],
    ['a verb with an object after a quote is no cue', 'Jane Roe spoke first. “It is over,” she said. Tom Brown left the room.', 'It is over', 'Tom Brown'],
    ['a verb after a quote that ends a sentence is no cue', 'Jane Roe spoke first. “It is over.” Tom Brown smiled. “Not yet,” she said.', 'Not yet', 'Tom Brown'],
    ['"put it" with no quotation attributes nothing', 'He put it on the table. “That is mine,” she said.', 'That is mine', 'He'],
    ['a hyphen inside a sentence is no source dash', 'Jane Roe spoke. “We will see.” - and then Tom Brown left, she said.', 'We will see', 'Tom Brown'],
    ['"as part of …" is no subject before the verb', 'That opener suggests that the firm, as part of a community under siege, is preparing to respond.\n\n“Fares have increased to bring more drivers to the area.”', 'Fares have', 'part of a community under siege'],
    ['a quote paragraph followed by a quote attributed before it is not given that speaker', 'The race is close.\n\n“We will win the state in the fall.”\n\nRoe said: “We have the votes.”', 'We will win', 'Roe'],
    ['the subject of a "when" clause is not the sentence\'s', 'Last month, when I asked Tom Brown if he would run, he looked into my camera, frowned and said, “I will endorse you!”', 'I will endorse', 'I'],
    ['a participle with a clause of its own keeps the subject before the cue', 'They met in May. The woman who was speaking to Tom Brown said, “The talks have failed for good.”', 'The talks', 'Tom Brown'],
    ['a relative word that is its clause\'s object leaves the subject after it', 'The board met. The plan which Tom Brown announced, “We will cut the fares,” was approved.', 'We will cut', 'The plan'],
    ['"will" after a quote and a name is no name', 'The board met. “We will decide soon,” Roe said.', 'We will', 'Will'],
  ])('%s', (_name, text, opening, wrong) => {
    expect(mentionOf(text, opening)).not.toBe(wrong);
  });
});

describe('a possessive speaker stands for its pronoun', () => {
  test('"his attacks on …, saying" is the man named before', () => {
    const r = extract('Tom Brown, 54, stepped up his attacks on the mayor, saying he is “weak on crime and weak on jobs.”');
    const q = r.quotes.find((x) => x.text.includes('weak on crime'));
    expect(q?.speaker?.mention?.text).toBe('his');
    expect(q?.speaker?.name).toBe('Tom Brown');
  });
  test('"her" never stands for a man', () => {
    const r = extract('Tom Brown, 54, stepped up her attacks on the mayor, saying he is “weak on crime and weak on jobs.”');
    const q = r.quotes.find((x) => x.text.includes('weak on crime'));
    expect(q?.speaker?.name).not.toBe('Tom Brown');
  });
});

describe('"he" after a speaker and the subjects of what the speaker said', () => {
  test('the speaker of the sentence, not a subject inside the content', () => {
    const r = extract('John Reid said both Tom Roe and Jim Doe are “weak in the Senate,” but he gave Doe a compliment: “You never have to guess where he is.”');
    const q = r.quotes.find((x) => x.text.includes('You never'));
    expect(q?.speaker?.name).toBe('John Reid');
  });
  test('a subject of its own sentence is still the antecedent', () => {
    const r = extract('John Reid spoke on Monday. Jim Doe arrived late. “I was stuck in traffic,” he said.');
    const q = r.quotes.find((x) => x.text.includes('stuck'));
    expect(q?.speaker?.name).toBe('Jim Doe');
  });
});

describe('"it" after an organisation that spoke', () => {
  test('the organisation that spoke just before, not a name inside what it said', () => {
    const r = extract('The Food Standards Agency warned people to stay away from pills that contain Acme Chemicals products. “We advise the public not to take any of them,” it said.');
    const q = r.quotes.find((x) => x.text.includes('We advise'));
    expect(q?.speaker?.name).toBe('Food Standards Agency');
  });
});

describe('a participle after a preposition and a name', () => {
  test('"posted to Twitter asking": the medium is no speaker, the sentence subject is', () => {
    expect(claims('Snopes writer David Emery posted to Twitter asking if there were any happy voters.')).toContainEqual([
      'if there were any happy voters',
      'David Emery',
    ]);
  });

  test('"a letter from the union calling": after "from" the name is the subject', () => {
    expect(claims('The senator read out a letter from the Teachers Union saying the plan would hurt every school.')).toContainEqual([
      'the plan would hurt every school',
      'Teachers Union',
    ]);
  });
});

function claims(text: string): [string, string | undefined][] {
  return extract(text).claims.map((c) => [c.content.text, c.speaker?.name]);
}

describe('two sources joined', () => {
  test('"both the agency and NASA said": a group, no single entity', () => {
    const r = extract('Officials at NASA and Roscosmos met on Monday. Both Roscosmos and NASA said the crash would have no effect on the crew.');
    const c = r.claims.find((x) => x.content.text.includes('no effect'));
    expect(c?.speaker?.name).toBe('Both Roscosmos and NASA');
    expect(c?.speaker?.entity).toBeNull();
  });

  test('two titles of one person stay one person', () => {
    const r = extract('Former Pennsylvania Gov. and party Chairman Ed Rendell said the race was over.');
    expect(r.claims[0]?.speaker?.name).toBe('Ed Rendell');
  });
});

describe('a quote after a sentence about a person', () => {
  test('the person the sentence before opens with, in the same paragraph', () => {
    const r = extract('Charles Roe, a former adviser, once summed up the danger of deficits with a metaphor. “It is not the wolf at the door, but termites in the woodwork.”');
    expect(r.quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Charles Roe']);
  });

  test('not across a paragraph break', () => {
    const r = extract('Charles Roe once summed up the danger of deficits with a metaphor.\n\n“It is not the wolf at the door, but termites in the woodwork.”');
    expect(r.quotes.map((q) => q.speaker?.name ?? null)).toEqual([null]);
  });
});

describe('"told" after a quotation takes its listener, not its speaker', () => {
  const speakerOf = (text: string) => extract(text).quotes.map((q) => q.speaker?.name);
  test('a quoted title before "told reporters" is no quotation the reporters spoke', () => {
    expect(speakerOf('Actor Tom Varle, who starred in "Night Falls", told reporters he was "grateful" for the award.')).toEqual(['Tom Varle']);
  });
  test('a verb that inverts after a quotation still does: “…,” warned Ulbrecht', () => {
    expect(speakerOf('“The plan will fail,” warned Karl Ulbrecht on Monday.')).toEqual(['Karl Ulbrecht']);
  });
});
