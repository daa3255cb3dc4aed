/**
 * Document-level passes: what one mention says about the others.
 * - propagation: a name typed by a list or cue once keeps that type elsewhere
 *   ("Blinken" after "Antony Blinken" is a person);
 * - surnames: "the Trump-Clinton race", a lone "Levy said" after "David Levy";
 * - headlines and datelines in capitals: only names known from the lists or from
 *   the body are taken ("LEICESTERSHIRE TAKE OVER AT TOP", "LONDON 1996-08-30").
 */
import type { EntityType, Token, Typed } from '../doc.js';
import { besideMatchWord } from '../packs/sports/results.js';
import { isKnownWord } from '../known-words.js';
import { isAllCaps, isCapitalized, joinedByHyphen, joinedBySpace, keyOf, rangeKey, stripPossessive } from '../tokens.js';
import { type EntityLexicon, placeKind, townTail } from './lexicon.js';
import type { EntityEnv } from './rules.js';
import { DATELINE, isGenerationalSuffix } from './shapes.js';

/** Rules whose type a mention of the same words elsewhere takes when nothing stronger typed it. */
const CONTEXT_RULES = new Set(['context', 'listed-with-place']);

/** Give weak and untyped mentions the type their words have elsewhere in the document. */
export function propagateTypes(env: EntityEnv, typed: Typed[]): void {
  const { tokens, text, lex } = env;
  const known = new Map<string, EntityType>();
  const personWords = new Set<string>();
  const companyWords = new Set<string>();
  const shortNames = new Map<string, EntityType>();
  const orgTails = new Set<string>();
  for (const t of typed) {
    // "the Boston Red Sox" ... "the Red Sox": a body's name after the place that opens it names it alone.
    const tail = t.type === 'organization' && t.end - t.first >= 2 ? townTail(tokens.slice(t.first, t.end).map(keyOf), lex) : null;
    if (tail) orgTails.add(tail);
    if (!t.type || !t.strong) continue;
    const key = rangeKey(text, tokens, t.first, t.end);
    if (!known.has(key)) known.set(key, t.type);
    // "the Chatham Islands" … "the Chathams": the plural of a group's first word names the group
    const group = `${keyOf(tokens[t.first]!)}s`;
    if (t.type === 'place' && t.end - t.first === 2 && lex.placePluralHeads.has(keyOf(tokens[t.end - 1]!)) && !known.has(group)) known.set(group, 'place');
    // "Ruch SA" ... "Ruch": a company's first word names it later.
    if (t.type === 'organization' && t.end - t.first > 1 && lex.orgCorporate.has(keyOf(tokens[t.end - 1]!).replace(/\./g, ''))) companyWords.add(keyOf(tokens[t.first]!));
    // "the Bardo National Museum" ... "Bardo", "the Varkov Institute" ... "Varkov": a name word no dictionary knows,
    // opening a body's or a facility's name, names the body or the facility alone.
    const head = shortName(t, tokens, lex);
    if (head) shortNames.set(head, t.type);
    if (t.type === 'person') for (const word of fullNameWords(tokens, t)) personWords.add(word);
  }
  // "in Arbil" once makes "Arbil" a place elsewhere in the text too; "Bernd Karbacher",
  // even guessed, makes a lone "Karbacher" nothing else could type a person, and one compromise
  // alone guessed a body ("Dvořák's international reputation").
  const byContext = new Map<string, EntityType>();
  const guessedSurnames = new Set<string>();
  for (const t of typed) {
    if (t.type === 'person' && !t.strong && t.end - t.first > 1) guessedSurnames.add(nameWord(tokens[t.end - 1]!));
  }
  for (const word of guessedSurnames) byContext.set(word, 'person');
  for (const t of typed) if (CONTEXT_RULES.has(t.rule) && t.type) byContext.set(rangeKey(text, tokens, t.first, t.end), t.type);
  for (const t of typed) {
    if (t.strong && t.rule !== 'place-list') continue;
    const key = rangeKey(text, tokens, t.first, t.end);
    const type = known.get(key);
    const single = t.end - t.first === 1;
    if (type && !t.strong) Object.assign(t, { type, strong: true, rule: 'propagated' });
    else if (single && personWords.has(key)) Object.assign(t, { type: 'person', strong: true, rule: 'surname' });
    else if (single && t.type !== 'organization' && familyOf(tokens[t.first]!, personWords)) Object.assign(t, { type: 'person', strong: true, rule: 'family-name' });
    else if (single && companyWords.has(key) && !t.strong) Object.assign(t, { type: 'organization', strong: true, rule: 'company' });
    else if (single && shortNames.has(key) && !t.strong) Object.assign(t, { type: shortNames.get(key)!, strong: true, rule: 'short-name' });
    else if (t.type === null && orgTails.has(key)) Object.assign(t, { type: 'organization', strong: true, rule: 'org-tail' });
    else if (t.type === null && byContext.has(key)) Object.assign(t, { type: byContext.get(key)!, rule: 'context' });
    else if (single && t.rule === 'compromise' && t.type !== 'person' && guessedSurnames.has(key)) Object.assign(t, { type: 'person', rule: 'context' });
  }
}

/**
 * The first word of a body's name closed by its kind ("Varkov Institute", "Stanford University") or of a
 * facility's ("Bardo National Museum"), when no dictionary knows it as a word and it names no people. A
 * surname our given-name list also holds counts ("Stanford"); a person the document names in full keeps it.
 */
function shortName(t: Typed, tokens: readonly Token[], lex: EntityLexicon): string | null {
  if (t.end - t.first < 2 || (t.type !== 'organization' && t.type !== 'place')) return null;
  const first = keyOf(tokens[t.first]!);
  const last = keyOf(tokens[t.end - 1]!);
  // ("Varlen and Osk Commission": a first word joined by "and" is one of two names)
  if (isKnownWord(first) || lex.demonyms.has(first) || !isCapitalized(tokens[t.first + 1]!)) return null;
  return (t.type === 'organization' ? lex.orgSuffixes : lex.placeSuffixes).has(last) ? first : null;
}

/**
 * "the Trump-Clinton race", "a Cruz-Rubio feud": two surnames of people the document
 * names in full, joined by a hyphen, are two people.
 */
export function splitHyphenatedPeople(env: EntityEnv, typed: Typed[]): Typed[] {
  const { tokens } = env;
  const surnames = new Set<string>();
  for (const t of typed) if (t.type === 'person' && t.end - t.first > 1 && !joinedByHyphen(tokens[t.end - 2]!, tokens[t.end - 1]!)) surnames.add(nameWord(tokens[t.end - 1]!));
  const out: Typed[] = [];
  for (const t of typed) {
    const parts = t.end === t.first + 2 && joinedByHyphen(tokens[t.first]!, tokens[t.first + 1]!) ? [t.first, t.first + 1] : null;
    if (t.type !== 'place' && parts && parts.every((i) => surnames.has(nameWord(tokens[i]!)))) {
      for (const i of parts) out.push({ first: i, end: i + 1, type: 'person', strong: true, rule: 'hyphenated-surnames' });
    } else out.push(t);
  }
  return out;
}

/**
 * "Levy said ...", "Downer was to meet ...": a surname of a person named in full
 * elsewhere, standing alone where the chunker skips it (an ordinary word opening a
 * sentence: "levy", "downer"), is that person again.
 */
export function strandedSurnames(env: EntityEnv, typed: Typed[]): Typed[] {
  const { tokens } = env;
  const surnames = new Set<string>();
  const covered = new Uint8Array(tokens.length);
  for (const t of typed) {
    covered.fill(1, t.first, t.end);
    const surname = stripPossessive(tokens[surnameAt(tokens, t)]!.text);
    if (t.type === 'person' && t.strong && t.end - t.first > 1 && /^[A-Z][a-z]{2,}$/.test(surname)) surnames.add(surname);
  }
  const out: Typed[] = [];
  if (surnames.size === 0) return out;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (covered[i] || !surnames.has(stripPossessive(t.text))) continue;
    const next = tokens[i + 1];
    // Alone: not the start of a longer capitalised run ("Levy Industries").
    if (next && next.sentence === t.sentence && /^ +$/.test(t.post) && /^[A-Z]/.test(next.text)) continue;
    out.push({ first: i, end: i + 1, type: 'person', strong: true, rule: 'stranded-surname' });
  }
  return out;
}

/** The token of a person's surname: the last, or the one before "Jr."/"III" ("Joseph R. Biden Jr."). */
function surnameAt(tokens: readonly Token[], t: Typed): number {
  // ("Peter the Great" is Peter later; "Elizabeth II" is Elizabeth)
  if (t.rule === 'epithet-name') return t.first;
  return t.end - t.first > 1 && isGenerationalSuffix(tokens[t.end - 1]!.text) ? t.end - 2 : t.end - 1;
}

/** "the Kennedys", "the Olsens'": the plural of a surname of a person the document names in full is the family. */
function familyOf(token: Token, personWords: ReadonlySet<string>): boolean {
  const key = stripPossessive(keyOf(token));
  return key.length > 4 && key.endsWith('s') && /^\p{Lu}\p{Ll}/u.test(token.text) && personWords.has(key.slice(0, -1));
}

/** A name's word without what a bracket glued to it ("Qanbar(Arabic" → "qanbar"). */
/** The given name and the surname of a person named in full, lower case, three letters or more ("Stefan Raichev": stefan, raichev); none for one word. */
export function fullNameWords(tokens: readonly Token[], t: Typed): string[] {
  if (t.end - t.first < 2) return [];
  return [nameWord(tokens[t.first]!), nameWord(tokens[surnameAt(tokens, t)]!)].filter((word) => word.length > 2);
}

function nameWord(token: Token): string {
  return keyOf(token).replace(/[([].*$/, '');
}

/**
 * Every typed name of the document by its lower-case text, for headline look-ups;
 * a person's surname too ("BOXING - JOHNSON WINS" after "Michael Johnson"), unless
 * the word names something else in the document.
 */
export function knownNames(env: EntityEnv, typed: Typed[]): Map<string, EntityType> {
  const { tokens, text } = env;
  const known = new Map<string, EntityType>();
  for (const t of typed) if (t.type) known.set(rangeKey(text, tokens, t.first, t.end), t.type);
  for (const t of typed) {
    if (t.type !== 'person' || !t.strong || t.end - t.first === 1) continue;
    const surname = nameWord(tokens[surnameAt(tokens, t)]!);
    if (surname.length > 2 && !known.has(surname)) known.set(surname, 'person');
  }
  return known;
}

/** Names in a sentence written in capitals, tokens [from, to): the longest known run at each position. */
export function scanCapsSentence(env: EntityEnv, from: number, to: number, known: Map<string, EntityType>): Typed[] {
  const out: Typed[] = [];
  let i = from;
  while (i < to) {
    let hit: Typed | null = null;
    for (let len = Math.min(4, to - i); len >= 1 && !hit; len--) hit = lookupRun(env, i, i + len, known);
    hit ??= besideMatchWord(env.tokens, i, from, to);
    if (hit) {
      out.push(hit);
      i = hit.end;
    } else i++;
  }
  return out;
}

function lookupRun(env: EntityEnv, first: number, end: number, known: Map<string, EntityType>): Typed | null {
  const { tokens, text, lex } = env;
  for (let k = first; k < end; k++) {
    if (!/^[A-Z]/.test(tokens[k]!.text)) return null;
    if (k > first && !joinedBySpace(tokens[k - 1]!, tokens[k]!) && !joinedByHyphen(tokens[k - 1]!, tokens[k]!)) return null;
  }
  const key = rangeKey(text, tokens, first, end);
  const type = known.get(key);
  if (type) return { first, end, type, strong: true, rule: 'caps-known', kind: placeKind(lex, key) ?? 'other' };
  const written = text.slice(tokens[first]!.start, tokens[end - 1]!.end);
  if (lex.orgs.has(written) && isAllCaps(tokens[first]!)) return { first, end, type: 'organization', strong: true, rule: 'caps-org' };
  const kind = placeKind(lex, key);
  if (kind && kind !== 'region') return { first, end, type: 'place', strong: true, rule: 'caps-place', kind };
  return null;
}

/**
 * A dateline opening a line: "LONDON 1996-08-30", "ARLINGTON, Texas 1996-08-31",
 * "WASHINGTON -". Its names are places whatever the lists say. Returns the places
 * and the index of the first token after them.
 */
export function datelinePlaces(env: EntityEnv, from: number, to: number, lex: EntityLexicon): { places: Typed[]; next: number } | null {
  const { tokens, text } = env;
  const start = tokens[from]!.start;
  if (start > 0 && text[start - 1] !== '\n') return null;
  const m = DATELINE.exec(text.slice(start, start + 80));
  if (!m) return null;
  const dated = /\d$/.test(m[0]);
  const names = m[0].replace(/\s*(?:\d{4}-\d\d-\d\d|[-—–])$/, '');
  // "SOCCER - JAPAN WIN" is a headline: before a dash, only a known place makes a dateline.
  if (!dated && !placeKind(lex, names.split(',')[0]!.trim().toLowerCase())) return null;
  const end = start + names.length;
  const places: Typed[] = [];
  let i = from;
  while (i < to && tokens[i]!.end <= end) {
    let j = i;
    while (j + 1 < to && tokens[j + 1]!.end <= end && joinedBySpace(tokens[j]!, tokens[j + 1]!)) j++;
    if (!/^[A-Z]/.test(tokens[i]!.text)) return null;
    places.push({ first: i, end: j + 1, type: 'place', strong: true, rule: 'dateline', kind: 'other' });
    i = j + 1;
  }
  return places.length > 0 && places.length <= 2 ? { places, next: i } : null;
}
