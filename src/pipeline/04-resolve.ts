/**
 * Stage 4: cluster mentions into entities (one entity per referent), give them ids
 * and canonical names, sort. Later stages resolve speakers to these entities.
 *
 * Clustering keys: the same words ("Blinken" twice); a person's first or last
 * word ("Blinken", "Cho" join "Antony Blinken", "Cho Tae-yul"); a country's other
 * names ("U.S.", "US", "the United States" are one place); an acronym in brackets
 * after a name or made of its initials ("Group of Seven (G7)", "NATO").
 */
import { lexicon } from '../lexicon/generated/lexicon.js';
import type { Entity, Span } from '../types.js';
import { isGenerationalSuffix } from './03-entities/shapes.js';
import { type Doc, type EntityMention, type EntityType, type ResolvedEntity, span } from './doc.js';

interface Cluster {
  type: EntityType;
  mentions: EntityMention[];
}

const ID_PREFIX: Record<EntityType, string> = { person: 'p', organization: 'o', place: 'l' };

/** The key two mentions of one referent share ("u.s." and "united states" → "united states"). */
function clusterKey(m: EntityMention): string {
  const words = m.text.toLowerCase().replace(/^the /, '');
  return `${m.type}:${m.type === 'place' ? (lexicon().countryAliases.get(words) ?? words) : words}`;
}

/** Stage 4: the entities of `doc.mentions`. */
export function resolveStage(doc: Doc): void {
  doc.entities = clusterEntities(doc, doc.mentions);
}

/** Cluster mentions into entities: "Blinken" joins "Antony Blinken". */
export function clusterEntities(doc: Doc, mentions: EntityMention[]): ResolvedEntity[] {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const inText = [...mentions].sort((a, b) => a.start - b.start);
  const bracketed = bracketedAcronyms(doc.text, inText);
  // Longest first, so that a short form finds the full name it belongs to.
  const ordered = [...mentions].sort((a, b) => b.text.length - a.text.length || a.start - b.start);
  const short = new ShortForms();
  const holders = officeHolders(inText);
  const clusterOf = new Map<EntityMention, Cluster>();
  for (const m of ordered) {
    if (holders.has(m)) continue;
    const key = clusterKey(m);
    const full = bracketed.get(m);
    let cluster = byKey.get(key) ?? (full ? byKey.get(clusterKey(full)) : undefined) ?? short.find(m);
    if (!cluster) {
      cluster = { type: m.type, mentions: [] };
      clusters.push(cluster);
    }
    cluster.mentions.push(m);
    clusterOf.set(m, cluster);
    byKey.set(key, cluster);
    short.add(m, cluster);
  }
  // "the Secretary" after "Secretary of State Jane Roe": the holder's cluster.
  for (const [m, holder] of holders) clusterOf.get(holder)?.mentions.push(m);
  const counters: Record<EntityType, number> = { person: 0, organization: 0, place: 0 };
  return clusters
    .map((c) => ({ ...c, mentions: c.mentions.sort((a, b) => a.start - b.start) }))
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start)
    .map((c) => ({
      id: `${ID_PREFIX[c.type]}${++counters[c.type]}`,
      type: c.type,
      name: canonicalName(c.mentions),
      mentions: c.mentions,
      spans: c.mentions.map((m) => span(doc, m.start, m.end)),
      roles: [...new Set(c.mentions.flatMap((m) => (m.role ? [m.role] : [])))],
    }));
}

/**
 * "Secretary of State Jane Roe ... the Secretary said": a title standing for a person
 * (rule title-reference) is the last person named before it whose role holds that
 * title. One walk in text order, remembering the last holder of each role word.
 */
function officeHolders(inText: EntityMention[]): Map<EntityMention, EntityMention> {
  const out = new Map<EntityMention, EntityMention>();
  const lastByRole = new Map<string, EntityMention>();
  for (const m of inText) {
    if (m.type !== 'person') continue;
    if (m.rule === 'title-reference') {
      const holder = lastByRole.get(m.text.toLowerCase());
      if (holder) out.set(m, holder);
    } else if (m.role) {
      // Every ending of the role and of its head before "of": "Foreign Minister" holds "minister",
      // "Secretary of State" holds "secretary of state" and "secretary".
      const role = m.role.toLowerCase();
      for (const part of [role, role.split(' of ')[0]!]) {
        const words = part.split(/\s+/);
        for (let i = 0; i < words.length; i++) lastByRole.set(words.slice(i).join(' '), m);
      }
    }
  }
  return out;
}

/** "Group of Seven (G7)": the acronym in brackets → the name before it. */
function bracketedAcronyms(text: string, inText: EntityMention[]): Map<EntityMention, EntityMention> {
  const out = new Map<EntityMention, EntityMention>();
  for (let i = 1; i < inText.length; i++) {
    const prev = inText[i - 1]!;
    const m = inText[i]!;
    if (m.type !== prev.type || !/^[A-Z0-9.&-]{2,8}$/.test(m.text) || !/^\s*\($/.test(text.slice(prev.end, m.start)) || text[m.end] !== ')') continue;
    out.set(m, prev);
  }
  return out;
}

/**
 * Where a one-word mention may belong: a person's first or last word ("Blinken",
 * "Cho"), an organisation's initials ("NATO"). Indexed so that clustering stays
 * linear in the number of mentions.
 */
class ShortForms {
  /** A person's surname and given name → their cluster (null when two people share the word). */
  private readonly surnames = new Map<string, Cluster | null>();
  private readonly givenNames = new Map<string, Cluster | null>();
  /** "donald|trump" → the cluster of "Donald Trump", for "Donald J. Trump". */
  private readonly fullNames = new Map<string, Cluster | null>();
  private readonly acronyms = new Map<string, Cluster>();

  /** Index a multi-word mention just added to `cluster`. */
  add(m: EntityMention, cluster: Cluster): void {
    if (!m.text.includes(' ')) return;
    if (m.type === 'person') {
      const words = nameWords(m.text);
      if (words.length >= 2) {
        // A word shared by two people ("John") joins neither.
        note(this.surnames, words[words.length - 1]!, cluster);
        note(this.givenNames, words[0]!, cluster);
        note(this.fullNames, `${words[0]}|${words[words.length - 1]}`, cluster);
      }
    }
    const acronym = initials(m.text);
    if (acronym && !this.acronyms.has(`${m.type}:${acronym}`)) this.acronyms.set(`${m.type}:${acronym}`, cluster);
  }

  /**
   * The cluster a shorter mention joins, if any: "Trump" the person whose surname it
   * is (a surname beats a given name: "Trump World" does not block "Donald Trump"),
   * "Donald J. Trump" or "Joseph R. Biden Jr." the person with the same given name
   * and surname.
   */
  find(m: EntityMention): Cluster | undefined {
    if (m.type === 'person') {
      const words = nameWords(m.text);
      if (words.length >= 2) return this.fullNames.get(`${words[0]}|${words[words.length - 1]}`) ?? undefined;
      const word = words[0] ?? '';
      const bySurname = this.surnames.get(word);
      if (bySurname !== undefined) return bySurname ?? undefined;
      return this.givenNames.get(word) ?? undefined;
    }
    if (m.text.includes(' ')) return undefined;
    return /^[A-Z]{2,6}$/.test(m.text) ? this.acronyms.get(`${m.type}:${m.text}`) : undefined;
  }
}

/** Record that `word` names `cluster`; a word naming two clusters names none. */
function note(map: Map<string, Cluster | null>, word: string, cluster: Cluster): void {
  const seen = map.get(word);
  map.set(word, seen === undefined || seen === cluster ? cluster : null);
}

/** A person's name words, lower case, without middle initials and generational suffixes. */
function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .split(/\s+/)
    .filter((w, i, all) => i === 0 || i === all.length - 1 || !/^[a-z]\.?$/.test(w))
    .filter((w, i, all) => all.length < 2 || i < all.length - 1 || !isGenerationalSuffix(w));
}

/** "North Atlantic Treaty Organization" → "NATO": the initials of its words but the joiners (src/lexicon/acronym-joiners.txt). */
function initials(name: string): string {
  const joiners = lexicon().acronymJoiners;
  const words = name.split(/[\s-]+/).filter((w) => w !== '' && !joiners.has(w.toLowerCase()));
  return words.length < 2 ? '' : words.map((w) => w[0]!.toUpperCase()).join('');
}

/** The longest mention's words; a title standing for the person ("Secretary") names it only when nothing else does. */
function canonicalName(mentions: EntityMention[]): string {
  const named = mentions.filter((m) => m.rule !== 'title-reference');
  const pool = named.length > 0 ? named : mentions;
  let best = pool[0]!.text;
  for (const m of pool) if (m.text.length > best.length) best = m.text;
  return best;
}

/** The public form of an entity; with `explain`, each mention carries the rule that typed it. */
export function toEntity(e: ResolvedEntity, explain: boolean): Entity {
  const mentions: Span[] = explain ? e.spans.map((s, i) => ({ ...s, rule: e.mentions[i]!.rule })) : e.spans;
  const entity: Entity = { id: e.id, name: e.name, mentions };
  if (e.roles.length > 0) entity.roles = e.roles;
  return entity;
}
