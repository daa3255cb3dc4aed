/**
 * Document-level passes: what one mention says about the others.
 * - propagation: a name typed by a list or cue once keeps that type elsewhere
 *   ("Blinken" after "Antony Blinken" is a person);
 * - headlines and datelines in capitals: only names known from the lists or from
 *   the body are taken ("LEICESTERSHIRE TAKE OVER AT TOP", "LONDON 1996-08-30");
 * - sports reports: a city or region standing for a team is an organisation
 *   (the CoNLL convention: "Leicestershire beat Somerset").
 */
import type { Token } from '../02-parse.js';
import type { EntityType } from '../03-entities.js';
import { spanKey, type Typed } from './classify.js';
import { type EntityLexicon, placeKind } from './lexicon.js';
import { isAllCaps, isGenerationalSuffix, joinedByHyphen, joinedBySpace, keyOf, MATCH_WORDS, stripPossessive } from './tokens.js';

/** Give weak and untyped mentions the type their words have elsewhere in the document. */
export function propagateTypes(typed: Typed[], tokens: Token[], text: string, lex: EntityLexicon): void {
  const known = new Map<string, EntityType>();
  const personWords = new Set<string>();
  const companyWords = new Set<string>();
  for (const t of typed) {
    if (!t.type || !t.strong) continue;
    const key = spanKey(tokens, t.first, t.last, text);
    if (!known.has(key)) known.set(key, t.type);
    // "Ruch SA" ... "Ruch": a company's first word names it later.
    if (t.type === 'organization' && t.last > t.first && lex.orgCorporate.has(keyOf(tokens[t.last]!))) companyWords.add(keyOf(tokens[t.first]!));
    if (t.type === 'person' && t.last > t.first) {
      for (const word of [nameWord(tokens[t.first]!), nameWord(tokens[surnameAt(tokens, t)]!)]) if (word.length > 2) personWords.add(word);
    }
  }
  // "in Arbil" once makes "Arbil" a place elsewhere in the text too; "Bernd Karbacher",
  // even guessed, makes a lone "Karbacher" nothing else could type a person.
  const byContext = new Map<string, EntityType>();
  for (const t of typed) {
    if (t.type === 'person' && !t.strong && t.last > t.first) byContext.set(nameWord(tokens[t.last]!), 'person');
  }
  for (const t of typed) if (t.rule === 'context' && t.type) byContext.set(spanKey(tokens, t.first, t.last, text), t.type);
  for (const t of typed) {
    if (t.strong && t.rule !== 'place-list') continue;
    const key = spanKey(tokens, t.first, t.last, text);
    const type = known.get(key);
    if (type && !t.strong) Object.assign(t, { type, strong: true, rule: 'propagated' });
    else if (t.first === t.last && personWords.has(key)) Object.assign(t, { type: 'person', strong: true, rule: 'surname' });
    else if (t.first === t.last && companyWords.has(key) && !t.strong) Object.assign(t, { type: 'organization', strong: true, rule: 'company' });
    else if (t.type === null && byContext.has(key)) Object.assign(t, { type: byContext.get(key)!, rule: 'context' });
  }
}

/**
 * "the Trump-Clinton race", "a Cruz-Rubio feud": two surnames of people the document
 * names in full, joined by a hyphen, are two people.
 */
export function splitHyphenatedPeople(typed: Typed[], tokens: Token[]): Typed[] {
  const surnames = new Set<string>();
  for (const t of typed) if (t.type === 'person' && t.last > t.first && !joinedByHyphen(tokens[t.last - 1]!, tokens[t.last]!)) surnames.add(nameWord(tokens[t.last]!));
  const out: Typed[] = [];
  for (const t of typed) {
    const parts = t.last === t.first + 1 && joinedByHyphen(tokens[t.first]!, tokens[t.last]!) ? [t.first, t.last] : null;
    if (t.type !== 'place' && parts && parts.every((i) => surnames.has(nameWord(tokens[i]!)))) {
      for (const i of parts) out.push({ first: i, last: i, type: 'person', strong: true, rule: 'surname' });
    } else out.push(t);
  }
  return out;
}

/**
 * "Levy said ...", "Downer was to meet ...": a surname of a person named in full
 * elsewhere, standing alone where the chunker skips it (an ordinary word opening a
 * sentence: "levy", "downer"), is that person again.
 */
export function strandedSurnames(typed: Typed[], tokens: Token[]): Typed[] {
  const surnames = new Set<string>();
  const covered = new Set<number>();
  for (const t of typed) {
    for (let i = t.first; i <= t.last; i++) covered.add(i);
    const surname = stripPossessive(tokens[surnameAt(tokens, t)]!.text);
    if (t.type === 'person' && t.strong && t.last > t.first && /^[A-Z][a-z]{2,}$/.test(surname)) surnames.add(surname);
  }
  const out: Typed[] = [];
  if (surnames.size === 0) return out;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (covered.has(i) || !surnames.has(stripPossessive(t.text))) continue;
    const next = tokens[i + 1];
    // Alone: not the start of a longer capitalised run ("Levy Industries").
    if (next && next.sentence === t.sentence && /^ +$/.test(t.post) && /^[A-Z]/.test(next.text)) continue;
    out.push({ first: i, last: i, type: 'person', strong: true, rule: 'surname' });
  }
  return out;
}

/** The token of a person's surname: the last, or the one before "Jr."/"III" ("Joseph R. Biden Jr."). */
function surnameAt(tokens: Token[], t: Typed): number {
  return t.last > t.first && isGenerationalSuffix(tokens[t.last]!.text) ? t.last - 1 : t.last;
}

/** A name's word without what a bracket glued to it ("Qanbar(Arabic" → "qanbar"). */
function nameWord(token: Token): string {
  return keyOf(token).replace(/[([].*$/, '');
}

/**
 * Every typed name of the document by its lower-case text, for headline look-ups;
 * a person's surname too ("BOXING - JOHNSON WINS" after "Michael Johnson"), unless
 * the word names something else in the document.
 */
export function knownNames(typed: Typed[], tokens: Token[], text: string): Map<string, EntityType> {
  const known = new Map<string, EntityType>();
  for (const t of typed) if (t.type) known.set(spanKey(tokens, t.first, t.last, text), t.type);
  for (const t of typed) {
    if (t.type !== 'person' || !t.strong || t.last === t.first) continue;
    const surname = nameWord(tokens[surnameAt(tokens, t)]!);
    if (surname.length > 2 && !known.has(surname)) known.set(surname, 'person');
  }
  return known;
}

/** Names in a sentence written in capitals: the longest known run at each position. */
export function scanCapsSentence(
  tokens: Token[],
  from: number,
  to: number,
  known: Map<string, EntityType>,
  lex: EntityLexicon,
  text: string,
): Typed[] {
  const out: Typed[] = [];
  let i = from;
  while (i < to) {
    let hit: Typed | null = null;
    for (let len = Math.min(4, to - i); len >= 1 && !hit; len--) hit = lookupRun(tokens, i, i + len - 1, known, lex, text);
    hit ??= besideMatchWord(tokens, i, from, to);
    if (hit) {
      out.push(hit);
      i = hit.last + 1;
    } else i++;
  }
  return out;
}

/** "BENETTON BEAT DINAMO": an unknown word in capitals next to "BEAT" or "V" (a team, if the report is on sport). */
function besideMatchWord(tokens: Token[], i: number, from: number, to: number): Typed | null {
  const t = tokens[i]!;
  if (!/^[A-Z]{3,}$/.test(stripPossessive(t.text)) || MATCH_WORDS.has(t.normal)) return null;
  const before = i > from ? tokens[i - 1] : undefined;
  const after = i + 1 < to ? tokens[i + 1] : undefined;
  const beside = (before && MATCH_WORDS.has(before.normal)) || (after && MATCH_WORDS.has(after.normal));
  return beside ? { first: i, last: i, type: null, strong: false, rule: 'caps-match' } : null;
}

function lookupRun(tokens: Token[], first: number, last: number, known: Map<string, EntityType>, lex: EntityLexicon, text: string): Typed | null {
  for (let k = first; k <= last; k++) {
    if (!/^[A-Z]/.test(tokens[k]!.text)) return null;
    if (k > first && !joinedBySpace(tokens[k - 1]!, tokens[k]!) && !joinedByHyphen(tokens[k - 1]!, tokens[k]!)) return null;
  }
  const key = spanKey(tokens, first, last, text);
  const type = known.get(key);
  if (type) return { first, last, type, strong: true, rule: 'caps-known', kind: placeKind(lex, key) ?? 'other' };
  const written = text.slice(tokens[first]!.start, tokens[last]!.end);
  if (lex.orgs.has(written) && isAllCaps(tokens[first]!)) return { first, last, type: 'organization', strong: true, rule: 'caps-org' };
  const kind = placeKind(lex, key);
  if (kind && kind !== 'region') return { first, last, type: 'place', strong: true, rule: 'caps-place', kind };
  return null;
}

/**
 * A sports report: the headline opens with a sport ("SOCCER - ...", "TENNIS - ...").
 * Returns whether its results name teams or people, or null when it is no sports report.
 */
export function sportsReport(text: string, lex: EntityLexicon): 'team' | 'individual' | null {
  // "SOCCER - ...", "AUSTRALIAN RULES-AFL RESULTS", "Australian Rules - AFL results".
  const m = /^\s*([A-Za-z][A-Za-z ]{1,30}?)\s*-\s*[A-Z0-9]/.exec(text.slice(0, 200));
  const sport = m?.[1]!.toLowerCase();
  if (!sport || !lex.sports.has(sport)) return null;
  return lex.sportsIndividual.has(sport) ? 'individual' : 'team';
}

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'to', 'of', 'into', 'outside', 'across', 'around']);

/** "LONDON 1996-08-30", "BIRMINGHAM, England 1996-08-31", "WASHINGTON -": a dateline. */
const DATELINE = /^[A-Z][A-Za-z .'-]*(?:, [A-Z][A-Za-z .'-]*)? (?:\d{4}-\d\d-\d\d|[-—–])/;

/**
 * In a sports report, cities and regions not after "in", "at"... stand for teams,
 * and so do unknown names before a score or table figures ("Arbroath 3 1 2 0")
 * and capitalised plurals after "the" ("the Expos").
 */
export function teamsFromPlaces(typed: Typed[], tokens: Token[], text: string, kind: 'team' | 'individual', lex: EntityLexicon): void {
  const teams = new Set<string>();
  for (const t of typed) {
    const scored = isTeamBeforeScore(t, tokens) || isTeamAfterScore(t, tokens) || isTeamInResult(t, tokens);
    if (!isResultPerson(t, tokens) && (scored || (kind === 'team' && isPlayersClub(t, typed, tokens)))) {
      Object.assign(t, { type: 'organization', strong: true, rule: scored ? 'team-score' : 'team-club' });
      teams.add(spanKey(tokens, t.first, t.last, text));
      continue;
    }
    // "Willem II Tilburg", "Amica Wronki": a club named after its town, its first word a given name.
    if (kind === 'team' && t.type === 'person' && t.rule === 'given-name' && t.last > t.first && endsInTown(t, tokens, text, lex)) {
      Object.assign(t, { type: 'organization', strong: true, rule: 'team-town' });
      teams.add(spanKey(tokens, t.first, t.last, text));
      continue;
    }
    if ((!t.strong || t.type === null) && (isResultPerson(t, tokens) || (kind === 'individual' && beforeBracket(t, tokens)))) {
      Object.assign(t, { type: 'person', strong: true, rule: 'result-person' });
      continue;
    }
    if (t.first === t.last && lex.sportsLabels.has(keyOf(tokens[t.first]!))) {
      t.type = null;
      continue;
    }
    // In cycling or motor racing results a team follows the rider's country: "Lietti (Italy) MG-Technogym 1:16".
    if ((kind === 'team' || /\)/.test(tokens[t.first - 1]?.post ?? '')) && isTeamByShape(t, tokens)) {
      Object.assign(t, { type: 'organization', strong: true, rule: 'team-shape' });
      continue;
    }
    if (kind === 'individual' || t.type !== 'place' || t.kind === 'country' || t.rule === 'place-suffix') continue;
    // "Leicester: Leicestershire beat Somerset": the venue heading a result.
    if (/^:/.test(tokens[t.last]!.post)) continue;
    if (isVenue(t, tokens, text)) continue;
    const before = tokens[t.first - 1];
    if (before && before.sentence === tokens[t.first]!.sentence && PLACE_PREPOSITIONS.has(before.normal)) continue;
    t.type = 'organization';
    t.rule = 'team';
  }
  // "Gloria Bistrita (Romania) 2 Valletta (Malta) 1" makes "Gloria Bistrita" a team in
  // the scorers' list and the aggregate line too.
  for (const t of typed) {
    if (t.type === 'person' && t.rule !== 'result-person' && teams.has(spanKey(tokens, t.first, t.last, text))) {
      Object.assign(t, { type: 'organization', strong: true, rule: 'team-score' });
    }
  }
}

/**
 * A team in a football result: its country in brackets, then a goal count and the
 * other side ("Gloria Bistrita (Romania) 2 Valletta (Malta) 1"). A golfer's rounds
 * ("Retief Goosen (South Africa) 71 74") and a tennis score ("(Czech Republic) 7-5
 * 6-3") have other shapes.
 */
function isTeamBeforeScore(t: Typed, tokens: Token[]): boolean {
  const first = tokens[t.first]!;
  const same = (x: Token | undefined): x is Token => !!x && x.sentence === first.sentence;
  let k = t.last + 1;
  const open = tokens[k];
  if (!same(open) || !open.pre.includes('(')) return false;
  while (same(tokens[k]) && !tokens[k]!.post.includes(')') && k < t.last + 4) k++;
  if (!tokens[k]?.post.includes(')')) return false;
  const goals = tokens[k + 1];
  const other = tokens[k + 2];
  if (!goals || !/^1?\d$/.test(goals.text) || !/^\s*$/.test(goals.post)) return false;
  // Then the other side on the same line, or the half-time score "(1-1)"; a points
  // table ("6. David Coulthard (Britain) 18") has the next rank there.
  if (!other) return false;
  if (other.pre.includes('(') && /^\d+-\d+$/.test(other.text)) return true;
  return !/\n/.test(goals.post) && /^[A-Z]/.test(other.text);
}

/** "Flamurtari Vlore (Albania) 0 Chemlon Humenne (Slovakia) 2": the side after the first side's goals. */
function isTeamAfterScore(t: Typed, tokens: Token[]): boolean {
  const goals = tokens[t.first - 1];
  const close = tokens[t.first - 2];
  if (!goals || !close || goals.sentence !== tokens[t.first]!.sentence || !/^1?\d$/.test(goals.text)) return false;
  if (!/^\) +$/.test(close.post) || !/^ +$/.test(goals.post)) return false;
  // The first side's country in brackets: "(Albania)".
  let k = t.first - 2;
  while (k > t.first - 6 && k > 0 && !tokens[k]!.pre.includes('(')) k--;
  return tokens[k]!.pre.includes('(') && /^[A-Z]/.test(tokens[k]!.text);
}

/**
 * "Yvan Quentin (Sion)", "Ramon Vega (Cagliari)": in a squad list, a player's club
 * in brackets after the player, even one named after its city; a country there
 * ("(Norway)") stays a place.
 */
function isPlayersClub(t: Typed, typed: Typed[], tokens: Token[]): boolean {
  if (t.type === 'place' ? t.kind === 'country' : t.strong && t.type !== null) return false;
  const first = tokens[t.first]!;
  const before = tokens[t.first - 1];
  if (!/\($/.test(first.pre) || !/^\)/.test(tokens[t.last]!.post) || !before || before.sentence !== first.sentence) return false;
  return typed.some((p) => p.last === t.first - 1 && p.type === 'person');
}

/** "Kispest Honved win 2-0 on aggregate", "Red Star win on away goals rule". */
function isTeamInResult(t: Typed, tokens: Token[]): boolean {
  const after = tokens[t.last + 1];
  if (!after || after.sentence !== tokens[t.last]!.sentence || !/^(?:win|wins|won)$/.test(after.normal)) return false;
  const rest = tokens.slice(t.last + 2, t.last + 6).map((x) => x.normal).join(' ');
  return /\b(?:on aggregate|on away goals|on penalties)\b/.test(rest);
}


/**
 * A place that stays a place in a sports report: in a dateline
 * ("ARLINGTON, Texas 1996-08-31"), or naming where a venue is
 * ("(at The Oval, London)", "At Headingley (Leeds)").
 */
function isVenue(t: Typed, tokens: Token[], text: string): boolean {
  const first = tokens[t.first]!;
  // Look back a short way only: datelines are short, and input lines can be huge.
  const from = Math.max(0, first.start - 80);
  const newline = text.slice(from, first.start).lastIndexOf('\n');
  const lineStart = newline >= 0 ? from + newline + 1 : from === 0 ? 0 : -1;
  const dateline = lineStart >= 0 ? DATELINE.exec(text.slice(lineStart, lineStart + 80)) : null;
  if (dateline && lineStart + dateline[0].length >= tokens[t.last]!.end) return true;
  if (first.pre.includes('(')) return true;
  const before = tokens[t.first - 1];
  return !!before && before.sentence === first.sentence && /, ?$/.test(before.post) && /^[A-Z]/.test(before.text) && /\(/.test(text.slice(Math.max(0, first.start - 40), first.start));
}

/** The run's last word is a town or region, not a country ("Tilburg", "Wronki"), and the run is in no list. */
function endsInTown(t: Typed, tokens: Token[], text: string, lex: EntityLexicon): boolean {
  const kind = placeKind(lex, keyOf(tokens[t.last]!));
  // "Gary Sheffield", "Ian Salisbury": a common given name (compromise knows it) is a player's.
  if (tokens[t.first]!.tags.has('FirstName') || tokens[t.last]!.tags.has('LastName')) return false;
  return (kind === 'city' || kind === 'region') && !placeKind(lex, spanKey(tokens, t.first, t.last, text));
}

/** "Bada (Nigeria) 45.21": in a report on an individual sport, a name before a bracket is a competitor's. */
function beforeBracket(t: Typed, tokens: Token[]): boolean {
  const after = tokens[t.last + 1];
  return !!after && after.sentence === tokens[t.last]!.sentence && /^ *$/.test(tokens[t.last]!.post) && /\($/.test(after.pre) && /^[A-Z]/.test(after.text);
}

/** Cricket dismissals written before a player: "c Vaas b Chandana", "lbw b Mushtaq Ahmed". */
const DISMISSALS = new Set(['b', 'c', 'lbw', 'st']);

/**
 * A player in a results line: after a dismissal ("b Muralitharan 22"), after a
 * rank ("3. Ekimov 1:7", "6. Gunhild Halle (Norway)"), or before the minute of a
 * goal or substitution ("Joakim Persson 81st minute", "(Becerril 46th)").
 */
function isResultPerson(t: Typed, tokens: Token[]): boolean {
  const before = tokens[t.first - 1];
  const after = tokens[t.last + 1];
  if (before && DISMISSALS.has(before.text) && /^ +$/.test(before.post)) return true;
  if (before && /^\d{1,3}$/.test(before.text) && /^\. +$/.test(before.post)) return true;
  return !!after && after.sentence === tokens[t.last]!.sentence && /^\d+(?:st|nd|rd|th)$/.test(after.text);
}

function isTeamByShape(t: Typed, tokens: Token[]): boolean {
  if (t.strong && t.type !== null) return false;
  const first = tokens[t.first]!;
  const after = tokens[t.last + 1];
  const before = tokens[t.first - 1];
  const same = (x: Token | undefined): x is Token => !!x && x.sentence === first.sentence;
  if (!/^ *$/.test(tokens[t.last]!.post)) return false;
  // "Deportivo Coruna 1", "Arbroath 3 1 2 0": a name before a score or table figures.
  // ... but "Muralitharan 10-1-45-2" is a bowler's analysis.
  if (same(after) && /^\d/.test(after.text) && !/[(]/.test(after.pre) && !/^\d+(?:\.\d)?-\d+-\d+-\d+/.test(after.text)) return true;
  if (t.type === 'person' && t.last > t.first) return false;
  if (same(after) && after.pre === '(' && /\)/.test(after.post)) return true;
  if (same(after) && MATCH_WORDS.has(after.normal)) return true;
  if (same(before) && MATCH_WORDS.has(before.normal)) return true;
  // "the Expos", "Giants": a capitalised plural standing alone.
  if (t.first === t.last && /^[A-Z][a-z]+s$/.test(first.text)) return true;
  return t.rule === 'caps-match';
}

/** Lower-case institutions owned by a place: "Seoul's foreign ministry", "Japan's defence ministry". */
const INSTITUTIONS = new Set(['ministry', 'parliament', 'central bank', 'cabinet', 'army', 'navy', 'embassy', 'foreign office']);

/**
 * "Seoul's foreign ministry" names an organisation the text never capitalises:
 * a possessive place, up to two lower-case modifiers, an institution noun.
 */
export function possessiveInstitutions(typed: Typed[], tokens: Token[], lex: EntityLexicon): Typed[] {
  const out: Typed[] = [];
  for (const t of typed) {
    if (t.type !== 'place' || !/['’]s$/.test(tokens[t.last]!.text)) continue;
    for (let n = 1; n <= 3; n++) {
      const end = tokens[t.last + n];
      if (!end || end.sentence !== tokens[t.last]!.sentence || /[A-Z]/.test(end.text[0]!)) break;
      const modifiers = tokens.slice(t.last + 1, t.last + n);
      if (!modifiers.every((m) => lex.orgModifiers.has(m.normal) && /^ $/.test(m.post))) break;
      if (INSTITUTIONS.has(end.normal) || INSTITUTIONS.has(`${tokens[t.last + n - 1]!.normal} ${end.normal}`)) {
        out.push({ first: t.first, last: t.last + n, type: 'organization', strong: true, rule: 'possessive-institution' });
        break;
      }
    }
  }
  return out;
}

/**
 * A dateline opening a line: "LONDON 1996-08-30", "ARLINGTON, Texas 1996-08-31",
 * "WASHINGTON -". Its names are places whatever the lists say. Returns the places
 * and the index of the first token after them.
 */
export function datelinePlaces(
  tokens: Token[],
  from: number,
  to: number,
  text: string,
  lex: EntityLexicon,
): { places: Typed[]; next: number } | null {
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
    places.push({ first: i, last: j, type: 'place', strong: true, rule: 'dateline', kind: 'other' });
    i = j + 1;
  }
  return places.length > 0 && places.length <= 2 ? { places, next: i } : null;
}
