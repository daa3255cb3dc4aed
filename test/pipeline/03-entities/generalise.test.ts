/**
 * Issue 15: entities on text no rule was written for (modern web news, travel guides,
 * biographies). One table per error class with a paired false-positive table; the names
 * are invented or generic, so only the rule can decide.
 */
import { describe, expect, test } from 'vitest';
import { extract } from '../../../src/index.js';
import type { Extraction } from '../../../src/types.js';

type Kind = 'people' | 'organizations' | 'places';

const mentionsOf = (r: Extraction, kind: Kind): string[] => r[kind].flatMap((e) => e.mentions.map((m) => m.text));
/** Every mention of every kind: people, then organisations, then places. */
const allMentions = (r: Extraction): string[] => [...mentionsOf(r, 'people'), ...mentionsOf(r, 'organizations'), ...mentionsOf(r, 'places')];

describe('a facility or feature head makes a place, whatever opens the name', () => {
  test.each([
    ['They stayed at the Kaiser Building for a week.', 'Kaiser Building'],
    ['Boats leave from Velanu Harbour at dawn.', 'Velanu Harbour'],
    ['Traffic crossed the George Washington Bridge slowly.', 'George Washington Bridge'],
    ['Rooms at the Tarvo Hotel are cheap.', 'Tarvo Hotel'],
    ['He is buried in Ostrova Cemetery.', 'Ostrova Cemetery'],
    ['Take the Marlin Expressway north.', 'Marlin Expressway'],
    ['Doctors at Varkov Central Hospital treated her.', 'Varkov Central Hospital'],
    ['Tourists crowded the Ostrova Gate at noon.', 'Ostrova Gate'],
    ['Boats anchored off Anse Varko at dawn.', 'Anse Varko'],
    ['We swam at Playa Tarvo all day.', 'Playa Tarvo'],
    ['Worshippers filled the Tarvo Nasr mosque on Friday.', 'Tarvo Nasr'],
    ['Pilgrims climbed to the Marlo temple at dawn.', 'Marlo'],
  ])('%s → place %s', (text, name) => {
    const r = extract(text);
    expect(mentionsOf(r, 'places')).toContain(name);
    expect(mentionsOf(r, 'people')).not.toContain(name);
  });
  test.each([
    ['Anna Hall said the plan would fail.', 'Anna Hall'],
    ['Jonas Park told reporters he would stay.', 'Jonas Park'],
  ])('%s keeps the person %s (a surname that is also a place word)', (text, name) => {
    expect(mentionsOf(extract(text), 'people')).toContain(name);
  });
});

describe('a nationality adjective names nothing', () => {
  test('"its Korean restaurants" (the package lists "South Korean" and "North Korean" only)', () => {
    expect(allMentions(extract('Fort Varko is known for its diners and its Korean restaurants.'))).toEqual(['Fort Varko']);
  });
});

describe('works, events and periods make no entity', () => {
  test.each([
    ['He wrote his First Symphony in Vienna.', 'First Symphony'],
    ['Her Cello Concerto was played twice.', 'Cello Concerto'],
    ['The town declined during the Middle Ages.', 'Middle Ages'],
    ['The city grew after World War II ended.', 'World War II'],
    ['Crowds came to the Harvest Festival again.', 'Harvest Festival'],
    ['They host the Talvi Podcast every week.', 'Talvi Podcast'],
  ])('%s has no entity %s', (text, name) => {
    const r = extract(text);
    for (const kind of ['people', 'organizations', 'places'] as const) expect(mentionsOf(r, kind)).not.toContain(name);
  });
  test.each([
    ['Queen Elizabeth II opened it.', 'Elizabeth II', 'people'],
    ['Pope John Paul II visited Oslo.', 'John Paul II', 'people'],
  ] as const)('%s keeps %s', (text, name, kind) => {
    expect(mentionsOf(extract(text), kind)).toContain(name);
  });
});

describe('a person needs person evidence: a name ending in an ordinary word is none', () => {
  test.each([
    ['Sales at Ulbrecht Weekly fell.', 'Ulbrecht Weekly'],
    ['Ships docked at Karvo Gold on Monday.', 'Karvo Gold'],
  ])('%s has no person %s', (text, name) => {
    expect(mentionsOf(extract(text), 'people')).not.toContain(name);
  });
  test.each([
    ['He met Al Gore in Nashville.', 'Al Gore'],
    ['Talks were led by Ieng Mouly on Friday.', 'Ieng Mouly'],
  ])('%s keeps the person %s', (text, name) => {
    expect(mentionsOf(extract(text), 'people')).toContain(name);
  });
});

describe('what a name does says what it is, at every mention', () => {
  test.each([
    ['Zentrova said its profit rose. Later Zentrova hired staff.', 'Zentrova', 'organizations', 2],
    ["Shares of Morvik Lander rose. Morvik Lander said so.", 'Morvik Lander', 'organizations', 2],
    ["Karvestad's chairman resigned. Karvestad fell.", 'Karvestad', 'organizations', 2],
    ['Zentrova analysts cut the forecast.', 'Zentrova', 'organizations', 1],
    ['Talks went on. Bresnik, who leads the group, spoke. Bresnik left.', 'Bresnik', 'people', 2],
    ['Talks went on. Tomas Ulbrecht, 42, said no.', 'Tomas Ulbrecht', 'people', 1],
    ["Later Ulbrecht's wife arrived.", 'Ulbrecht', 'people', 1],
    ['The craft broke up, Zentrova said in a statement. It said the debris burnt up. Zentrova said no more.', 'Zentrova', 'organizations', 2],
    ['Romanian engineer Varkomet said it almost doubled its output. Varkomet exported most of it.', 'Varkomet', 'organizations', 2],
  ] as const)('%s → %s (%s)', (text, name, kind, count) => {
    const found = mentionsOf(extract(text), kind).filter((m) => m === name);
    expect(found).toHaveLength(count);
  });
  test.each([
    ['FOOTBALL - RESULTS\nJuventus, who beat Ajax, lead the table.', 'Juventus'],
    ['It worried some Democrats, who had planned a party.', 'Democrats'],
    ['Speaking from the village of Kelvaro, said he had heard little.', 'Kelvaro'],
    ['Morgan Lander said it would be a mistake.', 'Morgan Lander'],
    // a word of a person's full name gives way only to evidence that beats names ("said it" does not)
    ['Minister Stefan Varkov spoke. Varkov said it would be discriminatory.', 'Varkov'],
    // "said it was" may report on anything
    ['Later Varkomet said it was a mistake.', 'Varkomet'],
  ])('%s gives no person-or-organisation swap for %s', (text, name) => {
    const r = extract(text);
    if (name === 'Varkov' || name === 'Varkomet') expect(mentionsOf(r, 'organizations')).not.toContain(name);
    else if (name === 'Morgan Lander') expect(mentionsOf(r, 'people')).toContain(name);
    else expect(mentionsOf(r, 'people')).not.toContain(name);
  });
});

test('"it" in the next sentence says nothing unless it reports: "Zentrova said. It was raining."', () => {
  expect(extract('The craft broke up, Zentrova said. It was raining.').organizations).toEqual([]);
});

describe('persons from what they do, and elided names', () => {
  test.each([
    ['Pierre Charles Varenne designed it.\nVarenne was born in Lyon.', 'Varenne'],
    ["Brand new.\nL'Abrand was born in Lyon.", "L'Abrand"],
    ['Later Theodorus was born in Sne.', 'Theodorus'],
    ['After the war Pachomius died in Egypt.', 'Pachomius'],
  ])('%s → person %s', (text, name) => {
    expect(mentionsOf(extract(text), 'people')).toContain(name);
  });
  test.each([
    ['The report said Zentrova was born out of a merger.', 'Zentrova'],
  ])('%s: an organisation with its own evidence stays out of people (%s)', (text, name) => {
    expect(mentionsOf(extract(text), 'organizations')).not.toContain(name);
  });
  test('a guessed body yields to the surname of a person named in full: "Antonín Varkosz" ... "Varkosz\'s international reputation"', () => {
    const r = extract("Antonín Varkosz composed the dances. The sheet music had excellent sales, and Varkosz's international reputation was launched at last.");
    expect(r.organizations).toEqual([]);
    expect(mentionsOf(r, 'people')).toEqual(['Antonín Varkosz', 'Varkosz']);
  });
  test('with no such person the guessed body stays one: "Varkosz\'s international reputation"', () => {
    expect(extract("The sheet music had excellent sales, and Varkosz's international reputation was launched at last.").people).toEqual([]);
  });
});

describe('a form of address refers to one person, as "the Mayor" does', () => {
  test.each([
    ['Thank you, Your Honor. We rest.', 'Your Honor'],
    ['My Lords, the appeal raises one issue.', 'My Lords'],
    ['I ask my Lords to consider the point.', 'my Lords'],
    ['Mr. Chief Justice, and may it please the Court.', 'Mr. Chief Justice'],
    ['"It is too late, Mr. President," the senator said.', 'Mr. President'],
    // a capitalised title after "the" (title-reference), for roles of courts and courts of old
    ['We will ask the Solicitor to assist us.', 'Solicitor'],
    ['He sided with the Regent against the nobles.', 'Regent'],
  ])('%s → person %s', (text, name) => {
    expect(mentionsOf(extract(text), 'people')).toContain(name);
  });
  test.each([
    ['Her Majesty Queen Tarvina opened the bridge.', 'Her Majesty'],
    ["Her Majesty's Government agreed.", "Her Majesty's"],
    ['He spoke of your honor and your courage.', 'your honor'],
  ])('%s: no form of address alone (%s)', (text, form) => {
    expect(allMentions(extract(text))).not.toContain(form);
  });
});

describe('an institution noun capitalised after "the" names one body', () => {
  test.each([
    ['The Coalition conducted strikes. Later the Coalition said so.', 'Coalition'],
    ['Counsel asked this Court to rule.', 'Court'],
    ['The bill went to the Senate on Monday.', 'Senate'],
  ])('%s → organisation %s', (text, name) => {
    expect(mentionsOf(extract(text), 'organizations')).toContain(name);
  });
  test.each([
    ['The court ruled on Monday.', 'court'],
    ['Coalition aircraft struck again.', 'Coalition'],
    ['Senator Mark Warner, a Virginia Democrat, spoke.', 'Virginia Democrat'],
    ['Republicans pilloried the Varkosi administration. Later Varkosi spoke.', 'Varkosi'],
  ])('%s has no organisation %s', (text, name) => {
    expect(mentionsOf(extract(text), 'organizations')).not.toContain(name);
  });
  test.each([
    ['The console plays it with Varko Atmos audio and HDR.', 'Varko Atmos'],
    ['That includes games like Varko Racer 7 and others.', 'Varko Racer'],
    ['The site is asking Zorvakon for comment.', 'Zorvakon'],
  ])('%s has no person %s', (text, name) => {
    expect(mentionsOf(extract(text), 'people')).not.toContain(name);
  });
  test.each([
    ['Ulbrecht Karvosi spoke to reporters.', 'Ulbrecht Karvosi'],
    ['Anita Hill said she would testify.', 'Anita Hill'],
    ['The dispute ended, said Karvosi.', 'Karvosi'],
  ])('%s keeps the person %s', (text, name) => {
    expect(mentionsOf(extract(text), 'people')).toContain(name);
  });
});

describe('place shapes of travel and local news', () => {
  test.each([
    ['They drove from Bartlesville, OK, to Coffeyville, KS.', ['Bartlesville', 'OK', 'Coffeyville', 'KS']],
    ['Rents rose in Upper Manhattan and Greater London.', ['Upper Manhattan', 'Greater London']],
    ['She moved to New York City in 2004.', ['New York City']],
    // a state's AP abbreviation whose period compromise reads apart from it
    ['He lives in Varkton, Pa., with his wife, and she in Tarvey, Mo. now.', ['Pa', 'Mo']],
  ])('%s → places %j', (text, names) => {
    const places = mentionsOf(extract(text), 'places');
    for (const n of names) expect(places).toContain(n);
  });
  test.each([
    ['It was OK with everyone.', 'OK'],
    ['He felt ill. Pa. said so, and Mo. agreed.', 'Pa'],
    ['SOCCER - ENGLISH RESULTS\nKeith Oneal of Norwich City joins the attack.', 'Norwich City'],
  ])('%s has no place %s', (text, name) => {
    expect(mentionsOf(extract(text), 'places')).not.toContain(name);
  });
});

describe('boundaries: an ordinary word opening a company name, a possessive inside one', () => {
  test.each([
    ['Red Lion Hotels Inc said it would merge.', 'Red Lion Hotels Inc'],
    ['Air Express International said on Monday it grew.', 'Air Express International'],
    ["Voters backed the Pakistan People's Party again.", "Pakistan People's Party"],
    ["Ratings by Moody's Investors Service fell.", "Moody's Investors Service"],
    ["She shopped at Sam's Club on Friday.", "Sam's Club"],
  ])('%s → organisation %s', (text, name) => {
    expect(mentionsOf(extract(text), 'organizations')).toContain(name);
  });
  test.each([
    ["Boats docked at Fisherman's Terminal at dawn.", "Fisherman's Terminal"],
    ["Doctors at the Children's Hospital treated him.", "Children's Hospital"],
  ])('%s → place %s (an ordinary word\'s possessive before a place word)', (text, name) => {
    const r = extract(text);
    expect(mentionsOf(r, 'places')).toContain(name);
    expect(allMentions(r)).toHaveLength(1);
  });
  test.each([
    ["Students at South Korea's Yonsei University protested.", 'Yonsei University'],
    ["He led Iliescu's Party of Social Democracy.", 'Party of Social Democracy'],
    ["Obama's Justice Department sued the state.", 'Justice Department'],
  ])('%s keeps the owner apart: %s', (text, name) => {
    expect(mentionsOf(extract(text), 'organizations')).toContain(name);
  });
});

describe('boundaries: "and" between topics inside a body\'s name, "Center" opening one', () => {
  test.each([
    ['The Center on Poverty and Inequality said rents rose.', 'Center on Poverty and Inequality'],
    ['The Joint Committee on Intelligence and Security met on Monday.', 'Joint Committee on Intelligence and Security'],
    ['A plan went to the Department of Health and Human Services.', 'Department of Health and Human Services'],
    ['The Ministry of Trade and Industry agreed.', 'Ministry of Trade and Industry'],
    ['A report by the Centre for Economic Performance came out.', 'Centre for Economic Performance'],
  ])('%s → organisation %s', (text, name) => {
    const r = extract(text);
    expect(mentionsOf(r, 'organizations')).toContain(name);
    expect(allMentions(r)).toHaveLength(1);
  });
  test.each([
    ['The Ministry of Defence and Foreign Office disagreed.', ['Ministry of Defence', 'Foreign Office']],
    ['The Bank of England and Wales met.', ['Bank of England', 'Wales']],
    ['The Ministry of Finance and Anna Varkov spoke.', ['Anna Varkov', 'Ministry of Finance']],
  ])('%s keeps two names apart: %j', (text, names) => {
    const all = allMentions(extract(text));
    for (const name of names) expect(all).toContain(name);
  });
  test('a place word closing a name joins no "for the" after it: "the Marlo Center for the Tarvo Vikings"', () => {
    const r = extract('Games at the Marlo Center for the Tarvo Vikings drew crowds.');
    expect(mentionsOf(r, 'places')).toEqual(['Marlo Center']);
    expect(allMentions(r).filter((m) => m.includes(' for '))).toEqual([]);
  });
});

describe('clustering: a facility\'s or a body\'s unknown first word alone names it', () => {
  test.each([
    ['Gunmen attacked the Tarvo National Museum on Wednesday. Tarvo was closed for a week.', 'places', 'Tarvo National Museum'],
    ['The Varkov Institute published a study. Later Varkov changed its mind.', 'organizations', 'Varkov Institute'],
    // a surname our given-name list also holds, which no dictionary knows as a word
    ['Researchers at Whitman University found the drug worked. Whitman said the trial would go on.', 'organizations', 'Whitman University'],
  ] as const)('%s → one %s entity %s', (text, kind, name) => {
    const r = extract(text);
    expect(r[kind]).toHaveLength(1);
    expect(r[kind][0]!.name).toBe(name);
    expect(r[kind][0]!.mentions).toHaveLength(2);
  });
  test('a given name opening a body\'s name stays a person alone: "the Marcus Foundation" ... "Marcus said"', () => {
    const r = extract('The Marcus Foundation gave money. Marcus said he was glad.');
    expect(mentionsOf(r, 'people')).toEqual(['Marcus']);
  });
  test('a person the document names in full keeps the lone surname: "the Thornton Institute, which Jane Thornton founded" ... "Thornton said"', () => {
    const r = extract('The gala was held at the Thornton Institute, which Jane Thornton founded. Thornton said she was proud.');
    expect(mentionsOf(r, 'people')).toEqual(['Jane Thornton', 'Thornton']);
  });
});

describe('an acronym of a place named in the document is that place', () => {
  test('"the Varko Business District" ... "the VBD" is one place', () => {
    const r = extract('Shops in the Varko Business District shut early. By noon the VBD was empty.');
    expect(r.places.map((e) => e.mentions.map((m) => m.text))).toEqual([['Varko Business District', 'VBD']]);
    expect(r.organizations).toEqual([]);
  });
  test('a dateline in capitals gives no acronym its type: "UNITED NATIONS" ... "U.N."', () => {
    const r = extract('UNITED NATIONS 1996-08-22\nA senior U.N. official said on Thursday he expected a deal.');
    expect(mentionsOf(r, 'organizations')).toContain('U.N.');
  });
});

describe('a company named by an ordinary word, typed by what is said of it', () => {
  test('"shares of Shell" makes Shell a body at every mention', () => {
    const r = extract('Shares of Shell fell on Monday. Analysts said Shell would cut jobs.');
    expect(mentionsOf(r, 'organizations')).toEqual(['Shell', 'Shell']);
    expect(mentionsOf(r, 'people')).toEqual([]);
  });
});

describe('a family: the plural of a surname the document names in full', () => {
  test('"the Karbachers" after "Bernd Karbacher" is a person mention of its own', () => {
    const r = extract('Bernd Karbacher won on Sunday. The Karbachers celebrated at home.');
    expect(r.people.map((e) => e.name)).toEqual(['Bernd Karbacher', 'Karbachers']);
  });
  test('a plural no full name in the document explains stays unread: "the Varkovs"', () => {
    expect(mentionsOf(extract('Bernd Karbacher won. The Varkovs celebrated.'), 'people')).toEqual(['Bernd Karbacher']);
  });
});

describe('a describing word opening the sentence is no part of the name after it', () => {
  test.each([
    ['Unseeded Patrick Karvosi won in straight sets.', 'Patrick Karvosi'],
    ['Regrettably Jimmy Karvosi has left the club.', 'Jimmy Karvosi'],
  ])('%s → person %s', (text, name) => {
    expect(mentionsOf(extract(text), 'people')).toEqual([name]);
  });
  test.each([
    ['Frank Karvosi won the race.', 'Frank Karvosi'],
    ['Rusty Karvosi hit a home run.', 'Rusty Karvosi'],
  ])('%s keeps %s whole (a given name that is also a word)', (text, name) => {
    expect(allMentions(extract(text))).toEqual([name]);
  });
  test('no person is guessed from a describing word before one unknown capital: "Huge Varkosi sales fail"', () => {
    expect(mentionsOf(extract('Huge Varkosi 95 sales fail to meet forecasts. Varkosi 95 sold well.'), 'people')).toEqual([]);
  });
  test('in a team report a side keeps its describing word: "Red Star 2 Partizan 1"', () => {
    const r = extract('SOCCER - YUGOSLAV RESULTS.\nBELGRADE 1996-08-24\nRed Star 2 Varkovac 1');
    expect(mentionsOf(r, 'organizations')).toContain('Red Star');
  });
});

describe('a side or a body named again without the town that opens its name', () => {
  test('"the Tulsa Varkons" ... "the Varkons" is one organisation', () => {
    const r = extract('He joined the Tulsa Varkons in 2013. The Varkons won the series.');
    expect(r.organizations.map((e) => e.mentions.map((m) => m.text))).toEqual([['Tulsa Varkons', 'Varkons']]);
  });
  test('a describing word left alone names nothing: "the Atlanta Olympic Committee" ... "an Olympic champion"', () => {
    const r = extract('The Atlanta Olympic Committee met. An Olympic champion spoke.');
    expect(mentionsOf(r, 'organizations')).toEqual(['Atlanta Olympic Committee']);
  });
});

describe('a route\'s two ends are places', () => {
  test('"from Varkot to Tarvosi" makes both places', () => {
    expect(mentionsOf(extract('Buses run from Varkot to Tarvosi every day.'), 'places')).toEqual(['Varkot', 'Tarvosi']);
  });
  test('one route word alone says nothing: "lost to Varkot of Tarvosi"', () => {
    expect(mentionsOf(extract('He lost to Varkot of Tarvosi.'), 'places')).not.toContain('Varkot');
  });
});

describe('names listed before a plural place noun are places', () => {
  test.each([
    ['Water from the Varkot and Tarvosi rivers was diverted.', ['Varkot', 'Tarvosi']],
    ['We walked through the Varkot, Tarvosi and Zelmir districts.', ['Varkot', 'Tarvosi', 'Zelmir']],
  ])('%s', (text, places) => {
    expect(mentionsOf(extract(text), 'places')).toEqual(places);
  });
  test('a plural noun people have says nothing: "aides in the Varkot and Tarvosi camps"', () => {
    expect(mentionsOf(extract('Aides in the Varkot and Tarvosi camps agreed.'), 'places')).toEqual([]);
  });
});

describe('a compass point alone names a region', () => {
  test.each([
    ['Storms hit the Northeast on Monday.', 'Northeast'],
    ['Talks on the Mideast resumed in Cairo.', 'Mideast'],
    ['He fought for the North in the war.', 'North'],
  ])('%s → place %s', (text, name) => {
    expect(mentionsOf(extract(text), 'places')).toContain(name);
  });
  test('"the North" is the one place the text names by that compass point, when there is one', () => {
    const one = extract('North Korea sent troops. Seoul condemned the North\'s troop deployment.');
    expect(one.places.find((e) => e.name === 'North Korea')?.mentions.map((m) => m.text)).toEqual(['North Korea', 'North']);
    const two = extract('North Korea sent troops. Seoul condemned the North\'s troop deployment. North Dakota is far away.');
    expect(two.places.map((e) => e.name)).toContain('North');
  });
  test('an adjective or a name part stays in its name: "Northern Iraq", "North Korea"', () => {
    expect(mentionsOf(extract('Fighting in Northern Iraq and North Korea went on.'), 'places')).toEqual(['Northern Iraq', 'North Korea']);
  });
});

test('a company form written with full stops names the company by its first word too: "Zentrova S.A." ... "Zentrova"', () => {
  const r = extract('Expectations that Zentrova S.A. will report a loss grew. Analysts said Zentrova was cheap.');
  expect(r.organizations.map((e) => e.mentions.map((m) => m.text))).toEqual([['Zentrova S.A.', 'Zentrova']]);
  expect(r.people).toEqual([]);
});

describe('a ruler\'s regime is a body with the ruler\'s name in it', () => {
  test.each([
    ['Shelling by the Varkosi regime went on.', 'Varkosi regime'],
    ["Thousands died under Varkosi's brutal regime.", "Varkosi's brutal regime"],
  ])('%s → organisation %s', (text, name) => {
    const r = extract(text);
    expect(mentionsOf(r, 'organizations')).toEqual([name]);
    expect(r.people).toEqual([]);
  });
  test('a people\'s regime and a leader\'s administration stay as they were', () => {
    const r = extract('The Syrian regime denied it. The Clinton administration agreed.');
    expect(mentionsOf(r, 'organizations')).toEqual([]);
    expect(mentionsOf(r, 'people')).toEqual(['Clinton']);
  });
  test('the ruler named alone elsewhere is a person: "the Varkosi regime" ... "one day Varkosi"', () => {
    const r = extract('Shelling by the Varkosi regime went on. One day Varkosi and others will be tried.');
    expect(mentionsOf(r, 'organizations')).toEqual(['Varkosi regime']);
    expect(mentionsOf(r, 'people')).toEqual(['Varkosi']);
  });
  test('a name that is no ruler\'s stays untyped: "the Varkosi regime" ... "one day Tarvo"', () => {
    expect(extract('Shelling by the Varkosi regime went on. One day Tarvo and others will be tried.').people).toEqual([]);
  });
});

describe('a press digest names each paper on a line of its own (press pack)', () => {
  const digest = 'PRESS DIGEST - Varkostan - Aug 22.\nTARVO 1996-08-22\nThese are the leading stories in the press on Thursday.\nAL-VARKOS\n- Talks resumed on Monday.\nDAILY ZENTROV\n- Prices rose.\n';
  test('each line in capitals before "- " items is a newspaper', () => {
    expect(mentionsOf(extract(digest), 'organizations')).toEqual(['AL-VARKOS', 'DAILY ZENTROV']);
  });
  test('no digest headline, no papers: the same lines under another headline stay unread', () => {
    expect(mentionsOf(extract(digest.replace('PRESS DIGEST', 'NEWS SUMMARY')), 'organizations')).toEqual([]);
  });
});

describe('a company that shares a given name, and its products', () => {
  test('"Apple shipped its" makes Apple a body at every mention, and "Apple Vision Pro" a product', () => {
    const r = extract('Apple shipped its new headset on Friday. Apple Vision Pro costs more. Apple said sales rose.');
    expect(mentionsOf(r, 'organizations').filter((m) => m === 'Apple')).toHaveLength(2);
    expect(mentionsOf(r, 'people')).toEqual([]);
  });
  test.each([
    ['Ulbrecht defended his record on Monday.', 'Ulbrecht'],
    ['The airforce under Hermann Goering began its campaign.', 'Hermann Goering'],
  ])('%s keeps the person %s', (text, name) => {
    expect(mentionsOf(extract(text), 'people')).toContain(name);
  });
  test('a body word inside the run keeps it a body: "Zentrova Group"', () => {
    const r = extract('Zentrova cut its forecast. Zentrova Group Holdings fell.');
    expect(mentionsOf(r, 'organizations')).toContain('Zentrova Group Holdings');
  });
});

describe('an acronym of a product is the product, no body', () => {
  test('the capitals of a product name, humps too: "the StreamBox Console" ... "the SBC"', () => {
    const r = extract('Fans queued for the StreamBox Console. The SBC sold out, and stores ordered more SBC units.');
    expect(mentionsOf(r, 'organizations')).not.toContain('SBC');
  });
  test('an acronym that spells no product stays a body: "the SBC" with no product named', () => {
    expect(mentionsOf(extract('Fans queued at the stores. The SBC said it sold out.'), 'organizations')).toContain('SBC');
  });
});

describe('models, devices and formats are no entity', () => {
  test.each([
    ['The Varko One X ships in May.', 'Varko One X'],
    ['It runs on any PC with a USB port and VR headset.', 'PC'],
    ['Fans watched Planet Earth II again.', 'Planet Earth II'],
  ])('%s has no entity %s', (text, name) => {
    const r = extract(text);
    for (const kind of ['people', 'organizations', 'places'] as const) expect(mentionsOf(r, kind)).not.toContain(name);
  });
  test.each([
    ['Pope John Paul II visited Oslo.', 'John Paul II'],
    ['K. Spiring scored twice.', 'K. Spiring'],
  ])('%s keeps the person %s', (text, name) => {
    expect(mentionsOf(extract(text), 'people')).toContain(name);
  });
});

test('"President-elect" is a title before a name, and "Ph.D." no name', () => {
  const r = extract('President-elect Donald Trump met Ph.D. students. President-elect Trump spoke.');
  expect(extract('President-elect Donald Trump met Ph.D. students.').people[0]?.roles).toEqual(['President-elect']);
  expect(mentionsOf(r, 'people')).toEqual(['Donald Trump', 'Trump']);
});

describe('text in other scripts, and X-born', () => {
  test.each([
    ['Reports by TNW中文站 ran.', 'TNW'],
    ['Reports by Next Web浣滃搧 ran.', 'Next Web'],
  ])('%s: the name stops where the other script starts (%s)', (text, name) => {
    const r = extract(text);
    const all = allMentions(r);
    expect(all).toContain(name);
    expect(all.every((m) => !/\p{Script=Han}/u.test(m))).toBe(true);
  });
  test('a run of Chinese is never an entity', () => {
    const r = extract('北京市 华为公司 周一发布。');
    expect([...r.people, ...r.organizations, ...r.places]).toEqual([]);
  });
  test('"Paris-born Jean Dupont" is a person, and Paris-born no place (the CoNLL convention, kept)', () => {
    const r = extract('The Paris-born Jean Dupont met them.');
    expect(mentionsOf(r, 'people')).toEqual(['Jean Dupont']);
    expect(mentionsOf(r, 'places')).toEqual([]);
  });
});

describe('clustering: particles, short forms of bodies', () => {
  const names = (text: string, kind: Kind) => extract(text)[kind].map((e) => e.mentions.map((m) => m.text));
  test.each([
    ['Osama bin Laden spoke. Later Bin Laden left.', 'people', [['Osama bin Laden', 'Bin Laden']]],
    ["Omar Hassan al-Bashir met them. Bashir's aides left.", 'people', [['Omar Hassan al-Bashir', 'Bashir']]],
    ['Alibaba Group said so. Alibaba said more.', 'organizations', [['Alibaba Group', 'Alibaba']]],
    ['The US Congress met. Congress voted.', 'organizations', [['US Congress', 'Congress']]],
    ['The Kenya Department of Fisheries said so. The Department of Fisheries agreed.', 'organizations', [['Kenya Department of Fisheries', 'Department of Fisheries']]],
    ['The Varko-Zentrov Tax Policy Center said so. The Tax Policy Center agreed.', 'organizations', [['Varko-Zentrov Tax Policy Center', 'Tax Policy Center']]],
    ['The Federal Reserve raised rates. The Fed said it would act.', 'organizations', [['Federal Reserve', 'Fed']]],
    ['His son, Te Varouni Robert Tolvan, was called in. Te Varouni was called later.', 'people', [['Te Varouni Robert Tolvan', 'Te Varouni']]],
  ] as const)('%s', (text, kind, expected) => {
    expect(names(text, kind)).toEqual(expected);
  });
  test.each([
    ['The Scottish National Party won. The National Party lost.', 2],
    ['The Kenya Football Federation met. The Uganda Football Federation met. The Football Federation said so.', 3],
  ])('a demonym head, or two bodies with the same tail, keep the short name apart: %s', (text, bodies) => {
    const r = extract(text);
    expect(r.organizations).toHaveLength(bodies);
    expect(r.organizations.every((e) => e.mentions.length === 1)).toBe(true);
  });
  test('given names shared by two full names join neither ("Te Varouni" after two men so named)', () => {
    const r = extract('Te Varouni Robert Tolvan spoke. Te Varouni James Kahurangi spoke too. Then Te Varouni left.');
    expect(r.people.map((e) => e.mentions.length)).toEqual([1, 1, 1]);
  });
  test('two bodies sharing a first word keep apart', () => {
    const r = extract('Varko Group said so. Varko Holdings fell. Varko rose.');
    expect(r.organizations.filter((e) => e.mentions.some((m) => m.text === 'Varko'))).toHaveLength(1);
    expect(r.organizations.find((e) => e.mentions.some((m) => m.text === 'Varko'))!.mentions).toHaveLength(1);
  });
});

describe('seats of power: a body when they act, a place when one goes there', () => {
  test.each([
    ['The White House said the talks would go on.', 'White House', 'organizations'],
    ['A Kremlin spokesman denied it.', 'Kremlin', 'organizations'],
    ['He returned to the Kremlin on Thursday.', 'Kremlin', 'places'],
    ['Reagan won a second term in the White House.', 'White House', 'places'],
  ] as const)('%s → %s (%s)', (text, name, kind) => {
    expect(mentionsOf(extract(text), kind)).toContain(name);
  });
});

test('scorers in brackets after a side\'s goals are persons, the sides are teams', () => {
  const r = extract('SOCCER - DUTCH RESULTS\nLens 3 (Vairelles 8th, Smicer 90th) Metz 2\nFortuna Sittard 2 (Jeffrey 7, Roest 33) Heerenveen 4');
  expect(mentionsOf(r, 'people')).toEqual(['Vairelles', 'Smicer', 'Jeffrey', 'Roest']);
  expect(mentionsOf(r, 'organizations')).toEqual(expect.arrayContaining(['Lens', 'Metz', 'Fortuna Sittard', 'Heerenveen']));
});

test('cricket: a name after a dismissal is a player, even a town; batsmen in brackets after a total are players', () => {
  const r = extract('CRICKET - ENGLAND V PAKISTAN\nAamir Sohail c Cork b Croft 46\nPakistan 318-2 (Saeed Anwar 169 not out, Ijaz Ahmed 61).');
  expect(mentionsOf(r, 'people')).toEqual(expect.arrayContaining(['Cork', 'Croft', 'Ijaz Ahmed']));
  expect(mentionsOf(r, 'places')).not.toContain('Cork');
});

test('cricket: a name before a bowling analysis is a player', () => {
  const r = extract('CRICKET - ENGLAND V PAKISTAN\nBowling: Lewis 23-3-112-0, Cork 14.3-4-45-1, Salisbury 17-0-91-0');
  expect(mentionsOf(r, 'people')).toEqual(['Lewis', 'Cork', 'Salisbury']);
});

test('fixture lists: each side of "v" is a team', () => {
  const r = extract('SOCCER - SCOTTISH FIXTURES\nAberdeen v Hearts, Reading v Stoke, Southend v Swindon');
  expect(mentionsOf(r, 'organizations')).toEqual(['Aberdeen', 'Hearts', 'Reading', 'Stoke', 'Southend', 'Swindon']);
});

test("cycling results: the rider's team after the country closes the line or comes before the time", () => {
  const r = extract('CYCLING - TOUR RESULTS\n1. Federico Colonna (Italy) Mapei three hours 43 mins\n2. Robbie McEwen (Australia) Rabobank\n3. Jans Koerts (Netherlands) MX Onda');
  expect(mentionsOf(r, 'organizations')).toEqual(['Mapei', 'Rabobank', 'MX Onda']);
  expect(mentionsOf(r, 'people')).toHaveLength(3);
});

test("squads and scorers' lines: a club alone in brackets, a side opening its scorers", () => {
  const r = extract('SOCCER - SWISS SQUAD\nMidfielders - Alexandre Comisetti (Grasshoppers), Antonio Esposito (Grasshoppers).\nHearts - Dave McPherson (44th)');
  expect(mentionsOf(r, 'organizations')).toEqual(['Grasshoppers', 'Grasshoppers', 'Hearts']);
  expect(mentionsOf(r, 'organizations')).not.toContain('Midfielders');
});

test('after a place preposition two unknown capitals name a place, not a person', () => {
  const r = extract('They stayed in Velano Terre for a week.');
  expect(mentionsOf(r, 'places')).toEqual(['Velano Terre']);
  expect(mentionsOf(extract("They met in Karvo Ulbrecht's house."), 'places')).toEqual([]);
});

test('a photo credit after a slash is no part of the name; street words open a place', () => {
  const r = extract('Photo: Tomas Korvel/AFP/Getty Images. They walked down Boulevard Montmartre to Fort Lee.');
  expect(mentionsOf(r, 'people')).toEqual(['Tomas Korvel']);
  expect(mentionsOf(r, 'places')).toEqual(['Boulevard Montmartre', 'Fort Lee']);
});

test('a lower-case particle opens the surname it belongs to ("Mr. de Blasio", "bin Laden"), not "et al"', () => {
  const r = extract('Mayor Bill de Varo spoke. Later Mr. de Varo said no. They hunted bin Karvan. The Trax et al Morinville well flowed.');
  expect(mentionsOf(r, 'people')).toEqual(expect.arrayContaining(['Bill de Varo', 'de Varo', 'bin Karvan']));
  expect(r.people.find((p) => p.name === 'Bill de Varo')?.mentions.map((m) => m.text)).toEqual(['Bill de Varo', 'de Varo']);
  expect([...mentionsOf(r, 'people'), ...mentionsOf(r, 'places')]).not.toContain('al Morinville');
});

test('an organisation written with "\'s" at every mention keeps it ("Lloyd\'s"); a place or an acronym does not', () => {
  const r = extract("Investors in Varlo's sued. Varlo's chairman spoke. ISIL's job is harder. ISIL's funds shrank.");
  expect(mentionsOf(r, 'organizations')).toEqual(expect.arrayContaining(["Varlo's", 'ISIL']));
});

describe('a dictionary of common words tells ordinary words from names (SCOWL)', () => {
  test.each([
    ['She took a degree in Psychology at the college.', 'Psychology'],
    ['Entry costs 25 CUC at the gate.', 'CUC'],
    ['The argument is set out at Tab 3 of the brief.', 'Tab'],
    ['He starred in the film Varko Nights last year.', 'Varko Nights'],
    ['She left the lab.\n\nFlight Checks\n\nAfter that she flew home.', 'Flight Checks'],
    ['Many New Yorkers and Parisians stayed home.', 'New Yorkers'],
    ['Many New Yorkers and Parisians stayed home.', 'Parisians'],
  ])('%s has no name %s', (text, name) => {
    const r = extract(text);
    expect(allMentions(r)).not.toContain(name);
  });
  test.each([
    ['The fire spread in Queens on Monday. Crews in Queens worked all night.', 'places', 'Queens'],
    ['Residents of Flushing protested. Later, in Flushing, they met again.', 'places', 'Flushing'],
    ['Osama bin Laden spoke. Later Bin Laden left.', 'people', 'Bin Laden'],
    ['Apple shipped its first headset. An optometrist Apple had on site checked my eyes. Apple said it would sell more.', 'organizations', 'Apple'],
    ['They hired the architect Brillauer in May.', 'people', 'Brillauer'],
    ['Semmelrode, a photographer, sued the museum.', 'people', 'Semmelrode'],
    ['Tarbela, a town in the north, was shelled on Monday.', 'places', 'Tarbela'],
    ['Hadibo is a town on the coast.', 'places', 'Hadibo'],
    ['Traffic on Marlowe Lane was slow.', 'places', 'Marlowe Lane'],
    ['The New Zealand Department of Conservation counted the whales.', 'organizations', 'New Zealand Department of Conservation'],
    ['He is a fellow at the Council on Foreign Relations in New York.', 'organizations', 'Council on Foreign Relations'],
    ['The Senate Committee voted on Tuesday.', 'organizations', 'Senate Committee'],
    ['He lives on the Upper East Side of the city.', 'places', 'Upper East Side'],
    ['The bug was reported to Minecraft developer Zorvakon. Zorvakon said its team would fix it.', 'organizations', 'Zorvakon'],
  ] as const)('%s → %s %s', (text, kind, name) => {
    expect(mentionsOf(extract(text), kind)).toContain(name);
  });
});

test('an invisible soft hyphen inside a name is not part of its canonical name', () => {
  const r = extract('Vladi\u00ADmir Putin spoke. Later Vladimir Putin left.');
  expect(r.people.map((e) => e.name)).toEqual(['Vladimir Putin']);
});

describe('third round: fields and titles, geographic heads, the gazetteer\'s place words', () => {
  test.each([
    ['He was one of the founders of Translation Studies at the college.', 'Translation Studies'],
    ['Her theory, called Frame Semantics, spread quickly.', 'Frame Semantics'],
  ])('%s has no organisation %s', (text, name) => {
    expect(mentionsOf(extract(text), 'organizations')).not.toContain(name);
  });
  test.each([
    ['The console plays it with Varko Atmos audio and HDR.', 'Varko Atmos'],
    ['That includes games like Varko Racer 7 and others.', 'Varko Racer'],
    ['The site is asking Zorvakon for comment.', 'Zorvakon'],
  ])('%s has no person %s', (text, name) => {
    expect(mentionsOf(extract(text), 'people')).not.toContain(name);
  });
  test.each([
    ['Ulbrecht Karvosi spoke to reporters.', 'Ulbrecht Karvosi'],
    ['Anita Hill said she would testify.', 'Anita Hill'],
    ['The dispute ended, said Karvosi.', 'Karvosi'],
  ])('%s keeps the person %s', (text, name) => {
    expect(mentionsOf(extract(text), 'people')).toContain(name);
  });
  test.each([
    ['The tries came late and the Silver Ferns won.', 'organizations', 'Silver Ferns'],
    ['The Coalition Commanders met on Monday.', 'organizations', 'Coalition Commanders'],
    ['The Romans built a fort on the River Varle in the year 71.', 'places', 'River Varle'],
    ['Rents keep rising across the Bay Area this year.', 'places', 'Bay Area'],
    ['Cargo ships left Kampung Sarvel on Monday.', 'places', 'Kampung Sarvel'],
    ['Republicans pilloried the Varkosi administration. Later Varkosi spoke.', 'people', 'Varkosi'],
    ['Senator Mark Warner, a Virginia Democrat, spoke.', 'places', 'Virginia'],
    ['He was called up after an injury to Will Karbacher and hit leadoff.', 'people', 'Will Karbacher'],
    ['The idea is due to Cruse and Croft, and to Eve Sweetser.', 'people', 'Eve Sweetser'],
    ['She is co-director of the Varlo Center in Boston.', 'places', 'Varlo Center'],
    ['It revised its target. Zentrova\'s finance director said so.', 'organizations', 'Zentrova'],
    ['Engineering concern Varbeek started the day well.', 'organizations', 'Varbeek'],
    ['The state-owned Zalmora said it would sell the mine.', 'organizations', 'Zalmora'],
  ] as const)('%s → %s %s', (text, kind, name) => {
    expect(mentionsOf(extract(text), kind)).toContain(name);
  });
  test('a given name in the run keeps it from being a place ("Kampung Ahmad")', () => {
    expect(mentionsOf(extract('Kampung Ahmad spoke to reporters on Monday.'), 'places')).not.toContain('Kampung Ahmad');
  });
});

describe('amounts and acronyms of ordinary words are no names', () => {
  const allNames = (r: Extraction): string[] => allMentions(r);
  test.each([
    ['Net profit fell to US$995 million from NZ$524 million.', 'US$995'],
    ['Ka Varo Bank sets HK$43 mln note.', 'HK$43'],
    ['The cash reserve ratio (CRR) may fall. The CRR was cut in May.', 'CRR'],
    ['Output of dark northern spring (DNS) wheat rose. DNS fell later.', 'DNS'],
    // a treaty's, an event's or an award's name spelled out before its acronym: neither names an entity
    ['India vetoed the Comprehensive Varko Ban Treaty (CVBT) on Friday. The CVBT stalled.', 'CVBT'],
    ['India vetoed the Comprehensive Varko Ban Treaty (CVBT) on Friday.', 'Comprehensive Varko Ban Treaty'],
  ])('%s has no name %s', (text, name) => {
    expect(allNames(extract(text))).not.toContain(name);
  });
  test.each([
    ['The Varkosi Reform League (VRL) marched. The VRL said it would return.', 'VRL'],
    ['The VRL said it would return, a spokesman said.', 'VRL'],
  ])('%s keeps the organisation %s', (text, name) => {
    expect(mentionsOf(extract(text), 'organizations')).toContain(name);
  });
});

describe('a name after "the" is no person unless a given name opens it', () => {
  test.each([
    ['He has played for the Varko Sox every season since.', 'Varko Sox'],
    ['One of the birds is the Arctic Varn, which migrates far.', 'Arctic Varn'],
    ['Work began on Monday. The Winslow restoration took a year.', 'Winslow'],
    ['Karvosi told a reporter about it, the Zelvost said.', 'Zelvost'],
  ])('%s has no person %s', (text, name) => {
    expect(mentionsOf(extract(text), 'people')).not.toContain(name);
  });
  test.each([
    ['It is based on the Gregory Karvosi novel of the same name.', 'Gregory Karvosi'],
    ['The talks ended, said Ulbrecht Karvosi.', 'Ulbrecht Karvosi'],
  ])('%s keeps the person %s', (text, name) => {
    expect(mentionsOf(extract(text), 'people')).toContain(name);
  });
});

describe('abbreviations and facility heads inside a name', () => {
  test.each([
    ['They beat the St. Louis Cardinals 3-2 on Monday.', 'organizations', 'St. Louis Cardinals'],
    ['She won at the Varko Tennis Centre on Sunday.', 'places', 'Varko Tennis Centre'],
    ['Omaha billionaire Warren Karbuffet raised his stake.', 'people', 'Warren Karbuffet'],
    ['McRae singled in Tyler Zorvath in the ninth.', 'people', 'Tyler Zorvath'],
    ['Upon the death of Elizabeth II the crown passed on.', 'people', 'Elizabeth II'],
    ['Fans of the Dallas Cowboys cheered.', 'organizations', 'Dallas Cowboys'],
  ] as const)('%s → %s %s', (text, kind, name) => {
    expect(mentionsOf(extract(text), kind)).toContain(name);
  });
});

describe('one of a nation\'s or a town\'s people before a name is no part of it', () => {
  test.each([
    ['He beat Frenchman Ulbrecht Karvosi in two sets.', 'Ulbrecht Karvosi'],
    ['"It is good," said New Yorker Rebecca Karvosi.', 'Rebecca Karvosi'],
    ['Briton Tim Karvosi lost in the first round.', 'Tim Karvosi'],
  ])('%s → person %s', (text, name) => {
    expect(mentionsOf(extract(text), 'people')).toEqual([name]);
  });
  test('a team named after its town keeps its name ("Bayer Leverkusen")', () => {
    expect(mentionsOf(extract('Bayer Leverkusen beat Hamburg 2-1 on Saturday.'), 'organizations')).toContain('Bayer Leverkusen');
  });
});

describe('a role before a name is kept apart from it', () => {
  test.each([
    ['Their inquiries went on, Public Prosecutor Ulbrecht Karvosi said.', 'Ulbrecht Karvosi'],
    ['Books by British Journalist Ulbrecht Karvosi were banned.', 'Ulbrecht Karvosi'],
    ['Lawyer Cesare dal Karvo told reporters it was true.', 'Cesare dal Karvo'],
    ['It rattled its partners, Prime Minister Ulbrecht Karvosi\'s Varko Party.', 'Ulbrecht Karvosi'],
  ])('%s → person %s', (text, name) => {
    expect(mentionsOf(extract(text), 'people')).toEqual([name]);
  });
  test('a magazine named for a role keeps its name ("New Scientist")', () => {
    expect(mentionsOf(extract('The study appeared in New Scientist magazine this week.'), 'people')).toEqual([]);
  });
});

describe('an ordinary adjective before a known place describes it', () => {
  test.each([
    ['Fertile Ukraine faces a drought of cash and rain.', 'Ukraine'],
    ['Atheist China officially bans missionary work.', 'China'],
  ])('%s → place %s', (text, name) => {
    const r = extract(text);
    expect(mentionsOf(r, 'places')).toEqual([name]);
    expect(mentionsOf(r, 'organizations')).toEqual([]);
  });
  test('a side in a sports report keeps its whole name ("Rapid Vienna")', () => {
    expect(mentionsOf(extract('SOCCER - AUSTRIAN LEAGUE RESULTS.\nRapid Vienna 2 Sturm Graz 1'), 'organizations')).toContain('Rapid Vienna');
  });
});

describe('a quotation of capitalised words alone is a title', () => {
  test.each([
    ['The game "Super Tomas Run" will launch in December.', 'Tomas Run'],
    ['She starred in “Walking Mary Stone” last year.', 'Mary Stone'],
    ['He read "The Marcus Files" twice.', 'Marcus Files'],
  ])('%s has no entity %s', (text, name) => {
    const r = extract(text);
    for (const kind of ['people', 'organizations', 'places'] as const) expect(mentionsOf(r, kind)).not.toContain(name);
  });
  test.each([
    ['"Hillary Clinton," he said.', 'Hillary Clinton', 'people'],
    ['They drove the "Muskogee Turnpike" home.', 'Muskogee Turnpike', 'places'],
    ['"We will win," Tarvo Melnik said.', 'Tarvo Melnik', 'people'],
  ] as const)('%s keeps %s', (text, name, kind) => {
    expect(mentionsOf(extract(text), kind)).toContain(name);
  });
});

describe('"and" between two whole organisation names keeps them apart', () => {
  test.each([
    ['He taught at both the University of Varnholm and Delbury University.', ['University of Varnholm', 'Delbury University']],
    ['It was covered by The Tarvo Times and Kessel News in August.', ['The Tarvo Times', 'Kessel News']],
  ])('%s', (text, names) => {
    const orgs = mentionsOf(extract(text), 'organizations');
    for (const name of names) expect(orgs).toContain(name);
  });
  test.each([
    ['The Securities and Exchange Commission said so.', 'Securities and Exchange Commission'],
    ['The House Ways and Means Committee voted.', 'House Ways and Means Committee'],
  ])('%s is one organisation', (text, name) => {
    expect(mentionsOf(extract(text), 'organizations')).toEqual([name]);
  });
});

describe('a price right before a name makes a thing for sale', () => {
  test.each([
    ['The $1,000 Kestrel Vue Pro has a sharper screen.', 'Kestrel Vue Pro'],
    ['The $499 Xavier Max ships soon.', 'Xavier Max'],
  ])('%s has no person %s', (text, name) => {
    expect(mentionsOf(extract(text), 'people')).not.toContain(name);
  });
  test('a price before a preposition leaves the name alone', () => {
    expect(mentionsOf(extract('He paid $5 to Tom Hanks.'), 'people')).toContain('Tom Hanks');
  });
});

describe('a known place, then an acronym or a hyphen, is a place before another name', () => {
  test.each([
    ['Shares of Brazil CVRD rose.', 'Brazil', 'CVRD'],
    ['The Israel-PLO talks resumed.', 'Israel', 'PLO'],
  ])('%s → place %s, organisation %s', (text, place, org) => {
    const r = extract(text);
    expect(mentionsOf(r, 'places')).toEqual([place]);
    expect(mentionsOf(r, 'organizations')).toEqual([org]);
  });
  test.each([
    ['Queen Elizabeth II spoke.', 'Elizabeth II'],
    ['The Mary-Kate and Ashley Olsen comedy ran.', 'Mary-Kate'],
  ])('%s keeps the person %s', (text, name) => {
    expect(mentionsOf(extract(text), 'people')).toContain(name);
  });
});

describe('a title cut from the end of a run takes its modifiers with it', () => {
  test.each([
    ['They met U.S. Assistant Secretary for Near Eastern Affairs Tom Varley in May.', 'U.S.'],
    ['Kessia Lyman, the U.S. Under-Secretary of State, will speak.', 'U.S.'],
    ['Hong Kong Financial Secretary Donald Tsang will visit.', 'Hong Kong'],
  ])('%s → place %s, no organisation', (text, place) => {
    const r = extract(text);
    expect(mentionsOf(r, 'places')).toEqual([place]);
    expect(mentionsOf(r, 'organizations')).toEqual([]);
  });
});

describe('a known place, then a known place or a compass word, names a region', () => {
  test.each([
    ['Rain fell across the U.S. Midwest.', 'U.S. Midwest'],
    ['Wheat from the Pacific Northwest sold.', 'Pacific Northwest'],
  ])('%s → place %s', (text, place) => {
    const r = extract(text);
    expect(mentionsOf(r, 'places')).toEqual([place]);
    expect(mentionsOf(r, 'organizations')).toEqual([]);
  });
  test('a known place before a country is no region ("Toyota Australia" said)', () => {
    expect(mentionsOf(extract('Toyota Australia said sales rose.'), 'places')).toEqual([]);
  });
});

describe('a resolution is a document, like an act or a treaty', () => {
  test('"Security Council Resolution 2328" is no organisation; the council that passed it is one', () => {
    expect(mentionsOf(extract('They must comply with Security Council Resolution 2328 now.'), 'organizations')).toEqual(['Security Council']);
  });
});

describe('an embassy or a consulate is an organisation', () => {
  test.each([
    ['The French Embassy said the talks would resume.', 'French Embassy'],
    ['When applying to the Cuban Consulate by post, pay first.', 'Cuban Consulate'],
  ])('%s → %s', (text, name) => {
    const r = extract(text);
    expect(mentionsOf(r, 'organizations')).toEqual([name]);
    expect(mentionsOf(r, 'people')).toEqual([]);
  });
});

describe('no surname is an acronym', () => {
  test.each([
    ['Oculus VR was bought by a bigger firm.', 'Oculus VR'],
    ['Now that Varko NT 4.0 has been launched, sales rose.', 'Varko NT'],
  ])('%s has no person %s', (text, name) => {
    expect(mentionsOf(extract(text), 'people')).not.toContain(name);
  });
  test('initials may end a name ("Dhiraj K.C.")', () => {
    expect(mentionsOf(extract('Dhiraj K.C. told police.'), 'people')).toContain('Dhiraj K.C.');
  });
});

describe('a settlement or county word ends a place name outside sports reports', () => {
  test.each([
    ['They retired to Varko City in Arizona.', 'Varko City'],
    ['Fort Lee is a city in Tarvin County, New Jersey.', 'Tarvin County'],
  ])('%s → place %s', (text, place) => {
    const r = extract(text);
    expect(mentionsOf(r, 'places')).toContain(place);
    expect(mentionsOf(r, 'organizations')).toEqual([]);
  });
  test('a team in a sports report stays a team ("Notts County")', () => {
    expect(mentionsOf(extract('SOCCER - ENGLISH LEAGUE RESULTS.\nDerby County 2 Notts County 1'), 'organizations')).toContain('Notts County');
  });
});

describe('a name, "the" and an epithet are one person', () => {
  test('"Peter the Great" is one person, "Peter" later, and "Great" alone none', () => {
    const r = extract('Peter the Great founded the city. The Great Wall is long. Later Peter died.');
    expect(mentionsOf(r, 'people')).toEqual(['Peter the Great', 'Peter']);
  });
  test('a place name opening it does not make a place ("Constantine the Great")', () => {
    const r = extract('Constantine the Great made Christianity legal.');
    expect(mentionsOf(r, 'people')).toEqual(['Constantine the Great']);
    expect(mentionsOf(r, 'places')).toEqual([]);
  });
  test('an ordinary word before "the Great" joins nothing', () => {
    expect(mentionsOf(extract('Beyond the Great Wall lies Mongolia.'), 'people')).toEqual([]);
  });
});

describe('a quoted nickname between a given name and a surname is part of the name', () => {
  test.each([
    ['The architect Julia "Butterfly" Varkoni spoke.', 'Julia "Butterfly" Varkoni'],
    ['"It is bad," said Col. John “J.D.” Dorrian, the spokesman.', 'John “J.D.” Dorrian'],
    ['Roberto "Hands of Stone" Duran won.', 'Roberto "Hands of Stone" Duran'],
  ])('%s → person %s', (text, name) => {
    const r = extract(text);
    expect(mentionsOf(r, 'people')).toEqual([name]);
    expect([...mentionsOf(r, 'places'), ...mentionsOf(r, 'organizations')]).toEqual([]);
  });
  test('a quotation after a given name that no surname follows joins nothing', () => {
    expect(mentionsOf(extract('She named him "Tom" after all.'), 'people').join('|')).not.toContain('"');
  });
});

describe("compromise's organisation phrase gives an opening ordinary word no organisation vote", () => {
  test.each([
    ['Fuel oil markets were listless on Monday.', 'Fuel'],
    ['Top military officials met in Brussels.', 'Top'],
    ['Gas oil was steady at the close.', 'Gas'],
  ])('%s → no organisation %s', (text, word) => {
    expect(mentionsOf(extract(text), 'organizations')).not.toContain(word);
  });
  test.each([
    ['On Monday, Coalition military forces conducted 12 strikes.', 'Coalition'],
    ['Itar-Tass news agency quoted the general.', 'Itar-Tass'],
  ])('%s keeps the organisation %s (a capital mid-sentence, or no ordinary word)', (text, name) => {
    expect(mentionsOf(extract(text), 'organizations')).toContain(name);
  });
});

describe("a place's particle hyphened inside one word makes a place", () => {
  test.each([
    ['At Varcy-le-Bourg: Durham 326 all out.', 'Varcy-le-Bourg'],
    ['He was born in Marsden-super-Vale in 1811.', 'Marsden-super-Vale'],
    ['Rain fell on Wynford-sur-Mer all day.', 'Wynford-sur-Mer'],
  ])('%s → place %s', (text, name) => {
    const r = extract(text);
    expect(mentionsOf(r, 'places')).toContain(name);
    expect(mentionsOf(r, 'people')).toEqual([]);
  });
  test('a title with "in" is no place ("Commander-in-Chief")', () => {
    expect(mentionsOf(extract('The Commander-in-Chief arrived on Monday.'), 'places')).toEqual([]);
  });
});

describe('a month alone names no one', () => {
  test.each([
    ['A drought scoured the steppes in July and August, stunting the wheat.'],
    ['Final figures for June were higher than expected.'],
    ['It appears that August is showing a slower economy.'],
  ])('%s → no person', (text) => {
    expect(mentionsOf(extract(text), 'people')).toEqual([]);
  });
  test('"May" is left to compromise: a surname after a given name stays a person', () => {
    expect(mentionsOf(extract('Theresa May spoke on Friday.'), 'people')).toEqual(['Theresa May']);
  });
});

describe("a road's number is a place", () => {
  test.each([
    ['Take the M1 northbound to junction 32.', 'M1'],
    ['Then follow the A64 into the city.', 'A64'],
    ['Traffic on the M3 motorway stalled.', 'M3'],
    ['Leave on I-44 West towards the airport.', 'I-44'],
    ['A crash closed Interstate 95 near the city.', 'Interstate 95'],
    ['Drive old Route 66 west.', 'Route 66'],
    ['Take US-75 South out of the city.', 'US-75'],
  ])('%s → place %s', (text, name) => {
    const r = extract(text);
    expect(mentionsOf(r, 'places')).toEqual([name]);
    expect(mentionsOf(r, 'organizations')).toEqual([]);
  });
  test.each([
    ['The M1 money supply rose in June.'],
    ['The bonds were rated A1 by the agency.'],
  ])('%s → no place (a money measure, a rating)', (text) => {
    expect(mentionsOf(extract(text), 'places')).toEqual([]);
  });
  test('"US" before a number and a space is the country, no road ("US 75 cents")', () => {
    expect(mentionsOf(extract('They paid US 75 cents a share.'), 'places')).toEqual(['US']);
  });
});

describe('a language is no place', () => {
  test('"into Latin", "learned Latin" → no place', () => {
    expect(mentionsOf(extract('He translated the book into Latin. There she learned Latin and some Greek.'), 'places')).toEqual([]);
  });
  test('"Latin America" stays a place', () => {
    expect(mentionsOf(extract('Growth in Latin America slowed.'), 'places')).toEqual(['Latin America']);
  });
});

describe("a listed company's name opening a longer run names a product", () => {
  test.each([
    ['He drove a Honda Accord to the show.'],
    ['The new Nokia Lumia is cheap.'],
    ['The laptop runs an Intel Core chip.'],
  ])('%s → no entity', (text) => {
    const r = extract(text);
    expect(allMentions(r)).toEqual([]);
  });
  test.each([
    ['Honda Australia said sales rose.', 'Honda Australia'],
    ['Honda Motor Co said sales rose.', 'Honda Motor Co'],
  ])('%s keeps the organisation %s (a place or a company word after the maker)', (text, name) => {
    expect(mentionsOf(extract(text), 'organizations')).toEqual([name]);
  });
  test('a motor-racing result keeps no team for the car ("Ford Escort")', () => {
    const r = extract('RALLYING - RESULTS\nLeading results:\n1. Carlos Varko (Spain) Honda Accord 3:49:41\n2. Jan Maris (Belgium) Honda Civic 3:51:02');
    expect(mentionsOf(r, 'organizations')).toEqual([]);
  });
});

describe('an acronym in the plural names no one', () => {
  test.each([
    ['Investors will convert their shares into ADRs next year.'],
    ['Three MPs resigned on Monday.'],
    ['Insurgents used VBIEDs in the attack.'],
  ])('%s → no entity', (text) => {
    const r = extract(text);
    expect(allMentions(r)).toEqual([]);
  });
});

describe('a Korean given name whose first syllable is a function word stays whole', () => {
  test.each([
    ['Vice Minister Kim In-so met reporters.', 'Kim In-so'],
    ['Lee On-yu said talks would resume.', 'Lee On-yu'],
  ])('%s → person %s', (text, name) => {
    expect(mentionsOf(extract(text), 'people')).toEqual([name]);
  });
  test('a capitalised function word hyphened to a longer word is no syllable ("In-depth")', () => {
    expect(mentionsOf(extract('In-depth reports came from Seoul.'), 'people')).toEqual([]);
  });
});

describe("a possessive and a day word name a holiday, no person", () => {
  test.each([
    ['They sell neon Valentine’s Day candies.'],
    ["On Mother's Day the shops were full."],
    ["Crowds gathered on New Year's Eve in the square."],
  ])('%s → no person', (text) => {
    expect(mentionsOf(extract(text), 'people')).toEqual([]);
  });
  test("a name after a possessive keeps its owner (\"Karvosi's Day One agenda\")", () => {
    expect(mentionsOf(extract("President Karvosi's Day One agenda is long."), 'people')).toEqual(['Karvosi']);
  });
});

describe('an ordinary word before a number marked "#" labels an item', () => {
  test.each([['Lesson #1 about the company is that it hides costs.'], ['Rule #2: never pay the asking price.']])('%s → no entity', (text) => {
    const r = extract(text);
    expect(allMentions(r)).toEqual([]);
  });
  test('a surname before a shirt number stays a person ("Jones #4")', () => {
    expect(mentionsOf(extract('Jones #4 scored twice.'), 'people')).toEqual(['Jones']);
  });
});

describe('a "St." city is known without the period and in capitals', () => {
  test('"St Louis" in prose is a place', () => {
    expect(mentionsOf(extract('He flew to St Louis on Monday.'), 'places')).toEqual(['St Louis']);
  });
  test('"ST LOUIS" in a standings table is a team', () => {
    const r = extract('BASEBALL - MAJOR LEAGUE STANDINGS\nCENTRAL DIVISION\nHOUSTON 68 59 .535 -\nST LOUIS 67 59 .532 1/2\nCHICAGO 63 62 .504 4\n');
    expect(mentionsOf(r, 'organizations')).toContain('ST LOUIS');
  });
});

describe('"native" before a name is an adjective, no person evidence', () => {
  test('"his native Varkovia" → no person', () => {
    expect(mentionsOf(extract('He loved the folk music of his native Varkovia.'), 'people')).toEqual([]);
  });
  test('"the architect Varkoni" stays a person', () => {
    expect(mentionsOf(extract('They hired the architect Varkoni.'), 'people')).toEqual(['Varkoni']);
  });
});

describe('a quoted title may open with a given name when an ordinary word ends it', () => {
  test('“Jake Simulator” after "game" → no person', () => {
    expect(mentionsOf(extract('The launch game “Jake Simulator” might be the best.'), 'people')).toEqual([]);
  });
  test('a name called out in quotes stays a person ("Hillary Clinton," he said)', () => {
    expect(mentionsOf(extract('"Hillary Clinton," he said. She met Hillary Clinton.'), 'people')).toEqual(['Hillary Clinton', 'Hillary Clinton']);
  });
});

describe('a museum, gallery or library is one place with its "of" part', () => {
  test.each([
    ['The painting hangs in the Varkov Museum of Modern Art.', 'Varkov Museum of Modern Art'],
    ['She works at the Museum of Fine Arts in town.', 'Museum of Fine Arts'],
    ['They met at the National Gallery of Art on Friday.', 'National Gallery of Art'],
    ['He toured the British Museum twice.', 'British Museum'],
    ['The letters sit in the Ostrova Library.', 'Ostrova Library'],
    ['Hotels on the Varkov Strip closed early.', 'Varkov Strip'],
  ])('%s → place %s', (text, name) => {
    const r = extract(text);
    expect(mentionsOf(r, 'places')).toContain(name);
    expect([...mentionsOf(r, 'people'), ...mentionsOf(r, 'organizations')]).toEqual([]);
  });
  test('a demonym before a listed place stays outside it ("Bulgarian Black Sea coast")', () => {
    expect(mentionsOf(extract('Ships sailed along the Bulgarian Black Sea coast.'), 'places')).toEqual(['Black Sea']);
  });
  test('an organisation head before "of" still makes a body ("Bank of Varkovia")', () => {
    expect(mentionsOf(extract('The Bank of Varkovia raised rates.'), 'organizations')).toEqual(['Bank of Varkovia']);
  });
});

describe('"Q&A" and "R&D" are terms, no organisation', () => {
  test.each([['He spoke during the Q&A session after the talk.'], ['The town is an R&D hub for the industry.']])('%s → no entity', (text) => {
    const r = extract(text);
    expect(allMentions(r)).toEqual([]);
  });
  test('an ampersand company keeps its name ("P&G")', () => {
    expect(mentionsOf(extract('Shares of P&G rose on Monday.'), 'organizations')).toEqual(['P&G']);
  });
});

describe('a research or policy centre is a body; a space centre stays a place', () => {
  test.each([
    ['Analysts at the Zorvat Policy Center disagreed.', 'Zorvat Policy Center'],
    ['A survey by the Varkov Research Center found that.', 'Varkov Research Center'],
    ['The Ostrova Law Centre sued the city.', 'Ostrova Law Centre'],
  ])('%s → organisation %s', (text, name) => {
    const r = extract(text);
    expect(mentionsOf(r, 'organizations')).toContain(name);
    expect(mentionsOf(r, 'places')).toEqual([]);
  });
  test('a facility named for a person stays a place ("Varkov Space Center")', () => {
    expect(mentionsOf(extract('The rocket left the Varkov Space Center.'), 'places')).toEqual(['Varkov Space Center']);
  });
});

describe('the body a person works or studies at is an organisation', () => {
  test.each([
    ['“It is risky,” said Anna Berg, an economist at Zorvat.', 'Zorvat'],
    ['As an undergraduate at Varkov in the 1980s, she took a class.', 'Varkov'],
    ['He is a professor at Ostrova now.', 'Ostrova'],
  ])('%s → organisation %s', (text, name) => {
    expect(mentionsOf(extract(text), 'organizations')).toEqual([name]);
  });
  test('a listed city stays a place ("a student at Cambridge")', () => {
    expect(mentionsOf(extract('She was a student at Cambridge then.'), 'places')).toEqual(['Cambridge']);
  });
});

describe('a last word for a kind of device or software names a product, no entity', () => {
  test.each([['The most private browser is the Varko Browser.'], ['It has an upgraded Zentrova Polaris GPU inside.'], ['Kestrel Headset sales rose.']])('%s → no entity', (text) => {
    expect(allMentions(extract(text))).toEqual([]);
  });
  test('a company named for what it makes stays a body ("Zentrova Systems said")', () => {
    expect(mentionsOf(extract('Zentrova Systems said profits rose.'), 'organizations')).toEqual(['Zentrova Systems']);
  });
});

describe('capitals with digits code a model, not a body', () => {
  test.each([
    ['He bought a PS4 last year.'],
    ['Rifles such as the AK47 were seized.'],
    ['The WW2 bunker was restored.'],
    // a hyphenated code, and evidence later in the text does not overrule the code ("chugged its way")
    ['She learnt to run the KVT-30. The KVT-30 chugged its way into chaos.'],
  ])('%s → no entity', (text) => {
    const r = extract(text);
    expect(allMentions(r)).toEqual([]);
  });
  test('a road number stays a place ("the M3")', () => {
    expect(mentionsOf(extract('Traffic on the M3 was slow.'), 'places')).toEqual(['M3']);
  });
  test('a hyphenated road number stays a place ("I-44")', () => {
    expect(mentionsOf(extract('Take I-44 West to Tulsa.'), 'places')).toContain('I-44');
  });
});

describe('a province that is above all a given name is no place by itself', () => {
  test('"Diana met the nun" → person Diana', () => {
    const r = extract('Diana met the nun in Rome in 1992. The photographer was branded a stalker by Diana.');
    expect(mentionsOf(r, 'places')).toEqual(['Rome']);
    expect(mentionsOf(r, 'people')).toEqual(['Diana', 'Diana']);
  });
  test('a region known by its own name stays a place ("in Brittany", "in Alabama")', () => {
    expect(mentionsOf(extract('Farmers in Brittany and in Alabama protested.'), 'places')).toEqual(['Brittany', 'Alabama']);
  });
});

describe('a numbered court circuit or legion is a body', () => {
  test.each([
    ['The Ninth Circuit ruled on Monday.', 'Ninth Circuit'],
    ['The case went to the 4th Circuit in May.', '4th Circuit'],
    ['York was home to the Ninth Legion.', 'Ninth Legion'],
  ])('%s → organisation %s', (text, name) => {
    const r = extract(text);
    expect(mentionsOf(r, 'organizations')).toEqual([name]);
    expect(mentionsOf(r, 'people')).toEqual([]);
  });
});

describe('an honour after a body\'s acronym: the acronym is the organisation, the honour no name', () => {
  test.each([
    ['It is a UNESCO World Heritage Site.', 'UNESCO'],
    ['She won the ZORVA Award for Best Actress.', 'ZORVA'],
    ['He got a BAFTA Fellowship in 1996.', 'BAFTA'],
  ])('%s → organisation %s only', (text, name) => {
    const r = extract(text);
    expect(mentionsOf(r, 'organizations')).toEqual([name]);
    expect([...mentionsOf(r, 'people'), ...mentionsOf(r, 'places')]).toEqual([]);
  });
  test('a competition keeps its whole name out of the entities ("the UEFA Cup")', () => {
    const r = extract('The UEFA Cup final was played.');
    expect(allMentions(r)).toEqual([]);
  });
});

describe('a learned prefix before an ordinary word makes an ordinary word, no name', () => {
  test.each([['Neuroscience tells us that most of the work is unconscious.'], ['Cybersecurity matters more each year, she said.']])('%s → no entity', (text) => {
    const r = extract(text);
    expect(allMentions(r)).toEqual([]);
  });
  test('a name that merely opens like one stays a name ("Geoffrey Hinton")', () => {
    expect(mentionsOf(extract('Geoffrey Hinton said so.'), 'people')).toEqual(['Geoffrey Hinton']);
  });
});

describe('a company form after a comma stays in the name; alone it names nothing', () => {
  test.each([
    ['Shares of Zorvat, Inc. rose on Monday.', 'Zorvat, Inc.'],
    ['He works for Varkov & Sons, Ltd in London.', 'Varkov & Sons, Ltd'],
  ])('%s → organisation %s', (text, name) => {
    expect(mentionsOf(extract(text), 'organizations')).toEqual([name]);
  });
  test('a list keeps its commas ("Varkov, Zorvat and Ostrova")', () => {
    expect(mentionsOf(extract('Shares of Varkov Corp, Zorvat Inc and Ostrova Ltd rose.'), 'organizations')).toEqual(['Varkov Corp', 'Zorvat Inc', 'Ostrova Ltd']);
  });
});

describe('a given name that is also an ordinary word, before a listed surname or given name', () => {
  test.each([
    ['Fans cheered Will Smith on Friday.', 'Will Smith'],
    ['The striker Les Ferdinand was hurt.', 'Les Ferdinand'],
    ['WhatsApp founder Jan Koum left.', 'Jan Koum'],
  ])('%s → person %s', (text, name) => {
    expect(mentionsOf(extract(text), 'people')).toEqual([name]);
  });
  test.each([['From January to June Varkov exported more.'], ['Trading stopped on Jan. Varkov said so.'], ['December Eurodollars were down 11 bps.']])('a month stays a month: %s', (text) => {
    expect(mentionsOf(extract(text), 'people').some((m) => /^(?:June|Jan|December) /.test(m))).toBe(false);
  });
});

describe('a function word opening a listed place opens the name', () => {
  test.each([
    ['They flew to Des Moines on Friday.', 'Des Moines'],
    ['Le Havre won 2-1 on Saturday.', 'Le Havre'],
    ['The Netherlands drew 2-2 on Saturday.', 'The Netherlands'],
  ])('%s → place %s', (text, name) => {
    expect(mentionsOf(extract(text), 'places')).toEqual([name]);
  });
  test('an ordinary sentence opening stays out ("The talks ended")', () => {
    expect(mentionsOf(extract('The talks in Des Moines ended.'), 'places')).toEqual(['Des Moines']);
  });
});

describe('a name one joins, founds or belongs to is a body', () => {
  test.each([
    ['In 2004 he joined Zentrova as an engineer.', 'Zentrova'],
    ['She founded Zentrova in a garage.', 'Zentrova'],
    ['He is a member of Zentrova now.', 'Zentrova'],
  ])('%s → organisation %s', (text, name) => {
    expect(mentionsOf(extract(text), 'organizations')).toEqual([name]);
  });
  test('a person joined keeps the person ("joined John Smith")', () => {
    expect(mentionsOf(extract('He joined John Smith at the table.'), 'people')).toEqual(['John Smith']);
  });
  test('a possessive after "said" opens the reported clause: no speaker ("said Zentrova\'s spokesman")', () => {
    expect(mentionsOf(extract("Analysts said Zentrova's spokesman left."), 'people')).toEqual([]);
  });
});

describe('a demonym that is also a given name opens a person\'s name before a surname', () => {
  test.each([
    ['Fans cheered Christian Varkov on Friday.', 'Christian Varkov'],
    ['Christian Varkov scored twice.', 'Christian Varkov'],
  ])('%s → person %s', (text, name) => {
    expect(mentionsOf(extract(text), 'people')).toEqual([name]);
  });
  test.each([['The Christian Democrats won the vote.'], ['Christian Aid sent food.']])('a demonym before an ordinary word stays one: %s', (text) => {
    expect(mentionsOf(extract(text), 'people')).toEqual([]);
  });
});

describe('an Arabic article form that is also a given name opens a person before a listed surname', () => {
  test.each([
    ['Ash Thompson said the plan would work.', 'Ash Thompson'],
    ['Later, Ash Thompson flew home.', 'Ash Thompson'],
  ])('%s → person %s', (text, name) => {
    expect(mentionsOf(extract(text), 'people')).toEqual([name]);
    expect(mentionsOf(extract(text), 'places')).toEqual([]);
  });
  test('an article form before an unlisted word still opens a place ("Ash Shaddadi")', () => {
    expect(mentionsOf(extract('Strikes hit Ash Shaddadi on Monday.'), 'places')).toEqual(['Ash Shaddadi']);
  });
});

describe('newsroom roles before a name are titles, not part of the name', () => {
  test.each([
    ['Zentrova Fact-Checker Jane Varkov said it was false.', 'Jane Varkov'],
    ['Film critic Jane Varkov liked it.', 'Jane Varkov'],
    ['The blogger Jane Varkov wrote about it.', 'Jane Varkov'],
  ])('%s → person %s', (text, name) => {
    expect(mentionsOf(extract(text), 'people')).toEqual([name]);
    expect(mentionsOf(extract(text), 'organizations').filter((m) => m.includes('Jane'))).toEqual([]);
  });
});

describe('a royal title before a run a place word closes opens the place\'s name', () => {
  test.each([
    ['They walked down Queen Street at noon.', 'Queen Street'],
    ['She was taken to Queen Varkova Hospital on Friday.', 'Queen Varkova Hospital'],
    ['Flights to King Zentrov Airport resumed.', 'King Zentrov Airport'],
  ])('%s → place %s', (text, name) => {
    expect(mentionsOf(extract(text), 'places')).toEqual([name]);
    expect(mentionsOf(extract(text), 'people')).toEqual([]);
  });
  test('a title before a person stays a role ("Queen Varkova visited", "Mr. Lane said")', () => {
    expect(mentionsOf(extract('Queen Varkova visited the hospital.'), 'people')).toEqual(['Varkova']);
    expect(mentionsOf(extract('Mr. Lane said it was fine.'), 'people')).toEqual(['Lane']);
  });
});

describe('"Roman" is a demonym and a given name', () => {
  test('before a surname it opens a person ("Roman Varkov")', () => {
    expect(mentionsOf(extract('Roman Varkov scored twice.'), 'people')).toEqual(['Roman Varkov']);
  });
  test('before a place it is the place\'s adjective ("Roman Britain")', () => {
    const r = extract('York was one of the cities in Roman Britain.');
    expect(mentionsOf(r, 'places')).toContain('Britain');
    expect(mentionsOf(r, 'people')).toEqual([]);
  });
  test('before a common noun it names nothing ("Roman times")', () => {
    const r = extract('The walls date back to before Roman times.');
    expect([...mentionsOf(r, 'people'), ...mentionsOf(r, 'places'), ...mentionsOf(r, 'organizations')]).toEqual([]);
  });
});

describe('a known place, then a demonym before a noun, is the place alone', () => {
  test.each([
    ['The Kenya Muslim community met on Friday.', 'Kenya'],
    ['The largest U.S. Roman Catholic archdiocese said so.', 'U.S.'],
  ])('%s → place %s', (text, name) => {
    expect(mentionsOf(extract(text), 'places')).toEqual([name]);
    expect(mentionsOf(extract(text), 'organizations')).toEqual([]);
  });
  test('a place and a demonym with no noun after may be a club ("Leeds Irish and Varko Town drew")', () => {
    expect(mentionsOf(extract('Leeds Irish and Varko Town drew on Saturday.'), 'places')).not.toContain('Leeds');
  });
});

describe('a number word is no given name', () => {
  test.each([['Seven Iraqi soldiers died on Monday.'], ['They watched Seven Days in May.'], ['The Million Man March drew crowds.']])('%s → no person', (text) => {
    expect(mentionsOf(extract(text), 'people')).toEqual([]);
  });
});

test('a negation or a participle is no given name ("Did Not Bat" in a scorecard)', () => {
  expect(mentionsOf(extract('Did Not Bat: Varkov, Zentrov.'), 'people')).not.toContain('Not Bat');
});

test('a royal title before a run an event or work word closes names no one ("the Prince Series")', () => {
  expect(mentionsOf(extract('She bought a print from the Prince Series last year.'), 'people')).toEqual([]);
});

describe('a named storm is no person', () => {
  test.each([['Hurricane Varko grew stronger on Saturday.'], ['Tropical Storm Varko formed in the Gulf.'], ['Typhoon Varko hit the coast.']])('%s → no person', (text) => {
    expect(mentionsOf(extract(text), 'people')).toEqual([]);
  });
  test('its name alone later is no person either', () => {
    expect(mentionsOf(extract('Hurricane Varko grew stronger. Varko is getting stronger, forecasters said.'), 'people')).toEqual([]);
  });
  test('a body named after storms keeps its name', () => {
    expect(mentionsOf(extract('The National Hurricane Center said so.'), 'people')).toEqual([]);
    expect(mentionsOf(extract('The Hurricane Research Institute said so.'), 'organizations')).toEqual(['Hurricane Research Institute']);
  });
});

describe('a name held or occupied by a group is a place', () => {
  test.each([
    ['Troops shelled rebel-held Qamenas on Monday.', 'Qamenas'],
    ['Shells hit Russian-occupied Varkovka overnight.', 'Varkovka'],
  ])('%s → place %s', (text, name) => {
    expect(mentionsOf(extract(text), 'places')).toEqual([name]);
  });
  test('the same place named alone later stays a place', () => {
    expect(mentionsOf(extract('Troops shelled rebel-held Qamenas. Civilians fled Qamenas on foot.'), 'places')).toEqual(['Qamenas', 'Qamenas']);
  });
  test('"-controlled" makes no place ("the Republican-controlled Zentrova Council")', () => {
    expect(mentionsOf(extract('The Republican-controlled Zentrova Council voted.'), 'places')).toEqual([]);
  });
});

describe('a given name that is an ordinary word opens a sentence\'s name before a verb in a tense', () => {
  test.each([
    ['Jan Varkovic beat him in three sets.', 'Jan Varkovic'],
    ['Mats Varkovic won the title.', 'Mats Varkovic'],
    ['Jan Varkovic (Netherlands) lost.', 'Jan Varkovic'],
  ])('%s → person %s', (text, name) => {
    expect(mentionsOf(extract(text), 'people')).toEqual([name]);
  });
  test('a modal before a bare verb opens a question, not a name ("Will Varkovic play?")', () => {
    expect(mentionsOf(extract('Will Varkovic play on Sunday?'), 'people')).not.toContain('Will Varkovic');
  });
});

describe('religious and military titles before a name', () => {
  test.each([
    ['Ayatollah Varko Zentrovi said so.', 'Varko Zentrovi'],
    ['Monsignor Varko Zentrovi visited the camp.', 'Varko Zentrovi'],
    ['Col Varko Zentrovi told reporters.', 'Varko Zentrovi'],
  ])('%s → person %s', (text, name) => {
    expect(mentionsOf(extract(text), 'people')).toEqual([name]);
  });
  test('an imam\'s title opens a mosque\'s name ("Imam Mosque")', () => {
    expect(mentionsOf(extract('They prayed at the Imam Mosque on Friday.'), 'places')).toEqual(['Imam Mosque']);
  });
});

describe('nouns for one of a nation\'s people are demonyms', () => {
  test.each([
    ['Fellow Finn Varko Zentrovi retired.', 'Varko Zentrovi'],
    ['Taibe, coached by Pole Varko Zentrovi, lost.', 'Varko Zentrovi'],
  ])('%s → person %s', (text, name) => {
    expect(mentionsOf(extract(text), 'people')).toEqual([name]);
  });
  test('one that is also a given name still opens a name before a surname ("Finn Varkovic")', () => {
    expect(mentionsOf(extract('Finn Varkovic starred in the film.'), 'people')).toEqual(['Finn Varkovic']);
  });
});

describe('a title\'s complement after "of" or "for" is no part of the name after it', () => {
  test.each([
    ['Under Secretary of State for Political Affairs Jane Zentrovi said so.', 'Jane Zentrovi'],
    ['He met Assistant Secretary for Near Eastern Affairs Robert Zentrovi in May.', 'Robert Zentrovi'],
    ['Secretary of State for Foreign and Commonwealth Affairs Liam Zentrovi spoke.', 'Liam Zentrovi'],
  ])('%s → person %s', (text, name) => {
    expect(mentionsOf(extract(text), 'people')).toEqual([name]);
  });
  test('a portfolio is no body; a body\'s word keeps one ("Speaker of the House")', () => {
    expect(mentionsOf(extract('He met Minister of Foreign Affairs Ali Zentrovi.'), 'organizations')).toEqual([]);
    expect(mentionsOf(extract('Speaker of the House Paul Zentrovi spoke.'), 'organizations')).toEqual(['House']);
  });
});

test('a title word after a given name that is also an ordinary word is a surname ("Billie Jean King")', () => {
  const r = extract('U.S. captain Billie Jean King said so. Later King said more.');
  expect(mentionsOf(r, 'people')).toEqual(['Billie Jean King', 'King']);
});

test.each([['The Chicago PMI rose sharply in August.'], ['Investors poured money into an ETF tracking gold.'], ['He paid for the NFT with crypto.']])('economic and technology terms in capitals are no body: %s', (text) => {
  expect(mentionsOf(extract(text), 'organizations')).toEqual([]);
});

test.each([['The soldier yelled at him in Hebrew.'], ['She spoke in Farsi and Urdu.']])('a language is no place: %s', (text) => {
  expect(mentionsOf(extract(text), 'places')).toEqual([]);
});

test('an article before a lower-case word opens no name, whatever the tagger read ("country. The text" in a quotation)', () => {
  const r = extract('"I do not see it straining our relations with any country. The text has already been blocked," he said.');
  expect([...mentionsOf(r, 'places'), ...mentionsOf(r, 'organizations'), ...mentionsOf(r, 'people')]).toEqual([]);
});

describe('a name after a person\'s full name and "of" is where the person works', () => {
  test('"said Ulf Varkov of Merrill Zentrov": a body', () => {
    const r = extract('The market is weak, said Ulf Varkov of Merrill Zentrov.');
    expect(mentionsOf(r, 'organizations')).toEqual(['Merrill Zentrov']);
    expect(mentionsOf(r, 'people')).toEqual(['Ulf Varkov']);
  });
  test('the body\'s other mentions are the body too', () => {
    expect(mentionsOf(extract('The market is weak, said Ulf Varkov of Merrill Zentrov. Merrill Zentrov said profits rose.'), 'organizations')).toEqual(['Merrill Zentrov', 'Merrill Zentrov']);
  });
  test('a listed place stays a place ("John Varkov of London")', () => {
    expect(mentionsOf(extract('John Varkov of London said so.'), 'places')).toEqual(['London']);
  });
});

describe('a facility noun after a name makes the name a place', () => {
  test.each([
    ['The plane landed at Varko Zentrov airport on Sunday.', 'Varko Zentrov'],
    ['They played at the Jane Zentrova stadium.', 'Jane Zentrova'],
  ])('%s → place %s', (text, name) => {
    expect(mentionsOf(extract(text), 'places')).toEqual([name]);
    expect(mentionsOf(extract(text), 'people')).toEqual([]);
  });
  test('the person named in full elsewhere keeps being a person there', () => {
    expect(mentionsOf(extract('Jane Zentrova scored twice.'), 'people')).toEqual(['Jane Zentrova']);
  });
});

test('a time word or an adverb opening a sentence opens no body\'s name ("Yesterday Parliament voted")', () => {
  expect(mentionsOf(extract('Yesterday Parliament voted against the bill.'), 'organizations')).not.toContain('Yesterday Parliament');
  expect(mentionsOf(extract('Meanwhile Varko Holdings Inc said it would sell.'), 'organizations')).toEqual(['Varko Holdings Inc']);
});

test.each([['The store at 42nd Street closed.', '42nd Street'], ['They live on 10th Avenue now.', '10th Avenue']])('a numbered street is a place with its ordinal: %s', (text, name) => {
  expect(mentionsOf(extract(text), 'places')).toEqual([name]);
});

test('the plural of a group\'s first word names the group later ("the Varkov Islands" … "the Varkovs")', () => {
  const r = extract('The Varkov Islands lie east of the mainland. Visitors fly to the Varkovs twice a week.');
  expect(mentionsOf(r, 'places')).toEqual(['Varkov Islands', 'Varkovs']);
});

test.each([['It is divided by Admiral Blvd into north and south.', 'Admiral Blvd'], ['The road to General Varkov Street was closed.', 'General Varkov Street']])('a civic title before a street word opens the street\'s name: %s', (text, name) => {
  expect(mentionsOf(extract(text), 'places')).toEqual([name]);
  expect(mentionsOf(extract(text), 'people')).toEqual([]);
});

test('two listed places joined by "&" are two places ("Tempe & Mesa"); a firm stays one body', () => {
  expect(mentionsOf(extract('The light rail runs east to Tempe & Mesa daily.'), 'places')).toEqual(['Tempe', 'Mesa']);
  expect(mentionsOf(extract('Shares of Varko & Zentrov rose.'), 'organizations')).toEqual(['Varko & Zentrov']);
});

test.each([['England may stay in the Five Nations championship.'], ['He put up posters of the Ten Commandments.']])('a number word\'s group of ordinary plurals is no body: %s', (text) => {
  expect(mentionsOf(extract(text), 'organizations')).toEqual([]);
});

describe('the noun a name is given to says what the name names ("a consortium called X")', () => {
  test.each([
    ['The phone companies formed a consortium called Zentrova to sell video. Zentrova said it would start next year.', 'organizations', ['Zentrova', 'Zentrova']],
    ['They settled in a village known as Tarbeko, near the border.', 'places', ['Tarbeko']],
    ['The insurer, also known as Varkotas, took over the claims.', 'organizations', ['Varkotas']],
  ])('%s', (text, kind, names) => {
    expect(mentionsOf(extract(text), kind as 'organizations' | 'places')).toEqual(names);
  });
  test('"named" after "the" appoints: no naming', () => {
    const r = extract('The company named Zentrova Varkosi its chief executive.');
    expect(mentionsOf(r, 'places')).toEqual([]);
    expect(r.organizations.map((e) => e.name)).not.toContain('Zentrova Varkosi');
  });
});

test('an article after an initial\'s full stop opens the next sentence, whatever compromise tagged it', () => {
  const r = extract('Microsoft highlights the feature on the One X, just like it did with the One S. The company\'s app lets you set it up.');
  expect(r.organizations.map((e) => e.name)).not.toContain('One S. The');
});

describe('a long name held together by a lower-case particle is one person ("Omar Hassan Ahmad al-Bashir")', () => {
  test.each([
    ['Omar Hassan Ahmad al-Varkosi visited Cairo on Monday.', 'Omar Hassan Ahmad al-Varkosi'],
    ['He was hanged with the bomber Sajida Mubarak Zentrov al-Varkosi in 2015.', 'Sajida Mubarak Zentrov al-Varkosi'],
  ])('%s', (text, name) => {
    const r = extract(text);
    expect(mentionsOf(r, 'people')).toEqual([name]);
    expect(mentionsOf(r, 'organizations')).toEqual([]);
  });
  test.each([['The Omar Varko de la Zentrov Foundation said so.'], ['They met at Varko Zentrov de la Ulbrecht Karvosi.']])('not without a given name in its first two words, nor with an organisation word: %s', (text) => {
    const r = extract(text, { explain: true });
    expect([...r.people, ...r.organizations, ...r.places].flatMap((e) => e.mentions.map((m) => m.rule))).not.toContain('particle-name');
  });
});

test('a soft hyphen inside a name (as web pages hyphenate) neither splits the entity nor shows in its name', () => {
  const r = extract('Benjamin Netanyahu won on Tuesday. Later Netan\u00adyahu thanked Vladi\u00admir Putin for his call.');
  expect(r.people.map((e) => e.name)).toEqual(['Benjamin Netanyahu', 'Vladimir Putin']);
  expect(r.people[0]!.mentions.map((m) => m.text)).toEqual(['Benjamin Netanyahu', 'Netan\u00adyahu']);
});

test.each([['He is a fellow at the Varkov Institution in Washington.', 'Varkov Institution'], ['The Zentrov Tribunal ruled on Monday.', 'Zentrov Tribunal'], ['The Varkov Philharmonic Orchestra played.', 'Varkov Philharmonic Orchestra']])(
  'generic nouns for a body close its name: %s',
  (text, name) => {
    expect(mentionsOf(extract(text), 'organizations')).toEqual([name]);
  },
);

describe('"of the", "for the", "on the" inside a body\'s or a place\'s name', () => {
  test.each([
    ['The Society for the Prevention of Varkosi Cruelty said so.', 'organizations', 'Society for the Prevention of Varkosi Cruelty'],
    ['They met at the Museum of the Varkov Image in Queens.', 'places', 'Museum of the Varkov Image'],
    ['The Ministry of the Interior said on Monday.', 'organizations', 'Ministry of the Interior'],
    ['Counsel greeted the Supreme Court of the State of Varkosia.', 'organizations', 'Supreme Court of the State'],
  ])('%s', (text, kind, name) => {
    expect(mentionsOf(extract(text), kind as 'organizations' | 'places')).toContain(name);
  });
  test('"for a" joins only right after a body\'s head word opening the name ("Committee for a ..."; not "Boston University for a Master\'s")', () => {
    expect(mentionsOf(extract('She went to Boston University for a Master of Arts.'), 'organizations')).toContain('Boston University');
    expect(mentionsOf(extract('He directs the Committee for a Responsible Varkov Budget.'), 'organizations')).toEqual(['Committee for a Responsible Varkov Budget']);
  });
  test.each([['Shares in Zentrov Motor Corp of South Korea rose.', 'Zentrov Motor Corp', 'South Korea'], ['Varkov Inc of Boulder said it would buy it.', 'Varkov Inc', 'Boulder']])(
    'a company form ends the name; "of" then says where it is: %s',
    (text, org, place) => {
      const r = extract(text);
      expect(mentionsOf(r, 'organizations')).toEqual([org]);
      expect(mentionsOf(r, 'places')).toEqual([place]);
    },
  );
});

test.each([['Uefa fined the club on Monday.', 'Uefa'], ['Isil attacked the town.', 'Isil'], ['Tass reported the talks.', 'Tass']])(
  'a listed acronym written with one capital, as British and Reuters style writes it, is the body: %s',
  (text, name) => {
    expect(mentionsOf(extract(text), 'organizations')).toEqual([name]);
  },
);

describe('facility and landform words close a place\'s name', () => {
  test.each([['They stayed at the Varkov Falls Motel.', 'Varkov Falls Motel'], ['The train left Varkov Street Station.', 'Varkov Street Station'], ['Monks live at Zentrov Abbey.', 'Zentrov Abbey'], ['Ash fell from the Varko Volcano.', 'Varko Volcano']])('%s', (text, name) => {
    expect(mentionsOf(extract(text), 'places')).toEqual([name]);
    expect(mentionsOf(extract(text), 'people')).toEqual([]);
  });
  test('not after a lower-case particle, which makes the word a surname', () => {
    expect(mentionsOf(extract('He loved Mademoiselle Stéphanie Varkosi du Motel.'), 'places')).toEqual([]);
  });
});

test.each([['Whole Foods said it would cut prices.', 'Whole Foods'], ['Bell Labs invented the transistor.', 'Bell Labs'], ['Varkov Pictures released the film.', 'Varkov Pictures'], ['She worked at Marcus Broadcasting for years.', 'Marcus Broadcasting']])(
  'industry endings close a company\'s name, even after ordinary words or a given name: %s',
  (text, name) => {
    expect(mentionsOf(extract(text), 'organizations')).toEqual([name]);
    expect(mentionsOf(extract(text), 'people')).toEqual([]);
  },
);

test.each([['The town lies at the edge of the Varkov Plains.', 'Varkov Plains'], ['Snow fell on the Zentrov Highlands.', 'Zentrov Highlands']])('landform words close a place\'s name: %s', (text, name) => {
  expect(mentionsOf(extract(text), 'places')).toEqual([name]);
  expect(mentionsOf(extract(text), 'organizations')).toEqual([]);
});

describe('a name given to a noun for a thing names no entity ("dinitrophenol, known as DNP")', () => {
  test.each([
    ['The tablets held dinitrophenol, known as ZVX, a toxic chemical. Avoid products that contain ZVX.'],
    ['Items keep data in a file format known as Varkov Binary Tag (VBT). VBT holds lists.'],
  ])('%s', (text) => {
    const r = extract(text);
    expect([...r.people, ...r.organizations, ...r.places]).toEqual([]);
  });
  test('not for "called", which is also a verb ("the referee called Zentrov\'s return good")', () => {
    expect(mentionsOf(extract('Zentrov said he was tired. When the referee called Zentrov\'s return good, Hill protested.'), 'people').filter((m) => m === 'Zentrov')).toHaveLength(2);
  });
  test('a body or a place stays ("a group known as Varkov Front")', () => {
    expect(mentionsOf(extract('They joined a group known as Varkov Front.'), 'organizations')).toEqual(['Varkov Front']);
  });
});

test('a name one plans to acquire is a body ("was able to acquire Oculus")', () => {
  expect(mentionsOf(extract('The firm was able to acquire Zentrovus for less than its asking price.'), 'organizations')).toEqual(['Zentrovus']);
});

test.each([['NASA supplier SpaceX has been grounded since September.', 'SpaceX'], ['OpenAI released a model on Monday.', 'OpenAI']])('a capital or two closing a capitalised word make a brand\'s shape: %s', (text, name) => {
  expect(mentionsOf(extract(text), 'organizations')).toContain(name);
  expect(mentionsOf(extract(text), 'people')).toEqual([]);
});

describe('a name glossed in another language in brackets is no mention of its own', () => {
  test.each([
    ['The Varko Mountains (Arabic: Jabal Varkun, Kurdish: Çiyayê Varkun) are in the north.', ['Jabal Varkun', 'Çiyayê Varkun']],
    ['The holy book (Kitêba Tarvo in Kurdish; also transliterated as Kitab Al Tarvo) is old.', ['Kitêba Tarvo', 'Kitab Al Tarvo']],
  ])('%s', (text, glosses) => {
    const found = allMentions(extract(text));
    for (const gloss of glosses) expect(found).not.toContain(gloss);
  });
  test('the name glossed keeps its type: "The Varko Mountains (Arabic: …)" is a place', () => {
    expect(mentionsOf(extract('The Varko Mountains (Arabic: Jabal Varkun) are in the north.'), 'places')).toEqual(['Varko Mountains']);
  });
  test('brackets with no language keep their names: "the Varko Mountains (near Qamenas and Talamenes)"', () => {
    expect(mentionsOf(extract('Rebels hid in the Varko Mountains (near Qamenas and Talamenes) all winter.'), 'places')).toEqual(['Varko Mountains', 'Qamenas', 'Talamenes']);
  });
});

describe('two acronyms joined by a hyphen name one body; a common acronym in the pair names none', () => {
  test.each([
    ['The ZQF-RTL endorsed her on Monday.', 'ZQF-RTL'],
    ['Aircraft from CJTF-XKR destroyed 14 tanks.', 'CJTF-XKR'],
  ])('%s → organisation %s', (text, name) => {
    expect(mentionsOf(extract(text), 'organizations')).toEqual([name]);
  });
  test.each(['He was treated for HIV-AIDS last year.', 'The CD-ROM drive failed.'])('%s has no entity', (text) => {
    expect(allMentions(extract(text))).toEqual([]);
  });
});

describe('a body\'s name before a document or event word is the organisation; the title names none', () => {
  test.each([
    ['They cited UN Varko Council Resolution 2334 again.', 'UN Varko Council'],
    ['The Tarvo Arts Council Award went to her.', 'Tarvo Arts Council'],
  ])('%s → organisation %s', (text, name) => {
    expect(mentionsOf(extract(text), 'organizations')).toEqual([name]);
  });
  test('one word before the document word is no body\'s name: "the Council Resolution"', () => {
    expect(allMentions(extract('They passed the Council Resolution on Friday.'))).toEqual([]);
  });
});
