/**
 * Turn a speaker's noun phrase into a Speaker: `mention` is always the words in the
 * text; `entity` is the resolved entity, found through the entities of 07-resolve:
 * - a mention that overlaps an entity's mention ("Blinken", "Foreign Minister Cho");
 * - "he"/"she" → the last person mentioned before (outside quotes), "it" → the last
 *   organisation;
 * - a role noun ("the ministry", "the spokesman") → the last entity whose name or
 *   roles hold that noun.
 * Better entities make this better with no change here.
 */
import { lexicon } from '../../lexicon/generated/lexicon.js';
import type { Speaker } from '../../types.js';
import { type Doc, type EntityType, type ResolvedEntity, span, type Tag, type Token, type TokenRange } from '../doc.js';
import { firstAtOrAfter } from '../sorted.js';
import { endsParagraph, has, hasAny, isCapitalized } from '../tokens.js';
import { combine, type Gender, isSubjectMention, personGender, phraseGender, pronounGender, tokenAt } from './antecedents.js';
import { sentenceSubject } from './noun-phrases.js';
import { breaksAfter, isRoleNoun } from './predicates.js';

interface Placed {
  entity: ResolvedEntity;
  start: number;
  end: number;
  /** A person mention that is the subject of its clause (see antecedents.ts). */
  subject?: boolean;
}

/** How far back (characters) an organisation that spoke is still what "it" stands for, before any later name. */
const IT_SPEAKER_REACH = 400;

/** What a pronoun can stand for: "he"/"she" a person, "it" an organisation or place, "they" a group. */
type Kind = 'person' | 'organization' | 'group';

const PRONOUN_KIND: Record<string, Kind> = { he: 'person', she: 'person', it: 'organization', they: 'group' };

/** A speaker named earlier in the text (resolved or not). */
interface PriorSpeaker {
  at: number;
  entity: ResolvedEntity | null;
  name: string;
  kind: Kind;
  gender: Gender;
}

/** A candidate for "he"/"she": a speaker or the subject of a clause is a strong one. */
interface Candidate extends PriorSpeaker {
  strong: boolean;
  /** A speaker named in a frame (not only a mention). */
  spoke?: boolean;
}

const kindOfEntity = (e: ResolvedEntity): Kind => (e.type === 'person' ? 'person' : 'organization');

/** The head of a speaker phrase: its last word before a preposition ("Chad's Ambassador to France", "Officials at the agency"). */
function headOf(tokens: readonly Token[], phrase: TokenRange): number {
  let h = phrase.first;
  while (h < phrase.end - 1 && !has(tokens[h + 1], 'Preposition') && tokens[h + 1]!.normal !== 'to') h++;
  return h;
}

/** Guess what an unresolved speaker phrase is: "the spokesman" a person, "officials" a group. */
function kindOfPhrase(tokens: readonly Token[], phrase: TokenRange): Kind {
  const head = tokens[phrase.end - 1]!;
  if (has(head, 'Person') || tokens.slice(phrase.first, phrase.end - 1).some((t) => has(t, 'Honorific'))) return 'person';
  if (has(head, 'Plural')) return 'group';
  // ("a transcript reviewed by Business Insider" is no one "he" can stand for)
  const capitalOnly = has(head, 'ProperNoun') && phrase.end - phrase.first <= 3 && !tokens.slice(phrase.first, phrase.end).some((t) => has(t, 'Preposition') || has(t, 'Determiner'));
  // ("One woman, who …, said": a word that tells a person's gender names a person)
  const lex = lexicon();
  return lex.cuesRolesPeople.has(head.normal) || lex.cuesGenderFemale.has(head.normal) || lex.cuesGenderMale.has(head.normal) || capitalOnly ? 'person' : 'organization';
}

/** Tags of a word that makes the name after it someone other than the role's holder. */
const OWNER_BEFORE: readonly Tag[] = ['Preposition', 'Determiner', 'Possessive', 'Conjunction', 'Honorific', 'Actor'];

/** Longest entity mention considered when looking for overlaps, in characters. */
const MAX_MENTION = 200;
/** How many entity mentions back a pronoun or role noun may reach. */
const MAX_LOOKBACK = 60;

const surname = (name: string): string => name.slice(name.lastIndexOf(' ') + 1).toLowerCase();

/** Index of the first mention starting at or after `offset`. */
function lowerBound(placed: Placed[], offset: number): number {
  return firstAtOrAfter(placed, (p) => p.start, offset);
}

/** The mentions not inside any quote range (both lists sorted by start). */
function outside(placed: Placed[], ranges: { start: number; end: number }[]): Placed[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: Placed[] = [];
  let r = 0;
  for (const p of placed) {
    while (r < sorted.length && sorted[r]!.end <= p.start) r++;
    const q = sorted[r];
    if (!q || p.start < q.start || p.end > q.end) out.push(p);
  }
  return out;
}

/** "Rep. Gwen Moore (D-Wis.)": the name is the words before the bracket, which stays in the mention. */
function beforeBracket(tokens: readonly Token[], phrase: TokenRange): TokenRange {
  for (let k = phrase.first + 1; k < phrase.end; k++) if (tokens[k]!.pre.includes('(')) return { first: phrase.first, end: k };
  return phrase;
}

/** Longest introduction of a person indexed, in words ("Facebook CEO", "U.S. Secretary of State"). */
const MAX_INTRODUCTION = 4;

const introductionKey = (tokens: readonly Token[], first: number, end: number): string =>
  tokens
    .slice(first, end)
    .map((t) => t.normal)
    .join(' ');

/** A title or role word ("CEO", "spokesman"): a speaker with one at its head is a person. */
const isTitleWord = (t: Token): boolean => lexicon().titles.has(t.normal) || isRoleNoun(t.normal);

/** Entity mentions in text order, with those inside quotation marks left out for pronouns. */
export class SpeakerResolver {
  private readonly placed: Placed[];
  private readonly outsideQuotes: Placed[];
  private readonly speakers: PriorSpeaker[] = [];
  private readonly persons: ResolvedEntity[];
  /** Persons by the words that introduce a mention of them ("facebook ceo" of "Facebook CEO Mark Zuckerberg"); null when several. */
  private introductions: Map<string, ResolvedEntity | null> | null = null;

  constructor(
    private readonly doc: Doc,
    entities: ResolvedEntity[],
    quoteRanges: { start: number; end: number }[],
  ) {
    this.placed = entities
      .flatMap((entity) => entity.mentions.map((m) => ({ entity, start: m.start, end: m.end })))
      .sort((a, b) => a.start - b.start);
    this.outsideQuotes = outside(this.placed, quoteRanges);
    this.persons = entities.filter((e) => e.type === 'person');
    const { tokens } = doc;
    for (const p of this.outsideQuotes) {
      if (p.entity.type !== 'person') continue;
      const first = tokenAt(tokens, p.start);
      let end = first + 1;
      while (end < tokens.length && tokens[end]!.end <= p.end) end++;
      p.subject = first < tokens.length && isSubjectMention(tokens, { first, end });
    }
  }

  /**
   * The Speaker for a phrase of the shared token array. Call in text order: earlier
   * speakers are antecedents for later pronouns ("the ministry said … “…,” it said"),
   * except those `quoted` (inside quotation marks).
   */
  resolve(phrase: TokenRange, quoted = false): Speaker {
    const { tokens } = this.doc;
    const a = tokens[phrase.first]!;
    const head = tokens[phrase.end - 1]!;
    // "Rep. Gwen Moore (D-Wis.)": the closing bracket belongs to the mention
    const bracket = /^\.?\)/.exec(head.post);
    // "I've agreed": a pronoun's contraction is no part of the speaker's words ("I")
    const contraction = phrase.end - phrase.first === 1 && head.contracted ? /['’]/.exec(head.text)?.index : undefined;
    const end = contraction ? head.start + contraction : head.end + (bracket ? bracket[0].length : 0);
    const mention = span(this.doc, a.start, end);
    if (phrase.end - phrase.first === 1 && has(head, 'Pronoun')) {
      // "his attacks on Roe, saying …": a possessive stands for the pronoun it belongs to
      // ("led her to declare": an object pronoun too)
      const pronoun = lexicon().speakerPossessives.get(head.normal) ?? lexicon().speakerObjectPronouns.get(head.normal) ?? head.normal;
      const kind = PRONOUN_KIND[pronoun];
      const gender = pronounGender(pronoun);
      // "Lorenz and Fetter plotted the point. They found …", "Cruz's allies bristle …, they insist": "they" is the
      // group the sentence, or the one before, is about
      if (kind === 'group') {
        const group = this.groupSubject(phrase.first);
        if (group) return group.entity ? { name: group.entity.name, entity: group.entity.id, mention } : { name: span(this.doc, tokens[group.first]!.start, tokens[group.end - 1]!.end).text, entity: null, mention };
      }
      const antecedent = gender ? this.personAntecedent(head.start, gender) : kind ? this.antecedent(head.start, kind) : null;
      if (!antecedent) return { name: mention.text, entity: null, mention };
      return { name: antecedent.name, entity: antecedent.entity?.id ?? null, mention };
    }
    const named = beforeBracket(tokens, phrase);
    // "both Roscosmos and NASA said": two sources joined are a group, neither one of them
    const joined = this.joinsSources(named);
    const entity = joined ? null : this.find(named);
    const name = entity ? entity.name : mention.text;
    const gender = entity ? this.genderOf(entity) : joined ? null : phraseGender(tokens, named);
    // a source inside quotation marks ("… the Alliance, which continues …") is no antecedent outside them
    if (!quoted) this.speakers.push({ at: a.start, entity, name, kind: entity ? kindOfEntity(entity) : joined ? 'group' : kindOfPhrase(tokens, named), gender });
    return { name, entity: entity ? entity.id : null, mention };
  }

  /**
   * The plural subject or the named sources joined ("Lorenz and Fetter") that open the sentence of
   * token `k` before it, or else the sentence before in the same paragraph; null when there is none.
   */
  private groupSubject(k: number): (TokenRange & { entity: ResolvedEntity | null }) | null {
    const { tokens, sentences } = this.doc;
    const index = tokens[k]!.sentence;
    const here = sentenceSubject(tokens, k);
    let np = here && here.end <= k ? here : null;
    if (!np && (!here || here.first === k) && index > 0) {
      const before = sentences[index - 1]!;
      if (!endsParagraph(tokens[before.end - 1]!)) np = sentenceSubject(tokens, before.end - 1);
    }
    if (!np || has(tokens[np.end - 1], 'Pronoun')) return null;
    const joined = this.joinsSources(np);
    if (!joined && !has(tokens[headOf(tokens, np)], 'Plural')) return null;
    return { ...np, entity: joined ? null : this.find(np) };
  }

  /**
   * Does a word join two named sources in the phrase ("Jeb Bush and Chris Christie", "RT and its
   * defenders"), outside any name ("Procter & Gamble")? Not two roles of one person ("a former chairman
   * and presidential candidate"), nor inside a modifier ("the center at the Urban Institute and …").
   */
  private joinsSources(phrase: TokenRange): boolean {
    const { tokens, mentions } = this.doc;
    for (let k = phrase.first + 1; k < phrase.end - 1; k++) {
      const t = tokens[k]!;
      if (has(t, 'Preposition')) return false;
      // (not two titles of one person: "former Gov. and Committee Chairman Ed Roe", "… Capital and author of …")
      const before = tokens[k - 1]!;
      const after = tokens[k + 1]!;
      if (!lexicon().speakerCoordinators.has(t.normal) || !isCapitalized(before) || has(before, 'Honorific') || isRoleNoun(after.normal)) continue;
      const m = mentions[firstAtOrAfter(mentions, (x) => x.end, t.end)];
      if (!m || m.start > t.start) return true;
    }
    return false;
  }

  private readonly genders = new Map<ResolvedEntity, Gender>();
  private surnames: Map<string, Gender> | undefined;

  /** The gender of a person entity; "Roe" alone takes the gender of "Jane Roe" when all agree. */
  private genderOf(entity: ResolvedEntity): Gender {
    if (entity.type !== 'person') return null;
    let g = this.genders.get(entity);
    if (g === undefined) {
      g = personGender(this.doc.tokens, entity.mentions, entity.roles);
      // only a lone surname borrows ("Bill Clinton" is not "Hillary Clinton")
      if (g === null && !entity.name.includes(' ')) g = this.bySurname().get(surname(entity.name)) ?? null;
      this.genders.set(entity, g);
    }
    return g;
  }

  private bySurname(): Map<string, Gender> {
    if (!this.surnames) {
      const seen = new Map<string, Gender | undefined>();
      for (const e of this.persons) {
        const own = personGender(this.doc.tokens, e.mentions, e.roles);
        if (own !== null || !seen.has(surname(e.name))) seen.set(surname(e.name), combine(seen.get(surname(e.name)), own));
      }
      this.surnames = new Map([...seen].map(([k, v]) => [k, v ?? null]));
    }
    return this.surnames;
  }

  /**
   * "he"/"she": walking back from the pronoun, the first person of a fitting gender who
   * spoke or was the subject of a clause in this sentence or the one before; else the
   * last person of a fitting gender mentioned ("Police arrested Roe. He said …").
   */
  private personAntecedent(offset: number, gender: Gender): PriorSpeaker | null {
    const { tokens } = this.doc;
    const sentenceOf = (at: number) => tokens[Math.min(tokenAt(tokens, at), tokens.length - 1)]!.sentence;
    const sentence = sentenceOf(offset);
    const fits = (c: Candidate) => c.gender === null || c.gender === gender;
    let fallback: Candidate | null = null;
    const walk = this.candidatesBefore(offset);
    for (let c = walk(); c; c = walk()) {
      if (!fits(c)) continue;
      const near = sentenceOf(c.at) >= sentence - 1;
      if (near && c.strong) return c.spoke ? c : (this.speakerBefore(walk, c, sentenceOf, fits) ?? c);
      if (!near && fallback) return fallback;
      fallback ??= c;
    }
    return fallback;
  }

  /**
   * "Reid said Rubio and Cruz are weak, but he …": a subject inside what a speaker of the same
   * sentence said gives way to that speaker (the next candidates, up to the sentence's start).
   */
  private speakerBefore(walk: () => Candidate | null, c: Candidate, sentenceOf: (at: number) => number, fits: (c: Candidate) => boolean): Candidate | null {
    const sentence = sentenceOf(c.at);
    for (let d = walk(); d && sentenceOf(d.at) === sentence; d = walk()) if (d.spoke && fits(d)) return d;
    return null;
  }

  /** Persons before `offset`, latest first: mentions outside quotes and speakers, merged. */
  private candidatesBefore(offset: number): () => Candidate | null {
    let i = lowerBound(this.outsideQuotes, offset) - 1;
    let j = this.speakers.length - 1;
    let steps = 0;
    return () => {
      while (i >= 0 && (this.outsideQuotes[i]!.entity.type !== 'person' || this.outsideQuotes[i]!.end > offset)) i--;
      while (j >= 0 && (this.speakers[j]!.kind !== 'person' || this.speakers[j]!.at >= offset)) j--;
      if (steps++ >= MAX_LOOKBACK || (i < 0 && j < 0)) return null;
      const p = this.outsideQuotes[i];
      const s = this.speakers[j];
      if (s && (!p || s.at >= p.start)) {
        j--;
        return { ...s, strong: true, spoke: true };
      }
      i--;
      return { at: p!.start, entity: p!.entity, name: p!.entity.name, kind: 'person', gender: this.genderOf(p!.entity), strong: p!.subject === true };
    };
  }

  /**
   * The later of: the last fitting entity mentioned, the last fitting speaker named. "they"
   * takes only a group that spoke ("Officials at Stanford met. They said …" is not Stanford).
   */
  private antecedent(offset: number, kind: Kind): PriorSpeaker | null {
    const entity = kind === 'group' ? null : this.lastBefore(offset, kind === 'person' ? 'person' : 'organization');
    let speaker: PriorSpeaker | null = null;
    for (let k = this.speakers.length - 1; k >= 0 && this.speakers.length - k < MAX_LOOKBACK; k--) {
      const s = this.speakers[k]!;
      if (s.at < offset && s.kind === kind) {
        speaker = s;
        break;
      }
    }
    // "The agency warned against pills that contain DNP. “…,” it said.": an organisation that spoke just
    // before is what "it" stands for, not a name mentioned in what it said
    const spokeJustBefore = kind === 'organization' && speaker !== null && offset - speaker.at <= IT_SPEAKER_REACH;
    if (entity && (!speaker || (entity.at > speaker.at && !spokeJustBefore))) return { at: entity.at, entity: entity.entity, name: entity.entity.name, kind, gender: null };
    return speaker;
  }

  private find(phrase: TokenRange): ResolvedEntity | null {
    const { tokens } = this.doc;
    const { first } = phrase;
    const last = phrase.end - 1;
    const a = tokens[first]!;
    const h = headOf(tokens, phrase);
    const head = tokens[h]!;
    const overlapping: Placed[] = [];
    for (let k = lowerBound(this.placed, a.start - MAX_MENTION); k < this.placed.length; k++) {
      const p = this.placed[k]!;
      if (p.start >= head.end) break;
      if (p.end > a.start) overlapping.push(p);
    }
    const onHead = overlapping.find((p) => p.start < head.end && p.end > head.start && p.entity.type !== 'place');
    if (onHead) return onHead.entity;
    // "Minister for Africa Jane Roe": the name closing the phrase, after the role's preposition
    // ("a spokeswoman for Jane Roe" is not Jane Roe: a preposition right before the name)
    const named = h < last ? this.personEndingAt(tokens, head.end, last) : null;
    if (named) return named;
    // "Senator James Lankford, an Oklahoma Republican who warned …": a description right after a
    // name and its comma is that name's
    const described = this.describedName(phrase);
    if (described) return described;
    // "Facebook CEO says …" (a headline) and "Facebook CEO Mark Zuckerberg" in the text: the person the same
    // words introduce ("Facebook" is no speaker then)
    const introduced = h === last && h > first && isTitleWord(head) ? this.introducedBy(phrase) : null;
    if (introduced) return introduced;
    // "the ministry said"; "The Secretary underscored" (a role written with a capital after "the")
    const titled = h > first && tokens[h - 1]!.normal === 'the' && lexicon().cuesRolesPeople.has(head.normal);
    if (!has(head, 'ProperNoun') || titled) {
      const byRole = this.role(head, a.start);
      if (byRole) return byRole;
    }
    // "Obama's former strategist", "Cruz's advisers": the possessor is not the speaker
    // (but "Trump's" alone, before a stance noun, is)
    const { text } = this.doc;
    const possessor = (p: Placed) => head.text !== '' && p.end <= head.start && /^['’]s?(?![\p{L}])/u.test(text.slice(p.end, p.end + 3));
    // "Obama administration officials": a group is no single person
    const group = has(head, 'Plural') && !has(head, 'ProperNoun');
    const other = overlapping.find((p) => p.entity.type !== 'place' && !possessor(p) && !(group && p.entity.type === 'person'));
    if (other) return other.entity;
    // "Seoul said": a place speaks only when it is the head itself
    return overlapping.find((p) => p.start <= head.start && p.end >= head.end)?.entity ?? null;
  }

  /** The one person whose mention the words of `phrase` introduce elsewhere in the document, or null. */
  private introducedBy(phrase: TokenRange): ResolvedEntity | null {
    const { tokens } = this.doc;
    this.introductions ??= this.indexIntroductions();
    let first = phrase.first;
    if (has(tokens[first], 'Determiner')) first++;
    return this.introductions.get(introductionKey(tokens, first, phrase.end)) ?? null;
  }

  /** Every person mention outside quotation marks, by the two to four words before it. */
  private indexIntroductions(): Map<string, ResolvedEntity | null> {
    const { tokens } = this.doc;
    const out = new Map<string, ResolvedEntity | null>();
    for (const p of this.outsideQuotes) {
      if (p.entity.type !== 'person') continue;
      const at = tokenAt(tokens, p.start);
      for (let n = 2; n <= MAX_INTRODUCTION && at - n >= 0; n++) {
        if (breaksAfter(tokens, tokens[at - n]!)) break;
        const key = introductionKey(tokens, at - n, at);
        const seen = out.get(key);
        out.set(key, seen === undefined || seen === p.entity ? p.entity : null);
      }
    }
    return out;
  }

  /** The person or body named right before a description and its comma ("Lankford, an Oklahoma Republican"), or null. */
  private describedName(phrase: TokenRange): ResolvedEntity | null {
    const { tokens } = this.doc;
    const before = tokens[phrase.first - 1];
    if (!before || before.post.trim() !== ',' || !has(tokens[phrase.first], 'Determiner')) return null;
    const k = lowerBound(this.placed, before.end) - 1;
    const p = this.placed[k];
    return p && p.end === before.end && p.entity.type !== 'place' ? p.entity : null;
  }

  /**
   * A person mentioned after `from` whose mention ends with token `last` and follows the role's
   * complement directly ("Minister for Africa Jane Roe"). Not the person a role serves: "a
   * spokeswoman for Jane Roe", "an aide to President Roe", "economists Roe and Doe".
   */
  private personEndingAt(tokens: readonly Token[], from: number, last: number): ResolvedEntity | null {
    const end = tokens[last]!.end;
    for (let k = lowerBound(this.placed, from); k < this.placed.length && this.placed[k]!.start < end; k++) {
      const p = this.placed[k]!;
      if (p.entity.type !== 'person' || p.end !== end) continue;
      let first = last;
      while (first > 0 && tokens[first - 1]!.end > p.start) first--;
      const before = tokens[first - 1];
      if (!before || hasAny(before, OWNER_BEFORE)) return null;
      // "Gov. Roe and Secretary Doe", "chairman of X (a Republican PAC)": one phrase, no break or "and"
      for (let j = first - 1; tokens[j]!.end > from; j--) if (breaksAfter(tokens, tokens[j]!) || has(tokens[j], 'Conjunction') || tokens[j + 1]!.pre !== '') return null;
      return p.entity;
    }
    return null;
  }

  private lastBefore(offset: number, type: EntityType): { at: number; entity: ResolvedEntity } | null {
    const from = lowerBound(this.outsideQuotes, offset) - 1;
    for (let k = from; k >= 0 && from - k < MAX_LOOKBACK; k--) {
      const p = this.outsideQuotes[k]!;
      if (p.end <= offset && p.entity.type === type) return { at: p.start, entity: p.entity };
    }
    return null;
  }

  /** "the ministry" → the last entity before whose name or roles hold "ministry". */
  private role(head: Token, offset: number): ResolvedEntity | null {
    const noun = head.normal.replace(/s$/, '');
    if (!isRoleNoun(noun) && !isRoleNoun(head.normal)) return null;
    const word = new RegExp(`\\b${noun.replace(/[^a-z]/g, '')}`, 'i');
    const from = lowerBound(this.outsideQuotes, offset) - 1;
    for (let k = from; k >= 0 && from - k < MAX_LOOKBACK; k--) {
      const p = this.outsideQuotes[k]!;
      if (p.end > offset) continue;
      if (word.test(p.entity.name) || p.entity.roles.some((r) => word.test(r))) return p.entity;
    }
    return null;
  }
}
