/**
 * Entity rules, one table per rule family, each with a paired false-positive
 * table: what the rule must find, and look-alikes it must not turn into names.
 */
import { describe, expect, test } from 'vitest';
import { extract } from '../../../src/index.js';
import type { Extraction } from '../../../src/types.js';

type Kind = 'people' | 'organizations' | 'places';

const mentionsOf = (r: Extraction, kind: Kind): string[] => r[kind].flatMap((e) => e.mentions.map((m) => m.text));
const all = (r: Extraction): string[] => [...mentionsOf(r, 'people'), ...mentionsOf(r, 'organizations'), ...mentionsOf(r, 'places')];

function expectFound(text: string, kind: Kind, mention: string): void {
  expect(mentionsOf(extract(text), kind)).toContain(mention);
}

describe('titles before names: the role is not in the name', () => {
  test.each([
    ['Foreign Minister Cho Tae-yul met reporters.', 'Cho Tae-yul', 'Foreign Minister'],
    ['He met Secretary of State Antony Blinken on Friday.', 'Antony Blinken', 'Secretary of State'],
    ['She spoke to former Prime Minister Jan Peters in Oslo.', 'Jan Peters', 'former Prime Minister'],
    ['The note reached Vice President Kamala Harris late.', 'Kamala Harris', 'Vice President'],
    ['In an interview with NBC News Senior Investigative Correspondent Dana Ostrow, he spoke.', 'Dana Ostrow', 'Senior Investigative Correspondent'],
    ['Pentagon Press Secretary Peter Marlow said so.', 'Peter Marlow', 'Press Secretary'],
    ['Navy Senior Chief Petty Officer Scott Varnell died.', 'Scott Varnell', 'Senior Chief Petty Officer'],
    ['Commodore Andrew Tallis took command.', 'Andrew Tallis', 'Commodore'],
    ['Foreign Minister Karen King met them.', 'Karen King', 'Foreign Minister'],
    ['House Majority Leader Kevin Marlow agreed.', 'Kevin Marlow', 'Majority Leader'],
    ['Senate Minority Whip Dick Durvin objected.', 'Dick Durvin', 'Minority Whip'],
    ['Reps. Darrell Isson and others did not.', 'Darrell Isson', 'Reps.'],
    ['Speaker of the House Paul Ryvan agreed.', 'Paul Ryvan', 'Speaker of the House'],
    ['Governor of Texas Greg Abbitt signed it.', 'Greg Abbitt', 'Governor of Texas'],
    ['U.S. District Judge Carla Benning ruled.', 'Carla Benning', 'District Judge'],
    ['The fire was deliberate, Detective Inspector Sara Quenby said.', 'Sara Quenby', 'Detective Inspector'],
    ['Chief Superintendent Ann Leaver spoke.', 'Ann Leaver', 'Chief Superintendent'],
  ])('%s', (text, name, role) => {
    const person = extract(text).people.find((p) => p.name === name);
    expect(person?.roles).toEqual([role]);
  });
  test.each([
    ['The General Assembly voted on Tuesday.', 'General'],
    ['Shares of General Motors Corp fell.', 'Motors Corp'],
    ['The president said nothing.', 'president'],
    ['The Editor Magazine sold well.', 'Magazine'],
    ['Afghan leader tells U.S. Congressman of peace plan.', 'U.S. Congressman'],
  ])('%s has no person from a title', (text, notName) => {
    expect(mentionsOf(extract(text), 'people')).not.toContain(notName);
  });
});

test('a surname opening a longer run is no stranded surname', () => {
  const r = extract('Anna Levy spoke. Levy Industries fell.');
  expect(mentionsOf(r, 'organizations')).toContain('Levy Industries');
  expect(mentionsOf(r, 'people')).toEqual(['Anna Levy']);
});

describe('two unknown capitalised words: a person unless a word is no name', () => {
  test.each([
    ['Talks were led by Ieng Mouly on Friday.', 'Ieng Mouly'],
    ['The decree was signed by Zorvan Kadeth yesterday.', 'Zorvan Kadeth'],
  ])('%s → person %s', (text, name) => {
    expect(mentionsOf(extract(text), 'people')).toContain(name);
  });
  test.each([
    ['It is part of the Regional Initiative on the future of Syria.', 'Regional Initiative'],
    ['Polarization: Vertical Symbol rate 27.5.', 'Vertical Symbol'],
    ['Satellite: HotBird 8 - 13 degrees East Transponder: 77.', 'East Transponder'],
    ['A multilateral exercise, Unified Trident, will follow.', 'Unified Trident'],
    ['In 2004 an Arabic-language manual was found.', 'Arabic-language'],
    ['Soldiers arrived to assist in Counter-IED training.', 'Counter-IED'],
    ['They discussed the U.S.-Egypt Strategic Dialogue on Monday.', 'U.S.-Egypt Strategic Dialogue'],
  ])('%s has no person %s', (text, name) => {
    expect(mentionsOf(extract(text), 'people')).not.toContain(name);
  });
});

describe('people: given names, initials, surnames later in the text', () => {
  test.each([
    ['Analysts expect Philip Gordon to resign soon.', 'Philip Gordon'],
    ['Worcestershire 238 (K. Spiring 130 not out).', 'K. Spiring'],
    ['CRICKET - SCORES\nGloucestershire 280 (J. Russell 63, A. Symonds 52).', 'J. Russell'],
    ['The report was written by R. Howard for the board.', 'R. Howard'],
    ['Antony Blinken arrived. Later Blinken said he was pleased.', 'Blinken'],
    ['The talks were led by Zorbek Quandril, who said they went well.', 'Zorbek Quandril'],
    ['Flanker Joost van der Westhuizen scored twice.', 'Joost van der Westhuizen'],
    ['Syrian President Bashar al-Assad spoke.', 'Bashar al-Assad'],
    ['He met Mevlüt Çavuşoğlu in Ankara.', 'Mevlüt Çavuşoğlu'],
    ['He met Abboud Qanbar(Arabic name) on Friday.', 'Abboud Qanbar'],
    ['Opposition figure Kim Dae-jung spoke.', 'Kim Dae-jung'],
    ['Daniel Levy runs the chain. Levy said it would recover.', 'Levy'],
    ['Donald Trimp met Hillary Clintor. The Trimp-Clintor race tightened.', 'Clintor'],
  ])('%s → %s', (text, name) => expectFound(text, 'people', name));
  test.each([
    ['Stocks rose sharply on Monday.', 'Stocks'],
    ['Profits Fell 3 percent in the quarter.', 'Profits Fell'],
    ['Newspapers said the vote was close.', 'Newspapers'],
    ['North Korean troops were seen near the border.', 'North Korean'],
    ['Thai police said the Saudi envoy met Chechen leaders.', 'Thai'],
    ['Thai police said the Saudi envoy met Chechen leaders.', 'Saudi'],
    ['Thai police said the Saudi envoy met Chechen leaders.', 'Chechen'],
    ['Some Palestinians took back roads.', 'Some Palestinians'],
    ['He served in World War I. The war ended in 1918.', 'I. The'],
    ['Joseph R. Bidwell, Jr., is a senior fellow.', 'Jr.'],
  ])('%s has no person %s', (text, notName) => {
    expect(all(extract(text))).not.toContain(notName);
  });
});

describe('organisations: lists, suffixes, "X of Y", acronyms', () => {
  test.each([
    ['According to Yonhap News Agency, talks ended.', 'Yonhap News Agency'],
    ['Shares in Daewoo Corp rose.', 'Daewoo Corp'],
    ['The Bank of England kept rates.', 'Bank of England'],
    ['They called for the Group of Seven (G7) to act.', 'G7'],
    ['Officials from NATO met in Brussels.', 'NATO'],
    ["Seoul's foreign ministry said on Friday.", "Seoul's foreign ministry"],
    ['Shares of Ruch SA fell. Analysts said Ruch needs cash.', 'Ruch'],
    ['The deal involves Douglas & Lomason of Michigan.', 'Douglas & Lomason'],
    ['The San Diego Padres won again.', 'San Diego Padres'],
    ['Staff of Cofinec S.A. met on Friday.', 'Cofinec S.A.'],
    ['Leaders of the British Labour Party met.', 'British Labour Party'],
    ['He bought shares in Lear Corp.', 'Lear Corp'],
  ])('%s → %s', (text, name) => expectFound(text, 'organizations', name));
  test.each([
    ['The match ended at 3 p.m. GMT on Sunday.', 'GMT'],
    ['Voters without a photo ID were turned away.', 'ID'],
    ['He won the World Cup in 1998.', 'World Cup'],
    ['The Comprehensive Test Ban Treaty was signed.', 'Comprehensive Test Ban Treaty'],
    ['The Clean Air Act passed in 1970.', 'Clean Air Act'],
    ['The company had a strong party on Friday.', 'party'],
    ['Traders sold March Eurodollars early.', 'March Eurodollars'],
    ['Prices of CRUDE OIL rose.', 'CRUDE OIL'],
    ['He met the Foreign Minister on Friday.', 'Foreign Minister'],
  ])('%s has no organisation %s', (text, notName) => {
    expect(mentionsOf(extract(text), 'organizations')).not.toContain(notName);
  });
  test('an acronym in brackets joins its expansion', () => {
    const r = extract('They want to expand the Group of Seven (G7) framework.');
    expect(r.organizations).toHaveLength(1);
    expect(r.organizations[0]!.name).toBe('Group of Seven');
  });
});

describe('places: lists, hyphenated pairs, datelines, regions', () => {
  test.each([
    ['Troops were sent to the Kursk region in Russia.', 'Russia'],
    ['Cooperation between Moscow-Pyongyang grew.', 'Pyongyang'],
    ['Cooperation between Moscow-Pyongyang grew.', 'Moscow'],
    ['LONDON 1996-08-30\nPrices rose in the city.', 'LONDON'],
    ['Talks on the Korean Peninsula resumed.', 'Korean Peninsula'],
    ['Fighting spread to the Kursk Oblast overnight.', 'Kursk Oblast'],
    ['Security in the Indo-Pacific matters.', 'Indo-Pacific'],
  ])('%s → %s', (text, name) => expectFound(text, 'places', name));
  test.each([
    ['German bond futures fell.', 'German'],
    ['North Korean soldiers were deployed.', 'North Korean'],
    ['In August the index rose.', 'August'],
    ['Secretary of State Antony Blinken spoke.', 'State Antony'],
  ])('%s has no place %s', (text, notName) => {
    expect(mentionsOf(extract(text), 'places')).not.toContain(notName);
  });
  test('a middle initial and a generational suffix do not split a person', () => {
    const r = extract('Donald J. Trimble spoke. Later Donald Trimble left. Joseph R. Bidwell Jr. met reporters; Bidwell said no.');
    expect(r.people.map((p) => [p.name, p.mentions.map((m) => m.text)])).toEqual([
      ['Donald J. Trimble', ['Donald J. Trimble', 'Donald Trimble']],
      ['Joseph R. Bidwell Jr.', ['Joseph R. Bidwell Jr.', 'Bidwell']],
    ]);
  });
  test('a surname joins its person even when another name starts with that word', () => {
    const r = extract('Donald Trimble spoke. The hall of mirrors that is Trimble Wurld grew. Trimble said so.');
    expect(r.people.find((p) => p.name === 'Donald Trimble')?.mentions.map((m) => m.text)).toEqual(['Donald Trimble', 'Trimble']);
  });
  test('U.S., US and the United States are one place', () => {
    const r = extract('The United States said the U.S. would act. US officials agreed.');
    const us = r.places.filter((p) => p.name === 'United States');
    expect(us).toHaveLength(1);
    expect(us[0]!.mentions.map((m) => m.text)).toEqual(['United States', 'U.S.', 'US']);
  });
});

describe('headlines in capitals and sports reports', () => {
  test.each([
    ['SOCCER - ARBROATH SIGN STRIKER.\nLONDON 1996-08-30\nArbroath 3 Alloa 1', 'organizations', 'Arbroath'],
    ['CRICKET - ESSEX WIN.\nLONDON 1996-08-30\nEssex beat Kent by five wickets at Chelmsford.', 'organizations', 'Kent'],
    ['SOCCER - FRANCE BEAT MEXICO.\nPARIS 1996-08-30\nFrance beat Mexico 2-0.', 'places', 'France'],
    ['SOCCER - RESULTS.\nMADRID 1996-08-31\nResults of games.', 'places', 'MADRID'],
    ['CRICKET - RESULTS.\nLONDON 1996-08-31\nAt Headingley (Leeds): Essex beat Kent.', 'places', 'Leeds'],
    ['BASKETBALL - BENETTON BEAT DINAMO.\nBELGRADE 1996-08-31\nThe final ended late.', 'organizations', 'BENETTON'],
    ['SOCCER - RESULTS.\nLONDON 1996-08-31\nDeportivo Coruna 1 Real Zaragoza 0', 'organizations', 'Deportivo Coruna'],
    ['BASEBALL - RESULTS.\nNEW YORK 1996-08-31\nThe Giants won in the ninth.', 'organizations', 'Giants'],
    ['BOXING - JOHNSTONE WINS POINTS VERDICT.\nLONDON 1996-08-30\nMichael Johnstone beat Tim Smyth.', 'people', 'JOHNSTONE'],
    ['AUSTRALIAN RULES-AFL RESULTS.\nMELBOURNE 1996-08-25\nPlayed Sunday:\nAdelaide 14.12 (96) Geelong 10.8 (68)', 'organizations', 'Geelong'],
    ['Australian Rules - AFL results.\nMELBOURNE 1996-08-25\nPlayed Sunday:\nAdelaide 14.12 (96) Geelong 10.8 (68)', 'organizations', 'Adelaide'],
    ['CRICKET - 1997 TOUR ITINERARY.\nLONDON 1996-08-30\nMay 17 v Northampton\nMay 20 v Durham', 'organizations', 'Durham'],
    // a side named like a place by its last word, before figures or in a fixture
    ['SOCCER - STANDINGS.\nLONDON 1996-08-31\nBirmingham 2 1 1 0 5 4 4\nVarkov Palace 3 1 1 1 3 2 4', 'organizations', 'Varkov Palace'],
    ['SOCCER - FIXTURES.\nLONDON 1996-08-31\nSaturday: Huddersfield v Varkov Palace, Oldham v Ipswich.', 'organizations', 'Varkov Palace'],
    ['CRICKET - ITINERARY.\nLONDON 1996-08-31\nThird match: September 1, Varkov Bridge (Nottingham)', 'places', 'Varkov Bridge'],
    ['The envoy toured Omar Varkov Palace and the bazaar.', 'places', 'Omar Varkov Palace'],
  ])('%s → %s %s', (text, kind, name) => expectFound(text, kind as Kind, name));
  test.each([
    ['MARKETS - SHARES TAKE OVER AT TOP AS PRICES RISE.', ['SHARES', 'TAKE', 'TOP', 'PRICES']],
    ['Trade talks in Madrid ended on Friday.', ['Madrid']],
    ['SOCCER - RESULTS.\nMADRID 1996-08-31\nThe game was played in Madrid.', ['Madrid', 'MADRID']],
    ['TENNIS - RESULTS.\nNEW YORK 1996-08-31\nPete Sampras 6 Michael Chang 4', ['Pete Sampras', 'Michael Chang']],
    ['Barrick - Arequipa deal closes.\nTORONTO 1996-08-27\nThe Toronto deal closed in Arequipa.', ['Toronto', 'Arequipa']],
  ])('%s: no flood of capitals, no team outside sport', (text, notOrgs) => {
    const orgs = mentionsOf(extract(text), 'organizations');
    for (const n of notOrgs) expect(orgs).not.toContain(n);
  });
});

describe('a title-case headline on the first line: capitals say little there', () => {
  // Names in the headline are taken only when the lists or the article body know them.
  test.each([
    ['Hacker Zoltan Varga Says Bank Server Unprotected, Like An Open Window\n\nZoltan Varga said the server was open.', 'people', 'Zoltan Varga'],
    ['Minister Welcomes Deal On Oil Exports In Baghdad\n\nThe deal was signed on Monday.', 'places', 'Baghdad'],
  ] as const)('%s', (text, kind, mention) => {
    expectFound(text, kind, mention);
  });

  // Paired false positives: capitalised headline phrases that are no names.
  test.each([
    ['Hacker Says Bank Server Unprotected, Like An Open Window\n\nThe bank denied it.', 'Server Unprotected'],
    ['Hacker Says Bank Server Unprotected, Like An Open Window\n\nThe bank denied it.', 'Open Window'],
  ])('%s: not %s', (text, phrase) => {
    expect(all(extract(text))).not.toContain(phrase);
  });

  test('a first line in sentence case keeps its names', () => {
    expectFound('Zoltan Varga said on Monday that the bank server was unprotected.\nThe bank denied it.', 'people', 'Zoltan Varga');
  });
});
