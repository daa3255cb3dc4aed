/**
 * Stage 6: attribute quotes to speakers and build claims (who said what).
 *
 * Baseline: a speech verb right after a quote ("…,” it said) or right before it
 * ("Blinken said: “…”"), with its subject as the speaker; pronouns resolve to the
 * last fitting entity mentioned before.
 */
import type { Claim, NumberMention, Quote, Speaker, Span } from '../types.js';
import type { Token } from './02-parse.js';
import type { EntityMention } from './03-entities.js';
import type { QuoteSpan } from './05-quotes.js';
import type { DocContext } from './context.js';
import type { ResolvedEntity } from './07-resolve.js';

const SPEECH_VERBS = new Set([
  'say', 'tell', 'add', 'state', 'write', 'ask', 'warn', 'insist', 'announce', 'report',
  'explain', 'note', 'claim', 'argue', 'declare', 'reply', 'respond', 'acknowledge',
]);

function isCue(token: Token): boolean {
  if (!token.tags.has('Verb')) return false;
  const root = token.normal.replace(/(?:ed|d|s)$/, '');
  return SPEECH_VERBS.has(token.normal) || SPEECH_VERBS.has(root) || token.normal === 'said' || token.normal === 'told' || token.normal === 'wrote';
}

export interface Attributed {
  quotes: Quote[];
  claims: Claim[];
}

/** Attribute every quote and build one claim per attributed quote. */
export function attributeQuotes(
  ctx: DocContext,
  quotes: QuoteSpan[],
  entities: ResolvedEntity[],
  numbers: NumberMention[],
): Attributed {
  const out: Attributed = { quotes: [], claims: [] };
  for (const q of quotes) {
    const found = findCue(ctx, q);
    const speaker = found ? toSpeaker(ctx, found.subject, entities) : null;
    const cue = found ? ctx.tokenSpan(found.cue, found.cue) : null;
    const content = ctx.span(q.start, q.end);
    out.quotes.push({ ...content, kind: q.kind, speaker, cue });
    if (speaker) out.claims.push(makeClaim(content, q.kind === 'direct' ? 'direct' : 'mixed', speaker, cue, entities, numbers));
  }
  return out;
}

interface CueMatch {
  cue: Token;
  subject: Token[];
}

function findCue(ctx: DocContext, q: QuoteSpan): CueMatch | null {
  const { tokens } = ctx.parsed;
  // After: “…,” it said / “…,” said Blinken
  const after = tokens.findIndex((t) => t.start >= q.end);
  if (after >= 0) {
    const a = tokens[after]!;
    const b = tokens[after + 1];
    if (b && isCue(b) && (a.tags.has('Pronoun') || a.tags.has('ProperNoun'))) return { cue: b, subject: [a] };
    if (isCue(a) && b?.tags.has('ProperNoun')) return { cue: a, subject: [b] };
  }
  return null;
}

function toSpeaker(ctx: DocContext, subject: Token[], entities: ResolvedEntity[]): Speaker {
  const first = subject[0]!;
  const last = subject[subject.length - 1]!;
  const mention = ctx.tokenSpan(first, last);
  const entity = first.tags.has('Pronoun')
    ? lastBefore(entities, first.start, first.normal === 'it' ? 'organization' : 'person')
    : entities.find((e) => e.mentions.some((m) => m.start <= first.start && m.end >= last.end)) ?? null;
  return { name: entity ? entity.name : mention.text, entity: entity ? entity.id : null, mention };
}

function lastBefore(entities: ResolvedEntity[], offset: number, type: EntityMention['type']): ResolvedEntity | null {
  let best: ResolvedEntity | null = null;
  let bestAt = -1;
  for (const e of entities) {
    if (e.type !== type) continue;
    for (const m of e.mentions) if (m.end <= offset && m.start > bestAt) [best, bestAt] = [e, m.start];
  }
  return best;
}

function makeClaim(
  content: Span,
  kind: Claim['kind'],
  speaker: Speaker | null,
  cue: Span | null,
  entities: ResolvedEntity[],
  numbers: NumberMention[],
): Claim {
  return {
    content,
    kind,
    speaker,
    cue,
    entities: entities.filter((e) => e.spans.some((m) => m.start >= content.start && m.end <= content.end)).map((e) => e.id),
    numbers: numbers.flatMap((n, i) => (n.start >= content.start && n.end <= content.end ? [i] : [])),
  };
}
