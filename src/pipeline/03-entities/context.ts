/**
 * Context cues around a name the word lists do not know: a descriptor noun
 * directly before or after it says what it names ("news agency Tanjug",
 * "Cofinec CEO", "Ohio-based KeyCorp"); a place noun, an address or a list with a
 * place makes it a place. The cue words are data (src/lexicon/org-descriptors-*.txt,
 * place-nouns.txt, ...); only weak guesses and untyped names are retyped, so a listed
 * place or a known given name keeps its type.
 */
import type { Token, Typed } from '../doc.js';
import type { RuleId } from '../rule-ids.js';
import { isKnownWord } from '../known-words.js';
import { isCapitalized, isPossessive, joinedByHyphen, joinedBySpace, keyOf, rangeKey, stripPossessive } from '../tokens.js';
import { type EntityLexicon, placeKind } from './lexicon.js';
import { isStateCode } from './place-shapes.js';
import { isRoadCode } from './shapes.js';
import type { EntityEnv } from './rules.js';

/** A lower-case word in the same sentence. */
function lowerNeighbour(t: Token | undefined, sentence: number): t is Token {
  return !!t && t.sentence === sentence && /^[a-z]/.test(t.text);
}

/** Does token `k` open its sentence? */
const sentenceOpener = (tokens: readonly Token[], k: number): boolean => k >= 0 && (k === 0 || tokens[k - 1]!.sentence !== tokens[k]!.sentence);

/** Is the name [first, end) written next to an organisation descriptor? */
export function hasOrgDescriptor(tokens: readonly Token[], first: number, end: number, lex: EntityLexicon): boolean {
  const sentence = tokens[first]!.sentence;
  const before = tokens[first - 1];
  // "the daily Sueddeutsche Zeitung", "serie A club Atalanta", "Ohio-based KeyCorp".
  // ("Chipmaker Norvane said": a descriptor opening the sentence, capitalised)
  const opening = before !== undefined && sentenceOpener(tokens, first - 1) && before.sentence === sentence && joinedBySpace(before, tokens[first]!);
  if (opening && lex.orgDescriptorsOpening.has(before.normal)) return true;
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
  const last = tokens[end - 1]!;
  const after = tokens[end];
  if (isPossessive(last) || !after || after.sentence !== sentence || !joinedBySpace(last, after)) return false;
  return lex.orgDescriptorsAfter.has(after.text.toLowerCase());
}

/** "Dow Jones industrial average", "FTSE 100 index": a market index, within two words. */
function namesIndex(tokens: readonly Token[], t: Typed, lex: EntityLexicon): boolean {
  const sentence = tokens[t.end - 1]!.sentence;
  for (let k = t.end; k <= t.end + 2 && k < tokens.length; k++) {
    const x = tokens[k]!;
    if (x.sentence !== sentence || !/^ +$/.test(tokens[k - 1]!.post) || !/^[a-z0-9]/.test(x.text)) return false;
    if (lex.indexWords.has(x.normal)) return true;
  }
  return false;
}

/** The longest known place opening a run of two or more words, as a typed place, or null. */
function leadingPlace(env: EntityEnv, t: Typed): Typed | null {
  for (let end = t.end - 1; end > t.first; end--) {
    const kind = placeKind(env.lex, rangeKey(env.text, env.tokens, t.first, end));
    if (kind) return { first: t.first, end, type: 'place', strong: true, rule: 'place-list', kind };
  }
  return null;
}

/** Retype weak and untyped names written next to an organisation descriptor; drop market indexes. */
export function descriptorOrgs(env: EntityEnv, typed: Typed[]): Typed[] {
  const out: Typed[] = [];
  for (const t of typed) {
    if (t.strong && t.type !== null) continue;
    if (namesIndex(env.tokens, t, env.lex)) {
      // "London FTSE-100 index", "Tokyo Nikkei average": the market's place opens the run.
      const place = leadingPlace(env, t);
      if (place) out.push(place);
      Object.assign(t, { first: place ? place.end : t.first, type: null, strong: true, rule: 'index' });
      continue;
    }
    if (hasOrgDescriptor(env.tokens, t.first, t.end, env.lex)) Object.assign(t, { type: 'organization', strong: true, rule: 'descriptor' });
  }
  return out;
}

/** "the town of Sinjar", "the Iraqi city of Mosul": a place noun, "of", the name. */
function afterPlaceNoun(tokens: readonly Token[], t: Typed, lex: EntityLexicon): boolean {
  const of = tokens[t.first - 1];
  const noun = tokens[t.first - 2];
  const same = (x: Token | undefined): x is Token => !!x && x.sentence === tokens[t.first]!.sentence && /^ +$/.test(x.post);
  return same(of) && of.normal === 'of' && same(noun) && /^[a-z]/.test(noun.text) && lex.placeNouns.has(noun.normal);
}

/** "rebel-held Karabilah", "Russian-occupied Oleshky": a group hyphened to a holding participle right before the name. */
function afterHeldParticiple(tokens: readonly Token[], t: Typed, lex: EntityLexicon): boolean {
  const held = tokens[t.first - 1];
  const group = tokens[t.first - 2];
  return !!held && !!group && held.sentence === tokens[t.first]!.sentence && joinedBySpace(held, tokens[t.first]!) && lex.evidencePlaceParticiples.has(held.text) && joinedByHyphen(group, held);
}

/**
 * "Raqqah, Syria", "Arlington, Texas": an unknown name, a comma, then a country
 * or a first-level region ends a place's address; the name is a place too.
 * "the village of Tal Afar": a place noun before "of" beats a given-name reading.
 */
export function placesByContext(env: EntityEnv, typed: Typed[]): void {
  const { tokens, lex } = env;
  for (const t of typed) {
    if ((!t.strong || t.type === null || t.rule === 'given-name') && afterPlaceNoun(tokens, t, lex)) {
      Object.assign(t, { type: 'place', strong: true, rule: 'place-noun', kind: 'other' });
      continue;
    }
    if ((!t.strong || t.type === null) && afterHeldParticiple(tokens, t, lex)) {
      Object.assign(t, { type: 'place', strong: true, rule: 'place-held', kind: 'other' });
      continue;
    }
    if (t.strong && t.type !== null) continue;
    const last = tokens[t.end - 1]!;
    const next = tokens[t.end];
    if (!next || next.sentence !== last.sentence || !/^, $/.test(last.post) || isPossessive(next)) continue;
    const kind = isStateCode(next, lex) ? 'region' : placeKind(lex, keyOf(next));
    const after = tokens[t.end + 1];
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
export function isPlaceModifier(t: Typed, tokens: readonly Token[]): boolean {
  const next = tokens[t.end];
  return t.type === 'place' && !!next && joinedByHyphen(tokens[t.end - 1]!, next) && /^[a-z]+$/.test(next.text) && isKnownWord(next.text);
}

/**
 * "attacks in Qamenas, Sarmin and Talamenes": untyped names listed with a place,
 * joined only by commas and "and"/"or", are places too, and so are names listed before
 * a plural place noun ("the Ravi and Chenab rivers"). A list with a person or an
 * organisation in it says nothing of places; untyped names in a list that is mostly
 * people, two or more, are people ("Steve Varnow, Mark Karlsen, Quarle and Ricky Dostal").
 */
export function coordinatedNames(env: EntityEnv, typed: Typed[]): void {
  const { tokens, lex } = env;
  const sorted = [...typed].sort((a, b) => a.first - b.first);
  let group: Typed[] = [];
  let closed = false;
  const settle = () => {
    // A list ends with "and" or "or"; "in Anhui, Dai came" is two clauses.
    // "Eastern and Northern Europe": a direction word shares the place's noun, it is none itself.
    // "the Ravi and Chenab rivers": a plural place noun after the list types it with no place in it.
    const last = group[group.length - 1];
    const noun = last && tokens[last.end];
    const pluralPlace = !!noun && noun.sentence === tokens[last.end - 1]!.sentence && joinedBySpace(tokens[last.end - 1]!, noun) && lex.placePluralNouns.has(noun.text);
    const ok = closed && (pluralPlace || group.some((t) => t.type === 'place')) && group.every((t) => t.type === 'place' || (isBareUnknown(t, tokens) && !lex.compassWords.has(keyOf(tokens[t.first]!))));
    if (ok) for (const t of group) if (t.type === null) Object.assign(t, { type: 'place', rule: 'listed-with-place', kind: 'other' });
    // "Steve Varnow, Mark Karlsen, Quarle and Ricky Dostal": untyped single names listed among people, who are most of the list, are people too
    const people = group.filter((t) => t.type === 'person').length;
    const persons = people >= 2 && people * 2 >= group.length && group.every((t) => t.type === 'person' || isBareUnknown(t, tokens));
    if (persons) for (const t of group) if (t.type === null) Object.assign(t, { type: 'person', rule: 'listed-with-people' });
    group = [];
    closed = false;
  };
  for (const t of sorted) {
    const prev = group[group.length - 1];
    const link = prev ? listLink(tokens, prev.end - 1, t.first) : null;
    if (prev && (!link || closed)) settle();
    if (link === 'and') closed = true;
    group.push(t);
  }
  settle();
}

/** Person guesses a person's affiliation may overrule ("Merrill Lynch" read as a given name and a surname). */
const AFFILIATION_GUESSES: ReadonlySet<RuleId> = new Set<RuleId>(['given-name', 'two-capitals', 'compromise', 'context']);

/**
 * "Ulf Varkov of Merrill Lynch", "Jane Roe of Goldman Sachs said": a name right after a
 * person's full name and "of" is where the person works, a body, though it reads as a
 * person's name; a listed place stays a place ("John Smith of London").
 */
export function affiliations(env: EntityEnv, typed: Typed[]): void {
  const { tokens } = env;
  const personEnds = new Set<number>();
  for (const t of typed) if (t.type === 'person' && t.strong && t.end - t.first >= 2) personEnds.add(t.end - 1);
  if (personEnds.size === 0) return;
  const bodies = new Set<string>();
  for (const t of typed) {
    if (t.type !== 'person' || t.end - t.first < 2 || !AFFILIATION_GUESSES.has(t.rule)) continue;
    const of = tokens[t.first - 1];
    if (!of || of.normal !== 'of' || of.sentence !== tokens[t.first]!.sentence || !personEnds.has(t.first - 2)) continue;
    if (!joinedBySpace(tokens[t.first - 2]!, of) || !joinedBySpace(of, tokens[t.first]!)) continue;
    bodies.add(rangeKey(env.text, tokens, t.first, t.end));
  }
  // (the body's other mentions, guessed people too, are the body: "Merrill Lynch said")
  for (const t of typed) {
    if (t.type === 'person' && AFFILIATION_GUESSES.has(t.rule) && bodies.has(rangeKey(env.text, tokens, t.first, t.end))) Object.assign(t, { type: 'organization', strong: true, rule: 'affiliation' });
  }
}

/**
 * "take the M1 northbound", "the A64, but", "I-44 West": a road's number after "the", or
 * before a road word, names a place; not before another noun ("the M1 money supply",
 * "the A1 rating"); "rated A1 by" has neither. A road prefix and its number ("Interstate 95")
 * are one place. What a chunk rule typed on those tokens gives way ("A1M" read as an acronym).
 */
export function roadNumbers(env: EntityEnv, typed: Typed[]): Typed[] {
  const { tokens, lex } = env;
  const roads: Typed[] = [];
  for (const t of tokens) {
    const numbered = numberedRoad(tokens, t, lex);
    if (numbered) {
      roads.push({ first: t.index, end: t.index + 2, type: 'place', strong: true, rule: 'road-number', kind: 'other' });
      continue;
    }
    if (!isRoadCode(t.text)) continue;
    const before = tokens[t.index - 1];
    const after = tokens[t.index + 1];
    const next = after && after.sentence === t.sentence && /^ +$/.test(t.post) ? after : undefined;
    const roadWord = !!next && lex.roadWords.has(next.normal);
    const nounAfter = !!next && !roadWord && next.tags.has('Noun');
    const afterThe = !!before && before.sentence === t.sentence && before.normal === 'the' && /^ +$/.test(before.post);
    if ((afterThe || roadWord) && !nounAfter) roads.push({ first: t.index, end: t.index + 1, type: 'place', strong: true, rule: 'road-number', kind: 'other' });
  }
  if (roads.length === 0) return typed;
  const taken = new Set(roads.flatMap((r) => (r.end - r.first === 2 ? [r.first, r.first + 1] : [r.first])));
  const overlaps = (x: Typed) => { for (let i = x.first; i < x.end; i++) if (taken.has(i)) return true; return false; };
  return [...typed.filter((x) => !overlaps(x)), ...roads];
}

/** "Interstate 95", "Route 66", "US-75": a capitalised road prefix and a number ("US" only hyphened to it). */
function numberedRoad(tokens: readonly Token[], t: Token, lex: EntityLexicon): boolean {
  const n = tokens[t.index + 1];
  if (!n || !/^\d{1,4}$/.test(n.text) || n.sentence !== t.sentence || !isCapitalized(t) || !lex.roadPrefixes.has(keyOf(t))) return false;
  return joinedByHyphen(t, n) || (t.text.length > 2 && joinedBySpace(t, n));
}

/** An untyped single word standing alone: not before a number or a capital ("Interstate 95", "Information Minister"). */
function isBareUnknown(t: Typed, tokens: readonly Token[]): boolean {
  const last = tokens[t.end - 1]!;
  const next = tokens[t.end];
  const free = !next || next.sentence !== last.sentence || !/^ +$/.test(last.post) || !/^[A-Z0-9]/.test(next.text);
  return t.type === null && !t.strong && t.end - t.first === 1 && free;
}

/** How two names of a list are joined: ", " (comma), " and ", ", and ", " or " (and); null if not. */
function listLink(tokens: readonly Token[], last: number, first: number): 'comma' | 'and' | null {
  const a = tokens[last]!;
  if (tokens[first]!.sentence !== a.sentence) return null;
  if (first === last + 1) return /^, $/.test(a.post) ? 'comma' : null;
  if (first !== last + 2) return null;
  const joiner = tokens[last + 1]!;
  return /^,? $/.test(a.post) && (joiner.normal === 'and' || joiner.normal === 'or') && /^ $/.test(joiner.post) ? 'and' : null;
}

/** An organisation typed by its last word, a company form or unit word ("Daewoo Corp", "5th Fleet"). */
const byOrgWord = (t: Typed, tokens: readonly Token[], lex: EntityLexicon): boolean =>
  (t.rule === 'org-cue' || t.rule === 'unit-ordinal') && lex.orgSuffixes.has(keyOf(tokens[t.end - 1]!).replace(/\./g, ''));

/** An organisation named whole by its cue: an organisation word at its end or heading an "of" phrase ("Daewoo Corp", "University of Paris"). */
const isWholeOrgName = (t: Typed, tokens: readonly Token[], lex: EntityLexicon): boolean =>
  t.type === 'organization' && t.rule === 'org-cue' && t.end - t.first >= 2 &&
  (byOrgWord(t, tokens, lex) || (lex.orgHeads.has(keyOf(tokens[t.first]!)) && lex.nameJoiners.has(tokens[t.first + 1]!.normal)));

/**
 * "Securities and Exchange Commission", "House Ways and Means Committee": an
 * organisation word ends a run that "and" joins to an unknown capitalised run
 * before it; the two are one name. A listed or typed name before "and" ("France
 * and European Commission officials") stays apart.
 */
export function joinedOrgs(env: EntityEnv, typed: Typed[]): Typed[] {
  const { tokens, lex } = env;
  const byEnd = new Map<number, Typed>();
  for (const t of typed) byEnd.set(t.end, t);
  const out: Typed[] = [];
  for (const b of typed) {
    if (b.type !== 'organization' || !byOrgWord(b, tokens, lex)) continue;
    const and = tokens[b.first - 1];
    const a = byEnd.get(b.first - 1);
    if (!and || and.normal !== 'and' || !a || and.sentence !== tokens[b.first]!.sentence) continue;
    if (!joinedBySpace(tokens[a.end - 1]!, and) || !joinedBySpace(and, tokens[b.first]!)) continue;
    // "Johnson Controls Inc and Lear Corp": two organisations, each with its own ending.
    if ((a.strong && a.type !== null && a.rule !== 'org-cue' && a.rule !== 'unit-ordinal') || lex.orgCorporate.has(keyOf(tokens[a.end - 1]!).replace(/\./g, ''))) continue;
    if (placeKind(lex, keyOf(tokens[a.first]!)) || a.end - a.first > 4) continue;
    // "the University of California and Columbia University", "The New York Times and ABC News",
    // "The Sun and The Times", "Continental and Louis Dreyfus Corp": each side a whole name.
    if (isWholeOrgName(a, tokens, lex) || lex.articles.has(tokens[b.first]!.normal) || lex.givenNames.has(keyOf(tokens[b.first]!))) continue;
    a.type = null;
    b.type = null;
    out.push({ first: a.first, end: b.end, type: 'organization', strong: true, rule: 'org-and' });
  }
  return out;
}

/** Lower-case institutions owned by a place: "Seoul's foreign ministry", "Japan's defence ministry". */
export function possessiveInstitutions(env: EntityEnv, typed: Typed[]): Typed[] {
  const { tokens, lex } = env;
  const out: Typed[] = [];
  for (const t of typed) {
    const last = tokens[t.end - 1]!;
    if (t.type !== 'place' || !/['’]s$/.test(last.text)) continue;
    for (let n = 1; n <= 3; n++) {
      const end = tokens[t.end - 1 + n];
      if (!end || end.sentence !== last.sentence || /[A-Z]/.test(end.text[0]!)) break;
      const modifiers = tokens.slice(t.end, t.end - 1 + n);
      if (!modifiers.every((m) => lex.orgModifiers.has(m.normal) && /^ $/.test(m.post))) break;
      if (lex.orgInstitutions.has(end.normal) || lex.orgInstitutions.has(`${tokens[t.end - 2 + n]!.normal} ${end.normal}`)) {
        out.push({ first: t.first, end: t.end + n, type: 'organization', strong: true, rule: 'possessive-institution' });
        break;
      }
    }
  }
  return out;
}

/** The first words of the forms of address ("your", "mr"), computed once per lexicon. */
const ADDRESS_OPENERS = new WeakMap<EntityLexicon, ReadonlySet<string>>();
function addressOpeners(lex: EntityLexicon): ReadonlySet<string> {
  let openers = ADDRESS_OPENERS.get(lex);
  if (!openers) ADDRESS_OPENERS.set(lex, (openers = new Set([...lex.addressForms].map((form) => form.split(' ')[0]!))));
  return openers;
}

/**
 * "Thank you, Your Honor", "My Lords, the appeal raises", "Yes, Mr. President": a form of address with
 * its title capitalised refers to one person, as "the Mayor" does (address-forms.txt). Not before a name
 * ("Her Majesty Queen Elizabeth": the title rules read it) or as a possessive before one ("Her Majesty's
 * Government").
 */
export function addressForms(env: EntityEnv, typed: Typed[]): Typed[] {
  const { tokens, lex } = env;
  const found: Typed[] = [];
  const openers = addressOpeners(lex);
  const word = (i: number) => keyOf(tokens[i]!).replace(/\./g, '');
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!openers.has(word(i))) continue;
    for (const n of [3, 2]) {
      const last = tokens[i + n - 1];
      if (!last || last.sentence !== tokens[i]!.sentence || !isCapitalized(last)) continue;
      let key = word(i);
      for (let j = i + 1; j < i + n; j++) key += ` ${word(j)}`;
      if (!lex.addressForms.has(stripPossessive(key))) continue;
      const next = tokens[i + n];
      if (next && next.sentence === last.sentence && joinedBySpace(last, next) && isCapitalized(next)) break;
      found.push({ first: i, end: i + n, type: 'person', strong: true, rule: 'address-form' });
      i += n - 1;
      break;
    }
  }
  if (found.length === 0) return typed;
  const covered = new Uint8Array(tokens.length);
  for (const f of found) covered.fill(1, f.first, f.end);
  return [...typed.filter((t) => !covered[t.first] && !covered[t.end - 1]), ...found];
}

/**
 * "the Asad regime", "Assad's brutal regime", "the Varko junta": a name (a person's or one nothing
 * typed) with a ruler's body after it, after an article or as a possessive with at most one describing word
 * between, is an organisation spanning the name and the noun (org-ruler-bodies.txt). A place's or a
 * people's regime ("the Syrian regime") is no name of its own. The ruler's name alone elsewhere, where
 * nothing typed it, is a person ("one day Asad and others").
 */
export function rulerBodies(env: EntityEnv, typed: Typed[]): Typed[] {
  const { tokens, lex } = env;
  const out: Typed[] = [];
  const rulers = new Set<string>();
  for (const t of typed) {
    if (t.type === 'organization' || t.type === 'place') continue;
    const first = tokens[t.first]!;
    const last = tokens[t.end - 1]!;
    const sentence = first.sentence;
    const at = (i: number) => (tokens[i]?.sentence === sentence && /^\p{Ll}/u.test(tokens[i]!.text) ? tokens[i] : undefined);
    let end = -1;
    if (isPossessive(last)) {
      const next = at(t.end);
      if (next && lex.orgRulerBodies.has(next.normal)) end = t.end + 1;
      else if (next && at(t.end + 1) && lex.orgRulerBodies.has(tokens[t.end + 1]!.normal) && !lex.orgRulerBodies.has(next.normal)) end = t.end + 2;
    } else if (lex.articles.has(tokens[t.first - 1]?.normal ?? '') && tokens[t.first - 1]!.sentence === sentence && at(t.end) && lex.orgRulerBodies.has(tokens[t.end]!.normal)) end = t.end + 1;
    if (end < 0 || !joinedBySpace(last, tokens[t.end]!)) continue;
    const key = rangeKey(env.text, tokens, t.first, t.end);
    if (placeKind(lex, key) || lex.demonyms.has(key)) continue;
    out.push({ first: t.first, end, type: 'organization', strong: true, rule: 'ruler-body' });
    Object.assign(t, { type: null, strong: true, rule: 'ruler-body' });
    rulers.add(stripPossessive(key));
  }
  // "the Asad regime" ... "one day Asad and others": the ruler named alone, where nothing typed him, is a person
  for (const t of typed) {
    if (t.type === null && !t.strong && rulers.has(stripPossessive(rangeKey(env.text, tokens, t.first, t.end)))) Object.assign(t, { type: 'person', strong: true, rule: 'ruler-name' });
  }
  return out;
}

/**
 * "The Hamrin Mountains (Arabic: Jabāl Hamrīn, Kurdish: Çiyayê Hemrîn)", "the Book of Revelation
 * (Kitêba Cilwe in Kurdish; also transliterated as Kitab Al Jilwah)": a name in brackets glossed by a
 * language is the name before the brackets spelt another way, no mention of anything else (read alone,
 * "Jabāl Hamrīn" looks like a person's name). The gloss words are data (gloss-words.txt; the languages
 * are the demonyms).
 */
export function glosses(env: EntityEnv, typed: Typed[]): void {
  const { tokens, lex } = env;
  const byFirst = new Map<number, Typed>();
  for (const t of typed) byFirst.set(t.first, t);
  const language = (t: Token | undefined) => !!t && lex.demonyms.has(t.normal);
  for (let open = 0; open < tokens.length; open++) {
    if (!tokens[open]!.pre.includes('(')) continue;
    const sentence = tokens[open]!.sentence;
    let close = open;
    while (close < tokens.length - 1 && close - open < 40 && !tokens[close]!.post.includes(')') && tokens[close + 1]!.sentence === sentence) close++;
    if (!tokens[close]!.post.includes(')')) continue;
    // the brackets' parts between semicolons: "Arabic: X", "X in Kurdish", "also … as X" after one of them
    let from = open;
    let glossed = false;
    for (let i = open; i <= close; i++) {
      if (i < close && !tokens[i]!.post.includes(';')) continue;
      const first = tokens[from]!;
      const last = tokens[i]!;
      glossed =
        (language(first) && first.post.startsWith(':')) ||
        (language(last) && lex.glossWords.get(tokens[i - 1]?.normal ?? '') === 'language') ||
        (glossed && lex.glossWords.get(first.normal) === 'further');
      for (let j = from; glossed && j <= i; j++) {
        const t = byFirst.get(j);
        if (t && t.end <= i + 1) Object.assign(t, { type: null, strong: true, rule: 'gloss' });
      }
      from = i + 1;
    }
    open = close;
  }
}
