/**
 * A name spelled out before its acronym in brackets is one name, however many
 * lower-case joiners it has: "Organisation for Security and Cooperation in Europe
 * (OSCE)", "Securities and Exchange Commission (SEC)", "Liberation Tigers of Tamil
 * Eelam (LTTE)". The acronym's letters, matched against the initials of the words
 * before the bracket, say where the name starts; the chunks found inside it give
 * way to the whole. The joiners are data (src/lexicon/acronym-joiners.txt).
 */
import type { Token, Typed } from '../doc.js';
import { isCapitalized, keyOf, stripPossessive } from '../tokens.js';
import type { EntityEnv } from './rules.js';

/** Longest expansion looked at, in words (bounds the walk back). */
const MAX_WORDS = 12;

/** Replace the chunks inside each spelled-out name with one mention of the whole name. */
export function acronymExpansions(env: EntityEnv, typed: Typed[]): Typed[] {
  const { tokens, lex } = env;
  const out: Typed[] = [];
  const at = new Map<number, Typed>();
  for (const t of typed) if (t.end - t.first === 1) at.set(t.first, t);
  const starts = startsAt(typed);
  const things = new Set<string>();
  for (let i = 1; i < tokens.length; i++) {
    const acronym = bracketedAcronym(tokens[i]!);
    if (!acronym) continue;
    const first = expansionStart(tokens, i - 1, acronym, lex.acronymJoiners);
    if (first === null || first >= i - 2) continue;
    const inside = within(starts, first, i);
    if (inside.some((x) => x.first === first && x.end === i && x.type)) continue;
    // "Democratic Republic of Korea (DPRK)": places only, and no organisation word at the end.
    const placesOnly = inside.length > 0 && inside.every((x) => x.type === 'place');
    // "Comprehensive Test Ban Treaty (CTBT)": an event's, a treaty's or an award's name spelled out names no entity, nor does its acronym.
    const misc = lex.miscSuffixes.has(keyOf(tokens[i - 1]!));
    if (misc) things.add(acronym);
    const type = misc ? null : placesOnly && !lex.orgSuffixes.has(tokens[i - 1]!.normal) ? 'place' : 'organization';
    const kind = type === 'place' ? { kind: 'other' as const } : {};
    for (const x of inside) x.type = null;
    out.push({ first, end: i, type, strong: true, rule: 'acronym-expansion', ...kind });
    const own = at.get(i);
    if (!own) out.push({ first: i, end: i + 1, type, strong: true, rule: 'acronym-expansion', ...kind });
    else if (!own.strong || own.type === null) Object.assign(own, { type, strong: true, rule: 'acronym-expansion', ...kind });
  }
  // (its other mentions that only the acronym's shape typed name nothing either: "India blocked the CTBT")
  if (things.size > 0) for (const t of typed) if (t.rule === 'acronym' && things.has(stripPossessive(tokens[t.first]!.text).replace(/\./g, ''))) Object.assign(t, { type: null, strong: true, rule: 'acronym-expansion' });
  commonAcronyms(env, typed);
  placeAcronyms(env, typed);
  return [...out, ...repeats(starts, out, tokens)];
}

/**
 * "Sydney's Central Business District or “CBD”", "the Democratic Republic of Congo ... the DRC": an acronym
 * no cue typed, whose letters are the initials of a place named in the document, is that place.
 */
function placeAcronyms(env: EntityEnv, typed: Typed[]): void {
  const { tokens, lex } = env;
  const places = new Set<string>();
  for (const t of typed) {
    // (a dateline in capitals, "UNITED NATIONS 1996-08-28", names where the story was filed, not the body "U.N.")
    if (t.type !== 'place' || t.end - t.first < 2 || t.rule === 'dateline') continue;
    let initials = '';
    for (let k = t.first; k < t.end; k++) if (isCapitalized(tokens[k]!) && !lex.acronymJoiners.has(tokens[k]!.normal)) initials += tokens[k]!.text[0]!.toUpperCase();
    if (initials.length >= 2) places.add(initials);
  }
  if (places.size === 0) return;
  for (const t of typed) {
    if (t.rule !== 'acronym' || !places.has(stripPossessive(tokens[t.first]!.text).replace(/\./g, ''))) continue;
    Object.assign(t, { type: 'place', kind: 'other', strong: true, rule: 'acronym-of-place' });
  }
}

/**
 * "the cash reserve ratio (CRR)", "gross domestic product (GDP)": an acronym spelled
 * out in lower-case words names a thing, not a body; neither it nor its other
 * mentions in the document are names.
 */
function commonAcronyms(env: EntityEnv, typed: Typed[]): void {
  const { tokens, lex } = env;
  const common = new Set<string>();
  for (let i = 1; i < tokens.length; i++) {
    const acronym = bracketedAcronym(tokens[i]!);
    if (acronym && spelledInLowerCase(tokens, i - 1, acronym, lex.acronymJoiners)) common.add(acronym);
  }
  if (common.size === 0) return;
  for (const t of typed) {
    if (t.end - t.first !== 1 || !common.has(stripPossessive(tokens[t.first]!.text).replace(/\./g, ''))) continue;
    Object.assign(t, { type: null, strong: true, rule: 'acronym-common-words' });
  }
}

/** The lower-case words ending at token `last` spell the acronym's letters, one initial each; joiners give none. */
function spelledInLowerCase(tokens: readonly Token[], last: number, acronym: string, joiners: ReadonlySet<string>): boolean {
  const sentence = tokens[last + 1]?.sentence;
  let letter = acronym.length - 1;
  for (let i = last; i >= 0 && letter >= 0 && last - i < MAX_WORDS; i--) {
    const t = tokens[i]!;
    if (t.sentence !== sentence || (i < last && !/^[ -]$/.test(t.post))) return false;
    if (i < last && joiners.has(t.normal)) continue;
    if (!/^\p{Ll}/u.test(t.text) || t.text[0]!.toUpperCase() !== acronym[letter]) return false;
    letter--;
  }
  return letter < 0;
}

/**
 * "... the Securities and Exchange Commission said": the spelled-out name again,
 * without its acronym. One pass over the tokens, looking up word runs of the
 * lengths the expansions have (at most MAX_WORDS), so it stays linear.
 */
function repeats(starts: Map<number, Typed[]>, expansions: Typed[], tokens: readonly Token[]): Typed[] {
  const byKey = new Map<string, Typed>();
  const lengths = new Set<number>();
  const keyOfRun = (first: number, end: number) => tokens.slice(first, end).map((t) => t.text).join(' ');
  for (const e of expansions) {
    if (e.end - e.first === 1) continue;
    byKey.set(keyOfRun(e.first, e.end), e);
    lengths.add(e.end - e.first);
  }
  if (byKey.size === 0) return [];
  const taken = new Set(expansions.flatMap((e) => [e.first, e.end - 1]));
  const found: Typed[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const n of lengths) {
      const end = i + n;
      if (end > tokens.length || tokens[end - 1]!.sentence !== tokens[i]!.sentence) continue;
      const e = byKey.get(keyOfRun(i, end));
      if (!e || taken.has(i) || taken.has(end - 1)) continue;
      for (const x of within(starts, i, end)) x.type = null;
      found.push({ ...e, first: i, end, rule: 'acronym-repeat' });
      i = end - 1;
      break;
    }
  }
  return found;
}

/** The typed chunks by first token, so that looking inside a short range stays cheap. */
function startsAt(typed: Typed[]): Map<number, Typed[]> {
  const map = new Map<number, Typed[]>();
  for (const t of typed) map.set(t.first, [...(map.get(t.first) ?? []), t]);
  return map;
}

/** The chunks inside tokens [first, end) (a range of at most MAX_WORDS + 1 tokens). */
function within(starts: Map<number, Typed[]>, first: number, end: number): Typed[] {
  const out: Typed[] = [];
  for (let k = first; k < end; k++) for (const t of starts.get(k) ?? []) if (t.end <= end) out.push(t);
  return out;
}

/** The letters of a token that is an acronym alone in brackets ("(OSCE)", "(U.N.)"), or null. */
function bracketedAcronym(token: Token): string | null {
  if (!/\($/.test(token.pre) || !/^\)/.test(token.post)) return null;
  const letters = token.text.replace(/\./g, '');
  return /^[A-Z]{2,8}$/.test(letters) ? letters : null;
}

/**
 * Walk back from token `last` matching the acronym's letters, last letter first,
 * against the initials of capitalised words; joiners in between give no letter.
 * Returns the first token of the name, or null when the words do not spell it.
 */
function expansionStart(tokens: readonly Token[], last: number, acronym: string, joiners: ReadonlySet<string>): number | null {
  const sentence = tokens[last + 1]?.sentence;
  let letter = acronym.length - 1;
  let i = last;
  let start: number | null = null;
  for (let words = 0; i >= 0 && words < MAX_WORDS && letter >= 0; i--, words++) {
    const t = tokens[i]!;
    if (t.sentence !== sentence || (i < last && !/^[ -]$/.test(t.post))) return null;
    if (isCapitalized(t)) {
      // "Security and Co-operation": a hyphenated word gives one letter, or one per part.
      if (t.text[0]!.toUpperCase() !== acronym[letter]) return null;
      letter--;
      start = i;
    } else if (i > 0 && tokens[i - 1]!.post === '-' && i !== last) {
      // "Co-operation": the lower-case half of a hyphenated word gives no letter.
    } else if (!joiners.has(t.normal) || i === last) {
      return null;
    }
  }
  return letter < 0 ? start : null;
}
