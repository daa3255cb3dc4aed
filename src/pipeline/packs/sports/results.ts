/**
 * Sports pack, results: the conventions of sports reports and results tables (the
 * CoNLL-2003 convention: a city standing for its team is an organisation,
 * "Leicestershire beat Somerset"). A report is a sports report when its headline opens
 * with a sport ("SOCCER - ...", "TENNIS - ..."); team sports make places teams, while
 * individual sports keep places places and make names before a bracket competitors.
 * The words are data: src/lexicon/sports*.txt.
 */
import { lexicon } from '../../../lexicon/generated/lexicon.js';
import type { Doc, Token, Typed } from '../../doc.js';
import type { RuleId } from '../../rule-ids.js';
import { placeKind } from '../../03-entities/lexicon.js';
import { DATELINE } from '../../03-entities/shapes.js';
import { has, keyOf, rangeKey, stripPossessive } from '../../tokens.js';
import { headlineLabel } from '../headline.js';

export type SportKind = 'team' | 'individual';

/**
 * A sports report: the headline opens with a sport ("SOCCER - ...", "AUSTRALIAN
 * RULES-AFL RESULTS"). Whether its results name teams or people, or null.
 */
export function sportsReport(text: string): SportKind | null {
  const sport = headlineLabel(text);
  const lex = lexicon();
  if (!sport || !lex.sports.has(sport)) return null;
  return lex.sportsIndividual.has(sport) ? 'individual' : 'team';
}

const lastOf = (t: Typed): number => t.end - 1;
const same = (a: Token | undefined, b: Token): a is Token => !!a && a.sentence === b.sentence;

/**
 * In a sports report, cities and regions not after "in", "at"... stand for teams,
 * and so do unknown names before a score or table figures ("Arbroath 3 1 2 0")
 * and capitalised plurals after "the" ("the Expos").
 */
export function teamsFromPlaces(doc: Doc, typed: Typed[], kind: SportKind): void {
  const { tokens, text } = doc;
  const lex = lexicon();
  const teams = new Set<string>();
  const set = (t: Typed, change: Partial<Typed>) => Object.assign(t, change);
  const team = (t: Typed, rule: RuleId) => {
    set(t, { type: 'organization', strong: true, rule });
    teams.add(rangeKey(text, tokens, t.first, t.end));
  };
  for (const t of typed) {
    const scored = isTeamBeforeScore(t, tokens) || isTeamAfterScore(t, tokens) || isTeamInResult(t, tokens);
    if (!isResultPerson(t, tokens) && (scored || (kind === 'team' && isPlayersClub(t, typed, tokens)))) {
      team(t, scored ? 'team-score' : 'team-club');
      continue;
    }
    // A run read as a person's name: "Willem II Tilburg", "Amica Wronki", a club named after its town, its first word a
    // given name; "Aston Villa 3 2 0 1 4 2 6", one heading a row of a standings table.
    if (kind === 'team' && t.type === 'person' && t.rule === 'given-name') {
      const rule = t.end - t.first > 1 && endsInTown(t, tokens, text) ? 'team-town' : headsStandingsRow(t, tokens) ? 'team-shape' : null;
      if (rule) {
        team(t, rule);
        continue;
      }
    }
    // "c Cork b Croft": after a dismissal the name is a player's, even a town's name.
    if (((!t.strong || t.type === null) && (isResultPerson(t, tokens) || (kind === 'individual' && beforeBracket(t, tokens)))) || isDismissed(t, tokens)) {
      set(t, { type: 'person', strong: true, rule: 'result-person' });
      continue;
    }
    if (t.end - t.first === 1 && lex.sportsLabels.has(keyOf(tokens[t.first]!))) {
      t.type = null;
      continue;
    }
    // In cycling or motor racing results a team follows the rider's country: "Lietti (Italy) MG-Technogym 1:16".
    // (a maker's model is no team: "Sainz (Spain) Ford Escort 3:49:41")
    if ((kind === 'team' || /\)/.test(tokens[t.first - 1]?.post ?? '')) && t.rule !== 'product' && isTeamByShape(t, tokens)) {
      team(t, 'team-shape');
      continue;
    }
    if (kind === 'individual' || t.type !== 'place' || t.kind === 'country' || t.rule === 'place-suffix') continue;
    // "Leicester: Leicestershire beat Somerset": the venue heading a result.
    if (/^:/.test(tokens[lastOf(t)]!.post)) continue;
    if (isVenue(t, tokens, text)) continue;
    const before = tokens[t.first - 1];
    // "Keith O'Neill of Norwich City": a club named "X City" takes "of" like a team; "in Mexico City" stays the place.
    const loose = t.rule === 'place-city' && lex.placePrepositions.get(before?.normal ?? '') === 'loose';
    if (same(before, tokens[t.first]!) && lex.placePrepositions.has(before.normal) && !loose) continue;
    set(t, { type: 'organization', rule: 'team' });
  }
  // "Gloria Bistrita (Romania) 2 Valletta (Malta) 1" makes "Gloria Bistrita" a team in
  // the scorers' list and the aggregate line too; "Hearts 2 1 0 1" makes "Hearts" one in prose.
  for (const t of typed) {
    if ((t.type === null || (t.type === 'person' && t.rule !== 'result-person')) && teams.has(rangeKey(text, tokens, t.first, t.end))) {
      set(t, { type: 'organization', strong: true, rule: 'team-score' });
    }
  }
}

/**
 * A team in a football result: its country in brackets, then a goal count and the
 * other side ("Gloria Bistrita (Romania) 2 Valletta (Malta) 1"). A golfer's rounds
 * ("Retief Goosen (South Africa) 71 74") and a tennis score ("(Czech Republic) 7-5
 * 6-3") have other shapes.
 */
function isTeamBeforeScore(t: Typed, tokens: readonly Token[]): boolean {
  const first = tokens[t.first]!;
  let k = t.end;
  const open = tokens[k];
  if (!same(open, first) || !open.pre.includes('(')) return false;
  while (same(tokens[k], first) && !tokens[k]!.post.includes(')') && k < t.end + 3) k++;
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
function isTeamAfterScore(t: Typed, tokens: readonly Token[]): boolean {
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
function isPlayersClub(t: Typed, typed: readonly Typed[], tokens: readonly Token[]): boolean {
  if (t.type === 'place' ? t.kind === 'country' : t.strong && t.type !== null) return false;
  const first = tokens[t.first]!;
  const before = tokens[t.first - 1];
  if (!/\($/.test(first.pre) || !/^\)/.test(tokens[lastOf(t)]!.post) || !same(before, first)) return false;
  return typed.some((p) => p.end === t.first && p.type === 'person');
}

/** "Kispest Honved win 2-0 on aggregate", "Red Star win on away goals rule". */
function isTeamInResult(t: Typed, tokens: readonly Token[]): boolean {
  const after = tokens[t.end];
  const lex = lexicon();
  if (!same(after, tokens[lastOf(t)]!) || !lex.sportsWinWords.has(after.normal)) return false;
  const rest = ` ${tokens.slice(t.end + 1, t.end + 5).map((x) => x.normal).join(' ')} `;
  for (const phrase of lex.sportsTiePhrases) if (rest.includes(` ${phrase} `)) return true;
  return false;
}

/**
 * A place that stays a place in a sports report: in a dateline
 * ("ARLINGTON, Texas 1996-08-31"), or naming where a venue is
 * ("(at The Oval, London)", "At Headingley (Leeds)").
 */
function isVenue(t: Typed, tokens: readonly Token[], text: string): boolean {
  const first = tokens[t.first]!;
  // Look back a short way only: datelines are short, and input lines can be huge.
  const from = Math.max(0, first.start - 80);
  const newline = text.slice(from, first.start).lastIndexOf('\n');
  const lineStart = newline >= 0 ? from + newline + 1 : from === 0 ? 0 : -1;
  const dateline = lineStart >= 0 ? DATELINE.exec(text.slice(lineStart, lineStart + 80)) : null;
  if (dateline && lineStart + dateline[0].length >= tokens[lastOf(t)]!.end) return true;
  if (first.pre.includes('(')) return true;
  const before = tokens[t.first - 1];
  return same(before, first) && /, ?$/.test(before.post) && /^[A-Z]/.test(before.text) && /\(/.test(text.slice(Math.max(0, first.start - 40), first.start));
}

/** The run's last word is a town or region, not a country ("Tilburg", "Wronki"), and the run is in no list. */
function endsInTown(t: Typed, tokens: readonly Token[], text: string): boolean {
  const lex = lexicon();
  const kind = placeKind(lex, keyOf(tokens[lastOf(t)]!));
  // "Gary Sheffield", "Ian Salisbury": a common given name (compromise knows it) is a player's.
  if (has(tokens[t.first], 'FirstName') || has(tokens[lastOf(t)], 'LastName')) return false;
  return (kind === 'city' || kind === 'region') && !placeKind(lex, rangeKey(text, tokens, t.first, t.end));
}

/** "Bada (Nigeria) 45.21": in a report on an individual sport, a name before a bracket is a competitor's. */
function beforeBracket(t: Typed, tokens: readonly Token[]): boolean {
  const after = tokens[t.end];
  return same(after, tokens[lastOf(t)]!) && /^ *$/.test(tokens[lastOf(t)]!.post) && /\($/.test(after.pre) && /^[A-Z]/.test(after.text);
}

/**
 * A player in a results line: after a dismissal ("b Muralitharan 22"), after a
 * rank ("3. Ekimov 1:7", "6. Gunhild Halle (Norway)"), or before the minute of a
 * goal or substitution ("Joakim Persson 81st minute", "(Becerril 46th)").
 */
/** "c Cork b Croft", "lbw b Wasim": a name after a cricket dismissal; "Cork 14.3-4-45-1": a bowler's analysis after it. */
function isDismissed(t: Typed, tokens: readonly Token[]): boolean {
  const before = tokens[t.first - 1];
  if (before && same(before, tokens[t.first]!) && lexicon().sportsDismissals.has(before.text) && /^ +$/.test(before.post)) return true;
  const after = tokens[t.end];
  if (!same(after, tokens[lastOf(t)]!) || !/^ +$/.test(tokens[lastOf(t)]!.post)) return false;
  // "Ijaz Ahmed not out 13", "Saeed Anwar c Knight b Mullally 1": a batsman before how he was out.
  const out = (after.normal === 'not' || after.normal === 'run') && tokens[t.end + 1]?.normal === 'out';
  return BOWLING.test(after.text) || out || (lexicon().sportsDismissals.has(after.text) && /^ +$/.test(after.post) && /^\p{Lu}/u.test(tokens[t.end + 1]?.text ?? ''));
}

/** A bowler's analysis: overs, maidens, runs, wickets ("14.3-4-45-1", "23-3-112-0"). */
const BOWLING = /^\d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}\)?$/;

function isResultPerson(t: Typed, tokens: readonly Token[]): boolean {
  const before = tokens[t.first - 1];
  const after = tokens[t.end];
  if (isDismissed(t, tokens)) return true;
  if (before && /^\d{1,3}$/.test(before.text) && /^\. +$/.test(before.post)) return true;
  if (!same(after, tokens[lastOf(t)]!)) return false;
  // "Smicer 90th)": compromise may keep the closing bracket on the minute.
  if (/^\d+(?:st|nd|rd|th)\)?$/.test(after.text)) return true;
  // "(Jeffrey 7, Roest 33)": a scorer and a minute inside the brackets after a side's goals.
  return /^\d{1,3}\)?$/.test(after.text) && /^[,)]|^\s*$/.test(after.post) && insideScorers(t, tokens);
}

/** The run stands inside brackets that open right after a goal count or a cricket total ("Fortuna Sittard 2 (Jeffrey 7, Roest 33)"). */
function insideScorers(t: Typed, tokens: readonly Token[]): boolean {
  const first = tokens[t.first]!;
  for (let k = t.first; k >= Math.max(0, t.first - 12); k--) {
    const x = tokens[k]!;
    if (x.sentence !== first.sentence || (k < t.first && /\)/.test(x.post + x.text))) return false;
    // after a goal count, or a cricket total ("Pakistan 318-2 (Saeed Anwar 169 not out")
    if (x.pre.includes('(')) return /^\d{1,3}(?:-\d{1,2})?$/.test(tokens[k - 1]?.text ?? '');
  }
  return false;
}

function isTeamByShape(t: Typed, tokens: readonly Token[]): boolean {
  // (a place named by its last word may be a side in a fixture or before figures, below: "v Crystal Palace", "Crystal Palace 3 1 1 1";
  // "Trent Bridge (Nottingham)" stays the ground)
  const suffixPlace = t.strong && t.type === 'place' && t.rule === 'place-suffix';
  if (t.strong && t.type !== null && !suffixPlace) return false;
  const first = tokens[t.first]!;
  const after = tokens[t.end];
  const before = tokens[t.first - 1];
  const match = lexicon().sportsMatchWords;
  // "Hearts - Dave McPherson (44th)": the side opening its scorers' line.
  if (!same(before, first) && same(after, first) && /^ - $/.test(tokens[lastOf(t)]!.post) && /\(\d+(?:st|nd|rd|th)/.test(lineAfter(t, tokens))) return true;
  // "Aberdeen v Hearts, Reading v Stoke": a side of a fixture, whatever follows it.
  if ((t.end - t.first === 1 || suffixPlace) && same(before, first) && /^ +$/.test(before.post) && match.has(before.normal)) return true;
  // "Robbie McEwen (Australia) Rabobank", "(Italy) Mapei three hours": the rider's team after the country, closing the line or before the time.
  if (same(before, first) && /\) +$/.test(before.post) && (/\n/.test(tokens[lastOf(t)]!.post) || !after || has(after, 'Value'))) return true;
  // "Giants", "the Expos": a capitalised plural standing alone; after "the", whatever follows it ("over the Royals.").
  if (t.end - t.first === 1 && /^[A-Z][a-z]+s$/.test(first.text) && (/^ *$/.test(first.post) || (same(before, first) && before.normal === 'the'))) return true;
  if (!/^ *$/.test(tokens[lastOf(t)]!.post)) return false;
  // "Deportivo Coruna 1", "Arbroath 3 1 2 0": a name before a score or table figures.
  // ... but "Muralitharan 10-1-45-2" is a bowler's analysis.
  if (same(after, first) && /^\d/.test(after.text) && !/[(]/.test(after.pre) && !/^\d+(?:\.\d)?-\d+-\d+-\d+/.test(after.text)) return true;
  if (suffixPlace) return false;
  if (t.type === 'person' && t.end - t.first > 1) return false;
  if (same(after, first) && after.pre === '(' && /\)/.test(after.post)) return true;
  if (same(after, first) && match.has(after.normal)) return true;
  if (same(before, first) && match.has(before.normal)) return true;
  return t.rule === 'caps-match';
}

/**
 * The run opens a line (after a rank, "1.") and seven or more plain counts close that line: played, won,
 * drawn, lost, goals for and against, points ("-" for none). A cricket average has fewer, or a decimal.
 */
function headsStandingsRow(t: Typed, tokens: readonly Token[]): boolean {
  const before = tokens[t.first - 1];
  if (before && !/\n/.test(before.post) && !(/^\d+$/.test(before.text) && /^\. +$/.test(before.post))) return false;
  return /^(?:(?:\d{1,3}|-) +){6,}(?:\d{1,3}|-) *(?:\n|$)/.test(lineAfter(t, tokens));
}

/** The text of the run's line after it (a short way only: lines can be huge). */
function lineAfter(t: Typed, tokens: readonly Token[]): string {
  let out = '';
  for (let k = t.end; k < tokens.length && k < t.end + 12; k++) {
    out += tokens[k]!.pre + tokens[k]!.text + tokens[k]!.post;
    if (tokens[k]!.post.includes('\n')) break;
  }
  return out;
}

/** "BENETTON BEAT DINAMO": an unknown word in capitals next to "BEAT" or "V" (a team, if the report is on sport). */
export function besideMatchWord(tokens: readonly Token[], i: number, from: number, to: number): Typed | null {
  const t = tokens[i]!;
  const match = lexicon().sportsMatchWords;
  if (!/^[A-Z]{3,}$/.test(stripPossessive(t.text)) || match.has(t.normal)) return null;
  const before = i > from ? tokens[i - 1] : undefined;
  const after = i + 1 < to ? tokens[i + 1] : undefined;
  const beside = (before && match.has(before.normal)) || (after && match.has(after.normal));
  return beside ? { first: i, end: i + 1, type: null, strong: false, rule: 'caps-match' } : null;
}
