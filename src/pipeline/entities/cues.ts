/**
 * Context cues around a name the word lists do not know: a descriptor noun
 * directly before or after it says what it names ("news agency Tanjug",
 * "Cofinec CEO", "Ohio-based KeyCorp"). The cue words are data
 * (src/lexicon/org-descriptors-*.txt); only weak guesses and untyped names are
 * retyped, so a listed place or a known given name keeps its type.
 */
import type { Token } from '../02-parse.js';
import { spanKey, type Typed } from './classify.js';
import { type EntityLexicon, placeKind } from './lexicon.js';
import { isKnownWord } from '../lexicon-lookup.js';
import { isPossessive, joinedByHyphen, joinedBySpace, keyOf } from './tokens.js';

/** A lower-case word in the same sentence, joined to its neighbour by a space only. */
function lowerNeighbour(t: Token | undefined, sentence: number): t is Token {
  return !!t && t.sentence === sentence && /^[a-z]/.test(t.text);
}

/** Is the name [first, last] written next to an organisation descriptor? */
export function hasOrgDescriptor(tokens: Token[], first: number, last: number, lex: EntityLexicon): boolean {
  const sentence = tokens[first]!.sentence;
  const before = tokens[first - 1];
  // "the daily Sueddeutsche Zeitung", "serie A club Atalanta", "Ohio-based KeyCorp".
  if (lowerNeighbour(before, sentence) && joinedBySpace(before, tokens[first]!)) {
    if (lex.orgDescriptorsBefore.has(before.normal)) return true;
    const prev = tokens[first - 2];
    if (before.text === 'based' && prev && prev.post === '-') return true;
  }
  // "general manager of Petofi", "chief executive officer of Petofi": a post in a body.
  if (before && before.normal === 'of' && before.sentence === sentence) {
    const role = tokens[first - 2];
    if (role && /^[a-z]/.test(role.text) && lex.orgPosts.has(role.normal) && !placeKind(lex, keyOf(tokens[first]!))) return true;
  }
  // "Cofinec CEO Stephen Frater", "the Eagles owner", "Britain's Sun newspaper".
  const after = tokens[last + 1];
  if (isPossessive(tokens[last]!) || !after || after.sentence !== sentence || !joinedBySpace(tokens[last]!, after)) return false;
  return lex.orgDescriptorsAfter.has(after.text.toLowerCase());
}

/** "Dow Jones industrial average", "FTSE 100 index": a market index, within two words. */
function namesIndex(tokens: Token[], t: Typed, lex: EntityLexicon): boolean {
  const sentence = tokens[t.last]!.sentence;
  for (let k = t.last + 1; k <= t.last + 3 && k < tokens.length; k++) {
    const x = tokens[k]!;
    if (x.sentence !== sentence || !/^ +$/.test(tokens[k - 1]!.post) || !/^[a-z0-9]/.test(x.text)) return false;
    if (lex.indexWords.has(x.normal)) return true;
  }
  return false;
}

/** The longest known place opening a run of two or more words, as a typed place, or null. */
function leadingPlace(tokens: Token[], t: Typed, lex: EntityLexicon, text: string): Typed | null {
  for (let last = t.last - 1; last >= t.first; last--) {
    const kind = placeKind(lex, spanKey(tokens, t.first, last, text));
    if (kind) return { first: t.first, last, type: 'place', strong: true, rule: 'place-list', kind };
  }
  return null;
}

/** Retype weak and untyped names written next to an organisation descriptor; drop market indexes. */
export function descriptorOrgs(typed: Typed[], tokens: Token[], lex: EntityLexicon, text: string): void {
  for (const t of typed) {
    if (t.strong && t.type !== null) continue;
    if (namesIndex(tokens, t, lex)) {
      // "London FTSE-100 index", "Tokyo Nikkei average": the market's place opens the run.
      const place = leadingPlace(tokens, t, lex, text);
      if (place) typed.push(place);
      Object.assign(t, { first: place ? place.last + 1 : t.first, type: null, strong: true, rule: 'index' });
      continue;
    }
    if (hasOrgDescriptor(tokens, t.first, t.last, lex)) Object.assign(t, { type: 'organization', strong: true, rule: 'descriptor' });
  }
}

/** "the town of Sinjar", "the Iraqi city of Mosul": a place noun, "of", the name. */
function afterPlaceNoun(tokens: Token[], t: Typed, lex: EntityLexicon): boolean {
  const of = tokens[t.first - 1];
  const noun = tokens[t.first - 2];
  const same = (x: Token | undefined): x is Token => !!x && x.sentence === tokens[t.first]!.sentence && /^ +$/.test(x.post);
  return same(of) && of.normal === 'of' && same(noun) && /^[a-z]/.test(noun.text) && lex.placeNouns.has(noun.normal);
}

/**
 * "Raqqah, Syria", "Arlington, Texas": an unknown name, a comma, then a country
 * or a first-level region ends a place's address; the name is a place too.
 */
export function placesBeforeCountry(typed: Typed[], tokens: Token[], lex: EntityLexicon): void {
  for (const t of typed) {
    // "the village of Tal Afar": the place noun beats a given-name reading too.
    if ((!t.strong || t.type === null || t.rule === 'given-name') && afterPlaceNoun(tokens, t, lex)) {
      Object.assign(t, { type: 'place', strong: true, rule: 'place-noun', kind: 'other' });
      continue;
    }
    if (t.strong && t.type !== null) continue;
    const last = tokens[t.last]!;
    const next = tokens[t.last + 1];
    if (!next || next.sentence !== last.sentence || !/^, $/.test(last.post) || isPossessive(next)) continue;
    const kind = placeKind(lex, keyOf(next));
    const after = tokens[t.last + 2];
    // "Syria's", "Texas Instruments": the country must close the address.
    if ((kind === 'country' || kind === 'region') && (!after || after.sentence !== next.sentence || !/^ +$/.test(next.post) || !/^[A-Z]/.test(after.text))) {
      Object.assign(t, { type: 'place', strong: true, rule: 'place-address', kind: 'other' });
    }
  }
}

/**
 * "Boston-based", "Amman-bound", "Hong Kong-listed": a place glued by a hyphen to
 * a lower-case word makes an adjective, not a mention of the place (CoNLL marks
 * the whole word as miscellaneous).
 */
export function isPlaceModifier(t: Typed, tokens: Token[]): boolean {
  const next = tokens[t.last + 1];
  return t.type === 'place' && !!next && joinedByHyphen(tokens[t.last]!, next) && /^[a-z]+$/.test(next.text) && isKnownWord(next.text);
}

/**
 * "attacks in Qamenas, Sarmin and Talamenes": untyped names listed with a place,
 * joined only by commas and "and"/"or", are places too. A list with a person or an
 * organisation in it says nothing.
 */
export function coordinatedPlaces(typed: Typed[], tokens: Token[], lex: EntityLexicon): void {
  const sorted = [...typed].sort((a, b) => a.first - b.first);
  let group: Typed[] = [];
  let closed = false;
  const settle = () => {
    // A list ends with "and" or "or"; "in Anhui, Dai came" is two clauses.
    // "Eastern and Northern Europe": a direction word shares the place's noun, it is none itself.
    const ok = closed && group.some((t) => t.type === 'place') && group.every((t) => t.type === 'place' || (isBareUnknown(t, tokens) && !lex.compassWords.has(keyOf(tokens[t.first]!))));
    if (ok) for (const t of group) if (t.type === null) Object.assign(t, { type: 'place', rule: 'context', kind: 'other' });
    group = [];
    closed = false;
  };
  for (const t of sorted) {
    const prev = group[group.length - 1];
    const link = prev ? listLink(tokens, prev.last, t.first) : null;
    if (prev && (!link || closed)) settle();
    if (link === 'and') closed = true;
    group.push(t);
  }
  settle();
}

/** An untyped single word standing alone: not before a number or a capital ("Interstate 95", "Information Minister"). */
function isBareUnknown(t: Typed, tokens: Token[]): boolean {
  const next = tokens[t.last + 1];
  const free = !next || next.sentence !== tokens[t.last]!.sentence || !/^ +$/.test(tokens[t.last]!.post) || !/^[A-Z0-9]/.test(next.text);
  return t.type === null && !t.strong && t.first === t.last && free;
}

/** How two names of a list are joined: ", " (comma), " and ", ", and ", " or " (and); null if not. */
function listLink(tokens: Token[], last: number, first: number): 'comma' | 'and' | null {
  const a = tokens[last]!;
  if (tokens[first]!.sentence !== a.sentence) return null;
  if (first === last + 1) return /^, $/.test(a.post) ? 'comma' : null;
  if (first !== last + 2) return null;
  const joiner = tokens[last + 1]!;
  return /^,? $/.test(a.post) && (joiner.normal === 'and' || joiner.normal === 'or') && /^ $/.test(joiner.post) ? 'and' : null;
}

/**
 * "Securities and Exchange Commission", "House Ways and Means Committee": an
 * organisation word ends a run that "and" joins to an unknown capitalised run
 * before it; the two are one name. A listed or typed name before "and" ("France
 * and European Commission officials") stays apart.
 */
export function joinedOrgs(typed: Typed[], tokens: Token[], lex: EntityLexicon): Typed[] {
  const byLast = new Map<number, Typed>();
  for (const t of typed) byLast.set(t.last, t);
  const out: Typed[] = [];
  for (const b of typed) {
    if (b.type !== 'organization' || b.rule !== 'org-cue' || !lex.orgSuffixes.has(keyOf(tokens[b.last]!).replace(/\./g, ''))) continue;
    const and = tokens[b.first - 1];
    const a = byLast.get(b.first - 2);
    if (!and || and.normal !== 'and' || !a || and.sentence !== tokens[b.first]!.sentence) continue;
    if (!joinedBySpace(tokens[a.last]!, and) || !joinedBySpace(and, tokens[b.first]!)) continue;
    // "Johnson Controls Inc and Lear Corp": two organisations, each with its own ending.
    if ((a.strong && a.type !== null && a.rule !== 'org-cue') || lex.orgCorporate.has(keyOf(tokens[a.last]!).replace(/\./g, ''))) continue;
    if (placeKind(lex, keyOf(tokens[a.first]!)) || a.last - a.first > 3) continue;
    a.type = null;
    b.type = null;
    out.push({ first: a.first, last: b.last, type: 'organization', strong: true, rule: 'org-and' });
  }
  return out;
}
