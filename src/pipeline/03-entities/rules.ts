/**
 * What a chunk names: an ordered table of rules, each `{ id, example, when, then }`;
 * the first that fires decides. Word lists live in src/lexicon/. A rule may cut the
 * chunk and classify what is left (`retry`), or split it in two.
 */
import type { Doc, EntityType, Token, TokenRange, Typed } from '../doc.js';
import { isKnownWord, isListedNameWord, lexiconTags } from '../known-words.js';
import { sportsReport } from '../packs/sports/results.js';
import type { RuleId } from '../rule-ids.js';
import { firstRule, type Rule, rule } from '../rules.js';
import { isPlaceHyphenParticle } from './chunks.js';
import { CLOSES_QUOTATION, has, hasAny, isAllCaps, isCapitalized, isFunctionWord, isPossessive as isPossessiveToken, joinedByHyphen, joinedBySpace, keyOf, OPENS_QUOTATION, quotationEnd, rangeKey, stripPossessive } from '../tokens.js';
import { type EntityLexicon, isBodyOrPlaceWord, isLowerParticle, placeKind } from './lexicon.js';
import { afterPlaceCue, hasPlaceArticle, isStateCode, isCompassPlace, isPlaceHead, isPlacePrefix, placeCue } from './place-shapes.js';
import { isAcronymPlural, isAmount, isCamelCase, isCapsSentence, isGenerationalSuffix, isModelCode, isSurnameShape } from './shapes.js';
import { titleKey } from './titles.js';

/** What the entity rules work on: the document and the lexicon. */
export interface EntityEnv {
  doc: Doc;
  tokens: readonly Token[];
  text: string;
  lex: EntityLexicon;
}

/** What a chunk rule sees. */
export interface ChunkContext extends EntityEnv {
  c: TokenRange;
  role: string | undefined;
  /** Lower-case text, possessive stripped ("korean peninsula"). */
  key: string;
  /** The words as written, possessive stripped ("Korean Peninsula"). */
  written: string;
  /** Number of tokens. */
  n: number;
  firstKey: string;
  /** The last word's key without periods ("S.A." → "sa": company forms are listed without them). */
  lastKey: string;
}

/** A rule's outcome: the typed mentions, or a shorter chunk to classify instead. */
export type Verdict = Typed[] | { retry: TokenRange };

const typed = (c: TokenRange, type: EntityType | null, strong: boolean, rule: RuleId, extra: Partial<Typed> = {}): Typed => ({
  first: c.first,
  end: c.end,
  type,
  strong,
  rule,
  ...extra,
});

const lastToken = (x: ChunkContext): Token => x.tokens[x.c.end - 1]!;
const firstToken = (x: ChunkContext): Token => x.tokens[x.c.first]!;
/** The word right before the run, in its sentence, spaces alone between them ("the $1,000 X", "the film X", "25 CUC"). */
const wordBefore = (x: ChunkContext): Token | undefined => {
  const before = x.tokens[x.c.first - 1];
  return before && before.sentence === firstToken(x).sentence && /^ +$/.test(before.post) ? before : undefined;
};
/** A surname, read by compromise or after a given name. */
const lastIsSurname = (x: ChunkContext): boolean => hasAny(lastToken(x), ['Person', 'LastName']);
/** ... or one of the census's frequent surnames that closes no body's name and follows no compass word ("Austin Butler"; not "Denver Post", "West Ham"). Team nicknames keep the narrow test: "Atlanta Hawks". */
const lastIsAnySurname = (x: ChunkContext): boolean => lastIsSurname(x) || (x.lex.surnames.has(x.lastKey) && !x.lex.orgSuffixes.has(x.lastKey) && !x.lex.compassWords.has(x.firstKey));
/** "Warren Buffett", "Milan Kucan": two words, the last a plain capitalised word that is no dictionary word, plural, place or demonym (after a given name that is also a town, a surname; "Elizabeth II" too; not "London Irish", "West Hartlepool", "Chicago PMI"). */
const unknownSurname = (x: ChunkContext): boolean =>
  (x.n === 2 && isGenerationalSuffix(lastToken(x).text)) || x.n === 2 && /^\p{Lu}\p{Ll}+$/u.test(lastToken(x).text) && !isKnownWord(x.lastKey) && !/s$/.test(x.lastKey) && !placeKind(x.lex, x.lastKey) &&
  !x.lex.demonyms.has(x.lastKey) && !x.lex.compassWords.has(x.firstKey);
/** Every word but the last is a known place ("Chicago Cubs", "San Francisco Fed"). */
const prefixIsPlace = (x: ChunkContext): boolean => x.n >= 2 && !!placeKind(x.lex, rangeKey(x.text, x.tokens, x.c.first, x.c.end - 1));

/** Kinds of known place that, after another place, name a region of it (a country does not: "Toyota Australia"). */
const REGION_KINDS: ReadonlySet<string | null> = new Set(['region', 'city']);

/** The classification rules, in order. */
export const CHUNK_RULES: readonly Rule<ChunkContext, Verdict>[] = [
  // "the film Gilmore Girls", "a pilot titled Young MacGyver": a work's title is no name of a person, body or place.
  rule({ id: 'work-title', example: 'He starred in the film Varko Nights.', when: (x: ChunkContext) => afterWorkNoun(x), then: (x) => [typed(x.c, null, true, 'work-title')] }),
  // "back to the Kremlin", "in the White House": a seat of power after a place preposition is the place (it acts as a body elsewhere).
  rule({
    id: 'seat-place',
    example: 'He returned to the Kremlin on Thursday.',
    when: (x: ChunkContext) => x.lex.seatsOfPower.has(x.written) && afterPlacePreposition(x),
    then: (x) => [typed(x.c, 'place', true, 'seat-place', { kind: 'other' })],
  }),
  // "Peter the Great", "Constantine the Great": a name, "the" and an epithet name a person (the chunker joins them).
  rule({
    id: 'epithet-name',
    example: 'The city was founded by Varkos the Great.',
    when: (x: ChunkContext) => x.n === 3 && x.tokens[x.c.first + 1]!.normal === 'the' && x.lex.nameEpithets.has(x.lastKey),
    then: (x) => [typed(x.c, 'person', true, 'epithet-name')],
  }),
  // ("Nato", "Opec", "Tass": a listed acronym of four letters or more as British and Reuters style writes it, when that is no word or given name)
  rule({ id: 'org-list', example: 'Yonhap reported the talks.', when: (x: ChunkContext) => x.lex.orgs.has(x.written) || isTitledAcronym(x), then: (x) => [typed(x.c, 'organization', true, 'org-list')] }),
  rule({
    id: 'place-list',
    example: 'They met in South Korea.',
    when: (x: ChunkContext) => {
      const kind = placeKind(x.lex, x.key);
      return kind && (!x.role || kind === 'country') ? kind : null;
    },
    then: (x, kind) => [typed(x.c, 'place', true, 'place-list', { kind })],
  }),
  // "Allentown, Pa., with", "Lees Summit, Mo.": a state's AP abbreviation after a town and a comma, its period read apart from it.
  rule({
    id: 'state-abbreviation',
    example: 'He lives in Allentown, Pa., with his wife.',
    when: (x: ChunkContext) => x.n === 1 && /^\./.test(lastToken(x).post) && placeKind(x.lex, `${x.key}.`) === 'region' && afterTownComma(x),
    then: (x) => [typed(x.c, 'place', true, 'state-abbreviation', { kind: 'region' })],
  }),
  // "North Korean troops", "British Prime Minister": a demonym is no place.
  rule({ id: 'place-people', example: 'Many New Yorkers stayed home.', when: (x: ChunkContext) => isPlacePeople(x), then: () => [] }),
  rule({ id: 'demonym-only', example: 'North Korean troops arrived.', when: (x: ChunkContext) => demonymLength(x) === x.n, then: () => [] }),
  // "British Labour Party", "Iraqi News Agency": the demonym belongs to the name.
  rule({
    id: 'demonym-org',
    example: 'The Iraqi News Agency said so.',
    when: (x: ChunkContext) => demonymLength(x) > 0 && x.lex.orgSuffixes.has(keyOf(lastToken(x))),
    then: (x) => [typed(x.c, 'organization', true, 'demonym-org')],
  }),
  // "the British Museum", "the Indian Ocean": a demonym opening a place's name with a place word at its end.
  rule({
    id: 'demonym-place',
    example: 'They toured the British Museum.',
    when: (x: ChunkContext) => demonymPlace(x),
    then: (x) => [typed(x.c, 'place', true, 'demonym-place', { kind: 'other' })],
  }),
  rule({
    id: 'demonym-strip',
    example: 'He met Iraqi Ali Hassan.',
    when: (x: ChunkContext) => demonymLength(x) || null,
    then: (x, dem) => ({ retry: { first: x.c.first + dem, end: x.c.end } }),
  }),
  // "Valentine's Day", "New Year's Eve": a possessive and a day word name a holiday, neither a person.
  rule({ id: 'holiday', example: "They met on Valentine's Day in Paris.", when: (x: ChunkContext) => isHolidayPart(x), then: (x) => [typed(x.c, null, true, 'holiday')] }),
  // "issue ADRs", "Three MPs resigned", "VBIEDs": an acronym in the plural counts things, it names none.
  rule({ id: 'acronym-plural', example: 'Gazprom would issue ADRs next year.', when: (x: ChunkContext) => x.n === 1 && isAcronymPlural(firstToken(x).text), then: (x) => [typed(x.c, null, true, 'acronym-plural')] }),
  // "in May and June", "for June", "that August is showing": a month alone names no one (compromise reads some as given names; "May" is left to it).
  rule({ id: 'month-alone', example: 'Final figures for June were higher.', when: (x: ChunkContext) => x.n === 1 && x.key.length > 3 && x.lex.numbersMonths.has(x.key) && !has(firstToken(x), 'Modal'), then: () => [] }),
  // "Joseph R. Biden, Jr.": a generational suffix after a comma is no name of its own.
  rule({ id: 'generational-alone', example: 'Joseph R. Biden, Jr., spoke.', when: (x: ChunkContext) => x.n === 1 && isGenerationalSuffix(x.key), then: () => [] }),
  // "the Foreign Secretary", "the Mayor": a capitalised title after "the" refers to the one holder of the office.
  rule({
    id: 'title-reference',
    example: 'Later the Foreign Secretary met him.',
    when: (x: ChunkContext) => x.lex.titles.has(x.key) && !x.lex.titleAffiliations.has(x.key) && /^the$/i.test(x.tokens[x.c.first - 1]?.text ?? '') && /^ $/.test(x.tokens[x.c.first - 1]!.post),
    then: (x) => [typed(x.c, 'person', false, 'title-reference')],
  }),
  // "Foreign Minister" with no name after it.
  rule({ id: 'title-alone', example: 'Their Foreign Minister arrived.', when: (x: ChunkContext) => x.lex.titles.has(titleKey(x.key, x.lex)), then: () => [] }),
  // "Information Ministry Director", "U.S. Congressman": a title after a name is no part of it.
  rule({
    id: 'trailing-title',
    example: 'The Information Ministry Director spoke.',
    when: (x: ChunkContext) => trailingTitle(x) || null,
    then: (x, titled) => ({ retry: { first: x.c.first, end: x.c.end - titled } }),
  }),
  // "Tulsa, OK", "Coffeyville, KS": a US state's postal code after a town and a comma.
  rule({
    id: 'state-code',
    example: 'They drove to Coffeyville, KS on Monday.',
    when: (x: ChunkContext) => x.n === 1 && isStateCode(firstToken(x), x.lex) && afterTownComma(x),
    then: (x) => [typed(x.c, 'place', false, 'state-code', { kind: 'region' })],
  }),
  // "Inc.", "Ltd" split from a company by a line or a list: a company form alone names nothing ("CO" in capitals may be Colorado).
  rule({ id: 'company-form-alone', example: 'The results of Varkov Holdings, and Inc. figures, came out.', when: (x: ChunkContext) => x.n === 1 && x.lex.orgCommaForms.has(x.lastKey) && !isAllCaps(firstToken(x)), then: (x) => [typed(x.c, null, true, 'company-form-alone')] }),
  // "the BAFTA Award for Best Actress", "a UNESCO World Heritage Site": the acronym names the body that gives the honour.
  rule({ id: 'acronym-honour', example: 'She won a BAFTA Award in 1996.', when: (x: ChunkContext) => x.n >= 2 && honourAfterAcronym(x), then: (x) => splitHonour(x) }),
  // "Hurricane Edouard", "Tropical Storm Arlene": a storm is no person ("the National Hurricane Center" is a body).
  rule({ id: 'storm-name', example: 'Hurricane Varko grew stronger on Saturday.', when: (x: ChunkContext) => stormHeadLength(x) || null, then: (x, head) => [typed({ first: x.c.first + head, end: x.c.end }, null, true, 'storm-name')] }),
  // "Security Council Resolution 2334", "Senate Intelligence Committee Report": a body's name, then a
  // document or event word, is the body's name and a title that names no entity of ours.
  rule({ id: 'org-then-misc', example: 'They cited Security Council Resolution 2334 again.', when: (x: ChunkContext) => orgBeforeMiscEnding(x) || null, then: (x, end) => [typed({ first: x.c.first, end }, 'organization', false, 'org-then-misc'), typed({ first: end, end: x.c.end }, null, true, 'org-then-misc')] }),
  // "World Cup", "U.S. Open", "Operation Desert Storm": events and awards are no entity of ours.
  rule({
    id: 'misc-name',
    example: 'They won the World Cup.',
    when: (x: ChunkContext) => (x.n >= 2 && (miscEnding(x) || x.lex.miscHeads.has(x.firstKey))) || afterMiscHead(x),
    then: () => [],
  }),
  // "K. Spiring": an initial before a capitalised word.
  rule({ id: 'initial', example: 'K. Spiring scored twice.', when: (x: ChunkContext) => x.n >= 2 && /^[A-Z]\.?$/.test(firstToken(x).text), then: (x) => [typed(x.c, 'person', true, 'initial')] }),
  // "Weston-super-Mare", "Bourg-la-Reine": one hyphened word with a place's particle inside names a place, not a person.
  rule({
    id: 'hyphen-place-name',
    example: 'He was born in Varcy-le-Bourg in 1811.',
    when: (x: ChunkContext) => isHyphenPlaceName(x),
    then: (x) => [typed(x.c, 'place', true, 'hyphen-place-name', { kind: 'city' })],
  }),
  // "Mexico City", "New York City": a known place and a settlement word is the place (a team only in sports reports).
  rule({
    id: 'place-city',
    example: 'They flew to New York City.',
    when: (x: ChunkContext) => x.lex.placeSettlementHeads.has(x.lastKey) && prefixIsPlace(x),
    then: (x) => [typed(x.c, 'place', true, 'place-city', { kind: 'city' })],
  }),
  // "Sun City", "Bergen County": a settlement or county word ends a place's name, outside a team sports report ("Derby County 2").
  rule({
    id: 'settlement-name',
    example: 'They retired to Varko City in Arizona.',
    when: (x: ChunkContext) => x.n >= 2 && x.lex.placeSettlementHeads.has(x.lastKey) && sportsReport(x.text) !== 'team',
    then: (x) => [typed(x.c, 'place', true, 'settlement-name', { kind: 'city' })],
  }),
  // "the Tax Policy Center", "Pew Research Center": a research or policy centre is a body, not a building.
  rule({
    id: 'org-facility',
    example: 'Analysts at the Zorvat Policy Center disagreed.',
    when: (x: ChunkContext) => x.n >= 2 && !!x.lex.orgFacilities.get(x.tokens[x.c.end - 2]!.normal)?.has(x.lastKey),
    then: (x) => [typed(x.c, 'organization', true, 'org-facility')],
  }),
  // "Kursk Oblast", "Hebei Province".
  // (not after a lower-case particle, which makes it a surname: "Stéphanie Poterin du Motel")
  rule({ id: 'place-suffix', example: 'Troops entered Talaat Province.', when: (x: ChunkContext) => x.n >= 2 && x.lex.placeSuffixes.has(x.lastKey) && !orgBeforeJoiner(x) && !afterLowerParticle(x), then: (x) => [typed(x.c, 'place', true, 'place-suffix', { kind: 'region' })] }),
  // "the Clinton White House", "the Obama State Department": a listed organisation closing the run.
  rule({ id: 'org-list-closing', example: 'A spokesman for the Clinton White House declined.', when: (x: ChunkContext) => orgClosing(x), then: (x, k) => splitAtOrg(x, k) }),
  // "Speaker of the House Newt Gingrich": the body, then the person with the whole title.
  rule({ id: 'title-of', example: 'Speaker of the House Paul Ryan spoke.', when: (x: ChunkContext) => (x.n >= 3 ? splitOfTitle(x) : null), then: (_x, split) => split }),
  // "Daewoo Corp", "Yonhap News Agency", "Bank of England", "Group of Seven", "the First Congress of the United States".
  rule({
    id: 'org-cue',
    example: 'Shares in Daewoo Corp rose.',
    when: (x: ChunkContext) => x.n >= 2 && (x.lex.orgSuffixes.has(x.lastKey) || x.lex.orgHeads.has(x.firstKey) || placeThenOrgHead(x) || orgBeforeJoiner(x)),
    then: (x) => [typed(withOrdinal(x.tokens, x.c), 'organization', true, 'org-cue')],
  }),
  // "5th Fleet", "3rd Battalion": an ordinal and a unit word.
  rule({
    id: 'unit-ordinal',
    example: 'The 5th Fleet sailed.',
    when: (x: ChunkContext) => x.n === 1 && x.lex.orgSuffixes.has(x.lastKey) && withOrdinal(x.tokens, x.c) !== x.c,
    then: (x) => [typed(withOrdinal(x.tokens, x.c), 'organization', true, 'unit-ordinal')],
  }),
  // "42nd Street", "10th Avenue": a numbered street is a place with its ordinal.
  rule({
    id: 'street-ordinal',
    example: 'The store at 42nd Street closed.',
    when: (x: ChunkContext) => x.n === 1 && x.lex.placeSuffixes.has(x.lastKey) && withOrdinal(x.tokens, x.c) !== x.c,
    then: (x) => [typed(withOrdinal(x.tokens, x.c), 'place', true, 'street-ordinal', { kind: 'other' })],
  }),
  // "the Coalition", "this Court": an institution noun capitalised after an article names one body.
  rule({
    id: 'institution-alone',
    example: 'He appealed to the Court again.',
    when: (x: ChunkContext) => x.n === 1 && x.lex.orgAlone.has(x.key) && /^(?:the|this)$/i.test(x.tokens[x.c.first - 1]?.text ?? '') && /^ $/.test(x.tokens[x.c.first - 1]!.post),
    then: (x) => [typed(x.c, 'organization', true, 'institution-alone')],
  }),
  // "in the Northeast", "the Mideast": a compass point written alone with a capital inside a sentence names a region.
  rule({
    id: 'compass-alone',
    example: 'Storms hit the Northeast on Monday.',
    when: (x: ChunkContext) => x.n === 1 && x.lex.compassPoints.has(x.key) && !isAllCaps(firstToken(x)) && x.tokens[x.c.first - 1]?.sentence === firstToken(x).sentence,
    then: (x) => [typed(x.c, 'place', true, 'compass-alone', { kind: 'region' })],
  }),
  // Place shapes: "Northern Iraq", "Gulf of Oman", "Lake Tharthar", "Dayr Az Zawr".
  rule({ id: 'compass-place', example: 'Fighting in Northern Iraq went on.', when: (x: ChunkContext) => isCompassPlace(x.tokens, x.c, x.lex, x.key), then: (x) => [typed(x.c, 'place', true, 'compass-place', { kind: 'region' })] }),
  rule({ id: 'place-head', example: 'Ships in the Gulf of Oman.', when: (x: ChunkContext) => isPlaceHead(x.tokens, x.c, x.lex), then: (x) => [typed(x.c, 'place', true, 'place-head', { kind: 'region' })] }),
  rule({ id: 'place-prefix', example: 'Near Lake Tharthar they camped.', when: (x: ChunkContext) => isPlacePrefix(x.tokens, x.c, x.lex), then: (x) => [typed(x.c, 'place', true, 'place-prefix', { kind: 'region' })] }),
  // ("Ash Carter": an article form that is also a given name, before a listed surname, opens a person's name)
  rule({ id: 'place-article', example: 'Strikes hit Wadi Barada.', when: (x: ChunkContext) => hasPlaceArticle(x.tokens, x.c, x.lex) && !(x.n === 2 && x.lex.givenNames.has(x.firstKey) && lastIsSurname(x)), then: (x) => [typed(x.c, 'place', true, 'place-article', { kind: 'region' })] }),
  // "the U.S. Roman Catholic archdiocese", "the U.S. Muslim community": a known place, then a demonym (no name).
  rule({ id: 'place-then-demonym', example: 'The U.S. Roman Catholic bishops met.', when: (x: ChunkContext) => placeBeforeDemonym(x), then: (_x, place) => [place] }),
  // "Middle East Tobias Ellwood" (a run glued across a line break): a known place, then a person.
  rule({ id: 'place-then-person', example: 'Middle East Tobias Ellwood said.', when: (x: ChunkContext) => splitPlacePerson(x), then: (_x, split) => split }),
  // "Moscow-Pyongyang": two places.
  rule({ id: 'hyphen-places', example: 'The Moscow-Pyongyang axis.', when: (x: ChunkContext) => splitHyphenated(x), then: (_x, split) => split }),
  // "Foreign Minister Cho Tae-yul": a title makes a person.
  rule({ id: 'title', example: 'Foreign Minister Cho Tae-yul met him.', when: (x: ChunkContext) => x.role, then: (x, role) => [typed(x.c, 'person', true, 'title', { role })] }),
  // "Jordan Henderson", "Chad Varkov": a country that is a given name too, before a surname, opens a person's name (given-name-countries.txt).
  rule({
    id: 'country-given-name',
    example: 'Jordan Varkosi scored twice.',
    when: (x: ChunkContext) => x.n === 2 && x.lex.givenNameCountries.has(x.firstKey) && isSurnameShape(lastToken(x)) && !isPlaceOnly(x.lex, x.lastKey) && !x.lex.orgSuffixes.has(x.lastKey),
    then: (x) => [typed(x.c, 'person', true, 'country-given-name')],
  }),
  // "Chicago Cubs", "San Diego Padres": a place (not also a given name) and a capitalised plural nickname.
  rule({
    id: 'team-nickname',
    example: 'The Chicago Cubs won.',
    when: (x: ChunkContext) => prefixIsPlace(x) && /[a-z]s$/.test(lastToken(x).text) && !placeKind(x.lex, x.lastKey) && (x.n > 2 || !lastIsSurname(x)),
    then: (x) => [typed(x.c, 'organization', true, 'team-nickname')],
  }),
  // "San Francisco Fed", "Paris St Germain": a place and a word that is no surname.
  // "a Virginia Democrat", "the Texas Republican": a party member described by the place they represent; only the place is a name.
  rule({
    id: 'place-party-member',
    example: 'Mark Warner, a Virginia Democrat, spoke.',
    when: (x: ChunkContext) => prefixIsPlace(x) && x.lex.partyMembers.has(x.lastKey),
    then: (x) => [typed({ first: x.c.first, end: x.c.end - 1 }, 'place', true, 'place-party-member', { kind: placeKind(x.lex, rangeKey(x.text, x.tokens, x.c.first, x.c.end - 1)) ?? 'other' })],
  }),
  // "India RBI", "Brazil CVRD", "Israel-PLO talks", "France-Juppe": a known place, then an acronym or a hyphen, is a place before another name, not one organisation.
  rule({ id: 'place-then-rest', example: 'Shares of Brazil CVRD rose.', when: (x: ChunkContext) => splitPlaceRest(x), then: (_x, split) => split }),
  // "U.S. Midwest", "the Pacific Northwest", "the U.S. Gulf": a known place, then a known region, town or compass word, names a region of it (before a country: "Toyota Australia" is a company).
  rule({
    id: 'place-region',
    example: 'Rain fell across the U.S. Midwest.',
    when: (x: ChunkContext) => prefixIsPlace(x) && (REGION_KINDS.has(placeKind(x.lex, x.lastKey)) || x.lex.compassWords.has(x.lastKey)) && !joinedByHyphen(x.tokens[x.c.end - 2]!, lastToken(x)),
    then: (x) => [typed(x.c, 'place', true, 'place-region', { kind: 'region' })],
  }),
  rule({ id: 'place-inside', example: 'The San Francisco Fed said.', when: (x: ChunkContext) => prefixIsPlace(x) && !lastIsAnySurname(x) && !(x.lex.givenNames.has(x.firstKey) && unknownSurname(x)), then: (x) => [typed(x.c, 'organization', false, 'place-inside')] }),
  // "Seven Iraqis", "Some Palestinians": a plural demonym ends no name.
  rule({ id: 'plural-demonym', example: 'Chaldean Iraqis protested.', when: (x: ChunkContext) => x.n >= 2 && x.lastKey.endsWith('s') && x.lex.demonyms.has(x.lastKey.slice(0, -1)), then: () => [] }),
  // "Douglas & Lomason", "Procter & Gamble".
  rule({
    id: 'ampersand',
    example: 'Shares of Procter & Gamble rose.',
    when: (x: ChunkContext) => x.n >= 3 && x.tokens.slice(x.c.first, x.c.end - 1).some((t) => t.text === '&'),
    // ("Tempe & Mesa": two listed places joined by "&" are two places)
    then: (x) => placesAroundAmpersand(x) ?? [typed(x.c, 'organization', true, 'ampersand')],
  }),
  // "Tor Browser", "an AMD Polaris GPU": a last word for a kind of device or software names a product, which is no entity.
  rule({ id: 'product-head', example: 'Install the Varko Browser today.', when: (x: ChunkContext) => x.n >= 2 && x.lex.productHeads.has(x.lastKey), then: (x) => [typed(x.c, null, true, 'product-head')] }),
  // 'the $1,000 Meta Quest Pro': a price right before a run names a thing for sale; no person or organisation costs money.
  rule({ id: 'priced-thing', example: 'The $1,000 Kestrel Vue Pro has a sharper screen.', when: (x: ChunkContext) => isPriced(x), then: (x) => [typed(x.c, null, true, 'priced-thing')] }),
  // '"Super Mario Run" will launch', '"Gears of War" sold well': a quotation of capitalised words alone is a work's title (the list, cue and place-head rules above have had their say: "Muskogee Turnpike").
  rule({ id: 'quoted-title', example: 'The game "Super Tomas Run" will launch in December.', when: (x: ChunkContext) => isQuotedTitle(x), then: (x) => [typed(x.c, null, true, 'quoted-title')] }),
  // "near Tal Afar": a place preposition beats a given-name reading compromise does not share.
  rule({
    id: 'place-cue-given',
    example: 'Fighting near Tal Afar went on.',
    when: (x: ChunkContext) => afterPlaceCue(x.tokens, x.c, x.lex) && x.lex.givenNames.has(x.firstKey) && !has(firstToken(x), 'FirstName'),
    then: (x) => [typed(x.c, 'place', false, 'place-cue-given', { kind: 'other' })],
  }),
  // "Unseeded Patrick Rafter won", "Regrettably Jimmy Nicholl has left": a describing word opening the sentence before a given name is no part of the name.
  rule({
    id: 'describing-opener',
    example: 'Unseeded Patrick Karvosi won in straight sets.',
    when: (x: ChunkContext) => x.n >= 3 && describingOpener(x),
    then: (x) => ({ retry: { first: x.c.first + 1, end: x.c.end } }),
  }),
  // "Omar Hassan Ahmad al-Bashir", "Sajida Mubarak Atrous al-Rishawi": a long name held together by a lower-case particle.
  rule({
    id: 'particle-name',
    example: 'Omar Hassan Ahmad al-Varkosi visited Cairo.',
    when: (x: ChunkContext) => isParticleName(x),
    then: (x) => [typed(x.c, 'person', true, 'particle-name')],
  }),
  // "Phil Simmons": a known given name and more; one that is also a place ("Chicago") needs a surname.
  rule({
    id: 'given-name',
    example: 'Phil Simmons said.',
    when: (x: ChunkContext) => {
      const firstIsPlace = !!placeKind(x.lex, x.firstKey) && !has(firstToken(x), 'FirstName');
      return x.n >= 2 && x.n <= 4 && x.lex.givenNames.has(x.firstKey) && !isAllCaps(firstToken(x)) && (!firstIsPlace || lastIsAnySurname(x) || unknownSurname(x));
    },
    then: (x) => [typed(x.c, 'person', true, 'given-name')],
  }),
  // No list or cue decided: compromise's tags, then the shape.
  // "Dynamo Moscow", "Air France", "Chicago Board of Trade": a place plus other words.
  // "Fertile Ukraine", "Classical Greece", "post-Soviet Russia": an ordinary adjective before a known place describes it.
  rule({
    id: 'adjective-place',
    example: 'Wealthy Ukraine faces a drought.',
    // (not in a sports report, where "Rapid Vienna", "Standard Liege" are sides)
    when: (x: ChunkContext) => x.n >= 2 && describedPlace(x) && sportsReport(x.text) !== 'team',
    then: (x) => ({ retry: { first: x.c.first + 1, end: x.c.end } }),
  }),
  // "Ray Durham": a given name, then a surname or a town's name that is a surname too, name a person, though a word is a place; "Inter Milan", "Air France" do not.
  rule({ id: 'given-name-town', example: 'Ray Durham had two hits.', when: (x: ChunkContext) => x.n === 2 && hasPlaceWord(x) && givenBeforeTown(x), then: (x) => [typed(x.c, 'person', false, 'given-name-town')] }),
  rule({ id: 'place-word-inside', example: 'Dynamo Moscow lost.', when: (x: ChunkContext) => x.n >= 2 && hasPlaceWord(x), then: (x) => [typed(x.c, 'organization', false, 'place-word-inside')] }),
  rule({ id: 'place-cue', example: 'Clashes around Kobane went on.', when: (x: ChunkContext) => afterPlaceCue(x.tokens, x.c, x.lex), then: (x) => [typed(x.c, 'place', false, 'place-cue', { kind: 'other' })] }),
  // "Lesson #1 about Uber", "Rule #2": an ordinary word before a number marked "#" labels an item of a list.
  rule({
    id: 'hash-label',
    example: 'Lesson #1 is that rules matter.',
    // (not a surname compromise lists: "Jones #4 scored")
    when: (x: ChunkContext) => x.n === 1 && /^#\d{1,3}$/.test(x.tokens[x.c.end]?.text ?? '') && /^ +$/.test(firstToken(x).post) && isOrdinaryNoName(x.key),
    then: (x) => [typed(x.c, null, false, 'hash-label')],
  }),
  // "IRA", "ANC": compromise reads some acronyms as people; an acronym names a body.
  rule({
    id: 'acronym-not-person',
    example: 'The IRA said.',
    when: (x: ChunkContext) => x.n === 1 && isAllCaps(firstToken(x)) && votes(x).person > 0 && votes(x).place === 0,
    then: (x) => [typed(x.c, 'organization', false, 'acronym-not-person')],
  }),
  rule({
    id: 'compromise',
    example: 'He flew from Heathrow to Gatwick.',
    when: (x: ChunkContext) => {
      const v = votes(x);
      const best = (Object.keys(v) as EntityType[]).sort((a, b) => v[b] - v[a])[0]!;
      // ("The Brent crude market", "the Stuart restoration": no person after an article)
      return v[best] > 0 && !(best === 'person' && afterDefiniteArticle(x)) ? best : null;
    },
    then: (x, best) => [typed(x.c, best, false, 'compromise', best === 'place' ? { kind: 'other' } : {})],
  }),
  // "25 CUC", "450 DKK", "an 84 MW station": a code in capitals right after a count is a unit or a currency.
  rule({
    id: 'unit-code',
    example: 'A visa costs 25 CUC at the border.',
    when: (x: ChunkContext) => x.n === 1 && isAllCaps(firstToken(x)) && afterCount(x),
    then: (x) => [typed(x.c, null, false, 'unit-code')],
  }),
  // "under Factor 1", "at Tab 3", "a Chapter 11 filing": an ordinary word before a small number labels a part.
  rule({
    id: 'numbered-label',
    example: 'It is in the book at Tab 3.',
    when: (x: ChunkContext) => x.n === 1 && beforeLabelNumber(x) && isKnownWord(keyOf(firstToken(x))) && !hasAny(firstToken(x), NAME_TAGS),
    then: (x) => [typed(x.c, null, false, 'numbered-label')],
  }),
  // "the PS4", "WW2", "an AK47", "the LGP-30": capitals with digits code a model, a product or an index, not a body.
  rule({ id: 'model-code', example: 'He bought a PS4 last year.', when: (x: ChunkContext) => x.n <= 2 && !/\s/.test(x.written) && isModelCode(x.written), then: (x) => [typed(x.c, null, true, 'model-code')] }),
  // "a CD-ROM drive", "TV-AM": a capital run hyphened to a common acronym before it is the second half of one common word.
  rule({ id: 'acronym-compound', example: 'The CD-ROM drive failed.', when: (x: ChunkContext) => x.n === 1 && afterCommonAcronym(x), then: (x) => [typed(x.c, null, true, 'acronym-compound')] }),
  // "NATO"-like acronyms standing alone are most often organisations; "FILING", "DELIVERY":
  // an English word in capitals is a form's label, not an acronym.
  rule({
    id: 'acronym',
    example: 'The FLN said.',
    when: (x: ChunkContext) => {
      return x.n === 1 && isLoneAcronym(firstToken(x));
    },
    then: (x) => [typed(x.c, 'organization', false, 'acronym')],
  }),
  // "the AFL-CIO", "CJTF-OIR": two acronyms joined by a hyphen name one body, unless either is a
  // common acronym ("HIV-AIDS", "CD-ROM"). (Sentences in capitals never reach this table.)
  rule({
    id: 'acronym-pair',
    example: 'The AFL-CIO endorsed him.',
    when: (x: ChunkContext) => x.n === 2 && isAcronymPair(x),
    then: (x) => [typed(x.c, 'organization', false, 'acronym-pair')],
  }),
  // "Cultural Revolution", "Grand Slam", "All Blacks": ordinary words only are no person's name.
  rule({
    id: 'common-plural',
    example: 'The All Blacks won.',
    // (not a line of its own: "Flight Checks" is a subheading)
    // (nor a number word's group: "the Five Nations", "the Ten Commandments")
    when: (x: ChunkContext) => shortRun(x) && /[a-z]s$/.test(lastToken(x).text) && allCommonWords(x) && !isWholeLine(x) && pluralNamesABody(x) && !x.lex.numbersCardinals.has(x.firstKey),
    then: (x) => [typed(x.c, 'organization', false, 'common-plural')],
  }),
  // (not a run opening a line of figures: "Crystal Palace 4 1 2 1" is a side in a table)
  rule({ id: 'common-words', example: 'They won the Grand Slam.', when: (x: ChunkContext) => shortRun(x) && allCommonWords(x) && !opensFigures(x), then: (x) => [typed(x.c, null, false, 'common-words')] }),
  // "Le Monde", "El Al": a definite article opening an unlisted name marks a title, a firm or a paper.
  rule({ id: 'article-name', example: 'It told Le Monde.', when: (x: ChunkContext) => shortRun(x) && x.lex.nameArticles.has(x.firstKey), then: (x) => [typed(x.c, 'organization', false, 'article-name')] }),
  // "Regional Initiative", "East Transponder", "Arabic-language": word shapes no one's name has.
  rule({ id: 'non-name-word', example: 'The Zorvat Initiative began.', when: (x: ChunkContext) => shortRun(x) && hasNonNameWord(x), then: (x) => [typed(x.c, null, false, 'non-name-word')] }),
  // "Xbox One X", "Planet Earth II", "Model 3": a number word, a lone capital letter or digits make a model's name, not a person's.
  rule({ id: 'model-shape', example: 'They sold the Varko One X.', when: (x: ChunkContext) => shortRun(x) && hasModelWord(x), then: (x) => [typed(x.c, null, false, 'model-shape')] }),
  // "games like Forza Motorsport 7", "a Galaxy Note 9": a small number right after a run inside a sentence numbers a model or a sequel.
  rule({ id: 'model-number', example: 'She played games like Varko Racer 7 all week.', when: (x: ChunkContext) => shortRun(x) && numberedAfterWord(x), then: (x) => [typed(x.c, null, false, 'model-number')] }),
  // "Internet Startup", "Paramount Pictures", "Status Weekly": a person's name does not end in an ordinary word.
  rule({ id: 'common-head', example: 'They read Ulbrecht Weekly.', when: (x: ChunkContext) => shortRun(x) && endsInCommonWord(x) && !opensFigures(x), then: (x) => [typed(x.c, null, false, 'common-head')] }),
  // "in Basse Terre", "across Marie Galante": after a place preposition, two unknown capitals name a place, not a person.
  rule({
    id: 'place-cue-run',
    example: 'They stayed in Velano Terre for a week.',
    when: (x: ChunkContext) => shortRun(x) && placeCue(x.tokens, x.c, x.lex) === 'weak' && !isPossessiveToken(lastToken(x)),
    then: (x) => [typed(x.c, 'place', false, 'place-cue-run', { kind: 'other' })],
  }),
  // "Tanjung Priok", "Casa de Narino", "Kuala Terengganu": a run opened by a word that opens many of the world's
  // place names, with no given name in it ("Costantino Rocca" is a man: "Rocca" only opens Italian towns).
  rule({
    id: 'place-name-word',
    example: 'Cargo ships left Tanjung Varok on Monday.',
    when: (x: ChunkContext) => shortRun(x) && x.lex.placeNameWords.has(x.firstKey) && !hasGivenName(x),
    then: (x) => [typed(x.c, 'place', false, 'place-name-word', { kind: 'other' })],
  }),
  // "with Dolby Atmos audio", "the Varko Atmos support": two unknown capitals right before a lower-case noun modify it like a brand; a person's name rarely does.
  rule({ id: 'noun-modifier', example: 'The console plays Varko Atmos audio.', when: (x: ChunkContext) => shortRun(x) && modifiesNoun(x), then: (x) => [typed(x.c, null, false, 'noun-modifier')] }),
  // "the Red Sox", "the Arctic Tern", "the École Normale": a person's name takes no article; what follows one is a side, a place or a thing.
  rule({ id: 'article-run', example: 'He played for the Varko Sox.', when: (x: ChunkContext) => shortRun(x) && afterDefiniteArticle(x), then: (x) => [typed(x.c, null, false, 'article-run')] }),
  // "Oculus VR", "Windows NT": outside text in capitals no surname is an acronym (initials like "K.C." may be one); company or product evidence must type such a run.
  rule({
    id: 'acronym-surname',
    example: 'Varko VR was bought last year.',
    when: (x: ChunkContext) => shortRun(x) && x.n === 2 && isLoneAcronym(lastToken(x)) && !lastToken(x).text.includes('.') && !isAllCaps(firstToken(x)) && !isCapsSentence(x.tokens, x.c.first, x.c.end),
    then: (x) => [typed(x.c, null, false, 'acronym-surname')],
  }),
  // "Huge Windows sales fail": a describing word capitalised only because it opens the sentence is no given name; the rest is read alone.
  rule({
    id: 'describing-capital',
    example: 'Huge Varkosi 95 sales fail to meet forecasts.',
    // (not in a team report, where a line opens with a side: "Red Star 2 Partizan 1", "Rapid Wien")
    when: (x: ChunkContext) => shortRun(x) && opensWithDescribingWord(x) && isKnownWord(x.firstKey) && sportsReport(x.text) !== 'team',
    then: (x) => ({ retry: { first: x.c.first + 1, end: x.c.end } }),
  }),
  rule({ id: 'two-capitals', example: 'Ulbrecht Karvosi spoke.', when: (x: ChunkContext) => shortRun(x), then: (x) => [typed(x.c, 'person', false, 'two-capitals')] }),
  // "PolitiFact", "WikiLeaks": a capital inside a word marks a brand ("McCain" has it after a name prefix).
  rule({ id: 'camel-case', example: 'PolitiFact rated it.', when: (x: ChunkContext) => x.n === 1 && isCamelCase(stripPossessive(firstToken(x).text)), then: (x) => [typed(x.c, 'organization', false, 'camel-case')] }),
  // An unknown single name: "in Arbil" is a place, "Dole decided", "said Hill" a person.
  rule({ id: 'context', example: 'Fighting went on in Arbil.', when: () => true, then: (x) => [typed(x.c, singleByContext(x), false, 'context')] }),
];

/** Classify one chunk: the first rule that fires decides; may give several mentions ("Moscow-Pyongyang") or none. */
export function classifyChunk(env: EntityEnv, c: TokenRange, role?: string): Typed[] {
  const { tokens, text } = env;
  const n = c.end - c.first;
  const written = stripPossessive(text.slice(tokens[c.first]!.start, tokens[c.end - 1]!.end));
  const ctx: ChunkContext = {
    ...env,
    c,
    role,
    key: rangeKey(text, tokens, c.first, c.end),
    written,
    n,
    firstKey: keyOf(tokens[c.first]!),
    lastKey: keyOf(tokens[c.end - 1]!).replace(/\./g, ''),
  };
  const verdict = firstRule(env.doc, CHUNK_RULES, ctx)?.out ?? [];
  return 'retry' in verdict ? classifyChunk(env, verdict.retry, role) : verdict;
}

/**
 * The run opens its sentence with a word compromise reads as an adjective, an adverb or a participle and
 * nothing else ("Unseeded", "Regrettably"; not "Frank", "East", "Christian": a given name, a direction, a
 * people), and a first name compromise knows follows it.
 */
function describingOpener(x: ChunkContext): boolean {
  const next = x.tokens[x.c.first + 1]!;
  return opensWithDescribingWord(x) && has(next, 'FirstName') && x.lex.givenNames.has(keyOf(next)) && isCapitalized(x.tokens[x.c.first + 2]!);
}

/** The run opens its sentence with a describing word that no name begins with ("Unseeded", "Huge", "Regrettably"). */
function opensWithDescribingWord(x: ChunkContext): boolean {
  const first = firstToken(x);
  const before = x.tokens[x.c.first - 1];
  if (before && before.sentence === first.sentence) return false;
  if (!hasAny(first, ['Adjective', 'Adverb', 'PastTense']) || hasAny(first, ['Noun', 'ProperNoun', 'Person', 'Place', 'Organization'])) return false;
  return !(x.lex.givenNames.has(x.firstKey) || x.lex.compassWords.has(x.firstKey) || x.lex.demonyms.has(x.firstKey));
}

const shortRun = (x: ChunkContext): boolean => x.n >= 2 && x.n <= 3 && !isAllCaps(firstToken(x));

/** A listed place that is no listed name ("Britain", not "Jordan"). */
const isPlaceOnly = (lex: EntityLexicon, key: string): boolean => !!placeKind(lex, key) && !isListedNameWord(key);

/** Tokens at the chunk's start that form a demonym ("North Korean", "British"). */
function demonymLength(x: ChunkContext): number {
  const { tokens, lex, c } = x;
  for (let len = Math.min(2, x.n); len >= 1; len--) {
    const key = rangeKey(x.text, tokens, c.first, c.first + len);
    const singular = key.endsWith('s') ? key.slice(0, -1) : '';
    // ("Christian Cullen": a demonym that is also a given name, before a surname, opens a person's name; "Roman Britain" a place's)
    if (len === 1 && x.n === 2 && lex.givenNameDemonyms.has(key) && isSurnameShape(tokens[c.first + 1]!) && !isPlaceOnly(lex, keyOf(tokens[c.first + 1]!))) return 0;
    if (lex.demonyms.has(key) || lex.demonyms.has(singular) || (len === 1 && has(tokens[c.first], 'Demonym') && !placeKind(lex, key))) return len;
    // "New Yorker Rebecca Weinstein", "Londoner Ann Varko": one of a town's people before a given name (not "Bayer Leverkusen").
    if (len < x.n && lex.givenNames.has(keyOf(tokens[c.first + len]!)) && isPlacePerson(lex, key)) return len;
  }
  return 0;
}

/** "the British Museum": a demonym, then a name ending in a place word that is no listed place ("Bulgarian Black Sea" is the sea). */
function demonymPlace(x: ChunkContext): boolean {
  const dem = demonymLength(x);
  return dem > 0 && dem < x.n && x.lex.placeSuffixes.has(x.lastKey) && !placeKind(x.lex, rangeKey(x.text, x.tokens, x.c.first + dem, x.c.end));
}

/** How many words at the chunk's end form a title, leaving a name before them (0 when none). */
function trailingTitle(x: ChunkContext): number {
  const { tokens, lex, c } = x;
  // "Julie Bishop", "Carol King": after a given name the title word is a surname;
  // "158th Fighter Wing": a unit word is no title there; "National Tennis Centre": nor is a place's head.
  if (lex.orgSuffixes.has(keyOf(lastToken(x))) || lex.placeSuffixes.has(keyOf(lastToken(x))) || has(lastToken(x), 'LastName')) return 0;
  for (let n = Math.min(3, x.n - 1); n >= 1; n--) {
    const before = tokens[c.end - 1 - n]!;
    // ("Billie Jean King": a given name that is also an ordinary word counts too)
    if (lex.givenNames.has(keyOf(before)) || lex.commonGivenNames.has(keyOf(before)) || has(before, 'FirstName')) continue;
    if (!lex.titles.has(rangeKey(x.text, tokens, c.end - n, c.end))) continue;
    // ("U.S. Assistant Secretary", "U.S. Under-Secretary": a title's modifiers go with it)
    let m = n;
    while (m < x.n - 1 && lex.titleModifiers.has(keyOf(tokens[c.end - 1 - m]!))) m++;
    return m;
  }
  return 0;
}

/** "Security Council Resolution 2334": the end of a body's name of two words or more (an organisation word closing it) that a misc ending follows, or 0. */
function orgBeforeMiscEnding(x: ChunkContext): number {
  if (x.n < 3 || !miscEnding(x)) return 0;
  const end = x.lex.miscSuffixes.has(x.lastKey) ? x.c.end - 1 : x.c.end - 2;
  return end - x.c.first >= 2 && x.lex.orgSuffixes.has(keyOf(x.tokens[end - 1]!)) ? end : 0;
}

/** The run ends in an event or work word, or in one and a numeral ("World War II", "Super Bowl 50"). */
function miscEnding(x: ChunkContext): boolean {
  if (x.lex.miscSuffixes.has(x.lastKey)) return true;
  const numeral = /^(?:[IVX]+|\d+)$/.test(lastToken(x).text);
  return numeral && x.n >= 3 && x.lex.miscSuffixes.has(keyOf(x.tokens[x.c.end - 2]!));
}

/** A place preposition before the run, maybe with "the" between ("to the Kremlin"). */
function afterPlacePreposition(x: ChunkContext): boolean {
  let i = x.c.first - 1;
  if (x.tokens[i]?.normal === 'the') i--;
  const before = x.tokens[i];
  return !!before && before.sentence === firstToken(x).sentence && x.lex.placePrepositions.has(before.normal);
}

/** The word before is a capitalised name followed by a comma ("Tulsa, OK"). */
function afterTownComma(x: ChunkContext): boolean {
  const before = x.tokens[x.c.first - 1];
  return !!before && before.sentence === firstToken(x).sentence && /^, $/.test(before.post) && /^\p{Lu}\p{Ll}/u.test(before.text);
}

/** "Exercise Eager Lion" opening a sentence: the head is outside the run. */
function afterMiscHead(x: ChunkContext): boolean {
  const before = x.tokens[x.c.first - 1];
  const first = firstToken(x);
  return !!before && before.sentence === first.sentence && /^[A-Z]/.test(before.text) && x.lex.miscHeads.has(keyOf(before)) && /^ +$/.test(before.post);
}

/** The first token of a listed organisation closing a run of three or more ("the Clinton White House"), or null. */
function orgClosing(x: ChunkContext): number | null {
  const { tokens, text, c } = x;
  for (let k = c.first + 1; x.n >= 3 && k < c.end - 1; k++) {
    if (x.lex.orgs.has(stripPossessive(text.slice(tokens[k]!.start, tokens[c.end - 1]!.end)))) return k;
  }
  return null;
}

/** "BAFTA Award", "UNESCO World Heritage Site": an acronym, then capitalised words up to an honour word. */
function honourAfterAcronym(x: ChunkContext): boolean {
  const acronym = firstToken(x);
  if (!isAllCaps(acronym) || isPossessiveToken(acronym) || !(isLoneAcronym(acronym) || has(acronym, 'Organization'))) return false;
  for (let k = x.c.first + 1; k < x.c.end; k++) {
    if (x.lex.acronymHonours.has(keyOf(x.tokens[k]!))) return true;
    if (!isCapitalized(x.tokens[k]!)) return false;
  }
  return false;
}

/** The acronym, an organisation; the rest of the run (the honour's name), no name of ours. */
function splitHonour(x: ChunkContext): Typed[] {
  return [typed({ first: x.c.first, end: x.c.first + 1 }, 'organization', false, 'acronym-honour'), typed({ first: x.c.first + 1, end: x.c.end }, null, true, 'acronym-honour')];
}

/** The organisation from token k on, and what the words before it are. */
function splitAtOrg(x: ChunkContext, k: number): Typed[] {
  const org = typed({ first: k, end: x.c.end }, 'organization', true, 'org-list-closing');
  // "The Islamic State" opening a sentence: the article is no name of its own.
  const words = x.tokens.slice(x.c.first, k);
  const noName = words.every((w) => isFunctionWord(w) || /^(?:the|a|an)$/i.test(w.text) || !/^\p{Lu}/u.test(w.text) || /[.]\p{Lu}/u.test(w.text));
  return noName ? [org] : [...classifyChunk(x, { first: x.c.first, end: k }, x.role), org];
}

/**
 * "Speaker of the House Newt Gingrich", "Minister of Finance Mar'ie Muhammad": after a
 * title and "of (the)", a run that ends in a given name and a surname is the body the
 * title belongs to, then the person, who gets the whole title as role.
 */
function splitOfTitle(x: ChunkContext): Typed[] | null {
  const { tokens, lex, text, c } = x;
  const of = complementStart(tokens, c.first);
  const title = of === null ? undefined : titleBefore(tokens, of, lex);
  if (of === null || !title) return null;
  for (let k = c.first + 1; k < c.end - 1; k++) {
    const given = tokens[k]!;
    if ((!lex.givenNames.has(keyOf(given)) && !has(given, 'FirstName')) || isAllCaps(given)) continue;
    const body = { first: c.first, end: k };
    const kind = placeKind(lex, rangeKey(text, tokens, body.first, body.end));
    const role = text.slice(title.start, tokens[k - 1]!.end);
    return [
      // ("Minister of Finance", "Secretary for Near Eastern Affairs": a portfolio is no body unless a body's word closes it)
      kind ? typed(body, 'place', true, 'place-list', { kind }) : typed(body, namesBody(x, body) ? 'organization' : null, true, 'title-of'),
      typed({ first: k, end: c.end }, 'person', true, 'title', { role }),
    ];
  }
  return null;
}

/**
 * The "of" or "for" that opens the title's complement the run ends ("Speaker of the
 * House", "Secretary for Near Eastern Affairs", "for Foreign and Commonwealth Affairs"),
 * or null: back over "the", capitals and "and" within the sentence.
 */
function complementStart(tokens: readonly Token[], first: number): number | null {
  const sentence = tokens[first]!.sentence;
  // ("ABN AMRO Hoare Govett": capitals before the run join it only through "and")
  let joined = false;
  for (let i = first - 1; i >= 0 && i >= first - 6; i--) {
    const t = tokens[i]!;
    if (t.sentence !== sentence || !/^ +$/.test(t.post)) return null;
    if (t.normal === 'of' || t.normal === 'for') return i;
    if (t.normal === 'and' && i === first - 1) joined = true;
    else if (t.normal !== 'the' && !(joined && isCapitalized(t))) return null;
  }
  return null;
}

/** A listed body, or a run closed by a body's word ("House", "Interior Ministry"). */
function namesBody(x: ChunkContext, r: TokenRange): boolean {
  const last = keyOf(x.tokens[r.end - 1]!);
  return x.lex.orgs.has(rangeKey(x.text, x.tokens, r.first, r.end)) || x.lex.orgSuffixes.has(last) || x.lex.orgAlone.has(last) || x.lex.orgHeads.has(last);
}

/** The title of one to three words ending right before `of` ("Minister", "Secretary of State"), as its first token, or undefined. */
function titleBefore(tokens: readonly Token[], of: number, lex: EntityLexicon): Token | undefined {
  let key = '';
  for (let k = of - 1; k >= 0 && k >= of - 3; k--) {
    const t = tokens[k]!;
    if (t.sentence !== tokens[of]!.sentence || (k < of - 1 && !/^ +$/.test(t.post))) return undefined;
    key = key ? `${keyOf(t)} ${key}` : keyOf(t);
    if (lex.titles.has(key)) return t;
  }
  return undefined;
}

/** "158th Fighter Wing", "3rd Battalion": a unit's ordinal belongs to its name. */
function withOrdinal(tokens: readonly Token[], c: TokenRange): TokenRange {
  const before = tokens[c.first - 1];
  if (!before || before.sentence !== tokens[c.first]!.sentence || !/^\d+(?:st|nd|rd|th)$/.test(before.text) || !/^ +$/.test(before.post)) return c;
  return { first: c.first - 1, end: c.end };
}

/**
 * "Middle East Tobias Ellwood", "Ukraine Boris Johnson": a run glued across a role's
 * complement or a line break; a known place, then a given name and a surname.
 */
function splitPlacePerson(x: ChunkContext): Typed[] | null {
  const { tokens, lex, text, c, role } = x;
  for (let len = Math.min(lex.maxPlaceWords, x.n - 2); len >= 1; len--) {
    const key = rangeKey(text, tokens, c.first, c.first + len);
    const kind = placeKind(lex, key);
    const next = tokens[c.first + len]!;
    // ("Mary Ann Smith": a town that is also a given name opens a name of two given names)
    if (!kind || !lex.givenNames.has(keyOf(next)) || !has(next, 'FirstName') || lex.givenNames.has(key)) continue;
    const place = typed({ first: c.first, end: c.first + len }, 'place', true, 'place-list', { kind });
    return [place, typed({ first: c.first + len, end: c.end }, 'person', true, role ? 'title' : 'given-name', role ? { role } : {})];
  }
  return null;
}

/** "CD-ROM": the run follows a common acronym it is hyphened to. */
function afterCommonAcronym(x: ChunkContext): boolean {
  const before = x.tokens[x.c.first - 1];
  return before !== undefined && joinedByHyphen(before, firstToken(x)) && isAllCaps(before) && x.lex.commonAcronyms.has(keyOf(before));
}

/** "AFL-CIO": two lone acronyms, neither a common one, joined by a hyphen. */
function isAcronymPair(x: ChunkContext): boolean {
  const [a, b] = [firstToken(x), lastToken(x)];
  return joinedByHyphen(a, b) && [a, b].every((t) => isLoneAcronym(t) && !x.lex.commonAcronyms.has(keyOf(t)));
}

/** An acronym standing alone: capitals, at most nine letters, no English word of four or more ("FILING"). */
function isLoneAcronym(t: Token): boolean {
  const letters = stripPossessive(t.text).replace(/\./g, '');
  return isAllCaps(t) && letters.length <= 9 && !(letters.length >= 4 && isKnownWord(letters));
}

/** "India RBI" → place and organisation; "France-Juppe" → place and an untyped rest, when a known place opens the run. */
function splitPlaceRest(x: ChunkContext): Typed[] | null {
  const { tokens, lex, text, c } = x;
  if (!prefixIsPlace(x)) return null;
  const last = lastToken(x);
  // (not "Elizabeth II" nor "Mary-Kate": a regnal number, or two given names joined)
  if (isGenerationalSuffix(last.text) || isStateCode(last, lex) || (lex.givenNames.has(x.firstKey) && lex.givenNames.has(x.lastKey))) return null;
  const acronym = isLoneAcronym(last);
  if (!acronym && !joinedByHyphen(tokens[c.end - 2]!, last)) return null;
  const kind = placeKind(lex, rangeKey(text, tokens, c.first, c.end - 1))!;
  const rest = { first: c.end - 1, end: c.end };
  return [typed({ first: c.first, end: c.end - 1 }, 'place', true, 'place-then-rest', { kind }), acronym && !lex.commonAcronyms.has(keyOf(last)) ? typed(rest, 'organization', false, 'acronym') : typed(rest, null, false, 'place-then-rest')];
}

/** Words of a storm head opening the run before a name ("Hurricane", "Tropical Storm"), or 0; none before a body's or place's closing word. */
function stormHeadLength(x: ChunkContext): number {
  if (x.lex.orgSuffixes.has(x.lastKey) || x.lex.placeSuffixes.has(x.lastKey)) return 0;
  for (let len = Math.min(2, x.n - 1); len >= 1; len--) if (x.lex.stormHeads.has(rangeKey(x.text, x.tokens, x.c.first, x.c.first + len))) return len;
  return 0;
}

/** Two listed places on either side of one "&" ("Tempe & Mesa"), as two typed places, or null. */
function placesAroundAmpersand(x: ChunkContext): Typed[] | null {
  const { tokens, lex, text, c } = x;
  let amp = -1;
  for (let i = c.first + 1; i < c.end - 1; i++) if (tokens[i]!.text === '&') amp = i;
  if (amp < 0) return null;
  const left = placeKind(lex, rangeKey(text, tokens, c.first, amp));
  const right = placeKind(lex, rangeKey(text, tokens, amp + 1, c.end));
  if (!left || !right) return null;
  return [typed({ first: c.first, end: amp }, 'place', true, 'ampersand', { kind: left }), typed({ first: amp + 1, end: c.end }, 'place', true, 'ampersand', { kind: right })];
}

/**
 * The known place opening the run when a demonym fills the rest and modifies a noun
 * after it ("U.S. Roman Catholic archdiocese"), or null ("London Irish beat Bath": a name).
 */
function placeBeforeDemonym(x: ChunkContext): Typed | null {
  const { tokens, lex, text, c } = x;
  const after = tokens[c.end];
  if (!after || after.sentence !== lastToken(x).sentence || !joinedBySpace(lastToken(x), after) || !/^[a-z]/.test(after.text) || !has(after, 'Noun') || has(after, 'Verb')) return null;
  for (let k = c.end - 1; k > c.first; k--) {
    const kind = placeKind(lex, rangeKey(text, tokens, c.first, k));
    if (!kind) continue;
    const rest = rangeKey(text, tokens, k, c.end);
    const demonym = lex.demonyms.has(rest) || (k === c.end - 1 && has(tokens[k], 'Demonym') && !placeKind(lex, rest));
    return demonym ? typed({ first: c.first, end: k }, 'place', true, 'place-then-demonym', { kind }) : null;
  }
  return null;
}

/** "Moscow-Pyongyang" → two places, when every hyphenated part is a known place. */
function splitHyphenated(x: ChunkContext): Typed[] | null {
  const { tokens, lex, text, c } = x;
  const parts: TokenRange[] = [];
  let start = c.first;
  for (let i = c.first; i < c.end - 1; i++) {
    if (joinedByHyphen(tokens[i]!, tokens[i + 1]!)) {
      parts.push({ first: start, end: i + 1 });
      start = i + 1;
    }
  }
  if (parts.length === 0) return null;
  parts.push({ first: start, end: c.end });
  const kinds = parts.map((p) => placeKind(lex, rangeKey(text, tokens, p.first, p.end)));
  if (kinds.some((k) => !k)) return null;
  return parts.map((p, i) => typed(p, 'place', true, 'hyphen-places', { kind: kinds[i]! }));
}

/** compromise's votes: how many words it tags person, organisation, place. */
function votes(x: ChunkContext): Record<EntityType, number> {
  const v = { person: 0, organization: 0, place: 0 };
  const spills = orgPhraseSpills(x);
  for (let i = x.c.first; i < x.c.end; i++) {
    const tags = x.tokens[i]!.tags;
    if (tags.has('Person') || tags.has('FirstName')) v.person++;
    if (tags.has('Organization') && !spills) v.organization++;
    if (tags.has('Place')) v.place++;
  }
  return v;
}

/**
 * compromise reads a capitalised word and the lower-case noun after it as one organisation
 * ("Fuel oil", "Top military officials", "Software services company"): an ordinary word opening a
 * sentence, where a capital says nothing, has its Organization tag from the phrase, and that is no
 * vote (mid-sentence the capital is evidence: "Coalition forces"; "Itar-Tass news agency" is no word).
 */
function orgPhraseSpills(x: ChunkContext): boolean {
  const after = x.tokens[x.c.end];
  const before = x.tokens[x.c.first - 1];
  const opens = !before || before.sentence !== firstToken(x).sentence;
  return opens && x.n === 1 && isKnownWord(x.key) && !!after && after.sentence === lastToken(x).sentence && has(after, 'Organization') && /^\p{Ll}/u.test(after.text);
}

/** The run is one hyphened word ("Chester-le-Street") with a place's particle between two capitalised parts. */
function isHyphenPlaceName(x: ChunkContext): boolean {
  if (x.n < 3) return false;
  for (let i = x.c.first + 1; i < x.c.end; i++) if (!joinedByHyphen(x.tokens[i - 1]!, x.tokens[i]!)) return false;
  for (let i = x.c.first + 1; i < x.c.end - 1; i++) if (isPlaceHyphenParticle(x.tokens[i - 1]!, x.tokens[i]!, x.tokens[i + 1], x.lex)) return true;
  return false;
}

/** The owner or the day word of a holiday's name: "Valentine's" before "Day" (which ends the name: not "Obama's Day One"), or "Day" after "Valentine's". */
function isHolidayPart(x: ChunkContext): boolean {
  const last = lastToken(x);
  const after = x.tokens[x.c.end];
  const next = x.tokens[x.c.end + 1];
  const dayEnds = !next || next.sentence !== last.sentence || !isCapitalized(next);
  if (isPossessiveToken(last) && after && after.sentence === last.sentence && isCapitalized(after) && x.lex.holidayHeads.has(keyOf(after)) && dayEnds) return true;
  const before = x.tokens[x.c.first - 1];
  return x.n === 1 && x.lex.holidayHeads.has(x.key) && !!before && before.sentence === firstToken(x).sentence && isPossessiveToken(before) && isCapitalized(before);
}

/** An unknown single name by the word before or after it: "in Arbil" is a place, "Dole decided", "said Hill" a person. */
/** The single name is one end of a route: a route word before it and another before a capitalised name just after or before it ("from X to Qalansia", "from Hadibo to X"). */
function routeEnd(x: ChunkContext): boolean {
  const { tokens, lex } = x;
  const sentence = tokens[x.c.first]!.sentence;
  const route = (i: number) => tokens[i]?.sentence === sentence && lex.placeRouteWords.has(tokens[i]!.text);
  const nameAt = (i: number) => tokens[i]?.sentence === sentence && /^\p{Lu}\p{Ll}/u.test(tokens[i]!.text);
  if (!route(x.c.first - 1)) return false;
  const before = tokens[x.c.first - 1]!.text;
  if (route(x.c.end) && tokens[x.c.end]!.text !== before && nameAt(x.c.end + 1)) return true;
  return route(x.c.first - 3) && tokens[x.c.first - 3]!.text !== before && nameAt(x.c.first - 2);
}

function singleByContext(x: ChunkContext): EntityType | null {
  const before = x.tokens[x.c.first - 1];
  const after = x.tokens[x.c.end];
  const t = firstToken(x);
  const cue = placeCue(x.tokens, x.c, x.lex);
  // ("a degree in Psychology", "a PhD in Linguistics": an ordinary word after "in" names no place)
  // (a plural or a gerund may be a place's name: "in Queens", "in Flushing")
  const ordinary = isKnownWord(keyOf(t)) && !hasAny(t, [...NAME_TAGS, 'Plural', 'Gerund']);
  if ((cue === 'strong' || cue === 'weak') && !ordinary) return 'place';
  // "from Hadibo to Qalansia": two names each after a route word (place-route-words.txt) are a route's two ends
  if (!ordinary && routeEnd(x)) return 'place';
  // a reporting verb in a tense ("said", "tells"), not "Add" opening a line; a plural is no one's name
  // ("is asking Mojang": a verb in -ing takes its listener after it, not its speaker)
  const reports = (v: Token) => x.lex.cuesReporting.has(v.normal) && hasAny(v, ['PastTense', 'PresentTense']) && !has(v, 'Gerund');
  if (has(t, 'Plural')) return null;
  // ("the Post said": a body speaks after an article, a person does not)
  if (afterDefiniteArticle(x)) return after && after.sentence === t.sentence && /^ +$/.test(t.post) && reports(after) ? 'organization' : null;
  // ("said Zentrova's spokesman": a possessive after the verb opens the reported clause; it is no speaker)
  if (before && before.sentence === t.sentence && before.post.trim() === '' && reports(before) && !isPossessiveToken(lastToken(x))) return 'person';
  if (after && after.sentence === t.sentence && /^ +$/.test(t.post) && reports(after)) return 'person';
  return null;
}

let nonNameEnding: RegExp | undefined;

/**
 * A word of the run that is no part of a person's name: one with an English
 * derivational ending, a compass word or past participle opening the run ("East
 * Transponder", "Unified Trident"), a hyphenated compound with a lower-case or
 * acronym half ("Arabic-language", "Counter-IED").
 */
function hasNonNameWord(x: ChunkContext): boolean {
  const { tokens, lex, c } = x;
  nonNameEnding ??= new RegExp(`(?:${[...lex.nonNameEndings].join('|')})$`);
  if (lex.compassWords.has(x.firstKey) || (x.firstKey.length >= 6 && /[^e]ed$/.test(x.firstKey))) return true;
  for (let i = c.first; i < c.end; i++) {
    const t = tokens[i]!;
    if (nonNameEnding.test(keyOf(t))) return true;
    if (i > c.first && joinedByHyphen(tokens[i - 1]!, t) && (/^[a-z]/.test(t.text) || isAllCaps(t))) return true;
    // "U.S.-Egypt Strategic Dialogue": a word glued from a place and another name.
    const parts = t.text.split('-');
    if (parts.length > 1 && parts.some((p) => /^(?:[A-Z]\.?){2,}$/.test(p) || !!placeKind(lex, p.toLowerCase()))) return true;
  }
  return false;
}


/**
 * A run of ordinary words ending in a plural names a body when it is a group of people ("Coalition
 * Commanders"), a team in a sports report, or "the" opens it ("the All Blacks", "the Silver Ferns"):
 * alone, it is a field, a title or a work ("Frame Semantics", "Translation Studies", "Soup Cans").
 */
function pluralNamesABody(x: ChunkContext): boolean {
  return has(lastToken(x), 'Actor') || afterDefiniteArticle(x) || sportsReport(x.text) === 'team';
}

/** The word right before the run is "the". */
function afterDefiniteArticle(x: ChunkContext): boolean {
  return x.tokens[x.c.first - 1]?.normal === 'the';
}

/** A lower-case noun (not a verb or a pronoun) follows the run's last word, a plain word, after a space. */
function modifiesNoun(x: ChunkContext): boolean {
  const last = lastToken(x);
  const next = x.tokens[x.c.end];
  if (!next || next.sentence !== last.sentence || !/^ +$/.test(last.post) || isPossessiveToken(last) || !/^[\p{L}.'’-]+$/u.test(last.text)) return false;
  return /^\p{Ll}/u.test(next.text) && has(next, 'Noun') && !hasAny(next, ['Pronoun', 'Verb']);
}

/** A lower-case word before the run and a one- or two-digit number right after it, in its sentence ("like Forza Motorsport 7"; not "beat Reading 2-1"). */
function numberedAfterWord(x: ChunkContext): boolean {
  const last = lastToken(x);
  const before = x.tokens[x.c.first - 1];
  const after = x.tokens[x.c.end];
  return !!before && !!after && before.sentence === last.sentence && after.sentence === last.sentence && /^\p{Ll}/u.test(before.text) && /^ +$/.test(last.post) && !after.pre.trim() && /^\d{1,2}$/.test(after.text) && !/^[-:./]/.test(after.post);
}

/** A word of the run is a given name ("Marie Galante" may be a woman). */
function hasGivenName(x: ChunkContext): boolean {
  for (let i = x.c.first; i < x.c.end; i++) if (x.lex.givenNames.has(keyOf(x.tokens[i]!)) || has(x.tokens[i], 'FirstName')) return true;
  return false;
}

const NAME_TAGS = ['Person', 'FirstName', 'LastName', 'Place', 'Organization', 'Abbreviation'] as const;

/** An ordinary English word that compromise's lexicon lists under no name tag ("lesson", "simulator"; not "smith", "clinton"). */
const isOrdinaryNoName = (key: string): boolean => isKnownWord(key) && !lexiconTags(key).some((t) => (NAME_TAGS as readonly string[]).includes(t));

/** A word after the first is a number word ("One"), a lone capital ("X"), a Roman numeral ending the run after no given name, or holds a digit. */
function hasModelWord(x: ChunkContext): boolean {
  for (let i = x.c.first + 1; i < x.c.end; i++) {
    const t = x.tokens[i]!;
    if (has(t, 'Value') || /\d/.test(t.text) || (/^\p{Lu}$/u.test(t.text) && t.post !== '.')) return true;
  }
  return has(lastToken(x), 'RomanNumeral') && /^[IVX]+$/.test(lastToken(x).text) && !x.lex.givenNames.has(x.firstKey) && !has(firstToken(x), 'FirstName');
}

/** The last word is an ordinary word (compromise knows it), and no word is a name part ("Al Gore"): "Status Weekly". */
function endsInCommonWord(x: ChunkContext): boolean {
  if (!isKnownWord(keyOf(lastToken(x)))) return false;
  for (let i = x.c.first; i < x.c.end; i++) if (hasAny(x.tokens[i], NAME_TAGS) || x.lex.nameParticles.has(keyOf(x.tokens[i]!))) return false;
  return true;
}

/** A price right before the run, in its sentence: "the $1,000 X", "a €20 X". */
function isPriced(x: ChunkContext): boolean {
  const before = wordBefore(x);
  return !!before && isAmount(before.text);
}

/**
 * The run lies inside quotation marks that hold nothing but it and capitalised words (or short
 * joiners: "Gears of War"), two words at least, within its sentence, not opening with a given name.
 */
function isQuotedTitle(x: ChunkContext): boolean {
  const { tokens, c } = x;
  const sentence = firstToken(x).sentence;
  const titleWord = (t: Token | undefined) => !!t && t.sentence === sentence && (/^\p{Lu}/u.test(t.text) || x.lex.nameJoiners.has(t.text));
  let first = c.first;
  while (!OPENS_QUOTATION.test(tokens[first]!.pre)) {
    if (c.first - first >= 4 || !titleWord(tokens[first - 1]) || !/^ $/.test(tokens[first - 1]!.post)) return false;
    first--;
  }
  // (the run, and title words one space apart around it, up to four after it)
  const inTitle = (t: Token) => (t.index >= c.first && t.index < c.end) || (titleWord(t) && (t.post === ' ' || CLOSES_QUOTATION.test(t.post)));
  const last = quotationEnd(tokens, first, c.end - first + 4, inTitle);
  // ('"Hillary Clinton," he said': a quotation that opens with a given name may be a name called out,
  // unless an ordinary word that is no surname ends it: "Job Simulator")
  if (!(last >= c.end - 1 && last - first >= 1 && /^\p{Lu}/u.test(tokens[first]!.text) && /^\p{Lu}/u.test(tokens[last]!.text))) return false;
  const lastKey = keyOf(tokens[last]!);
  return !x.lex.givenNames.has(keyOf(tokens[first]!)) || isOrdinaryNoName(lastKey);
}

/** A noun for a work (or "titled") right before the run, in its sentence ("the film X"; not the verb in "polls show X"). */
function afterWorkNoun(x: ChunkContext): boolean {
  const before = wordBefore(x);
  if (!before || !x.lex.workNouns.has(before.text)) return false;
  return /ed$/.test(before.text) || (has(before, 'Noun') && !has(before, 'Verb'));
}

/** "Nato", "Unesco": a listed acronym of four letters or more written with a capital only, which is no ordinary word or given name ("Isis" is). */
function isTitledAcronym(x: ChunkContext): boolean {
  return x.n === 1 && /^\p{Lu}\p{Ll}{3,}$/u.test(x.written) && x.lex.orgs.has(x.written.toUpperCase()) && !isKnownWord(x.firstKey) && !x.lex.givenNames.has(x.firstKey) && !x.lex.commonGivenNames.has(x.firstKey);
}

/** The run's last word follows a lower-case name particle ("du Motel", "de la Rue"). */
const afterLowerParticle = (x: ChunkContext): boolean => {
  const before = x.tokens[x.c.end - 2]!;
  return isLowerParticle(x.lex, before);
};

/** An organisation's closing word right before a joining preposition inside the run ("Supreme Court of the State", "First Congress of the United States"). */
function orgBeforeJoiner(x: ChunkContext): boolean {
  for (let k = x.c.first; k < x.c.end - 2; k++) {
    const key = keyOf(x.tokens[k]!);
    // ("City of Cleveland", "County of Maui": a place's word that also closes a side's name is no cue)
    if (x.lex.nameJoiners.has(x.tokens[k + 1]!.text) && x.lex.orgSuffixes.has(key) && !x.lex.placeSuffixes.has(key) && !x.lex.placeSettlementHeads.has(key)) return true;
  }
  return false;
}

/** A known place, then an organisation's head word ("New Zealand Department of Conservation", "Texas Board of Education"). */
function placeThenOrgHead(x: ChunkContext): boolean {
  for (let k = x.c.first + 1; k < x.c.end - 1 && k - x.c.first <= x.lex.maxPlaceWords; k++) {
    if (x.lex.orgHeads.has(keyOf(x.tokens[k]!)) && placeKind(x.lex, rangeKey(x.text, x.tokens, x.c.first, k))) return true;
  }
  return false;
}

/** The run is the plural name of a known place's people ("New Yorkers", "Parisians", "Californians"). */
/** "new yorker", "londoner", "parisian": one of a city's or region's people (the plural endings without their "s"). */
function isPlacePerson(lex: EntityLexicon, key: string): boolean {
  for (const [ending, replacements] of lex.demonymSuffixes) {
    const one = ending.slice(0, -1);
    if (!key.endsWith(one) || key.length - one.length < 3) continue;
    const stem = key.slice(0, -one.length);
    for (const r of replacements) if (['city', 'region'].includes(placeKind(lex, r === '-' ? stem : stem + r) ?? '')) return true;
  }
  return false;
}

function isPlacePeople(x: ChunkContext): boolean {
  const key = x.key;
  for (const [ending, replacements] of x.lex.demonymSuffixes) {
    if (!key.endsWith(ending) || key.length - ending.length < 3) continue;
    const stem = key.slice(0, -ending.length);
    // (a country's people are demonyms, read by the rules below: "Indians" may be a team in a table)
    for (const r of replacements) if (['city', 'region'].includes(placeKind(x.lex, r === '-' ? stem : stem + r) ?? '')) return true;
  }
  return false;
}

/** A count (not a year) right before the run, in its sentence: "25 CUC". */
function afterCount(x: ChunkContext): boolean {
  const before = wordBefore(x);
  return !!before && /^\d[\d,.]*$/.test(before.text) && !/^(?:1[5-9]|20)\d\d$/.test(before.text);
}

/** A lower-case word before the run and a small whole number after it, in its sentence ("at Tab 3", not "beat Reading 2-1"). */
function beforeLabelNumber(x: ChunkContext): boolean {
  const t = firstToken(x);
  const before = x.tokens[x.c.first - 1];
  const after = x.tokens[x.c.end];
  return !!before && !!after && before.sentence === t.sentence && after.sentence === t.sentence && /^\p{Ll}/u.test(before.text) && /^ +$/.test(t.post) && /^\d{1,3}$/.test(after.text) && !/^-/.test(after.post);
}

/** Every word is an ordinary word, none a name part ("Grand Slam"; not "Bin Laden", whose "Bin" is a particle). */
function allCommonWords(x: ChunkContext): boolean {
  for (let i = x.c.first; i < x.c.end; i++) {
    const t = x.tokens[i]!;
    if (!isKnownWord(keyOf(t)) || hasAny(t, NAME_TAGS) || x.lex.nameParticles.has(keyOf(t))) return false;
  }
  return true;
}

/** The run is a line of its own (a subheading). */
function isWholeLine(x: ChunkContext): boolean {
  const before = x.tokens[x.c.first - 1];
  const after = x.tokens[x.c.end];
  return (!before || /\n/.test(before.post)) && (!after || /\n/.test(lastToken(x).post));
}

/** The run opens its line and figures follow it ("Crystal Palace 4 1 2 1"): a row of a table. */
function opensFigures(x: ChunkContext): boolean {
  const before = x.tokens[x.c.first - 1];
  const after = x.tokens[x.c.end];
  return (!before || /\n/.test(before.post)) && !!after && /^\d/.test(after.text) && !/\n/.test(lastToken(x).post);
}

/** The first word is an ordinary adjective (no demonym or compass word) and the rest a known place. */
function describedPlace(x: ChunkContext): boolean {
  const t = firstToken(x);
  if (!has(t, 'Adjective') || !isKnownWord(x.firstKey) || x.lex.demonyms.has(x.firstKey) || x.lex.compassWords.has(x.firstKey)) return false;
  return !!placeKind(x.lex, rangeKey(x.text, x.tokens, x.c.first + 1, x.c.end));
}

/**
 * A run longer than a given name's rule reads (five to eight words) of capitalised name words and lower-case
 * particles, one particle at least and a given name among its first two words, with no ordinary word and no
 * organisation or place word ("Omar Hassan Ahmad al-Bashir"; not "Universidad de la Republica").
 */
function isParticleName(x: ChunkContext): boolean {
  if (x.n < 5 || x.n > 8 || !(x.lex.givenNames.has(x.firstKey) || x.lex.givenNames.has(keyOf(x.tokens[x.c.first + 1]!)))) return false;
  let particle = false;
  for (let i = x.c.first; i < x.c.end; i++) {
    const t = x.tokens[i]!;
    const key = keyOf(t);
    if (isLowerParticle(x.lex, t)) particle = true;
    else if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || (isOrdinaryNoName(key) && !isListedNameWord(key) && !x.lex.givenNames.has(key)) || isBodyOrPlaceWord(x.lex, key)) return false;
  }
  return particle;
}

/**
 * A given name (one that is a word too, "Ray", or one compromise reads as a first name, "Chad")
 * before a surname or a town that is a surname too ("Durham", "Curtis"): a person's name shape,
 * whichever word is the place.
 */
function givenBeforeTown(x: ChunkContext): boolean {
  const first = firstToken(x);
  const last = lastToken(x);
  const given = x.lex.commonGivenNames.has(x.firstKey) || has(first, 'FirstName');
  return given && (x.lex.cities.has(x.lastKey) || hasAny(last, ['Person', 'LastName'])) && !x.lex.countries.has(x.lastKey);
}

function hasPlaceWord(x: ChunkContext): boolean {
  const known = (key: string) => x.lex.countries.has(key) || x.lex.cities.has(key);
  const particleInside = x.tokens.slice(x.c.first, x.c.end).some((t) => /^\p{Ll}/u.test(t.text));
  for (let i = x.c.first; i < x.c.end; i++) {
    if (known(keyOf(x.tokens[i]!))) return true;
    // ("Radio New Zealand", "Hong Kong News Room": a place of two words inside a longer name;
    // not glued to a word before it, "NSU-Broken Arrow", nor in a name held by a particle, "Catedral de San Ildefonso")
    if (i + 2 <= x.c.end && x.n > 2 && !particleInside && !(i > x.c.first && joinedByHyphen(x.tokens[i - 1]!, x.tokens[i]!)) && known(rangeKey(x.text, x.tokens, i, i + 2))) return true;
  }
  return false;
}
