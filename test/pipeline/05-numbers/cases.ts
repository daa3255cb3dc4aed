/**
 * News-style phrases and what newsclaims must read from them (issue 5). Each
 * phrase holds exactly one reported number; `expect` lists the fields checked.
 */
import type { NumberMention } from '../../../src/types.js';

export type Expected = Partial<Omit<NumberMention, 'start' | 'end'>>;
export type Case = [phrase: string, expected: Expected];

/** Digits with separators and decimals. */
export const DIGITS: Case[] = [
  ['Officials counted 8,000 ballots.', { value: 8000, text: '8,000', kind: 'count', unit: 'ballots' }],
  ['The camp holds 10,000 refugees.', { value: 10000, subject: 'refugees' }],
  ['Prices rose by 1.5 points.', { value: 1.5, unit: 'points' }],
  ['The bill came to 1,234.56 in fees.', { value: 1234.56 }],
  ['The rate fell to 0.5 on Monday.', { value: 0.5 }],
  ['Only .75 of the quota was met.', { value: 0.75, text: '.75' }],
  ['The index closed at 7,512.3 points.', { value: 7512.3, unit: 'points' }],
  ['Police arrested 312 protesters overnight.', { value: 312, unit: 'protesters' }],
  ['There are 1,000,000 residents.', { value: 1e6, unit: 'residents' }],
  ['The fire destroyed 45 homes.', { value: 45, subject: 'homes' }],
  ['In all, 3 hospitals were hit.', { value: 3, unit: 'hospitals' }],
  ['The company cut 2,300 jobs.', { value: 2300, unit: 'jobs' }],
  ['Investigators recovered 17 bodies.', { value: 17, unit: 'bodies' }],
  ['A total of 96 flights were cancelled.', { value: 96, unit: 'flights' }],
  ['The vote passed with 52 senators in favour.', { value: 52, unit: 'senators' }],
];

/** Scale words and glued scales. */
export const SCALES: Case[] = [
  ['The city has 1.5 million residents.', { value: 1.5e6, text: '1.5 million', unit: 'residents' }],
  ['The planet is home to 8 billion people.', { value: 8e9, unit: 'people' }],
  ['The fund lost $3.2bn last year.', { value: 3.2e9, kind: 'money', currency: 'USD', text: '$3.2bn' }],
  ['The club paid £5m for him.', { value: 5e6, kind: 'money', currency: 'GBP' }],
  ['Brussels pledged €40 million in aid.', { value: 4e7, kind: 'money', currency: 'EUR', text: '€40 million' }],
  ['The post drew 12k comments.', { value: 12000, unit: 'comments' }],
  ['Debt reached 2.4tn yen.', { value: 2.4e12, kind: 'money', currency: 'JPY' }],
  ['The deal is worth $1.2 trillion.', { value: 1.2e12, kind: 'money' }],
  ['Some 3 million voters stayed home.', { value: 3e6, qualifier: 'some', bound: 'approx', unit: 'voters' }],
  ['Exports hit $45bn in March.', { value: 4.5e10, kind: 'money' }],
  ['The firm raised $250m from investors.', { value: 2.5e8, kind: 'money' }],
  ['They spent 1.1 billion euros.', { value: 1.1e9, kind: 'money', currency: 'EUR' }],
  ['Sales reached 3 bn units.', { value: 3e9, unit: 'units' }],
  ['The agency has 2.5mn followers.', { value: 2.5e6, unit: 'followers' }],
  ['The show drew 1.5m viewers.', { value: 1.5e6, unit: 'viewers' }],
  ['Farmers lost 5,000 acres.', { value: 5000, kind: 'measure', unit: 'acres' }],
];

/** Numbers written in words. */
export const WORDS: Case[] = [
  ['Two dozen activists were detained.', { value: 24, text: 'Two dozen', unit: 'activists' }],
  ['Tens of thousands of people marched.', { value: 20000, bound: 'approx', min: 20000, unit: 'people' }],
  ['Hundreds of residents fled.', { value: 200, bound: 'approx', min: 200, subject: 'residents' }],
  ['A dozen journalists were expelled.', { value: 12, unit: 'journalists' }],
  ['Half a million children need help.', { value: 500000, unit: 'children' }],
  ['The ferry carried one hundred and twenty-five passengers.', { value: 125, unit: 'passengers' }],
  ['A quarter of the budget went on defence.', { value: 0.25, kind: 'fraction', subject: 'budget' }],
  ['Hundreds of thousands of Syrians have been killed.', { value: 200000, bound: 'approx', subject: 'Syrians' }],
  ['Millions have been displaced.', { value: 2e6, bound: 'approx', min: 2e6 }],
  ['Dozens of villages were liberated.', { value: 24, bound: 'approx', subject: 'villages' }],
  ['Thousands of troops massed at the border.', { value: 2000, bound: 'approx', unit: 'troops' }],
  ['Twenty-five people died in the crash.', { value: 25, unit: 'people' }],
  ['Rescuers found seventeen survivors.', { value: 17, unit: 'survivors' }],
  ['The army deployed five million rounds.', { value: 5e6, unit: 'rounds' }],
  ['Several hundred soldiers surrendered.', { value: 300, bound: 'approx', unit: 'soldiers' }],
  ['A few thousand protesters gathered.', { value: 3000, bound: 'approx', unit: 'protesters' }],
  ['A million people signed the petition.', { value: 1e6, unit: 'people' }],
  ['Forty-two passengers were rescued.', { value: 42, unit: 'passengers' }],
  ['Ninety-nine miners were trapped.', { value: 99, unit: 'miners' }],
  ['Scores of people were injured.', { value: 40, bound: 'approx', unit: 'people' }],
  ['Tens of millions of dollars were lost.', { value: 2e7, bound: 'approx', min: 2e7, kind: 'money', currency: 'USD', text: 'Tens of millions of dollars' }],
  ['Three thousand five hundred workers struck.', { value: 3500, unit: 'workers' }],
  ['A hundred people queued.', { value: 100, unit: 'people' }],
  ['Fifteen ministers resigned.', { value: 15, unit: 'ministers' }],
  ['The raids killed eleven fighters.', { value: 11, unit: 'fighters' }],
];

/** Money with signs, codes and currency words. */
export const MONEY: Case[] = [
  ['Aid of US$5 million was announced.', { value: 5e6, currency: 'USD', text: 'US$5 million' }],
  ['Tickets cost $45 each.', { value: 45, currency: 'USD', unit: 'USD' }],
  ['A coffee costs £3.50 now.', { value: 3.5, currency: 'GBP' }],
  ['The fine was €2,500.', { value: 2500, currency: 'EUR' }],
  ['The bond raised ¥100bn.', { value: 1e11, currency: 'JPY' }],
  ['He earned 40 dollars a day.', { value: 40, currency: 'USD', text: '40 dollars' }],
  ['Beijing offered 5bn yuan.', { value: 5e9, currency: 'CNY' }],
  ['Seoul set aside 2.4 trillion won for the plan.', { value: 2.4e12, currency: 'KRW' }],
  ['The budget is 300 USD per family.', { value: 300, currency: 'USD' }],
  ['The fund holds EUR 5m in bonds.', { value: 5e6, currency: 'EUR', text: 'EUR 5m' }],
  ['Canberra gave A$2m to the appeal.', { value: 2e6, currency: 'AUD' }],
  ['Rents rose to HK$30,000 a month.', { value: 30000, currency: 'HKD' }],
  ['Wages are ₹500 a day.', { value: 500, currency: 'INR' }],
  ['Fares cost 50 pence more.', { value: 0.5, currency: 'GBP', text: '50 pence' }],
  ['Moscow paid 10 billion roubles.', { value: 1e10, currency: 'RUB' }],
  ['Donors sent over 9 billion euros.', { value: 9e9, currency: 'EUR', qualifier: 'over', bound: 'lower' }],
  ['The UK gave £20 million more.', { value: 2e7, currency: 'GBP' }],
  ['Losses reached $ 7 million.', { value: 7e6, currency: 'USD' }],
  ['The grant was worth 20,000 pounds.', { value: 20000, currency: 'GBP' }],
  ['Transfers of C$4.5bn were blocked.', { value: 4.5e9, currency: 'CAD' }],
  ['Iraq received 5 million US dollars.', { value: 5e6, currency: 'USD', text: '5 million US dollars' }],
  ['Entry costs 20 Swiss francs.', { value: 20, currency: 'CHF' }],
];

/** Percentages and percentage points. */
export const PERCENT: Case[] = [
  ['Turnout was 40% this year.', { value: 40, kind: 'percent', unit: '%', text: '40%' }],
  ['Prices rose 40 per cent.', { value: 40, kind: 'percent', text: '40 per cent' }],
  ['Support fell 40 percent.', { value: 40, kind: 'percent' }],
  ['Rates rose by 2 percentage points.', { value: 2, kind: 'percentage-points', unit: 'percentage points' }],
  ['Inflation hit 5.3pc in June.', { value: 5.3, kind: 'percent' }],
  ['About 30 percent of the territory was retaken.', { value: 30, qualifier: 'about', bound: 'approx', subject: 'territory' }],
  ['Just 10 per cent of convoys got through.', { value: 10, kind: 'percent', subject: 'convoys' }],
  ['Over 25% of the land is flooded.', { value: 25, bound: 'lower', subject: 'land' }],
  ['Unemployment is 7.5 pct.', { value: 7.5, kind: 'percent' }],
  ['The party won 0.5 percentage point more.', { value: 0.5, kind: 'percentage-points' }],
  ['Almost 60% of voters backed it.', { value: 60, bound: 'upper', qualifier: 'almost', subject: 'voters' }],
  ['Exports grew 3.2%.', { value: 3.2, kind: 'percent' }],
];

/** Fractions and multiples. */
export const FRACTIONS: Case[] = [
  ['Two-thirds of voters backed the deal.', { value: 2 / 3, kind: 'fraction', subject: 'voters' }],
  ['Twice as many troops arrived.', { value: 2, kind: 'multiple', text: 'Twice' }],
  ['A third of the country is under water.', { value: 1 / 3, kind: 'fraction', subject: 'country' }],
  ['Three times as many people applied.', { value: 3, kind: 'multiple', text: 'Three times' }],
  ['Half of the staff quit.', { value: 0.5, kind: 'fraction', subject: 'staff' }],
  ['Three quarters of the city has no power.', { value: 0.75, kind: 'fraction', subject: 'city' }],
  ['One in five adults smokes.', { value: 0.2, kind: 'fraction', subject: 'adults' }],
  ['Cases rose threefold.', { value: 3, kind: 'multiple' }],
  ['Prices are 10 times higher.', { value: 10, kind: 'multiple' }],
  ['The plan would double the number of inspectors.', { value: 2, kind: 'multiple' }],
  ['One-fifth of the budget went to health.', { value: 0.2, kind: 'fraction', subject: 'budget' }],
  ['The cost was a tenfold increase.', { value: 10, kind: 'multiple' }],
  ['Only 1/2 of the wells work.', { value: 0.5, kind: 'fraction', subject: 'wells' }],
  ['Nine out of 10 doctors agree.', { value: 0.9, kind: 'fraction', subject: 'doctors', text: 'Nine out of 10' }],
];

/** Measures. */
export const MEASURES: Case[] = [
  ['The convoy moved 12 km north.', { value: 12, kind: 'measure', unit: 'km', text: '12 km' }],
  ['The fire spread over 50 miles.', { value: 50, kind: 'measure', unit: 'mi', bound: 'lower' }],
  ['The truck carried 3.5 tonnes of explosives.', { value: 3.5, unit: 't', subject: 'explosives' }],
  ['Temperatures reached 20C on Sunday.', { value: 20, kind: 'measure', unit: 'C', text: '20C' }],
  ['The SDF regained about 300 square miles.', { value: 300, unit: 'mi2', bound: 'approx' }],
  ['The village lies 8 km northwest of the city.', { value: 8, unit: 'km' }],
  ['Forces advanced to within 7.5 kilometers of the dam.', { value: 7.5, unit: 'km' }],
  ['The dam passes 7,000 m3/s of water.', { value: 7000, unit: 'm3/s' }],
  ['The station produces 84 MW of power.', { value: 84, unit: 'MW' }],
  ['It was 35°C in the shade.', { value: 35, unit: 'C' }],
  ['The storm brought 200 mm of rain.', { value: 200, unit: 'mm' }],
  ['The wall is 9 metres high.', { value: 9, unit: 'm' }],
  ['The zone covers 18,000 square kilometers.', { value: 18000, unit: 'km2' }],
  ['Winds reached 120 km/h on the coast.', { value: 120, unit: 'km/h' }],
  ['Output fell to 1.2 million barrels a day.', { value: 1.2e6, unit: 'barrels' }],
  ['He was sentenced to 10 years in prison.', { value: 10, kind: 'measure', unit: 'years' }],
  ['The siege lasted 45 days.', { value: 45, unit: 'days' }],
  ['A 12-year-old boy was injured.', { value: 12, kind: 'measure', unit: 'years old' }],
  ['The patrol walked 5 miles.', { value: 5, unit: 'mi' }],
  ['Floods covered 2,000 hectares.', { value: 2000, unit: 'ha' }],
  ['Temperatures fell to -5C overnight.', { value: -5, unit: 'C', text: '-5C' }],
  ['It was minus 10 degrees in Kyiv.', { value: -10, unit: 'degrees', text: 'minus 10 degrees' }],
  ['The trail runs 1½ miles uphill.', { value: 1.5, unit: 'mi' }],
  ['Shares fell -0.3% on Friday.', { value: -0.3, kind: 'percent' }],
  ['The suspect is 29 years old.', { value: 29, unit: 'years old', text: '29 years old' }],
  ['The baby weighed 3 pounds.', { value: 3, kind: 'measure', unit: 'lb' }],
  ['Gusts reached 30 m/s.', { value: 30, unit: 'm/s' }],
  ['He won the 100m final in Rome.', { value: 100, kind: 'measure', unit: 'm' }],
  ['The phone has 128 GB of storage.', { value: 128, unit: 'GB', subject: 'storage' }],
  ['Output rose to 9.5 million barrels per day.', { value: 9.5e6, unit: 'barrels/day' }],
  ['It was 75 °F at noon.', { value: 75, unit: 'F' }],
];

/** Ranges: bound 'range' with min and max. */
export const RANGES: Case[] = [
  ['Between 5,000 and 7,000 troops crossed.', { value: 5000, bound: 'range', min: 5000, max: 7000, unit: 'troops', qualifier: 'between' }],
  ['Some 5,000-7,000 troops crossed.', { bound: 'range', min: 5000, max: 7000, unit: 'troops' }],
  ['They sent 8,000 to 10,000 soldiers.', { bound: 'range', min: 8000, max: 10000, subject: 'soldiers' }],
  ['Iraqis have cleared 15 to 20 percent of the city.', { bound: 'range', min: 15, max: 20, kind: 'percent', subject: 'city' }],
  ['The tax will raise between 1 and 2 million pounds.', { bound: 'range', min: 1e6, max: 2e6, currency: 'GBP' }],
  ['Two or three soldiers were hurt.', { bound: 'range', min: 2, max: 3, unit: 'soldiers' }],
  ['Projects cost $5m-$7m each.', { bound: 'range', min: 5e6, max: 7e6, currency: 'USD' }],
  ['The rally drew 300-400 people.', { bound: 'range', min: 300, max: 400, unit: 'people' }],
  ['From 20 to 30 families were evicted.', { bound: 'range', min: 20, max: 30, unit: 'families' }],
  ['Temperatures of 30 to 35C are forecast.', { bound: 'range', min: 30, max: 35, unit: 'C' }],
  ['The plan costs 5 to 10 billion dollars.', { bound: 'range', min: 5e9, max: 1e10, currency: 'USD' }],
  ['They need 10-15 more days.', { bound: 'range', min: 10, max: 15 }],
];

/** Hedges before and after the number. */
export const QUALIFIERS: Case[] = [
  ['As many as 8,000 North Korean soldiers have been deployed.', { value: 8000, qualifier: 'as many as', bound: 'upper', subject: 'North Korean soldiers', unit: 'soldiers' }],
  ['Approximately 10,000 North Korean troops are in Russia.', { value: 10000, qualifier: 'approximately', bound: 'approx', subject: 'North Korean troops' }],
  ['About 6,000 military personnel took part.', { qualifier: 'about', bound: 'approx', subject: 'military personnel' }],
  ['Around 400 families returned.', { qualifier: 'around', bound: 'approx' }],
  ['Nearly 300 people were evacuated.', { qualifier: 'nearly', bound: 'upper' }],
  ['Almost 8,000 strikes have been launched.', { qualifier: 'almost', bound: 'upper', unit: 'strikes' }],
  ['Up to 50 boats were seen.', { qualifier: 'up to', bound: 'upper' }],
  ['At least 12 people were killed.', { value: 12, qualifier: 'at least', bound: 'lower', unit: 'people' }],
  ['More than 20 militants died.', { value: 20, qualifier: 'more than', bound: 'lower', unit: 'militants' }],
  ['Fewer than 100 doctors remain.', { qualifier: 'fewer than', bound: 'upper' }],
  ['Over 870 missions were flown.', { qualifier: 'over', bound: 'lower' }],
  ['Under 40 beds are free.', { qualifier: 'under', bound: 'upper' }],
  ['Some 300 civilians were trapped.', { qualifier: 'some', bound: 'approx', subject: 'civilians' }],
  ['An estimated 2,000 people live there.', { qualifier: 'an estimated', bound: 'approx' }],
  ['Roughly 90 vessels sailed.', { qualifier: 'roughly', bound: 'approx' }],
  ['Less than 5% of aid arrived.', { qualifier: 'less than', bound: 'upper', kind: 'percent' }],
  ['No more than 30 visitors are allowed.', { qualifier: 'no more than', bound: 'upper' }],
  ['Upwards of 1,000 fans waited.', { qualifier: 'upwards of', bound: 'lower' }],
  ['Just over 500 votes separated them.', { qualifier: 'just over', bound: 'lower' }],
  ['In excess of 4,000 tonnes were seized.', { qualifier: 'in excess of', bound: 'lower', unit: 't' }],
  ['100 or more people were detained.', { value: 100, qualifier: 'or more', bound: 'lower' }],
  ['The 60-plus nation coalition met.', { value: 60, qualifier: 'plus', bound: 'lower' }],
  ['Forty or so reporters attended.', { value: 40, qualifier: 'or so', bound: 'approx' }],
  ['A 40-odd strong crowd gathered.', { value: 40, bound: 'approx' }],
  ['Exactly 1,204 ballots were spoiled.', { qualifier: 'exactly', bound: 'exact' }],
  ['Close to 700 employees left.', { qualifier: 'close to', bound: 'approx' }],
  ['Well over 2,000 people came.', { qualifier: 'well over', bound: 'lower' }],
  ['As much as $4bn was wasted.', { qualifier: 'as much as', bound: 'upper', currency: 'USD' }],
  ['A maximum of 20 people may meet.', { qualifier: 'a maximum of', bound: 'upper' }],
  ['Circa 150 guests attended.', { qualifier: 'circa', bound: 'approx' }],
  ['The strikes killed a million-plus birds.', { value: 1e6, bound: 'lower' }],
  ['At most 15 judges will sit.', { qualifier: 'at most', bound: 'upper' }],
];

/** The counted noun, across modifiers. */
export const SUBJECTS: Case[] = [
  ['8,000 of them were sent to the front.', { value: 8000, subject: 'them', unit: null }],
  ['Coalition aircraft destroyed 14 ISIL tanks.', { subject: 'ISIL tanks', unit: 'tanks' }],
  ['Strikes destroyed three ISIL-held buildings.', { value: 3, subject: 'ISIL-held buildings', unit: 'buildings' }],
  ['The hospital contains 645 beds.', { subject: 'beds' }],
  ['Five strikes destroyed the bridge.', { value: 5, subject: 'strikes' }],
  ['Workers removed 16 oil tanker trucks.', { subject: 'oil tanker trucks', unit: 'trucks' }],
  ['The UK is providing an additional 125 soldiers.', { value: 125, subject: 'soldiers' }],
  ['About 300 of the prisoners escaped.', { value: 300, subject: 'prisoners' }],
  ['The airstrikes have destroyed 967 vehicle bombs.', { subject: 'vehicle bombs', unit: 'bombs' }],
  ['Some 2,000 more troops will follow.', { subject: 'more troops', unit: 'troops' }],
  ['She met 40 local business leaders.', { subject: 'local business leaders', unit: 'leaders' }],
  ['Police found 12 unexploded mortar shells.', { subject: 'unexploded mortar shells', unit: 'shells' }],
  ['About 60 regional and international nations joined.', { value: 60, unit: 'nations' }],
  ['The operation killed 139 insurgents.', { subject: 'insurgents' }],
  ['It has 700 employees across Iraq.', { subject: 'employees' }],
  ['The ward has 11 operation rooms.', { subject: 'operation rooms', unit: 'rooms' }],
  ['Israel released 90 Palestinian prisoners.', { subject: 'Palestinian prisoners', unit: 'prisoners' }],
  ['He won at least seven of the state’s delegates.', { value: 7, subject: 'state’s delegates', unit: 'delegates', bound: 'lower' }],
  ['Only 3 of the candidates qualified.', { value: 3, subject: 'candidates' }],
  ['A sniper killed five Dallas police officers.', { value: 5, subject: 'Dallas police officers', unit: 'officers' }],
  ['Six in 10 Virginia Democratic primary voters agreed.', { value: 0.6, kind: 'fraction', subject: 'Virginia Democratic primary voters' }],
];

/** Sentence-initial words, hyphenated numbers, numbers inside quotes. */
export const PLACEMENT: Case[] = [
  ['Thirty-one people were arrested.', { value: 31, unit: 'people' }],
  ['Seven airdrops were made.', { value: 7, unit: 'airdrops' }],
  ['Three Democrats voted against the bill.', { value: 3, unit: 'democrats' }],
  ['Seven Iraqis died in the blast.', { value: 7, unit: 'iraqis' }],
  ['"We lost 40 men," the officer said.', { value: 40, unit: 'men' }],
  ['He said “as many as 500 people” had left.', { value: 500, qualifier: 'as many as' }],
  ['The forty-five-minute drive was slow.', { value: 45, unit: 'minutes' }],
  ['A three-day summit ended.', { value: 3, unit: 'days' }],
  ['The 500-strong force withdrew.', { value: 500 }],
  ['Eighty percent of homes lost power.', { value: 80, kind: 'percent', subject: 'homes' }],
  ['10,000 people marched on Sunday.', { value: 10000, unit: 'people' }],
  ['One hundred pilgrims died.', { value: 100, unit: 'pilgrims' }],
  ["'Some 50 families,' she said, 'are missing.'", { value: 50, qualifier: 'some' }],
  ['The 14 tanks were destroyed.', { value: 14, unit: 'tanks' }],
  ['He filed a 100-page report.', { value: 100, text: '100-page', unit: 'page', subject: 'report' }],
  ['They fear a two-front war.', { value: 2, unit: 'front', subject: 'war' }],
  ['Navy veteran Peter Kaisen, 76, spoke first.', { value: 76, kind: 'measure', unit: 'years old' }],
];

/** Longer news sentences, one number each. */
export const NEWS: Case[] = [
  ['The ministry said 1,523 of the passengers died.', { value: 1523, subject: 'passengers' }],
  ['Officials said more than 2,000 schools in the state joined.', { value: 2000, bound: 'lower', unit: 'schools' }],
  ['The storm left 53 million people without power.', { value: 5.3e7, unit: 'people' }],
  ['The plan would raise $1.1 trillion over the decade.', { value: 1.1e12, currency: 'USD' }],
  ['Mexico buys nearly $250 billion worth of goods.', { value: 2.5e11, qualifier: 'nearly', bound: 'upper' }],
  ['The survey polled 1,001 adults by phone.', { value: 1001, subject: 'adults' }],
  ['Twenty-seven states sued the agency.', { value: 27, unit: 'states' }],
  ['Turnout among young voters fell to 19.8 per cent.', { value: 19.8, kind: 'percent' }],
  ['It has a margin of error of 3.5 percentage points.', { value: 3.5, kind: 'percentage-points' }],
  ['Growth slowed to 1.6 percent, the IMF said.', { value: 1.6, kind: 'percent' }],
  ['A couple dozen bankers made the decision.', { value: 24, bound: 'approx', unit: 'bankers' }],
  ['The court fined the bank 4.5 billion dollars.', { value: 4.5e9, currency: 'USD' }],
  ['Rescue teams pulled 70 people from the rubble.', { value: 70, unit: 'people' }],
  ['Police estimated the crowd at 250,000.', { value: 250000 }],
  ['The army said it had killed 139 insurgents and wounded others.', { value: 139, unit: 'insurgents' }],
  ['Inflation in Turkey hit 85.5% in October.', { value: 85.5, kind: 'percent' }],
  ['The vaccine was 95 percent effective.', { value: 95, kind: 'percent' }],
  ['He served 27 years in prison.', { value: 27, unit: 'years' }],
  ['The EU approved a €750bn recovery fund.', { value: 7.5e11, currency: 'EUR' }],
  ['The charity fed more than 40,000 civilians besieged in the city.', { value: 40000, unit: 'civilians' }],
  ['Japan will spend ¥43 trillion on defence.', { value: 4.3e13, currency: 'JPY' }],
  ['Officials confirmed 3,412 new cases on Tuesday.', { value: 3412, subject: 'new cases', unit: 'cases' }],
  ['Britain will send 14 Challenger tanks.', { value: 14, unit: 'tanks' }],
  ['Nearly half of Americans disapprove.', { value: 0.5, kind: 'fraction', qualifier: 'nearly', subject: 'Americans' }],
  ['The quake killed at least 2,900 people.', { value: 2900, qualifier: 'at least', bound: 'lower', unit: 'people' }],
];

/** Every positive table, by family. */
export const FAMILIES: Record<string, Case[]> = {
  digits: DIGITS, scales: SCALES, words: WORDS, money: MONEY, percent: PERCENT, fractions: FRACTIONS,
  measures: MEASURES, ranges: RANGES, qualifiers: QUALIFIERS, subjects: SUBJECTS, placement: PLACEMENT, news: NEWS,
};
