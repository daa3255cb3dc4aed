/**
 * The paired false-positive tables (issue 5): phrases where nothing may be
 * reported by default. Where `allNumbers` would report the number, the kind it
 * must have is given; null means it is no number at all.
 */
import type { NumberKind } from '../../../src/types.js';

export type NotCase = [phrase: string, kindWithAllNumbers: NumberKind | null];

/** Dates, times and years. */
export const DATES: NotCase[] = [
  ['The talks opened on May 5.', 'date-part'],
  ['Hollande met him on 3 March in Paris.', 'date-part'],
  ['Fighting resumed on Dec. 5 near the dam.', 'date-part'],
  ['The vote is on 25 June.', 'date-part'],
  ['They met at 5pm in the lobby.', 'date-part'],
  ['The blast came at 10:30 on Friday.', null],
  ['The curfew starts at 9 p.m. sharp.', 'date-part'],
  ['In 2015 the group seized the city.', 'year'],
  ['The war began in 1950.', 'year'],
  ['Music of the 1990s filled the hall.', 'year'],
  ['He was born sometime between 1977-1979 in Mosul.', 'year'],
  ['The airstrikes in the last 24 hours hit depots.', 'date-part'],
  ['Over the past two years prices climbed.', 'date-part'],
  ['By 2030 the plant will close.', 'year'],
  ['They put the 2016 candidates on alert.', 'year'],
  ['The 9/11 attacks changed everything.', null],
  ['Prices for September 97 contracts rose.', 'date-part'],
];

/** Ordinals. */
export const ORDINALS: NotCase[] = [
  ['She finished 3rd in the race.', 'ordinal'],
  ['It was the 71st anniversary.', 'ordinal'],
  ['The 158th Fighter Wing deployed.', 'ordinal'],
  ['He came first in the poll.', null],
  ['It is the second time this year.', null],
  ['A third time he refused.', null],
];

/** Phone numbers, codes and scores. */
export const CODES: NotCase[] = [
  ['Call 555-1234 for details.', 'other'],
  ['Call +44 20 7946 0000 for details.', 'other'],
  ['Arsenal won 3-1 at home.', 'other'],
  ['It was a 2-0 victory for the hosts.', 'other'],
  ['The court ruled 5-4 against him.', 'other'],
];

/** Numbers that are part of a name, a label or a citation. */
export const NAMES: NotCase[] = [
  ['Leaders of the G7 met in Italy.', null],
  ['The Boeing 747 landed safely.', 'other'],
  ['COVID-19 cases are falling.', 'other'],
  ['They held “two plus two” talks.', 'other'],
  ['After the two plus two meeting, they spoke.', 'other'],
  ['The Group of Seven met in Japan.', 'other'],
  ['Police cited section 119.3 of the code.', 'other'],
  ['The F-16 jets took off.', null],
  ['Chapter two describes the war.', 'other'],
  ['Security is my number one priority.', 'other'],
  ['The council backed Resolution 2254 today.', 'other'],
  ['Windows 10 was updated.', 'other'],
  ['Zero Hedge asked why the figure changed.', 'other'],
  ['“On this basis,” Zero Hedge said, “it is high.”', 'other'],
  ['The village was founded long ago.[2]', null],
  ['The town is small [4] and old.', 'other'],
  ['A Su-27 intercepted the drone.', 'other'],
];

/** Back-references and pronoun "one": reported only with `allNumbers`. */
export const BACK_REFERENCES: NotCase[] = [
  ['The two sides agreed to talk.', 'count'],
  ['The two officials acknowledged the risk.', 'count'],
  ['It involved the two countries’ defense chiefs.', 'count'],
  ['Both three men were freed.', 'count'],
  ['One of the men was freed.', 'count'],
  ['No one was hurt.', null],
  ['Their two sons were arrested.', 'count'],
  ['The 2 leaders discussed trade.', 'count'],
];

/** Words that look like numbers and are not. */
export const NOT_NUMBERS: NotCase[] = [
  ['He won the seat easily.', null],
  ['The second reading passed.', null],
  ['A few protesters stayed.', null],
  ['Several officials resigned.', null],
  ['Tens of people is not a phrase.', null],
  ['They scored a goal.', null],
  ['Some people stayed home.', null],
  ['The team lost once again.', null],
  ['He beat them twice.', null],
  ['Half-time came.', null],
  ['It doubled overnight.', null],
  ['The first half was dull.', null],
];

/** Issue 16: sign, fraction, zero and scale words where no number is written. */
export const NUMBER_WORDS: NotCase[] = [
  ['The minus sign was missing.', null],
  ['Negative reviews piled up.', null],
  ['The test came back negative.', null],
  ['She won a third term.', null],
  ['A second wave hit the coast.', null],
  ['They formed a third party.', null],
  ['He won a fifth straight title.', null],
  ['The plan came to naught.', 'other'],
  ['It was all for nought.', 'other'],
  ['Oh, the talks failed.', null],
  ['The point is clear.', null],
  ['What a score!', null],
  ['He settled the score with them.', null],
  ['The score of the film won praise.', null],
  ['The final score stood.', null],
];

/** Issue 16: currency codes, signs and words with no amount. */
export const CURRENCY_WORDS: NotCase[] = [
  ['The CAD drawings were lost.', null],
  ['Mao ruled China for decades.', null],
  ['He works for Kuai Technologies.', null],
  ['The EUR/USD rate fell.', null],
  ['The ALL CAPS headline ran.', null],
  ['Bucks fans cheered loudly.', null],
  ['Pounds and euros were both accepted.', null],
  ['It costs a few dollars.', null],
];

/** Issue 16: "one" and numbers that name or pair rather than count. */
export const NOT_COUNTING: NotCase[] = [
  ['He picked one candidate over another.', 'other'],
  ['They helped one another.', 'other'],
  ['One after another, the shops closed.', 'other'],
  ['From one town to another, people fled.', 'other'],
  ['At one point, the talks stalled.', 'other'],
  ['The chain, called 365, expanded.', 'other'],
  ['Whole Foods opened 365 by Whole Foods Market.', 'other'],
  ['One by one, the lights went out.', 'other'],
  ['The middle one broke first.', null],
  ['1 / 5 In this photo, the crew waits.', 'other'],
  ['It ran afoul of Bush in ’91.', 'year'],
  ['The story ran on Page A 22 of the paper.', 'other'],
  ['They sold Xbox 360 games. Your 360 library is safe.', 'other'],
  ['One thing is clear.', 'other'],
  ['He knows a thing or two about deals.', 'other'],
  ['It was a one-two punch.', 'other'],
  ['And then one day the dam broke.', 'other'],
  ['Prices swing between one moment and the next.', 'other'],
  ['The new phone records video in 8K.', 'other'],
  ['The Intel i7 4790k chip is fast.', null],
  ['We left at three or four a.m.', 'date-part'],
];

/** Issue 16: malformed or too large numbers are left out, never given a wrong value. */
export const BAD_NUMBERS: NotCase[] = [
  ['Codes 1,2,3,4 failed.', null],
  ['Verses 3,4 were read aloud.', null],
  ['Its value was 1,2345 then.', null],
  ['The ID 1.2.3.4 was used.', null],
  ['It was 99999999999999999999999 units.', null],
  ['It was 12,34,5678 units.', null],
  [`There were ${'billions of '.repeat(40)}stars.`, null],
];

/** Every false-positive table, by family. */
export const NOT_FAMILIES: Record<string, NotCase[]> = {
  dates: DATES, ordinals: ORDINALS, codes: CODES, names: NAMES, 'back-references': BACK_REFERENCES, 'not numbers': NOT_NUMBERS,
  'number words (issue 16)': NUMBER_WORDS, 'currency words (issue 16)': CURRENCY_WORDS, 'not counting (issue 16)': NOT_COUNTING,
  'bad numbers (issue 16)': BAD_NUMBERS,
};
