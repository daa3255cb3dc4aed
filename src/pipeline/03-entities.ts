/**
 * Stage 3: find mentions of people, organisations and places.
 *
 * Baseline: runs of tokens that compromise tagged Person, Organization or Place,
 * within one sentence, with possessives and honorifics trimmed. Clustering into
 * entities happens in 07-resolve.
 */
import type { Token } from './02-parse.js';
import type { DocContext } from './context.js';

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
}

const TYPE_OF_TAG: [string, EntityType][] = [
  ['Person', 'person'],
  ['Organization', 'organization'],
  ['Place', 'place'],
];

function typeOf(token: Token): EntityType | null {
  if (token.tags.has('Honorific') && !token.tags.has('ProperNoun')) return null;
  for (const [tag, type] of TYPE_OF_TAG) if (token.tags.has(tag)) return type;
  return null;
}

const POSSESSIVE = /['’]s?$/;

/** Find entity mentions in the parsed document. */
export function extractEntityMentions(ctx: DocContext): EntityMention[] {
  const { tokens } = ctx.parsed;
  const mentions: EntityMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const type = typeOf(tokens[i]!);
    if (!type) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && continues(tokens[j]!, tokens[j + 1]!, type)) j++;
    const mention = toMention(ctx, tokens[i]!, tokens[j]!, type);
    if (mention) mentions.push(mention);
    i = j + 1;
  }
  return mentions;
}

function continues(prev: Token, next: Token, type: EntityType): boolean {
  if (prev.sentence !== next.sentence) return false;
  if (/[,;:()"“”]/.test(prev.post) || /[("“”]/.test(next.pre)) return false;
  if (POSSESSIVE.test(prev.text) && prev.tags.has('Possessive')) return false;
  return typeOf(next) === type;
}

function toMention(ctx: DocContext, first: Token, last: Token, type: EntityType): EntityMention | null {
  const start = first.start;
  let end = last.end;
  const possessive = /['’]s$|['’]$/.exec(ctx.parsed.text.slice(start, end));
  if (possessive) end -= possessive[0].length;
  const text = ctx.parsed.text.slice(start, end).replace(/\s+/g, ' ').trim();
  if (!/[A-Za-z]/.test(text)) return null;
  return { type, start, end, text };
}
