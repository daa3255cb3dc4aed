/**
 * Titles and roles written before a name ("Foreign Minister Cho Tae-yul",
 * "Secretary of State Antony Blinken", "former president Jimmy Carter"). The title
 * is kept as the mention's role, never as part of the name.
 */
import type { Token, TokenRange } from '../doc.js';
import { isCapitalized, isPossessive, joinedBySpace, keyOf } from '../tokens.js';
import type { EntityLexicon } from './lexicon.js';

/** A title found before a name: its tokens and its words as written. */
export interface TitleSpan extends TokenRange {
  /** The title as written ("Secretary of State"). */
  role: string;
}

/**
 * Find the titles in one sentence, tokens [from, to). A title counts only when a
 * capitalised word follows it directly and that run is not an organisation
 * ("General Assembly", "General Motors Corp" are no titles).
 */
export function findTitles(tokens: readonly Token[], from: number, to: number, lex: EntityLexicon, text: string): TitleSpan[] {
  const found: TitleSpan[] = [];
  let i = from;
  while (i < to) {
    const len = titleLength(tokens, i, to, lex);
    const next = tokens[i + len];
    // "Mr. de Blasio": a lower-case particle and a capital after the title start the name too.
    const particle = !!next && lex.nameParticles.has(next.text) && isCapitalized(tokens[i + len + 1]) && i + len + 1 < to;
    if (len === 0 || !next || i + len >= to || !(isCapitalized(next) || particle) || !joinedBySpace(tokens[i + len - 1]!, next)) {
      i++;
      continue;
    }
    const closing = keyOf(tokens[runEnd(tokens, i + len, to)]!);
    // ("Queen Street", "King Fahd Airport", "the Prince Series": a royal title before a run a place or event word closes opens that name)
    if (lex.orgSuffixes.has(closing) || (len === 1 && lex.placeNameTitles.has(keyOf(tokens[i]!)) && (lex.placeSuffixes.has(closing) || lex.miscSuffixes.has(closing)))) {
      i += len;
      continue;
    }
    let first = i;
    while (first > from && lex.titleModifiers.has(keyOf(tokens[first - 1]!)) && joinedBySpace(tokens[first - 1]!, tokens[first]!)) first--;
    found.push({ first, end: i + len, role: text.slice(tokens[first]!.start, tokens[i + len - 1]!.end) });
    i += len;
  }
  return found;
}

/** A title's key without a hyphenated "-elect" or "-designate" ("president-elect" → "president"). */
export function titleKey(key: string, lex: EntityLexicon): string {
  const dash = key.lastIndexOf('-');
  return dash > 0 && lex.titleSuffixes.has(key.slice(dash + 1)) ? key.slice(0, dash) : key;
}

/** Length in tokens of the longest title starting at i (0 when none). */
function titleLength(tokens: readonly Token[], i: number, to: number, lex: EntityLexicon): number {
  let key = '';
  let best = 0;
  const first = keyOf(tokens[i]!);
  if (!lex.titleFirstWords.has(first) && !lex.titleFirstWords.has(titleKey(first, lex))) return 0;
  for (let n = 0; n < lex.maxTitleWords && i + n < to; n++) {
    const t = tokens[i + n]!;
    if (n > 0 && !/^[ -]$/.test(tokens[i + n - 1]!.post)) break;
    key = n === 0 ? keyOf(t) : `${key} ${keyOf(t)}`;
    if (lex.titles.has(titleKey(key, lex)) && t.text === t.text.replace(/['’]s$/, '')) best = n + 1;
  }
  return best;
}

/** The last token of the run of capitals starting at i. */
function runEnd(tokens: readonly Token[], i: number, to: number): number {
  let j = i;
  // ("Prime Minister Ryutaro Hashimoto's Liberal Democratic Party": a possessive ends the name the title belongs to)
  while (j + 1 < to && !isPossessive(tokens[j]!) && isCapitalized(tokens[j + 1]!) && joinedBySpace(tokens[j]!, tokens[j + 1]!)) j++;
  return j;
}
