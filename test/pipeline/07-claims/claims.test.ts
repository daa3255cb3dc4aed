import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extract } from '../../../src/index.js';

/** Each claim as [content, speaker mention or null, cue or null]. */
function claims(text: string): [string, string | null, string | null][] {
  return extract(text).claims.map((c) => [c.content.text, c.speaker?.mention?.text ?? null, c.cue?.text ?? null]);
}

describe('claims', () => {
  test.each([
    ['X said that …', 'Smith said that the bridge could collapse.', 'that the bridge could collapse', 'Smith', 'said'],
    ['X told listener …', 'Jones told reporters the deal was dead.', 'the deal was dead', 'Jones', 'told'],
    ['a pronoun after the listener opens the content', 'Jones told reporters he was grateful.', 'he was grateful', 'Jones', 'told'],
    ['a possessive opens the listener, a pronoun ends it', 'Jones told his aides she would quit.', 'she would quit', 'Jones', 'told'],
    ['a possessive after the listener opens the content', 'Jones told reporters his plan would work.', 'his plan would work', 'Jones', 'told'],
    ['a time phrase between an appositive and the cue', 'Jane Roe, a former mayor, last week said the bridge would close.', 'the bridge would close', 'Jane Roe', 'said'],
    ['the people asked in a poll speak', 'Those surveyed said the economy was weak.', 'the economy was weak', 'Those surveyed', 'said'],
    ['a share of the people asked speaks', 'Thirty percent of those polled said the economy was weak.', 'the economy was weak', 'those polled', 'said'],
    ['the people an interviewer asked speak', 'Everyone I interviewed said the economy was weak.', 'the economy was weak', 'Everyone I interviewed', 'said'],
    ['a gerund opens the content of a cue read only as a verb', 'Roe says going through a hard year has changed him.', 'going through a hard year has changed him', 'Roe', 'says'],
    ['a plural with its own verb after the cue is the content\'s subject', 'The senator left the party and says such methods are wrong.', 'such methods are wrong', 'The senator', 'says'],
    ['a quantifier before "close to" is a group that can speak', 'Those close to him said the economy was weak.', 'the economy was weak', 'Those close to him', 'said'],
    ['a noun after a cue that is no noun opens the content', 'Roe says praise from Doe helps the town.', 'praise from Doe helps the town', 'Roe', 'says'],
    ['"feel like" and a clause', 'They feel like this was going to help their mission.', 'like this was going to help their mission', 'They', 'feel'],
    ['"that" stands for what was said when the verb after the cue has no subject', 'The agency withheld files that officials said would harm security.', 'that officials said would harm security', 'officials', 'said'],
    ['a demonstrative set off by commas is no relative word', 'That, Roe explained, is by design.', 'That, Roe explained, is by design', 'Roe', 'explained'],
    ['a hedged share of people speaks', 'Nearly a third say they do not know the answer.', 'they do not know the answer', 'Nearly a third', 'say'],
    ['a noun phrase closing the sentence after the cue is an inverted source, not a name before it', 'The talks went badly with Varkonia, and the meeting ended early, said one source in the room.', 'The talks went badly with Varkonia, and the meeting ended early', 'one source in the room', 'said'],
    ['an adjunct closing the sentence is no inverted source', '"We will appeal," Jane Roe, a lawyer for the group, said over the phone.', '"We will appeal,"', 'Jane Roe', 'said'],
    ['a relative clause before the cue', 'Jane Roe, who backed the plan, said the bridge would close.', 'the bridge would close', 'Jane Roe', 'said'],
    ['X said in a statement that …', 'The company said in a statement that profits fell.', 'that profits fell', 'The company', 'said'],
    ['…, X said.', 'The plan will fail, the senator said.', 'The plan will fail', 'the senator', 'said'],
    ['…, said X.', 'The plan will fail, said Sen. John McCain.', 'The plan will fail', 'Sen. John McCain', 'said'],
    ['According to X, …', 'According to the report, unemployment fell sharply last year.', 'unemployment fell sharply last year', 'the report', 'According to'],
    ['…, according to X.', 'Unemployment fell sharply last year, according to the report.', 'Unemployment fell sharply last year', 'the report', 'according to'],
    ['…, according to X, apposition.', 'Rents rose by a third, according to an analysis by Jane Roe, a former aide.', 'Rents rose by a third', 'an analysis by Jane Roe', 'according to'],
    ['X believes …', 'The agency believes prices will rise again.', 'prices will rise again', 'The agency', 'believes'],
    ['X warned that …', 'Smith warned that the bridge could collapse.', 'that the bridge could collapse', 'Smith', 'warned'],
    ['an adverb after "that" is content', 'Smith also stated that approximately 300 people had fled.', 'that approximately 300 people had fled', 'Smith', 'stated'],
    ['an adverb before "that" is not content; "that" opens the content', 'Smith said recently that the bridge could collapse.', 'that the bridge could collapse', 'Smith', 'said'],
    ['source inside the content', 'The museum, Mr. Obama said, would make visitors think.', 'The museum, Mr. Obama said, would make visitors think', 'Mr. Obama', 'said'],
    ['X expressed (stance)', 'The senator expressed concern that the plan would fail.', 'that the plan would fail', 'The senator', 'expressed'],
    ['X disclosed that (speech)', 'Jones disclosed that the firm had lost money.', 'that the firm had lost money', 'Jones', 'disclosed'],
    ['a relative word stands for what was said', 'The rules, which officials said will apply next year, are new.', 'which officials said will apply next year, are new', 'officials', 'said'],
    ['polls show', 'Polls show that the senator leads in Ohio.', 'that the senator leads in Ohio', 'Polls', 'show'],
    ['a time phrase after the cue is no content', 'Smith said last week that the bridge could collapse.', 'that the bridge could collapse', 'Smith', 'said'],
    ['a time phrase without "that"', 'Jones told reporters this morning the deal was dead.', 'the deal was dead', 'Jones', 'told'],
    ['"yesterday" after the cue', 'The agency said yesterday prices will rise again.', 'prices will rise again', 'The agency', 'said'],
    ['an opening participle takes the subject after its comma', 'Commenting on the deal, the minister said the town would gain.', 'on the deal', 'the minister', 'Commenting'],
    ['a participle takes the cue before', '"We will rebuild," the mayor said, adding that the city would recover.', 'that the city would recover', 'the mayor', 'adding'],
  ])('%s', (_name, text, content, speaker, cue) => {
    expect(claims(text)).toContainEqual([content, speaker, cue]);
  });

  test('a cue inside a relative clause says no more than the clause: a noun phrase there is no claim', () => {
    expect(claims('Jane Roe, who backed Varko, said the bridge would close.')).toEqual([['the bridge would close', 'Jane Roe', 'said']]);
    expect(claims('The union, which contended that the plant was unsafe, is an example.')).toEqual([['that the plant was unsafe', 'The union', 'contended']]);
  });

  test('a verb\'s bare form opening a paragraph after a quotation is no inverted cue; a past form is', () => {
    const text = '“It was a big deal for the shops that went under.”\n\nState Senate President Jane Roe, who chairs the panel, said the contractors had raised their bids.';
    expect(claims(text).map((c) => c[2])).not.toContain('State');
    expect(claims('He spoke first.\n\nContinued Roe: “So I think it is a very real problem.”')).toContainEqual(['“So I think it is a very real problem.”', 'Roe', 'Continued']);
  });

  test('a cue before a main verb sits in a relative clause, and "feel like" a noun phrase compares: no claim', () => {
    expect(claims('Everything Roe says is a lie unless proven otherwise.')).toEqual([]);
    expect(claims('Swapping batteries feels like a chore when every other console has a charger.')).toEqual([]);
  });

  test('the words before a comma are no content of a source governed by a coordinator, a preposition or a relative clause', () => {
    expect(claims('The console is dense, but it feels far heavier than you would expect.')).toEqual([]);
    expect(claims('The sign spells out the name in cursive, with each letter repeated several times.')).toEqual([]);
    expect(claims('Many groups feel compelled to join the network, even those we know to be harmful.')).toEqual([]);
    expect(claims('The tax is a scare tactic, as Jane Roe noted in a column.')).toContainEqual(['The tax is a scare tactic', 'Jane Roe', 'noted']);
  });

  test('a base verb form after "he", "she" or "it" is no verb of theirs: a pronoun object and a preposition claim nothing', () => {
    expect(claims('Jane Roe, who had taught the paper for years, knew it like an old friend.')).toEqual([]);
    expect(claims('Jane Roe said it seems likely that the plan will fail.')).toContainEqual(['it seems likely that the plan will fail', 'Jane Roe', 'said']);
  });

  test('an object after the cue claims nothing: a pronoun and a preposition, a question word after a preposition', () => {
    expect(claims('In 1960, Jane Roe described it during the session following a talk he gave in Tokyo.')).toEqual([]);
    expect(claims('The many retellings say little to nothing about how Jane Roe wrote the programs.')).toEqual([]);
    expect(claims('Jane Roe says be a friend, but scare them when you have to and move fast.')).toHaveLength(1);
  });

  test('a relative word with no verb of its own and no clause after the cue is the cue\'s object', () => {
    expect(claims('That is what Jane Roe said at the rally on Monday.')).toEqual([]);
    expect(claims('It is exactly what the firm promised: the fastest car ever made.')).toEqual([]);
    expect(claims('We think about what its tools imply for society overall.')).toEqual([]);
    expect(claims('The plan, which she described as bold and fair, was approved.')).toContainEqual(['which she described', 'she', 'described']);
    expect(claims('He wants a wall, which he said the Varkonian government should pay for.')).toContainEqual(['which he said the Varkonian government should pay for', 'he', 'said']);
  });

  test('a cue in a subordinate clause says no more than the clause; in a conditional one, nothing', () => {
    expect(claims('While advertisers claim to let users opt out of ads, it is not clear that the opt-outs work.')).toContainEqual(['to let users opt out of ads', 'advertisers', 'claim']);
    expect(claims('Because officials said the bridge was unsafe, the road was closed.')).toEqual([['the bridge was unsafe', 'officials', 'said']]);
    expect(claims('Often, if a company knows we are bidding, they will offer more.')).toEqual([]);
    expect(claims('If the firm says prices will rise, buyers will wait.')).toEqual([]);
  });

  test('a Title Case headline claims the rest of its line after a capitalised verb of speech', () => {
    expect(claims('Jane Roe Says Varko, ‘New Right’ Pose A Threat To Democracy\n\nThe bridge is old.')).toEqual([['Varko, ‘New Right’ Pose A Threat To Democracy', 'Jane Roe', 'Says']]);
    expect(claims('Varko Power Plant Rules Face Key Test In Court\n\nThe plant is old.')).toEqual([]);
  });

  test('a demonstrative alone before a copula opens the content', () => {
    expect(claims('Jane Roe told reporters this was the only chance to pass the bill.')).toEqual([['this was the only chance to pass the bill', 'Jane Roe', 'told']]);
  });

  test('the second half of a hyphenated word is no cue and no verb', () => {
    expect(claims('Some of the investment world\'s best-known investors have followed him into the stock.')).toEqual([]);
    const text = '"We have had offices here since April," said Jane Roe, Varko\'s in-state communications director, "and we have been forming ties that last."';
    expect(claims(text).map((c) => c[1])).toEqual(['Jane Roe', 'Jane Roe']);
  });

  test('an age before a relative clause is one more appositive after the name', () => {
    expect(claims('Jane Roe, 56, who has served on the panel for a decade, told reporters it is clear the plan will fail.')).toEqual([['it is clear the plan will fail', 'Jane Roe', 'told']]);
  });

  test('"say" set off on both sides means "for example" and reports nothing', () => {
    expect(claims('The team printed how one or two variables — say, the speed of the westerly winds — changed over time.')).toEqual([]);
  });

  test('an opening participle after a sentence-initial preposition takes the subject after its comma', () => {
    expect(claims('After suggesting that she regretted the vote, Jane Roe left the hall.')).toEqual([['that she regretted the vote', 'Jane Roe', 'suggesting']]);
  });

  test('a verb of speaking alone has a listener, not a content', () => {
    expect(claims('Speaking to reporters at the airport, Jane Roe said the talks had failed.')).toEqual([['the talks had failed', 'Jane Roe', 'said']]);
    expect(claims('With Jane Roe speaking to a packed house, the highlight of the night was a long debate about roads.')).toEqual([]);
  });

  test('the words before a source are no content when the cue has an object of its own', () => {
    expect(claims('Deeply divided about how to keep the bloc together, leaders found little unity on a vision.')).toEqual([]);
    expect(claims('The bridge will close next year, she said in a video message to the council.')).toEqual([['The bridge will close next year', 'she', 'said']]);
  });

  test('a participle-only form with no auxiliary, and a noun-like cue word before a relative clause, are no cues', () => {
    expect(claims('The largest holder is Varko Partners, a fund once known for its ties to Jane Roe.')).toEqual([]);
    expect(claims('Most Southern states that have voted so far have large minority populations.')).toEqual([]);
    expect(claims('Jane Roe had written that the bridge was weak.')).toEqual([['that the bridge was weak', 'Jane Roe', 'written']]);
    expect(claims('Jane Roe states that the bridge will close.')).toEqual([['that the bridge will close', 'Jane Roe', 'states']]);
  });

  test('a direct question claims nothing, nor does a particle verb before a question word', () => {
    expect(claims('Did Jane Roe say the bridge would close?')).toEqual([]);
    expect(claims('Why did Jane Roe say the bridge would close?')).toEqual([]);
    expect(claims('It is all for robots, because did I mention you were in the future?')).toEqual([]);
    expect(claims('Jane Roe said the bridge would close?')).toHaveLength(1);
    expect(claims('The hard part was figuring out which equations described the system.')).toEqual([]);
    expect(claims('Jane Roe pointed out that the plan had failed.')).toEqual([['that the plan had failed', 'Jane Roe', 'pointed out']]);
  });

  test('a noun phrase after an inverted cue with its own verb opens the content, it is no source', () => {
    expect(claims('The judges who heard the case, for instance, said the problem was not the photo ID.').map((c) => c[0])).toEqual(['the problem was not the photo ID']);
  });

  test('a title in a headline is the person the same words introduce in the text', () => {
    const text = 'Varko CEO says the deal will close soon\n\nVarko CEO Jane Roe spoke on Monday. Tamblin CEO Tom Doe did not.';
    expect(extract(text).claims.map((c) => c.speaker?.name)).toEqual(['Jane Roe']);
  });

  test('a comma and an adverb before a participle inside the content close no relative clause', () => {
    expect(claims('Anyone who has ever closed a deal will tell you that you do not go in without a clear, well thought out plan.')).toEqual([['that you do not go in without a clear, well thought out plan', 'Anyone', 'tell']]);
  });

  test('a particle closing the cue\'s clause, or a coordinator right after the cue, makes another verb: no claim', () => {
    expect(claims('Facing blowback, the Varko council backed off, replacing the levy with a subsidy.')).toEqual([]);
    expect(claims('Would you vote for a woman who said and did the same things as Jane Roe?')).toEqual([]);
    expect(claims('It would take weeks, Tom Doe said, and the talks could fail.')).toHaveLength(1);
  });

  test('a Title Case quotation right after a word for a work is a title, no direct claim', () => {
    expect(claims('Jane Roe said so in her 2012 memoir, "An Ordinary Life." So they stayed.')).toEqual([]);
    // (Title Case keeps short function words in lower case, "that" too)
    const titled = 'In her book “A Town Built on Salt: The Families that Stay in Varko,” Jane Roe wrote of the pride people take in them.';
    expect(claims(titled)).toEqual([]);
    expect(extract(titled).quotes).toEqual([]);
  });

  test('a base form after a plural subject and an adverb is a finite verb, so the words before the source are a clause', () => {
    expect(claims('Six thousand local jobs also depend on exports to Varko, one official says.')).toEqual([['Six thousand local jobs also depend on exports to Varko', 'one official', 'says']]);
    // ("one slide says": compromise reads the noun after a number as a verb)
    expect(claims('Six thousand local jobs also depend on exports to Varko, one slide says.')).toEqual([['Six thousand local jobs also depend on exports to Varko', 'one slide', 'says']]);
    // ("contend with": no speech, though a clause follows in a relative)
    expect(claims('Then we had to contend with the seating plan, which we usually keep in the back because it gets rowdy.')).toEqual([]);
  });

  test('a gerund is no finite verb: a phrase holding one may stand between the cue and "that"', () => {
    expect(claims('Elena Varko said after the meeting that the council would approve the plan.')).toEqual([['that the council would approve the plan', 'Elena Varko', 'said']]);
    expect(claims('Elena Varko told reporters after the hearing that the council would approve the plan.')).toEqual([['that the council would approve the plan', 'Elena Varko', 'told']]);
  });

  test('an opening phrase whose only verb is in a noun\'s relative clause is no content before its source', () => {
    expect(claims('In a report that was released on Tuesday, Jane Roe said.')).toEqual([]);
    // (a phrase followed by a clause, a demonstrative after the preposition: the clause is content)
    expect(claims('In that last step, officers can search the files, Jane Roe said.')).toEqual([['In that last step, officers can search the files', 'Jane Roe', 'said']]);
    expect(claims('After the vote, which was close, the party collapsed, Jane Roe said.')).toEqual([['After the vote, which was close, the party collapsed', 'Jane Roe', 'said']]);
  });

  test('a short quotation a copula defines, opening its sentence, is a term, no direct claim', () => {
    expect(claims('The Varko agency said it would not release the files. "Top secret" is the highest level of classification.')).toEqual([['it would not release the files', 'The Varko agency', 'said']]);
  });

  // passive questions: the question is a claim; its source is the asker after "by", or nobody
  test.each([
    ['"when asked about"', 'When asked about the new wall, Jane Roe said it would never be built.', 'about the new wall', null],
    ['"was asked whether"', 'Jane Roe was asked whether she would run again next year.', 'whether she would run again next year', null],
    ['"asked by X"', 'Asked by a caller why the road was closed, the mayor blamed the rain.', 'why the road was closed', 'a caller'],
    ['"asked to" + verb', 'The mayor has been asked to release the full report.', 'to release the full report', null],
  ])('%s', (_name, text, content, speaker) => {
    expect(claims(text)).toContainEqual([content, speaker, expect.stringMatching(/^asked$/i)]);
  });

  test('an active "asked" keeps its subject as source', () => {
    expect(claims('Jane Roe asked whether the road would reopen soon.')).toEqual([['whether the road would reopen soon', 'Jane Roe', 'asked']]);
  });

  test('the answer after a question keeps its speaker', () => {
    expect(claims('When asked about the new wall, Jane Roe said it would never be built.')).toContainEqual(['it would never be built', 'Jane Roe', 'said']);
  });

  test('an appositive and an auxiliary between a name and its cue', () => {
    expect(claims('Jane Roe, asked about the plan, had said that it would fail.')).toContainEqual(['that it would fail', 'Jane Roe', 'said']);
  });

  // views and reports whose holders go unnamed: the sentence is the content, with no speaker
  test.each([
    ['is widely seen as', 'The merger was widely seen as a mistake.', 'seen'],
    ['was seen by some as', 'The move was seen by some as a demotion for him.', 'seen'],
    ['is believed to', 'The ship is believed to have sunk near the coast.', 'believed'],
    ['has reportedly', 'The firm has reportedly hired three new lawyers.', 'reportedly'],
  ])('%s', (_name, text, cue) => {
    expect(claims(text)).toEqual([[text.slice(0, -1), null, cue]]);
  });

  test('a quoted statement is a direct claim', () => {
    expect(extract('"We will win the race," Smith said.').claims).toMatchObject([
      { kind: 'direct', content: { text: '"We will win the race,"' }, speaker: { mention: { text: 'Smith' } } },
    ]);
  });

  test('reported speech with quoted words is mixed', () => {
    const c = extract('Smith said the plan was "a disaster for every family in the state."').claims;
    expect(c.map((x) => x.kind)).toEqual(['mixed']);
  });

  test('a cue inside reported speech makes no second claim', () => {
    const c = claims('Blinken said the U.S. believes as many as 8,000 soldiers have been deployed.');
    expect(c).toEqual([['the U.S. believes as many as 8,000 soldiers have been deployed', 'Blinken', 'said']]);
  });

  test('numbers and entities inside the content are listed', () => {
    const r = extract('Blinken said the U.S. believes as many as 8,000 soldiers have been deployed.');
    const values = r.claims[0]!.numbers.map((i) => r.numbers[i]!.value);
    expect(values).toContain(8000);
  });

});

describe('claims: false positives', () => {
  test.each([
    ['a verb that reports nothing', 'The war continued for years.'],
    ['a capitalised cue word inside a name', 'The State Department issued new rules on Monday.'],
    ['"States" in a country name', 'The United States has grown quickly.'],
    ['passive voice', 'She was told to leave the building.'],
    ['a cue word used as a noun', 'The reports were long and the writing was dull.'],
    ['a cue word after a possessive is a noun', 'The treaty has Blinken’s support now.'],
    ['a stance verb used as an adjective', 'The express train left early.'],
    ['a stance verb used as a noun', 'Her voice carried across the hall.'],
    ['a sighting, not a view', 'He was seen by a doctor on Monday.'],
    ['"seen as many as"', 'I have seen as many as ten deer in the park.'],
    ['an active verb of thought with an object', 'He considered the offer for a week.'],
    ['an evidential adverb before an adjective', 'The reportedly large crowd left early.'],
    ['a phrasal verb without its particle', 'The senator talked to reporters on Monday.'],
    ['a phrasal verb with another particle', 'The mayor campaigned in Ohio last week.'],
    ['a stance noun with no possessive source', 'The support for the plan was weak.'],
    ['a stance noun with another preposition', 'His support in the polls was weak.'],
    ['a vote with no object of stance', 'She voted in Ohio on Tuesday.'],
    ['"expected" before a participle is a verb with its object', 'The board expected revised figures by Friday.'],
    ['a plain event', 'The minister arrived in Seoul on Friday.'],
    // issue 13: a claim needs something claimed; a stance on a noun phrase claims nothing
    ['a stance verb and its object', 'The mayor lambasted the council over the budget.'],
    ['a phrasal stance on a noun phrase', 'The governor railed against the new tax on fuel.'],
    ['talking about a topic', 'The senator talked about the rising cost of health care.'],
    ['a vote for a noun phrase', 'Most delegates voted for the new platform.'],
    ['a stance noun and its object', 'His criticism of the new health plan was sharp.'],
    ['a named possessive and a stance noun', "Jane Roe's opposition to the stadium grew."],
    ['an infinitive of a plain verb', 'John Smith met Tom Brown on Friday to discuss the new tax plan.'],
    ['speaking with someone', 'Roe spoke with reporters on Monday.'],
    ['a refusal to comment', 'A spokeswoman declined to comment on pricing.'],
    ['defending a decision', 'He defended his decision to close the plant.'],
    // views with no named holder and no report ("is expected to", "seemed") are no one's claims
    ['a view with no holder', 'The House is expected to pass the bill next week.'],
    ['seemed + participle', 'The candidate seemed irritated by the question.'],
    // a cue word that is a noun in a noun phrase
    ['"states" after a number', 'Voters in 12 states and territories went to the polls.'],
    ['"state" after a demonym', 'He opposed an independent Palestinian state as long as he was in office.'],
    ['"asked to" before a noun', 'The guests were asked to the main hall.'],
    ['"asked" with nothing after', 'The mayor was asked but stayed silent.'],
  ])('%s', (_name, text) => {
    expect(claims(text)).toEqual([]);
  });

  // content boundaries: these words are never the content
  test.each([
    ['the apposition after "according to X,"', 'Rents rose by a third, according to an analysis by Jane Roe, a former aide.', 'a former aide'],
    ['a clause before a source whose verb is not the cue', 'Once the count is over, we want to explain the result to voters.', 'Once the count is over'],
    ['a comparison after "according to X,"', 'Rents rose by a third, according to the survey, more than twice the rise in wages.', 'more than twice the rise in wages'],
  ])('%s', (_name, text, notContent) => {
    expect(claims(text).map((c) => c[0])).not.toContain(notContent);
  });

  // a time phrase followed by its verb is the content's subject, not a lead-in
  test.each([
    ['"last year" as subject', 'Smith said last year was the hardest for the town.', 'last year was the hardest for the town'],
    ['"next week" as subject', 'Jones said next week will bring more rain.', 'next week will bring more rain'],
  ])('%s', (_name, text, content) => {
    expect(claims(text).map((c) => c[0])).toContain(content);
  });

  test('an opening participle never takes its source from the sentence before', () => {
    const c = claims('The band played a song about my family. Commenting on the new deal, the crowd of fans and friends.');
    expect(c.map((x) => x[1])).not.toContain('a song about my family');
    expect(c.map((x) => x[1])).not.toContain('my family');
  });

  test('a relative word before the clause, not before the source, changes nothing', () => {
    expect(claims('Smith, who said the plan would fail, left early.').map((c) => c[0])).not.toContainEqual(expect.stringMatching(/^who/));
  });

  test('a cue inside a quote belongs to the quote', () => {
    expect(claims('“He said nothing at all to us,” she said.')).toEqual([['“He said nothing at all to us,”', 'she', 'said']]);
  });
});

describe('the reference article', () => {
  const text = readFileSync(new URL('../../../fixtures/korea-us-talks.txt', import.meta.url), 'utf8');
  const r = extract(text);
  const speakerOf = (quoted: string) => r.quotes.find((q) => q.text.includes(quoted))?.speaker;

  test.each([
    ['They shared concerns', 'it', /ministry/],
    ['legitimate', 'Blinken', /Blinken/],
    ['handed over smoothly', 'Cho', /Cho/],
    ['expand and modernize', 'Cho', /Cho/],
    ['grave situations', 'Cho', /Cho/],
    ['The two officials acknowledged', 'it', /State Department|U\.S\./],
  ])('“%s” → %s', (quoted, mention, name) => {
    const s = speakerOf(quoted);
    expect(s?.mention?.text).toBe(mention);
    expect(s?.name).toMatch(name);
  });

  test('“two plus two” is a name, not a quote', () => {
    expect(r.quotes.some((q) => q.text.includes('two plus two'))).toBe(false);
  });

  test('Blinken’s claim about 8,000 soldiers carries the number', () => {
    const c = r.claims.find((x) => x.content.text.includes('8,000'));
    expect(c?.speaker?.name).toMatch(/Blinken/);
    expect(c?.numbers.map((i) => r.numbers[i]!.value)).toContain(8000);
  });

  test('“believes” inside Blinken’s reported speech makes no claim of its own', () => {
    expect(r.claims.filter((c) => c.cue?.text === 'believes')).toEqual([]);
  });

  test('the opening statement is attributed to the ministry', () => {
    const c = r.claims.find((x) => x.content.text.includes('agreed to closely work together'));
    expect(c?.speaker?.mention?.text).toMatch(/ministry/);
  });
});

describe('what a cue says: its lemma and its negation', () => {
  const facts = (text: string) => extract(text).claims.map((c) => [c.content.text, c.cueLemma, c.negated]);

  test.each([
    ['a past form', 'Jones denied that the firm had lost money.', 'that the firm had lost money', 'deny', false],
    ['an irregular past', 'Smith told reporters the deal was dead.', 'the deal was dead', 'tell', false],
    ['a phrasal cue', 'Trump talked about how the economy was weak.', 'how the economy was weak', 'talk about', false],
    ['according to', 'According to the report, prices rose sharply.', 'prices rose sharply', 'according to', false],
    ['"does not deny"', 'The Government does not deny that the talks failed.', 'that the talks failed', 'deny', true],
    ['"never said"', 'He never said that the plan would work.', 'that the plan would work', 'say', true],
    ['a contracted negation', "The company didn't say when the plant would reopen.", 'when the plant would reopen', 'say', true],
    ['an adverb between', 'The minister did not publicly deny that talks had failed.', 'that talks had failed', 'deny', true],
  ])('%s', (_name, text, content, lemma, negated) => {
    expect(facts(text)).toContainEqual([content, lemma, negated]);
  });

  test('a negator in another clause does not negate the cue', () => {
    expect(facts('Prices did not rise, the minister said.')).toContainEqual(['Prices did not rise', 'say', false]);
  });

  test('a speaker named by a quote dash has no cue lemma', () => {
    const c = extract('“We will win.” ― Sonya Herridge').claims[0];
    expect([c?.cue, c?.cueLemma, c?.negated]).toEqual([null, null, false]);
  });
});

describe('nothing claimed', () => {
  test.each([
    ['a refusal to speak', 'A spokeswoman declined to say whether prices would fall.'],
    ['a refusal to comment', 'The ministry refused to comment on the report.'],
    ['nobody as speaker', 'No one said the bridge would collapse.'],
    ['no group as speaker', 'No group claimed that the attack was theirs.'],
    ['neither side', 'Neither side said when the talks would resume.'],
  ])('%s', (_name, text) => {
    expect(extract(text).claims).toEqual([]);
  });
});

test('a negation closing a quotation does not negate the cue after it', () => {
  const c = extract('“It is safe, but it’s really not,” said Jane Roe, a city engineer.').claims[0];
  expect(c?.negated).toBe(false);
});

describe('every speaker can speak', () => {
  const speakers = (text: string) => extract(text).claims.map((c) => c.speaker?.mention?.text ?? null);

  test.each([
    ['an imperative', 'Be warned that the jump scares are loud.'],
    ['the reader', 'In this game you’ll find that the ghosts are friendly.'],
    ['a clause before the cue', 'It’s a fine game that really shows that the format works.'],
    ['a phrase cut short', 'It is one of the first to really show that the format works.'],
    ['no noun', 'It was the only show that said the race was close.'],
    ['a headline with no name', 'City Pipes: How Winter Hurts Them\n\nThe city repaired many pipes.'],
    ['a participle after "worth"', 'Here are eight games worth considering that cost little.'],
    ['"known as" names', 'New pipes are made of a material known as ductile iron.'],
    ['a noun compound with a cue word ("Battleground state")', 'Battleground state Florida is nearly 3% Polish American.'],
    ['a noun compound with a cue word ("home state")', 'Doyle, whose home state of Wisconsin is a similar target, spoke.'],
    ['a cue after "tough to"', 'The city’s aging pipes are tough to maintain, and the “freeze-thaw” cycles of winter make it worse.'],
    ['a cue after "hard to"', 'It is hard to say whether the plan works.'],
    ['a participle pointing within the text', 'If the firm has the email mentioned above — which is linked to my name — no guesswork is needed.'],
  ])('%s: no claim', (_name, text) => {
    expect(speakers(text)).toEqual([]);
  });

  test.each([
    ['a relative word is cut off', 'An article by the magazine that claimed the vote was rigged drew anger.', 'An article by the magazine'],
    ['an auxiliary is cut off', 'The government is alleging that the firm lied.', 'The government'],
    ['"quick to" keeps its subject', 'The mayor was quick to say that the plan would fail.', 'The mayor'],
    ['a plural subject before a bare cue word', 'The documents state that the plan failed.', 'The documents'],
    ['trailing adverbs and times are cut off', 'Trump this week also said that the wall would rise.', 'Trump'],
    ['a counted group speaks', 'The two said that the talks had failed.', 'The two'],
    ['a quantifier speaks', 'Both said that the talks had failed.', 'Both'],
    ['a pronoun with its auxiliary speaks', 'He’s always denied that the money was his.', 'He'],
    ['a verb’s object before "and" is no part of the next clause’s subject', 'The firm shipped its first-ever phone and Jane Roe said that sales were strong.', 'Jane Roe'],
    ['"Varko has won a state and Lessing …"', 'Varko has won a state and Tom Lessing suggested that he would win.', 'Tom Lessing'],
  ])('%s', (_name, text, speaker) => {
    expect(speakers(text)).toContain(speaker);
  });

  test.each([
    ['two subjects joined by "and" speak together', 'Mary Varko and Tom Lessing said that the vote was rigged.', 'Mary Varko and Tom Lessing'],
    ['"and" inside a preposition’s object joins no clauses', 'The plan faced criticism from Democrats and Republicans who said that it would fail.', 'Democrats and Republicans'],
    ['after a verb of asking, the object is the subject of what follows', 'They persuaded the mayor and the council to say that the plan would work.', 'the mayor and the council'],
  ])('%s', (_name, text, speaker) => {
    expect(speakers(text).some((s) => s?.includes(speaker))).toBe(true);
  });
});

test('a title heading a line in quotation marks is no quote', () => {
  const r = extract('Here are the best games of the year.\n\n“Batman Arkham VR” ($20)\n\nYou are Batman in this detective story.');
  expect([r.quotes, r.claims]).toEqual([[], []]);
});

describe('one content, one claim', () => {
  test('a content stops where another source takes over', () => {
    expect(claims('The president said the talks had gone well, but the reporter Jon Sopel said the president was wrong.')).toEqual([
      ['the talks had gone well', 'The president', 'said'],
      ['the president was wrong', 'the reporter Jon Sopel', 'said'],
    ]);
  });

  test('reported speech inside a content is no new source', () => {
    expect(claims('Blinken said the U.S. believes that 8,000 soldiers have been deployed.')).toEqual([
      ['the U.S. believes that 8,000 soldiers have been deployed', 'Blinken', 'said'],
    ]);
  });

  test('a quotation inside a claim with a speaker is no second, unattributed claim', () => {
    const r = extract('The talks stalled.\n\n“Now it is hard to see what could persuade them” to hold back, Indyk said.');
    expect(r.claims.map((c) => c.speaker?.name ?? null)).toEqual(['Indyk']);
  });
});

describe('a resolved speaker agrees in kind', () => {
  const speaker = (text: string, content: RegExp) => extract(text).claims.find((c) => content.test(c.content.text))?.speaker;

  test('"they" is no organisation named before', () => {
    expect(speaker('Officials at Stanford University met on Monday. They said the new rules would apply next year.', /new rules/)?.entity).toBeNull();
  });

  test('"they" takes the group that spoke before', () => {
    expect(speaker('Officials said on Monday that talks would resume. They said the new rules would apply next year.', /new rules/)?.name).toBe('Officials');
  });

  test('a group is no single person', () => {
    const r = extract('Barack Obama spoke on Monday. Obama aides said the plan would work.');
    const c = r.claims.find((x) => /plan would work/.test(x.content.text));
    expect(r.people.find((p) => p.id === c?.speaker?.entity)).toBeUndefined();
  });

  test('a role noun compromise reads as an adjective still speaks', () => {
    expect(speaker('The firm said profits would rise.', /profits/)?.mention?.text).toBe('The firm');
  });
});

describe('found on real pages: nothing claimed', () => {
  test.each([
    ['a reflexive after "find"', 'Uber soon found itself offering free rides out of the area.'],
    ['a reflexive after "believe"', 'The city believed itself to be under a coordinated attack.'],
    ['a passive with a contracted copula', 'We’re told that we reveal our true character in a crisis.'],
    ['a free relative at the end', 'Nobody can understand what the corporation believes.'],
  ])('%s', (_name, text) => {
    expect(extract(text).claims).toEqual([]);
  });

  test('a source phrase runs over "in" ("prosecutors in San Francisco and Los Angeles")', () => {
    expect(claims('Prosecutors in San Francisco and Los Angeles say Uber has been lying to its customers.')).toEqual([
      ['Uber has been lying to its customers', 'Prosecutors in San Francisco and Los Angeles', 'say'],
    ]);
  });
});

describe('found on real pages: sources', () => {
  test('an inverted source inside its content ("The combination, say economists, marks …")', () => {
    expect(claims('The combination, say economists, marks a journey into uncharted territory.')).toEqual([
      ['The combination, say economists, marks a journey into uncharted territory', 'economists', 'say'],
    ]);
  });

  test('a name before a relative clause and its comma is the source', () => {
    const r = extract('Vanessa Hicks said she had no idea. Hicks, whose husband is still in the Navy, said the flag is a symbol of freedom.');
    expect(r.claims.map((c) => [c.content.text, c.speaker?.name])).toContainEqual(['the flag is a symbol of freedom', 'Vanessa Hicks']);
  });

  test('a description after a name and its comma stands for that name', () => {
    const r = extract('Senator James Lankford, an Oklahoma Republican who warned of the dangers in the past, played down that threat. “It is a risk,” he said.');
    expect(r.claims.map((c) => c.speaker?.name)).toContain('James Lankford');
  });

  test('a wire dateline is no part of the content', () => {
    expect(claims('MOSCOW (AP) — A cargo ship broke up over Siberia on Thursday, the Russian space agency said.')).toEqual([
      ['A cargo ship broke up over Siberia on Thursday', 'the Russian space agency', 'said'],
    ]);
  });
});

describe('found in political news: more sources and cues', () => {
  test.each([
    ['a plural after a sentence-opening "And"', 'And surveys suggest that even some Republicans find him unlikable.', 'that even some Republicans find him unlikable', 'surveys', 'suggest'],
    ['a source before ", which"', 'The bill levied by the European Union, which contended that Ireland undertaxed the company, is an example.', 'that Ireland undertaxed the company', 'the European Union', 'contended'],
    ['"that" after a phrase set off by commas', 'Several experts cautioned, as did the campaign itself, that the proposals might evolve.', 'that the proposals might evolve', 'Several experts', 'cautioned'],
    ['"pointed out"', 'Jeb Bush pointed out that he would support the Broncos.', 'that he would support the Broncos', 'Jeb Bush', 'pointed out'],
    ['"made clear"', 'He made clear that he did not intend to hold back.', 'that he did not intend to hold back', 'He', 'made clear'],
    ['"repeated"', 'The spokesman repeated that China opposed hacking.', 'that China opposed hacking', 'The spokesman', 'repeated'],
  ])('%s', (_name, text, content, speaker, cue) => {
    expect(claims(text)).toContainEqual([content, speaker, cue]);
  });

  test('a number glued to its unit is no contracted verb', () => {
    expect(claims('The new controller adds a 3.5mm headphone jack.')).toEqual([]);
  });
});

describe('an infinitive after a verb of promising, urging or proposing', () => {
  test.each([
    ['a split infinitive', 'He promises to immediately declare it a currency manipulator.', 'to immediately declare it a currency manipulator', 'He', 'promises'],
    // (the listener is the infinitive's subject, part of what was asked)
    ['a request', 'The chairman asked the full convention to vote on her proposal.', 'the full convention to vote on her proposal', 'The chairman', 'asked'],
    ['an appeal', 'Jane Varko urged lawmakers to reject the budget.', 'lawmakers to reject the budget', 'Jane Varko', 'urged'],
    ['"called for" (the particle is the cue\'s)', 'Jane Varko called for the footage to be released.', 'the footage to be released', 'Jane Varko', 'called for'],
    ['"called on"', 'Jane Varko called on lawmakers to reject the budget.', 'lawmakers to reject the budget', 'Jane Varko', 'called on'],
    ['"on" before a date is no particle', 'Jane Varko called on Tuesday for the footage to be released.', 'for the footage to be released', 'Jane Varko', 'called'],
    ['a proposal', 'The administration proposed to scale back the requirement.', 'to scale back the requirement', 'The administration', 'proposed'],
  ])('%s', (_name, text, content, speaker, cue) => {
    expect(claims(text)).toContainEqual([content, speaker, cue]);
  });

  test('a wish is no claim', () => {
    expect(claims('Clinton wants to sign up five million people.')).toEqual([]);
  });
});

test('"said as he …" keeps its cue ("as" opening a clause, not "known as")', () => {
  const r = extract('Workers gathered around a hole.\n\n“I’m not,” Mr. Dejesus said as he secured the clamp. “It’s showtime.”');
  // (seven words of the writer's between the pieces: two claims, both his)
  expect(r.claims.map((c) => c.speaker?.name ?? null)).toEqual(['Dejesus', 'Dejesus']);
});

describe('a thought or stance on an object is no claim', () => {
  test('"what I call …" names a thing, it claims nothing', () => {
    expect(claims('The plan is what I call a disaster.')).toEqual([]);
  });

  test('a verb after the relative word makes it the content\'s subject', () => {
    expect(claims('It is a tax which I think makes our society more unequal.')).toContainEqual([
      'which I think makes our society more unequal',
      'I',
      'think',
    ]);
  });

  test('a linking verb before a participle makes a passive ("became known")', () => {
    expect(claims('The details became known to the police on Monday.')).toEqual([]);
  });
});

describe('no claim from a name or a skill', () => {
  test('"known as" names even when a heading with a verb follows the paragraph', () => {
    expect(claims('The pipes are made of a hard, graphite-rich iron known as ductile iron.\n\nWinter is not always a good time')).toEqual([]);
  });

  test('"learn how to" after a thought verb is a skill, not a question put', () => {
    expect(claims('So where do people learn how to fix these leaks?')).toEqual([]);
  });

  test('a speech verb keeps its "how to" question', () => {
    expect(claims('The mayor explained how to apply for the grant.')).toContainEqual(['how to apply for the grant', 'The mayor', 'explained']);
  });
});

describe('a quoted title is no statement', () => {
  test('a title after a speech verb is no content ("announcing “Super Fun Run,” …")', () => {
    expect(claims('Two firms shocked the world this year by announcing "Super Fun Run," the company\'s first mobile game.')).toEqual([]);
  });

  test('a title opening a sentence as its subject is no quote', () => {
    const r = extract('The game is out.\n\n“Super Fun Run” is divided into levels with a clear end.');
    expect(r.quotes).toEqual([]);
    expect(r.claims).toEqual([]);
  });

  test('a short quote opening a sentence and followed by its cue is still a quote', () => {
    expect(extract('The crowd fell silent.\n\n“Never Again” she said as she walked out of the hall without another word to anyone there.').quotes.length).toBe(1);
  });
});

describe('a relative clause with no relative word', () => {
  test('"code he said exploits the flaw": the verb after the cue is the content', () => {
    expect(claims('Roe released code he said exploits the flaw in the game.')).toContainEqual(['exploits the flaw in the game', 'he', 'said']);
  });

  test('a gerund after the cue is no such clause ("fees he reported receiving")', () => {
    expect(claims('The fee was higher than any fees he reported receiving last year.')).toEqual([]);
  });
});

describe('pieces of one quote', () => {
  test('a quote split by a short cue is one claim', () => {
    const r = extract('“Part one,” Roe said. “Part two of it.”');
    expect(r.claims.map((c) => c.content.text)).toEqual(['“Part one,” Roe said. “Part two of it.”']);
  });

  test("pieces with the writer's own words between them are a claim each, both the speaker's", () => {
    const r = extract('“I thought a lot before writing this,” Roe wrote in a blog post published on Thursday, a year after reporting the bug. “I did not want to hurt anyone.”');
    expect(r.claims.map((c) => [c.content.text, c.speaker?.name])).toEqual([
      ['“I thought a lot before writing this,”', 'Roe'],
      ['“I did not want to hurt anyone.”', 'Roe'],
    ]);
  });
});

describe("a pronoun speaker's contraction is no part of its words", () => {
  test.each([
    ["I've agreed that the firm records my contacts.", 'I'],
    ["They'd argued that the plan was wrong.", 'They'],
  ])('%s → speaker %s', (text, name) => {
    const [claim] = extract(text).claims;
    expect(claim?.speaker?.mention?.text).toBe(name);
    expect(claim?.speaker?.name).toBe(name);
  });
});

describe('a quotation inside an appositive leaves the name before it the speaker', () => {
  test('"Roe, citing “the magic of Varko,” said …": Roe cites and says, and the citing ends at the quotation', () => {
    const r = extract('Mr. Roe, citing “the unique magic of Varko,” said the candidate could win in states like Ohio.');
    expect(r.claims.map((c) => [c.speaker?.mention?.text, c.cue?.text, c.content.text])).toEqual([
      ['Mr. Roe', 'citing', 'the unique magic of Varko'],
      ['Mr. Roe', 'said', 'the candidate could win in states like Ohio'],
    ]);
  });
  test('"Doe, who calls Varko a “liar,” said he …": Doe speaks, not "he" after the cue', () => {
    const r = extract('Jane Doe, who calls Varko a “liar,” said he does not expect the party to split.');
    expect(r.claims.map((c) => [c.speaker?.name, c.content.text])).toContainEqual(['Jane Doe', 'he does not expect the party to split']);
  });
  test.each([
    ['“If Roe wins, and if the Senate holds, the party will split,” said Doe, a strategist.', 'Doe'],
    ['Asked about Roe, “we are ready,” said Doe.', 'Doe'],
  ])('a comma closing quoted speech opens no appositive: %s', (text, name) => {
    expect(extract(text).quotes.map((q) => q.speaker?.name)).toEqual([name]);
  });
});

describe('a participle set off after the name opening the sentence has that name for its source', () => {
  test('"Roe, noting that …, said …": two claims of Roe, the first ending with its clause', () => {
    const r = extract('Roe, noting that the vote was close, said the party would regroup.');
    expect(r.claims.map((c) => [c.speaker?.name, c.content.text])).toEqual([
      ['Roe', 'that the vote was close'],
      ['Roe', 'the party would regroup'],
    ]);
  });
});

describe('a modifier compromise reads as a verb opens the speaker\'s phrase ("top", "key", "lead")', () => {
  test.each([
    ['The plan is an insult to all workers, top black lawmakers said Friday.', 'top black lawmakers'],
    ['The deal is dead, key Republican senators said.', 'key Republican senators'],
    ['Top black lawmakers said the plan was an insult.', 'Top black lawmakers'],
  ])('%s → speaker %s', (text, mention) => {
    expect(extract(text).claims.map((c) => c.speaker?.mention?.text)).toEqual([mention]);
  });
  test('an inverted speech cue stays the cue: "…, say Republican senators"', () => {
    expect(extract('The deal is dead, say Republican senators.').claims.map((c) => [c.speaker?.mention?.text, c.cue?.text])).toEqual([['Republican senators', 'say']]);
  });
});

describe('what stands between a named source and its cue', () => {
  test('a date with its time of day: "Roe on Thursday evening said" → Roe, not "evening"', () => {
    const r = extract('NRC spokesman Sean Varko on Thursday evening said the party was not in a crisis.');
    expect(r.claims.map((c) => [c.speaker?.mention?.text, c.content.text])).toEqual([['NRC spokesman Sean Varko', 'the party was not in a crisis']]);
  });
  test('a name inside a participle\'s phrase set off by commas is no source: "Roe, facing a challenge in Iowa, a swing state, said"', () => {
    const r = extract('Sen. Chuck Varko, facing a spirited challenge in Iowa, a swing state, said the party needed help.');
    expect(r.claims.map((c) => c.speaker?.mention?.text)).toEqual(['Sen. Chuck Varko']);
  });
  test('a description opening with an article still ends the chain at the name: "Roe, the attorney general of Ohio, one of the states, said"', () => {
    expect(extract('“We will sue,” Jane Varko, the attorney general of Ohio, one of the states, said.').claims.map((c) => c.speaker?.mention?.text)).toEqual(['Jane Varko']);
  });
});

describe('words that look like cues but report nothing said', () => {
  test.each([
    ['Employers will likely cut back, the reasoning goes.'],
    ['It goes without saying that raising taxes is unpopular.'],
    ['Roe left without saying that he would return.'],
    ['It is too soon to say whether her policies will work.'],
    ['It is too early to tell whether the plan will work.'],
  ])('%s → no claim', (text) => {
    expect(extract(text).claims).toEqual([]);
  });
  test.each([
    ['Jane Varko fired back that the plan was a disaster.', 'fired back'],
    ['Jane Varko shot back that the plan was a disaster.', 'shot back'],
  ])('a speech verb with its particle is the cue: %s', (text, cue) => {
    expect(extract(text).claims.map((c) => [c.speaker?.mention?.text, c.cue?.text, c.content.text])).toEqual([['Jane Varko', cue, 'that the plan was a disaster']]);
  });
});

describe('a time clause right after the cue says when the words were used, not what they were', () => {
  test('"…, Roe told advisers as he labored over the speech": the content is before the source', () => {
    const r = extract('This is not about me, Jane Varko told her closest advisers as she labored over the speech.');
    expect(r.claims.map((c) => [c.speaker?.mention?.text, c.content.text])).toEqual([['Jane Varko', 'This is not about me']]);
  });
  test('"Roe said as she turned around": no claim of the turning', () => {
    expect(extract('Jane Varko said as she turned around and spread her cape.').claims).toEqual([]);
  });
  test('the content after the clause\'s comma: "Roe said as he introduced his wife, “Finally, the dam broke.”"', () => {
    const r = extract('At day\'s end, Tom Varko said as he introduced his wife in Hudson, "Finally, the dam broke."');
    expect(r.claims.map((c) => c.content.text)).toEqual(['Finally, the dam broke']);
  });
  test.each([
    ['Lawmakers have not said when they would take up the bill.', 'when they would take up the bill'],
    ['Tom Varko said after the convention he would not accept the endorsement.', 'after the convention he would not accept the endorsement'],
  ])('a question word or a phrase, no time clause: %s', (text, content) => {
    expect(extract(text).claims.map((c) => c.content.text)).toEqual([content]);
  });
});

describe('a cue word inside a fixed phrase reports nothing said', () => {
  test.each(['All told, up to five million people could be eligible.', 'News as we know it is safe.', 'Truth be told, the plan failed.'])('%s → no claim', (text) => {
    expect(extract(text).claims).toEqual([]);
  });
  test('"who asked not to be named": anonymity, no claim; the source\'s own cue still claims', () => {
    expect(claims('Officials who asked not to be named said the talks had collapsed.')).toEqual([['the talks had collapsed', 'Officials', 'said']]);
  });
  test('a two-word phrase only when it opens a clause: "We all told him the plan failed" is a claim', () => {
    expect(extract('We all told him the plan failed.').claims.map((c) => c.content.text)).toEqual(['the plan failed']);
  });
});

describe('"found that difficult": after a verb taking an object and its complement, "that" and an adjective is the object', () => {
  test.each(['Finding that difficult, Tom Varko narrowed his focus.', 'Jane Varko found that hard to accept.'])('%s → no claim', (text) => {
    expect(extract(text).claims).toEqual([]);
  });
  test.each([
    ['A poll found that, relative to two years earlier, more voters were happy.', 'that, relative to two years earlier, more voters were happy'],
    ['The study found that big, important work will prove valuable.', 'that big, important work will prove valuable'],
  ])('a clause after "that" stays the content: %s', (text, content) => {
    expect(extract(text).claims.map((c) => c.content.text)).toEqual([content]);
  });
});

describe('a source inside its content, in a sentence that opens with another source\'s quotation', () => {
  test('"“…,” Roe wrote on Thursday, 21 months, he said, after …": the content is the source\'s own stretch', () => {
    const r = extract('"I thought a lot before writing this post," developer Jan Varko wrote in a blog post published Thursday, 21 months, he said, after privately reporting the bug.');
    expect(r.claims.map((c) => c.content.text)).toEqual(['"I thought a lot before writing this post,"', '21 months, he said, after privately reporting the bug']);
  });
  test('quoted words inside the content keep it whole: "Those who spend time “listening to cable,” he said, wind up …"', () => {
    const r = extract('Those who spend all their time "listening to certain cable shows," he said, wind up in a debate.');
    expect(r.claims.map((c) => c.content.text)).toEqual(['Those who spend all their time "listening to certain cable shows," he said, wind up in a debate']);
  });
});

describe('"they" is the group the sentence, or the one before in its paragraph, is about', () => {
  test.each([
    ['Tom Varko and Eva Tarvo plotted the motion of the point. They found that the point would trace out a strange shape.', 'Tom Varko and Eva Tarvo'],
    ['Officials at the agency met on Monday. They said the plan would fail.', 'Officials at the agency'],
  ])('%s → %s', (text, name) => {
    expect(extract(text).claims.map((c) => [c.speaker?.name, c.speaker?.mention?.text])).toEqual([[name, 'They']]);
  });
  test('not across a paragraph, nor a singular subject: "They" stays itself', () => {
    expect(extract('The agency met on Monday.\n\nThey said the plan would fail.').claims.map((c) => c.speaker?.name)).toEqual(['They']);
  });
});

describe('more of what stands between a named source and its cue', () => {
  test.each([
    ['Jane Varko, during a town hall meeting in Columbus, Ohio, said she was ready.', 'Jane Varko'],
    ['Sen. Jane Varko, of Ohio, said the plan would fail.', 'Sen. Jane Varko'],
    ['The plan stalled, as Tom Varko, contradicting Doe, said he had warned them.', 'Tom Varko'],
  ])('a preposition\'s phrase set off by commas holds no source: %s', (text, mention) => {
    expect(extract(text).claims.map((c) => c.speaker?.mention?.text)).toEqual([mention]);
  });
  test('a perfect participle opening the sentence has the subject after its comma: "Having announced that …, Judge Roe …"', () => {
    const r = extract('Having announced that he would not send me to prison, Judge Tom Varko handed down his sentence.');
    expect(r.claims.map((c) => [c.speaker?.mention?.text, c.content.text])).toEqual([['Judge Tom Varko', 'that he would not send me to prison']]);
  });
});

describe('a content ends before a speech participle after a comma, which opens a claim of its own', () => {
  test.each([
    ['Jane Varko said the plan would fail, adding that the votes were not there.', 'adding'],
    ['Jane Varko said the plan would fail, saying that the votes were not there.', 'saying'],
  ])('%s', (text, cue) => {
    expect(extract(text).claims.map((c) => [c.cue?.text, c.content.text])).toEqual([
      ['said', 'the plan would fail'],
      [cue, 'that the votes were not there'],
    ]);
  });
  test('a participle that is no speech cue stays inside: "…, leaving the room"', () => {
    expect(extract('Jane Varko said the plan would fail, leaving many voters angry.').claims.map((c) => c.content.text)).toEqual(['the plan would fail, leaving many voters angry']);
  });
});

describe('a content ends before a speech verb joined to its cue by "and" or "but"', () => {
  test('"Roe said the plan would fail and warned that …": two claims', () => {
    expect(extract('Jane Varko said the plan would fail and warned that the votes were not there.').claims.map((c) => [c.cue?.text, c.content.text])).toEqual([
      ['said', 'the plan would fail'],
      ['warned', 'that the votes were not there'],
    ]);
  });
  test('a verb that is no speech cue stays inside: "… and encouraged Americans to …"', () => {
    expect(extract('Jane Varko said that the plan was bad and encouraged voters to check it.').claims.map((c) => c.content.text)).toEqual(['that the plan was bad and encouraged voters to check it']);
  });
});

describe('a naming participle after an indefinite object names it; nobody calls anything', () => {
  test.each(['The researchers used a technique called "mental chronometry" to time it.', 'They joined a group called Varko Watch last year.'])('%s → no claim', (text) => {
    expect(extract(text).claims).toEqual([]);
  });
  test.each([
    ['Critics of the plan called Roe "a liar" on Monday.', 'Critics of the plan'],
    ['Officials at the ministry called the plan "a disaster" on Monday.', 'Officials at the ministry'],
  ])('a subject with a preposition\'s phrase still calls: %s', (text, speaker) => {
    expect(extract(text).quotes.map((q) => [q.speaker?.mention?.text, q.cue?.text])).toEqual([[speaker, 'called']]);
  });
});

describe('a naming participle after a verb\'s definite object names it too', () => {
  test('"the researchers used the technique called “mental chronometry”" → no claim', () => {
    expect(extract('To time it, the researchers used the technique called "mental chronometry" - that is, a clock.').claims).toEqual([]);
  });
  test('not after a verb reporting speech: "the report said the senator called Roe “a liar”"', () => {
    expect(extract('The report said the senator called Roe "a liar" on Monday.').quotes.map((q) => q.cue?.text)).toEqual(['called']);
  });
});

describe('after a listener verb, a noun phrase its own verb follows is the content\'s subject, no listener', () => {
  test.each([
    ['Critics warned the plan would cost as much as $40 million.', 'the plan would cost as much as $40 million'],
    ['Jane Varko told reporters he was grateful.', 'he was grateful'],
    ['Jane Varko told Fox News the plan would fail.', 'the plan would fail'],
  ])('%s → %s', (text, content) => {
    expect(extract(text).claims.map((c) => c.content.text)).toEqual([content]);
  });
});

describe('"adds to the drama", "there\'s no denying": no speech', () => {
  test.each([
    ['The latest hiccup adds to the drama that has surrounded the campaign.'],
    ['Varko lost Ohio to Jane Roe, who added to her delegate lead.'],
    ["There's no denying he has had quite a run."],
  ])('%s → no claim', (text) => {
    expect(extract(text).claims).toEqual([]);
  });
  test.each([
    ['"It was 50 percent more than her show," Tom Varko added to People.', 'added'],
    ['"It is a better use of capital," he added, to pursue a hybrid system.', 'added'],
  ])('a listener or a comma after "added" keeps the cue: %s', (text, cue) => {
    expect(extract(text).quotes.map((q) => q.cue?.text)).toEqual([cue]);
  });
});

describe('a relative clause between a source and its cue describes the source', () => {
  test.each([
    ['The county officials whose rules were struck down say the real change came from the courts.', 'the real change came from the courts', 'The county officials'],
    ['A farmer who lives near the dam and who asked not to be named said the river flooded at night.', 'the river flooded at night', 'A farmer'],
    ['A nurse who was evacuated early described how the ward flooded.', 'how the ward flooded', 'A nurse'],
  ])('%s', (text, content, speaker) => {
    expect(claims(text)).toContainEqual([content, speaker, expect.any(String)]);
  });
  test('a cue inside the relative clause claims no more than the clause: "Members who voted against the budget said …"', () => {
    expect(claims('City council members who voted against the budget said the cuts would close three libraries.')).toEqual([
      ['the cuts would close three libraries', 'City council members', 'said'],
    ]);
  });
  test.each([
    ['Varko is a rampant xenophobe who has repeatedly pledged to ban all imports.', 'xenophobe'],
    ['I do not mean to critique people who have made a profile or suggest they deserve it.', 'people'],
  ])('the cue of the relative clause itself, or after a coordinator, is not the described noun\'s: %s', (text, noun) => {
    expect(claims(text).filter((c) => c[1]?.includes(noun))).toEqual([]);
  });
});

describe('a cue in its -s form after a noun compromise reads as a verb ("Another slide shows that")', () => {
  test.each([
    ['Another slide shows that most limes are grown in Varko.', 'Another slide'],
    ['Recent polling shows that the mayor is liked by most voters.', 'Recent polling'],
  ])('%s', (text, speaker) => {
    expect(claims(text).map((c) => c[1])).toEqual([speaker]);
  });
  test.each([['Roe made the following comment: the plan will fail.'], ['As of the last fundraising report, Roe had raised $293,565.']])('not a noun cue: %s', (text) => {
    expect(claims(text).filter((c) => c[1] === 'the following' || c[1] === 'the last fundraising')).toEqual([]);
  });
});

describe('the source of a cue infinitive: the object of a verb of making or asking, else the subject of the verb it depends on', () => {
  test.each([
    ['The committee forced Tom Varko to admit that the bank had erred.', 'that the bank had erred', 'Tom Varko'],
    ['The bill passed even as the unions continue to warn that the deal is a mistake.', 'that the deal is a mistake', 'the unions'],
    ['The mayor drew criticism after he appeared to suggest that the bridge was safe.', 'that the bridge was safe', 'he'],
    ['Tom Varko spoke first. He went on to say the plan would fail.', 'the plan would fail', 'He'],
  ])('%s', (text, content, speaker) => {
    expect(claims(text)).toContainEqual([content, speaker, expect.any(String)]);
  });
  test('an object pronoun stands for its antecedent', () => {
    const claim = extract('Jane Varko won in Ohio. The vote led her to declare that the nomination was in sight.').claims[0]!;
    expect([claim.speaker?.mention?.text, claim.speaker?.name]).toEqual(['her', 'Jane Varko']);
  });
  test('a participle after the infinitive\'s object is the sentence subject\'s', () => {
    const direct = extract('Senator Jane Varko urged women to vote for Roe, saying, “There is a place for all of us.”').claims.filter((c) => c.kind === 'direct');
    expect(direct.map((c) => c.speaker?.mention?.text)).toEqual(['Senator Jane Varko']);
  });
});

describe('a source tied to what it knows or whom it backs (lexicon speaker-relations)', () => {
  test.each([
    ['The plant will close next year, people familiar with the matter said.', 'The plant will close next year', 'people familiar with the matter'],
    ['Officials close to the talks say a deal is near.', 'a deal is near', 'Officials close to the talks'],
    ['Republicans opposed to the deal said it would fail.', 'it would fail', 'Republicans opposed to the deal'],
  ])('%s', (text, content, speaker) => {
    expect(claims(text)).toEqual([[content, speaker, expect.any(String)]]);
  });
});

test('a participle after a comma has the sentence subject, past a date before its verb', () => {
  expect(claims('A federal judge on Friday blocked the Varko law, ruling that it would place an unfair burden on voters.')).toEqual([['that it would place an unfair burden on voters', 'A federal judge', 'ruling']]);
});

test('"who" right before a cue, with no comma, stands for the noun before it', () => {
  expect(claims('The airline has been under pressure from investors who argue that it expanded too quickly.')).toEqual([['that it expanded too quickly', 'investors', 'argue']]);
});

describe('a cue after "and"/"but" has the subject of the verb it is joined to', () => {
  test.each([
    ['The crowd cheered when Tom Varko spotted a sign and asked that it be taken down.', 'that it be taken down', 'Tom Varko'],
    ['The council postponed the vote after residents packed a hearing and warned that traffic would double.', 'that traffic would double', 'residents'],
    ['Rabbis called for a boycott, and the league strongly denounced his words and said it would act.', 'it would act', 'the league'],
    ['Jane Roe says Doe promised to keep helping Varko and said she would stand up to the attacks.', 'she would stand up to the attacks', 'Jane Roe'],
    ['Ms. Varko rejected the idea that the changes amounted to a shake-up and said that Roe was not diminished.', 'that Roe was not diminished', 'Ms. Varko'],
    ['He said his attacks on Roe have given his campaign momentum and said that Roe had lost.', 'that Roe had lost', 'He'],
    ['Varko tied those test scores to better graduation rates and said the law helped many children.', 'the law helped many children', 'Varko'],
  ])('%s', (text, content, speaker) => {
    expect(claims(text)).toContainEqual([content, speaker, expect.any(String)]);
  });
  test('a coordinator opening its sentence joins nothing in it: "But state law requires …"', () => {
    expect(claims('The fund is a charity. But state law requires a different registration for large charities.')).toEqual([]);
  });
});

describe('a content ends before "though"/"although" and a source of its own', () => {
  test('"…, though she acknowledged it was unlikely to work": two claims', () => {
    expect(claims('A spokesman said the campaign planned to stage a protest at the gates, though she acknowledged it was unlikely to work.')).toEqual([
      ['the campaign planned to stage a protest at the gates', 'A spokesman', 'said'],
      ['it was unlikely to work', 'she', 'acknowledged'],
    ]);
  });
});

describe('before an inverted source, a participle after a comma is no verb of what was said', () => {
  test('"mining companies, including Varko, declared bankruptcy" claims nothing', () => {
    expect(claims('One after another, mining companies, including Varko, declared bankruptcy.')).toEqual([]);
  });
});

describe('a noun phrase after a thought or stance cue is its object, no claim ("thanked Roe, who …", "a large pledged lead")', () => {
  test.each([
    ['Varko thanked Saltzman, who provided the equations he used.'],
    ['Varko maintains a large pledged delegate lead over Roe.'],
  ])('%s → no claim', (text) => {
    expect(claims(text)).toEqual([]);
  });
  test('a clause still counts: "Varko found that the set of solutions generated odd weather"', () => {
    expect(claims('Varko found that the set of solutions generated odd weather.').map((c) => c[0])).toEqual(['that the set of solutions generated odd weather']);
  });
});

describe('a content around its source ends before a claim of the source\'s own', () => {
  test('"The museum, Varko said, will open in the spring, adding that …": two claims', () => {
    expect(claims('The museum, Mr. Varko said, will open in the spring, adding that tickets would be free.').map((c) => c[0])).toEqual([
      'The museum, Mr. Varko said, will open in the spring',
      'that tickets would be free',
    ]);
  });
});

describe('a possessive source, a noun of saying and its "that" clause ("Roe\'s claim that …")', () => {
  test.each([
    ['Fact-checkers looked at Jane Varko’s claim that crime had doubled.', 'that crime had doubled', 'Jane Varko’s'],
    ['Contrary to his claim that voters would learn nothing, there would be a wealth of information.', 'that voters would learn nothing', 'his'],
    ['His warning that the county would lose its funding angered voters.', 'that the county would lose its funding', 'His'],
    ['Their belief that the plan, which was drafted in May, would fail angered the mayor.', 'that the plan, which was drafted in May, would fail', 'Their'],
    ['Her claim that the mill would close if it lost the contract was false.', 'that the mill would close if it lost the contract', 'Her'],
    ['The company’s statement that sales had risen surprised analysts.', 'that sales had risen', 'The company’s'],
  ])('%s', (text, content, speaker) => {
    expect(claims(text)).toContainEqual([content, speaker, expect.any(String)]);
  });
  test('"that" before a verb opens a relative clause: "the party\'s message that emerges from the convention" claims nothing', () => {
    expect(claims('Supporters could shape the party’s message that emerges from the convention.')).toEqual([]);
  });
  test('no possessive, no source: "The claim that vaccines cause autism is false" claims nothing', () => {
    expect(claims('The claim that vaccines cause autism is false.')).toEqual([]);
  });
});

describe('a relative word, its source set off by commas, and the clause after them', () => {
  test('"…, which he believes will make …": after a relative word and a pronoun, "believes" is a cue', () => {
    expect(claims('Varko criticised the plan, which he believes will make it impossible to win.').map((c) => c[0])).toEqual(['which he believes will make it impossible to win']);
  });
  test('"…, which, his advisers believe, would lead to …": the clause after the source is the content', () => {
    expect(claims('The rules would spur hiring, which, his advisers believe, would lead to an explosion in fund-raising.').map((c) => c[0])).toEqual([
      'which, his advisers believe, would lead to an explosion in fund-raising',
    ]);
  });
});

describe('a quantifier alone between commas is a source ("That attitude, many argue, could …")', () => {
  test('"many argue"', () => {
    expect(claims('That attitude, many argue, could carry constitutional implications.')).toEqual([['That attitude, many argue, could carry constitutional implications', 'many', 'argue']]);
  });
});

describe('a relative clause after a source, closed before the cue, or after a phrase that opens the content', () => {
  test.each([
    // the relative clause a comma closes before "said" is the source's, so the content runs to the sentence's end
    ['The Varko Guild, which represents about 5,000 pilots, said 78% of its members who voted backed a strike.', '78% of its members who voted backed a strike', 'The Varko Guild'],
    // "said" + a phrase whose relative clause is followed by the phrase's own verb: no inverted source
    ['The guild, which represents pilots, said most of its members who voted backed a strike.', 'most of its members who voted backed a strike', 'The guild'],
    // (still inverted: the verb past the relative clause is an infinitive's, or a joined clause's)
    ['The plan failed, said officials who asked not to be named.', 'The plan failed', 'officials'],
    ['The plan failed, said officials who spoke on condition of anonymity because they were not authorised to comment.', 'The plan failed', 'officials'],
  ])('%s', (text, content, speaker) => {
    expect(claims(text)).toEqual([[content, speaker, 'said']]);
  });
});

describe('an appositive or a relative clause after an "according to" source describes the source', () => {
  test.each([
    ['According to Jane Roe, a professor at Varko University, the economy is weak.', 'the economy is weak', 'Jane Roe'],
    // ("think tank" is no thought cue: lexicon cues-phrasal-not-cues)
    ['According to the Varko Trust, a health think tank, one in ten nursing posts is vacant.', 'one in ten nursing posts is vacant', 'the Varko Trust'],
    ['According to Jon Doe, its chief economist, the shortfall grew.', 'the shortfall grew', 'Jon Doe'],
    // (not a phrase of the content: a relative clause after it, or an age)
    ['According to the report, the plan, which costs five dollars, will fail.', 'the plan, which costs five dollars, will fail', 'the report'],
    ['According to police, the man, 34, was arrested.', 'the man, 34, was arrested', 'police'],
  ])('%s', (text, content, speaker) => {
    expect(claims(text)).toEqual([[content, speaker, 'According to']]);
  });
});

test('a stance verb reporting a finding, closing its clause, has the words before it as content (lexicon cues-stance-findings)', () => {
  expect(claims('Unemployment in Varko fell to 4 percent in May, official figures showed on Friday.')).toEqual([['Unemployment in Varko fell to 4 percent in May', 'official figures', 'showed']]);
  expect(claims('Unemployment in Varko fell to 4 percent in May, his rival criticized.')).toEqual([]);
});

test('a loose source ends at "what" or "which": the words before it are no part of it', () => {
  expect(claims('Roe estimates that Varko will earn $900 million next year, roughly a third of what its largest rival reported last quarter.')).toEqual([
    ['that Varko will earn $900 million next year, roughly a third of what its largest rival reported last quarter', 'Roe', 'estimates'],
  ]);
});

test('a cue joined by "and" to the cue before has its source, past an appositive (rule frame-conjoined-cue)', () => {
  expect(claims('Sen. Jane Roe, R-Ohio, accused Democrats of playing politics and vowed to bring the bill back next week.')).toEqual([
    ['to bring the bill back next week', 'Sen. Jane Roe', 'vowed'],
  ]);
});

describe('a zero relative clause inside the phrase before a cue: the source follows the noun it describes (rule frame-zero-relative-source)', () => {
  test.each([
    ['Democrats blocked the bill, a move Republican leaders said would leave the country exposed.', 'would leave the country exposed', 'Republican leaders', 'said'],
    ['Varko groups ran the ads, a tactic activists hope will dampen support for the plan.', 'will dampen support for the plan', 'activists', 'hope'],
  ])('%s', (text, content, speaker, cue) => {
    expect(claims(text)).toEqual([[content, speaker, cue]]);
  });
});

test('a source that a date closes after a participle keeps its claim: the date and its preposition go ("according to a study published on Monday")', () => {
  expect(claims('Walkers are less likely to fall ill, according to a Varko study published on Monday.')).toEqual([
    ['Walkers are less likely to fall ill', 'a Varko study published', 'according to'],
  ]);
});

test('a content around its source starts past a wire dateline', () => {
  expect(claims('LONDON (Varko) - Waiting lists rose to a record in October, official figures showed, as nurses voted to strike.')[0]?.[0]).toMatch(/^Waiting lists/);
});

describe('a claim of the source’s own after its comma (", adding that …") ends the content before the source (rule content-before-own-claim)', () => {
  test.each([
    ['Waiting lists rose to a record in October, the Varko health office said on Thursday, adding that nurses would strike.', 'that nurses would strike'],
    ['Waiting lists rose to a record in October, the Varko health office said, adding nurses would strike.', 'nurses would strike'],
    ['Waiting lists rose to a record in October, the Varko health office said in a statement, saying that nurses would strike.', 'that nurses would strike'],
  ])('%s', (text, added) => {
    expect(claims(text).map((c) => c[0])).toEqual(['Waiting lists rose to a record in October', added]);
  });
});

describe('after an "according to" source and its comma the content has begun: nothing there is a lead-in', () => {
  test.each([
    ['According to the department, nearly nine million more workers will be protected.', 'nearly nine million more workers will be protected'],
    ['According to officials, the Varko account that Ms. Roe used was linked to an email account.', 'the Varko account that Ms. Roe used was linked to an email account'],
    // (a participle's phrase after the source describes it: rule frame-medium's source too)
    ['In the latest Varko poll, conducted in early September, Roe led Doe by five points.', 'Roe led Doe by five points'],
  ])('%s', (text, content) => {
    expect(claims(text).map((c) => c[0])).toEqual([content]);
  });
});

describe('an "according to" source inside its sentence (rules content-around-source, content-according-predicate, content-according-before)', () => {
  test.each([
    // an auxiliary or a modal after the source's comma: the sentence goes on around it
    ['The plan, according to Roe, will fail.', ['The plan, according to Roe, will fail']],
    // the verb after the comma has a subject before the source that is no content
    ['Voters, most of whom back Roe according to the poll, have a strong presence in the city.', []],
    // a past participle after the comma describes the source
    ['The plan will fail, according to a Varko poll, published on Monday.', ['The plan will fail']],
  ])('%s', (text, contents) => {
    expect(claims(text).map((c) => c[0])).toEqual(contents);
  });
});

test('a pronoun opening a longer phrase after a cue is its object, no inverted source ("reported it to the police")', () => {
  expect(claims('Varko found the posting, reported it to the police, and removed it on Thursday.')).toEqual([]);
});

test('a source holding its own cue is a phrase the cue sits in, no source ("a neon sign reading Varko lit the way")', () => {
  expect(claims('At the fair, a massive neon sign reading Varko lit the way to an exhibition that heralded the future.')).toEqual([]);
});
