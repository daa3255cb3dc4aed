/**
 * Stage 3: find mentions of people, organisations and places.
 *
 * Per sentence: titles (entities/titles.ts), runs of capitalised words
 * (entities/chunks.ts), each typed by rules over the word lists
 * (entities/classify.ts); then document passes (entities/document.ts): type
 * propagation, headlines in capitals, sports teams. Clustering into entities
 * happens in 07-resolve.
 */
import type { DocContext } from './context.js';
import { findChunks } from './entities/chunks.js';
import { classifyChunk, type Typed } from './entities/classify.js';
import { acronymExpansions } from './entities/acronyms.js';
import { coordinatedPlaces, descriptorOrgs, joinedOrgs, isPlaceModifier, placesBeforeCountry } from './entities/cues.js';
import { datelinePlaces, sportsReport, knownNames, possessiveInstitutions, propagateTypes, splitHyphenatedPeople, strandedSurnames, scanCapsSentence, teamsFromPlaces } from './entities/document.js';
import { entityLexicon } from './entities/lexicon.js';
import { findTitles } from './entities/titles.js';
import { isCapsSentence, isTitleCaseHeadline } from './entities/tokens.js';

export type EntityType = 'person' | 'organization' | 'place';

/** One mention, in offsets of the normalised text. */
export interface EntityMention {
  type: EntityType;
  start: number;
  end: number;
  /** The mention's words as in the normalised text ("Antony Blinken"). */
  text: string;
  /** A title or role written before the name ("Secretary of State"). */
  role?: string;
  /** The rule that typed it (for tests and error analysis; not in the output). */
  rule?: string;
}

/** Find entity mentions in the parsed document. */
export function extractEntityMentions(ctx: DocContext): EntityMention[] {
  const { tokens, sentences, text } = ctx.parsed;
  const lex = entityLexicon();
  const env = { tokens, text, lex };
  let typed: Typed[] = [];
  const capsFrom = new Map<number, number>();
  sentences.forEach((s, index) => {
    const dateline = datelinePlaces(tokens, s.first, s.last, text, lex);
    const from = dateline ? dateline.next : s.first;
    if (dateline) typed.push(...dateline.places);
    if (isCapsSentence(tokens, from, s.last) || (index === 0 && isTitleCaseHeadline(tokens, from, s.last, text))) {
      capsFrom.set(index, from);
      return;
    }
    const titles = findTitles(tokens, from, s.last, lex, text);
    const blocked = new Set<number>();
    const roleAt = new Map<number, string>();
    for (const t of titles) {
      for (let i = t.first; i <= t.last; i++) blocked.add(i);
      roleAt.set(t.last + 1, t.role);
    }
    for (const chunk of findChunks(tokens, from, s.last, blocked, lex)) typed.push(...classifyChunk(env, chunk, roleAt.get(chunk.first)));
  });
  descriptorOrgs(typed, tokens, lex, text);
  typed.push(...acronymExpansions(typed, tokens, lex));
  typed.push(...joinedOrgs(typed, tokens, lex));
  placesBeforeCountry(typed, tokens, lex);
  coordinatedPlaces(typed, tokens, lex);
  propagateTypes(typed, tokens, text, lex);
  typed = splitHyphenatedPeople(typed, tokens);
  typed.push(...strandedSurnames(typed, tokens));
  const known = knownNames(typed, tokens, text);
  for (const [index, from] of capsFrom) typed.push(...scanCapsSentence(tokens, from, sentences[index]!.last, known, lex, text));
  const sport = sportsReport(text, lex);
  if (sport) teamsFromPlaces(typed, tokens, text, sport, lex);
  typed.push(...possessiveInstitutions(typed, tokens, lex));
  return typed
    .filter((t) => !isPlaceModifier(t, tokens))
    .sort((a, b) => a.first - b.first)
    .flatMap((t) => toMention(ctx, t));
}

function toMention(ctx: DocContext, t: Typed): EntityMention[] {
  if (!t.type) return [];
  const { tokens, text } = ctx.parsed;
  const start = tokens[t.first]!.start;
  let end = tokens[t.last]!.end;
  // A token glued to punctuation ("Qanbar(Arabic", "Haidar,[1") ends the name there.
  const cut = text.slice(start, end).search(/[([\],;:]/);
  if (cut > 0) end = start + text.slice(start, start + cut).trimEnd().length;
  const possessive = /['’][sS]$|(?<=[sS])['’]$/.exec(text.slice(start, end));
  if (possessive) end -= possessive[0].length;
  // "... Lear Corp." ending a sentence: the period ends the sentence, not the name.
  const next = tokens[t.last + 1];
  if (text[end - 1] === '.' && /^[A-Z][a-z]+\.$/.test(tokens[t.last]!.text) && (!next || next.sentence !== tokens[t.last]!.sentence)) end--;
  const mention: EntityMention = { type: t.type, start, end, text: text.slice(start, end).replace(/\s+/g, ' '), rule: t.rule };
  if (t.role) mention.role = t.role;
  return [mention];
}
