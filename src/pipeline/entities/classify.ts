/**
 * Decide what a chunk names, by rules in priority order. Each rule is data-light
 * code with an example; the word lists live in src/lexicon/.
 */
import type { Token } from '../02-parse.js';
import { isKnownWord } from '../lexicon-lookup.js';
import type { EntityType } from '../03-entities.js';
import type { Chunk } from './chunks.js';
import { type EntityLexicon, placeKind } from './lexicon.js';
import { afterPlaceCue, placeShape } from './place-shapes.js';
import { isAllCaps, isCamelCase, isFunctionWord, isGenerationalSuffix, joinedByHyphen, keyOf, stripPossessive } from './tokens.js';

/** A typed chunk. `strong` when a word list or a cue decided it, not a guess. */
export interface Typed extends Chunk {
  type: EntityType | null;
  strong: boolean;
  /** Which rule decided (for debugging and tests). */
  rule: string;
  /** For places: country, city or region (sports teams are cities and regions). */
  kind?: 'country' | 'city' | 'region' | 'other';
  role?: string;
}

/** Lower-case text of tokens [first, last], possessive stripped ("Korean Peninsula's" → "korean peninsula"). */
export function spanKey(tokens: Token[], first: number, last: number, text: string): string {
  return stripPossessive(text.slice(tokens[first]!.start, tokens[last]!.end)).toLowerCase().replace(/\s+/g, ' ');
}

interface Env {
  tokens: Token[];
  text: string;
  lex: EntityLexicon;
}

const typed = (c: Chunk, type: EntityType | null, strong: boolean, rule: string, extra: Partial<Typed> = {}): Typed => ({
  first: c.first,
  last: c.last,
  type,
  strong,
  rule,
  ...extra,
});

/** Classify one chunk; may return several mentions ("Moscow-Pyongyang" → two places) or none. */
export function classifyChunk(env: Env, c: Chunk, role?: string): Typed[] {
  const { tokens, text, lex } = env;
  const key = spanKey(tokens, c.first, c.last, text);
  const written = stripPossessive(text.slice(tokens[c.first]!.start, tokens[c.last]!.end));
  const n = c.last - c.first + 1;
  // "Yonhap", "World Bank": a well-known organisation.
  if (lex.orgs.has(written)) return [typed(c, 'organization', true, 'org-list')];
  // "South Korea", "Kursk", "Korean Peninsula".
  const kind = placeKind(lex, key);
  if (kind && (!role || kind === 'country')) return [typed(c, 'place', true, 'place-list', { kind })];
  // "North Korean troops", "British Prime Minister": a demonym is no place.
  const dem = demonymLength(env, c);
  if (dem > 0) {
    if (dem === n) return [];
    // "British Labour Party", "Iraqi News Agency": the demonym belongs to the name.
    if (lex.orgSuffixes.has(keyOf(tokens[c.last]!))) return [typed(c, 'organization', true, 'demonym-org')];
    return classifyChunk(env, { first: c.first + dem, last: c.last }, role);
  }
  const firstKey = keyOf(tokens[c.first]!);
  // "S.A." → "sa": company forms are listed without periods.
  const lastKey = keyOf(tokens[c.last]!).replace(/\./g, '');
  // "March Eurodollars": a month opening the run is a date, not part of a name.
  if (n >= 2 && tokens[c.first]!.tags.has('Month')) return classifyChunk(env, { first: c.first + 1, last: c.last }, role);
  // "Joseph R. Biden, Jr.": a generational suffix after a comma is no name of its own.
  if (n === 1 && isGenerationalSuffix(key)) return [];
  // "Foreign Minister" with no name after it.
  if (lex.titles.has(key.replace(/-(?:designate|elect)$/, ''))) return [];
  // "Information Ministry Director", "U.S. Congressman": a title after a name is no part of it.
  const titled = trailingTitle(env, c);
  if (titled > 0) return classifyChunk(env, { first: c.first, last: c.last - titled }, role);
  // "World Cup", "U.S. Open": events and awards are no entity of ours.
  if (n >= 2 && (lex.miscSuffixes.has(lastKey) || lex.miscHeads.has(firstKey))) return [];
  if (afterMiscHead(env, c)) return [];
  // "K. Spiring": an initial before a capitalised word.
  if (n >= 2 && /^[A-Z]\.?$/.test(tokens[c.first]!.text)) return [typed(c, 'person', true, 'initial')];
  // "Kursk Oblast", "Hebei Province".
  if (n >= 2 && lex.placeSuffixes.has(lastKey)) return [typed(c, 'place', true, 'place-suffix', { kind: 'region' })];
  // "the Clinton White House", "the Obama State Department": a listed organisation closing the run.
  for (let k = c.first + 1; n >= 3 && k <= c.last - 1; k++) {
    if (lex.orgs.has(stripPossessive(text.slice(tokens[k]!.start, tokens[c.last]!.end)))) {
      const org = typed({ first: k, last: c.last }, 'organization', true, 'org-list');
      // "The Islamic State" opening a sentence: the article is no name of its own.
      const words = tokens.slice(c.first, k);
      return words.every((w) => isFunctionWord(w) || /^(?:the|a|an)$/i.test(w.text) || !/^\p{Lu}/u.test(w.text) || /[.]\p{Lu}/u.test(w.text)) ? [org] : [...classifyChunk(env, { first: c.first, last: k - 1 }, role), org];
    }
  }
  const ofTitle = n >= 3 ? splitOfTitle(env, c) : null;
  if (ofTitle) return ofTitle;
  // "Daewoo Corp", "Yonhap News Agency", "Bank of England", "Group of Seven".
  if (n >= 2 && (lex.orgSuffixes.has(lastKey) || lex.orgHeads.has(firstKey))) return [typed(withOrdinal(tokens, c), 'organization', true, 'org-cue')];
  const shaped = shapeRules(env, c, key, lastKey, role);
  if (shaped) return shaped;
  // "Foreign Minister Cho Tae-yul": a title makes a person.
  if (role) return [typed(c, 'person', true, 'title', { role })];
  // "Chicago Cubs", "San Diego Padres": a place (not also a given name) and a capitalised plural nickname.
  const prefixIsPlace = n >= 2 && !!placeKind(lex, spanKey(tokens, c.first, c.last - 1, text));
  const lastIsSurname = tokens[c.last]!.tags.has('Person') || tokens[c.last]!.tags.has('LastName');
  if (prefixIsPlace && /[a-z]s$/.test(tokens[c.last]!.text) && !placeKind(lex, lastKey) && (n > 2 || !lastIsSurname)) {
    return [typed(c, 'organization', true, 'team-nickname')];
  }
  // "San Francisco Fed", "Paris St Germain": a place and a word that is no surname.
  if (prefixIsPlace && !lastIsSurname) {
    return [typed(c, 'organization', false, 'place-inside')];
  }
  // "Seven Iraqis", "Some Palestinians": a plural demonym ends no name.
  if (n >= 2 && lastKey.endsWith('s') && lex.demonyms.has(lastKey.slice(0, -1))) return [];
  // "Douglas & Lomason", "Procter & Gamble".
  if (n >= 3 && tokens.slice(c.first, c.last).some((t) => t.text === '&')) return [typed(c, 'organization', true, 'ampersand')];
  // "near Tal Afar": a place preposition beats a given-name reading compromise does not share.
  if (afterPlaceCue(tokens, c) && lex.givenNames.has(firstKey) && !tokens[c.first]!.tags.has('FirstName')) return [typed(c, 'place', false, 'place-cue', { kind: 'other' })];
  // "Phil Simmons": a known given name and more; one that is also a place ("Chicago") needs a surname.
  const firstIsPlace = !!placeKind(lex, firstKey) && !tokens[c.first]!.tags.has('FirstName');
  if (n >= 2 && n <= 4 && lex.givenNames.has(firstKey) && !isAllCaps(tokens[c.first]!) && (!firstIsPlace || lastIsSurname)) {
    return [typed(c, 'person', true, 'given-name')];
  }
  return [guess(env, c, n)];
}

/** Units, place shapes and runs that split in two; null when none applies. */
function shapeRules(env: Env, c: Chunk, key: string, lastKey: string, role?: string): Typed[] | null {
  const { tokens, lex } = env;
  // "5th Fleet", "3rd Battalion": an ordinal and a unit word.
  if (c.first === c.last && lex.orgSuffixes.has(lastKey) && withOrdinal(tokens, c) !== c) return [typed(withOrdinal(tokens, c), 'organization', true, 'org-cue')];
  // "Northern Iraq", "Gulf of Oman", "Lake Tharthar", "Dayr Az Zawr".
  const shape = placeShape(tokens, c, lex, key);
  if (shape) return [typed(c, 'place', true, shape, { kind: 'region' })];
  // "Minister for the Middle East Tobias Ellwood": a known place, then a person.
  // "Moscow-Pyongyang": two places.
  return splitPlacePerson(env, c, role) ?? splitHyphenated(env, c);
}

/**
 * "Speaker of the House Newt Gingrich", "Minister of Finance Mar'ie Muhammad": after a
 * title and "of (the)", a run that ends in a given name and a surname is the body the
 * title belongs to, then the person, who gets the whole title as role.
 */
function splitOfTitle(env: Env, c: Chunk): Typed[] | null {
  const { tokens, lex, text } = env;
  const of = tokens[c.first - 1]?.normal === 'the' ? c.first - 2 : c.first - 1;
  const title = tokens[of - 1];
  if (tokens[of]?.normal !== 'of' || !title || tokens[of]!.sentence !== tokens[c.first]!.sentence || !lex.titles.has(keyOf(title))) return null;
  for (let k = c.first + 1; k < c.last; k++) {
    const given = tokens[k]!;
    if (!lex.givenNames.has(keyOf(given)) && !given.tags.has('FirstName')) continue;
    const body = { first: c.first, last: k - 1 };
    const kind = placeKind(lex, spanKey(tokens, body.first, body.last, text));
    const role = text.slice(title.start, tokens[k - 1]!.end);
    return [
      kind ? typed(body, 'place', true, 'place-list', { kind }) : typed(body, 'organization', true, 'title-of'),
      typed({ first: k, last: c.last }, 'person', true, 'title', { role }),
    ];
  }
  return null;
}

/** "Exercise Eager Lion" opening a sentence: the head is outside the run. */
function afterMiscHead(env: Env, c: Chunk): boolean {
  const before = env.tokens[c.first - 1];
  const first = env.tokens[c.first]!;
  return !!before && before.sentence === first.sentence && /^[A-Z]/.test(before.text) && env.lex.miscHeads.has(keyOf(before)) && /^ +$/.test(before.post);
}

/** "158th Fighter Wing", "3rd Battalion": a unit's ordinal belongs to its name. */
function withOrdinal(tokens: Token[], c: Chunk): Chunk {
  const before = tokens[c.first - 1];
  if (!before || before.sentence !== tokens[c.first]!.sentence || !/^\d+(?:st|nd|rd|th)$/.test(before.text) || !/^ +$/.test(before.post)) return c;
  return { first: c.first - 1, last: c.last };
}

/**
 * "Middle East Tobias Ellwood", "Ukraine Boris Johnson": a run glued across a role's
 * complement or a line break; a known place, then a given name and a surname.
 */
function splitPlacePerson(env: Env, c: Chunk, role?: string): Typed[] | null {
  const { tokens, lex, text } = env;
  for (let len = Math.min(lex.maxPlaceWords, c.last - c.first - 1); len >= 1; len--) {
    const kind = placeKind(lex, spanKey(tokens, c.first, c.first + len - 1, text));
    const next = tokens[c.first + len]!;
    if (!kind || !lex.givenNames.has(keyOf(next)) || !next.tags.has('FirstName')) continue;
    const place = typed({ first: c.first, last: c.first + len - 1 }, 'place', true, 'place-list', { kind });
    return [place, typed({ first: c.first + len, last: c.last }, 'person', true, role ? 'title' : 'given-name', role ? { role } : {})];
  }
  return null;
}

/** Tokens at the chunk's start that form a demonym ("North Korean", "British"). */
function demonymLength(env: Env, c: Chunk): number {
  const { tokens, lex } = env;
  for (let len = Math.min(2, c.last - c.first + 1); len >= 1; len--) {
    const key = spanKey(tokens, c.first, c.first + len - 1, env.text);
    const singular = key.endsWith('s') ? key.slice(0, -1) : '';
    if (lex.demonyms.has(key) || lex.demonyms.has(singular) || (len === 1 && tokens[c.first]!.tags.has('Demonym') && !placeKind(lex, key))) return len;
  }
  return 0;
}

/** "Moscow-Pyongyang" → two places, when every hyphenated part is a known place. */
function splitHyphenated(env: Env, c: Chunk): Typed[] | null {
  const { tokens, lex, text } = env;
  const parts: Chunk[] = [];
  let start = c.first;
  for (let i = c.first; i < c.last; i++) {
    if (joinedByHyphen(tokens[i]!, tokens[i + 1]!)) {
      parts.push({ first: start, last: i });
      start = i + 1;
    }
  }
  if (parts.length === 0) return null;
  parts.push({ first: start, last: c.last });
  const kinds = parts.map((p) => placeKind(lex, spanKey(tokens, p.first, p.last, text)));
  if (kinds.some((k) => !k)) return null;
  return parts.map((p, i) => typed(p, 'place', true, 'hyphen-places', { kind: kinds[i]! }));
}

/** No list or cue decided: fall back on compromise's tags, then on the shape. */
function guess(env: Env, c: Chunk, n: number): Typed {
  const votes = { person: 0, organization: 0, place: 0 };
  for (let i = c.first; i <= c.last; i++) {
    const tags = env.tokens[i]!.tags;
    if (tags.has('Person') || tags.has('FirstName')) votes.person++;
    if (tags.has('Organization')) votes.organization++;
    if (tags.has('Place')) votes.place++;
  }
  // "Dynamo Moscow", "Air France", "Chicago Board of Trade": a place plus other words.
  if (n >= 2 && hasPlaceWord(env, c)) return typed(c, 'organization', false, 'place-inside');
  if (afterPlaceCue(env.tokens, c)) return typed(c, 'place', false, 'place-cue', { kind: 'other' });
  const t0 = env.tokens[c.first]!;
  // "IRA", "ANC": compromise reads some acronyms as people; an acronym names a body.
  if (n === 1 && isAllCaps(t0) && votes.person > 0 && votes.place === 0) return typed(c, 'organization', false, 'acronym');
  const best = (Object.keys(votes) as EntityType[]).sort((a, b) => votes[b] - votes[a])[0]!;
  if (votes[best] > 0) return typed(c, best, false, 'compromise', best === 'place' ? { kind: 'other' } : {});
  const t = env.tokens[c.first]!;
  // "NATO"-like acronyms standing alone are most often organisations.
  const letters = stripPossessive(t.text).replace(/\./g, '');
  // "FILING", "DELIVERY": an English word in capitals is a form's label, not an acronym.
  if (n === 1 && isAllCaps(t) && letters.length <= 9 && !(letters.length >= 4 && isKnownWord(letters))) return typed(c, 'organization', false, 'acronym');
  if (n >= 2 && n <= 3 && !isAllCaps(t)) {
    // "Cultural Revolution", "Grand Slam", "All Blacks": ordinary words only are no person's name.
    if (allCommonWords(env.tokens, c)) return /[a-z]s$/.test(env.tokens[c.last]!.text) ? typed(c, 'organization', false, 'common-plural') : typed(c, null, false, 'common-words');
    // "Le Monde", "El Al": a definite article opening an unlisted name marks a title, a firm or a paper.
    if (ARTICLES.has(keyOf(t))) return typed(c, 'organization', false, 'article-name');
    // "Regional Initiative", "East Transponder", "Arabic-language": word shapes no one's name has.
    if (hasNonNameWord(env, c)) return typed(c, null, false, 'non-name-word');
    return typed(c, 'person', false, 'two-capitals');
  }
  // "PolitiFact", "WikiLeaks", "InsideSources": a capital inside a word marks a brand, not a
  // person ("McCain", "DeSantis", "MacArthur" have their capital after a name prefix).
  if (n === 1 && isCamelCase(stripPossessive(t.text))) return typed(c, 'organization', false, 'camel-case');
  return typed(c, singleByContext(env, c), false, 'context');
}


const PLACE_BEFORE = new Set(['in', 'near', 'outside', 'into', 'at', 'toward', 'towards', 'across', 'capital']);
const SPEECH = new Set(['said', 'says', 'told', 'added', 'asked', 'replied', 'wrote']);

/** An unknown single name: "in Arbil" is a place, "Dole decided", "said Hill" a person. */
function singleByContext(env: Env, c: Chunk): EntityType | null {
  const before = env.tokens[c.first - 1];
  const after = env.tokens[c.last + 1];
  const t = env.tokens[c.first]!;
  const sameBefore = before && before.sentence === t.sentence && before.post.trim() === '';
  if (sameBefore && PLACE_BEFORE.has(before.normal)) return 'place';
  if (sameBefore && SPEECH.has(before.normal)) return 'person';
  if (after && after.sentence === t.sentence && /^ +$/.test(t.post) && SPEECH.has(after.normal)) return 'person';
  return null;
}

/** How many words at the chunk's end form a title, leaving a name before them (0 when none). */
function trailingTitle(env: Env, c: Chunk): number {
  const { tokens, lex, text } = env;
  // "Julie Bishop", "Carol King": after a given name the title word is a surname;
  // "158th Fighter Wing": a unit word is no title there.
  if (lex.orgSuffixes.has(keyOf(tokens[c.last]!)) || tokens[c.last]!.tags.has('LastName')) return 0;
  for (let n = Math.min(3, c.last - c.first); n >= 1; n--) {
    const before = tokens[c.last - n]!;
    if (lex.givenNames.has(keyOf(before)) || before.tags.has('FirstName')) continue;
    if (lex.titles.has(spanKey(tokens, c.last - n + 1, c.last, text))) return n;
  }
  return 0;
}

/** Romance definite articles ("Le Monde", "El Al"); not "Al", a given name too ("Al Gore"). */
const ARTICLES = new Set(['el', 'la', 'las', 'le', 'les', 'los']);

/** English derivational endings that personal names do not have ("Initiative", "Polarization", "Regional"). */
const NON_NAME_ENDING = /(?:tion|sion|ment|ness|ity|ive|ism|ance|ence|ics|ogy|ship|hood|able|ible|ical|ional|ized|ised|ified)$/;

/**
 * A word of the run that is no part of a person's name: one with an English
 * derivational ending, a compass word or past participle opening the run ("East
 * Transponder", "Unified Trident"), a hyphenated compound with a lower-case or
 * acronym half ("Arabic-language", "Counter-IED").
 */
function hasNonNameWord(env: Env, c: Chunk): boolean {
  const { tokens, lex } = env;
  const first = keyOf(tokens[c.first]!);
  if (lex.compassWords.has(first) || (first.length >= 6 && /[^e]ed$/.test(first))) return true;
  for (let i = c.first; i <= c.last; i++) {
    const t = tokens[i]!;
    if (NON_NAME_ENDING.test(keyOf(t))) return true;
    if (i > c.first && joinedByHyphen(tokens[i - 1]!, t) && (/^[a-z]/.test(t.text) || isAllCaps(t))) return true;
    // "U.S.-Egypt Strategic Dialogue": a word glued from a place and another name.
    const parts = t.text.split('-');
    if (parts.length > 1 && parts.some((p) => /^(?:[A-Z]\.?){2,}$/.test(p) || !!placeKind(lex, p.toLowerCase()))) return true;
  }
  return false;
}

const NAME_TAGS = ['Person', 'FirstName', 'LastName', 'Place', 'Organization', 'Abbreviation'];

function allCommonWords(tokens: Token[], c: Chunk): boolean {
  for (let i = c.first; i <= c.last; i++) {
    const t = tokens[i]!;
    if (!isKnownWord(keyOf(t)) || NAME_TAGS.some((tag) => t.tags.has(tag))) return false;
  }
  return true;
}

function hasPlaceWord(env: Env, c: Chunk): boolean {
  for (let i = c.first; i <= c.last; i++) {
    const key = keyOf(env.tokens[i]!);
    if (env.lex.countries.has(key) || env.lex.cities.has(key)) return true;
  }
  return false;
}
