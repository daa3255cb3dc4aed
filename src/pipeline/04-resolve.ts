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
import { placeKind, townTail } from './03-entities/lexicon.js';
import { isGenerationalSuffix } from './03-entities/shapes.js';
import { isKnownWord } from './known-words.js';
import { type Doc, type EntityMention, type EntityType, type ResolvedEntity, span } from './doc.js';

/** The shortest clipped word that names a body ("Fed" for "Federal Reserve"). */
const MIN_CLIPPING = 3;

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

  /** A body's or place's name before its organisation or place word ("Alibaba Group" → "alibaba"), and the word itself after a place ("US Congress" → "congress"). */
  private readonly bodies = new Map<string, Cluster | null>();

  /** Index a multi-word mention just added to `cluster`. */
  add(m: EntityMention, cluster: Cluster): void {
    if (!m.text.includes(' ')) return;
    if (m.type === 'person') {
      const words = nameWords(m.text);
      if (words.length >= 2) {
        // A word shared by two people ("John") joins neither.
        const surname = words[words.length - 1]!;
        note(this.surnames, surname, cluster);
        // "al-Bashir" is also "Bashir".
        const bare = withoutParticle(surname);
        if (bare !== surname) note(this.surnames, bare, cluster);
        note(this.givenNames, words[0]!, cluster);
        note(this.fullNames, `${words[0]}|${surname}`, cluster);
        // "Te Kaurinui" after "Te Kaurinui Robert Parata": the given names before a middle name and the surname
        // (a son who shares his father's surname; not "Margaret Hamilton" after "Margaret Hamilton Lego", a surname and a word)
        for (let k = 2; k <= words.length - 2; k++) note(this.fullNames, `given:${words.slice(0, k).join(' ')}`, cluster);
      }
    } else {
      for (const short of shortForms(m.text, m.type)) note(this.bodies, `${m.type}:${short}`, cluster);
      if (m.type === 'organization') {
        for (const tail of namedTails(m.text)) note(this.bodies, `tail:${tail}`, cluster);
        // "the Fed" after "the Federal Reserve": a clipped first word names the body
        const first = m.text.slice(0, m.text.indexOf(' ')).toLowerCase();
        if (/^\p{L}+$/u.test(first)) for (let n = MIN_CLIPPING; n < first.length; n++) note(this.bodies, `clip:${first.slice(0, n)}`, cluster);
      }
    }
    const acronym = initials(m.text);
    if (acronym && !this.acronyms.has(`${m.type}:${acronym}`)) this.acronyms.set(`${m.type}:${acronym}`, cluster);
  }

  /**
   * The cluster a shorter mention joins, if any: "Trump" the person whose surname it
   * is (a surname beats a given name: "Trump World" does not block "Donald Trump"),
   * "Donald J. Trump" or "Joseph R. Biden Jr." the person with the same given name
   * and surname, "Te Kaurinui" the one person whose full name opens with those words.
   */
  find(m: EntityMention): Cluster | undefined {
    if (m.type === 'person') {
      const words = nameWords(m.text);
      // "Bin Laden" after "Osama bin Laden": particles and a surname are the surname.
      const particles = lexicon().nameParticles;
      if (words.length >= 2 && words.slice(0, -1).every((w) => particles.has(w))) return this.surnames.get(words[words.length - 1]!) ?? undefined;
      if (words.length >= 2) {
        const full = this.fullNames.get(`${words[0]}|${words[words.length - 1]}`);
        return (full === undefined ? this.fullNames.get(`given:${words.join(' ')}`) : full) ?? undefined;
      }
      const word = words[0] ?? '';
      const bySurname = this.surnames.get(word);
      if (bySurname !== undefined) return bySurname ?? undefined;
      return this.givenNames.get(word) ?? undefined;
    }
    if (m.text.includes(' ')) return m.type === 'organization' ? (this.bodies.get(`tail:${m.text.toLowerCase()}`) ?? undefined) : undefined;
    if (/^[A-Z]{2,6}$/.test(m.text)) return this.acronyms.get(`${m.type}:${m.text}`);
    const body = this.bodies.get(`${m.type}:${m.text.toLowerCase()}`);
    if (body !== undefined || m.type !== 'organization') return body ?? undefined;
    return this.bodies.get(`clip:${m.text.toLowerCase()}`) ?? undefined;
  }
}

/** "al-bashir" → "bashir": a surname without its hyphenated particle. */
function withoutParticle(word: string): string {
  const dash = word.indexOf('-');
  return dash > 0 && lexicon().nameParticles.has(word.slice(0, dash)) ? word.slice(dash + 1) : word;
}

/**
 * The one-word short forms of an organisation or place name: the words before a
 * closing organisation, company or place word ("Alibaba Group" → "alibaba",
 * "Bardo National Museum" → "bardo" when one word opens it), and the closing
 * institution word after a known place ("US Congress" → "congress"), a side's plural nickname after
 * its town ("Pittsburgh Pirates" → "pirates"), and a place's compass point ("North Korea" → "north").
 */
function shortForms(name: string, type: EntityType): string[] {
  const lex = lexicon();
  const words = name.toLowerCase().split(/\s+/);
  const last = words[words.length - 1]!.replace(/\./g, '');
  const out: string[] = [];
  const closes = lex.orgCorporate.has(last) || lex.orgSuffixes.has(last) || (type === 'place' && lex.placeSuffixes.has(last));
  if (closes && words.length >= 2) out.push(words[0]!);
  const head = words.slice(0, -1).join(' ');
  if (type === 'organization' && lex.orgAlone.has(last) && (lex.countries.has(head) || lex.countryAliases.has(head) || lex.regions.has(head))) out.push(last);
  // "North Korea" → "north": "the North" is the one place the text names by that compass point
  else if (type === 'place' && words.length === 2 && lex.compassPoints.has(words[0]!)) out.push(words[0]!);
  // "Pittsburgh Pirates" → "pirates": a side's plural nickname after its town (longer tails are namedTails')
  const tail = type === 'organization' && words.length === 2 ? townTail(words, lex) : null;
  if (tail) out.push(tail);
  return out;
}

/**
 * The tails of two or more words an organisation's name keeps after a naming head: a
 * place, an acronym or words no dictionary knows ("New Zealand Department of
 * Conservation" → "department of conservation", "Urban-Brookings Tax Policy Center" →
 * "tax policy center"). An ordinary word or a demonym in the head names another body
 * ("Scottish National Party" is no "National Party"), so it gives no tail.
 */
function namedTails(name: string): string[] {
  const lex = lexicon();
  const words = name.split(/\s+/);
  const out: string[] = [];
  for (let i = 1; i <= words.length - 2; i++) {
    const head = words.slice(0, i);
    const key = head.join(' ').toLowerCase();
    const named = !!placeKind(lex, key) || lex.countryAliases.has(key) || head.every((w) => /^(?:\p{Lu}\.?){2,}$/u.test(w) || (/^\p{Lu}/u.test(w) && !isKnownWord(w.toLowerCase()) && !lex.demonyms.has(w.toLowerCase())));
    if (named) out.push(words.slice(i).join(' ').toLowerCase());
  }
  return out;
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
