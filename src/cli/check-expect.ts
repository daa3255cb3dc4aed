/**
 * Partial expectations for `newsclaims check`: an `X.expect.json` lists only the
 * facts that must (or, under "absent", must not) come out of `X.txt`. Names match
 * an entity's name or any of its mentions, ignoring case; every key is optional.
 *
 *   { "people": ["Antony Blinken"], "numbers": [{ "value": 8000, "unit": "soldiers" }],
 *     "quotes": [{ "text": "handed over smoothly", "speaker": "Cho Tae-yul" }],
 *     "absent": { "people": ["State Antony"], "numbers": [{ "value": 2 }] } }
 */
import type { Claim, Entity, Extraction, NumberMention, Quote, Speaker } from '../types.js';
import type { Difference } from './check-diff.js';

type Scalar = string | number | boolean | null;

/** The facts one expectation file lists (also the shape of its "absent" part). */
export interface Facts {
  people?: string[];
  organizations?: string[];
  places?: string[];
  /** Each object names some fields of a NumberMention: value, unit, kind, qualifier, subject, bound, text, ... */
  numbers?: Record<string, Scalar>[];
  /** text: words inside the quote; speaker: the speaker's name or one of its mentions; kind. */
  quotes?: Record<string, Scalar>[];
  /** text: words inside the claim's content; speaker; kind. */
  claims?: Record<string, Scalar>[];
}

export interface Expectations extends Facts {
  absent?: Facts;
}

const ENTITY_KEYS = ['people', 'organizations', 'places'] as const;
const FACT_KEYS = [...ENTITY_KEYS, 'numbers', 'quotes', 'claims'] as const;
const NUMBER_FIELDS = ['text', 'value', 'kind', 'unit', 'subject', 'qualifier', 'bound', 'min', 'max', 'currency'];
const SPEECH_FIELDS = ['text', 'speaker', 'kind', 'cue'];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What a JSON value is, for an error message (never the value itself). */
export function jsonKind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return v.length === 0 ? 'an empty array' : 'an array';
  if (typeof v === 'object') return Object.keys(v).length === 0 ? 'an empty object' : 'an object';
  return typeof v === 'string' ? 'a string' : typeof v === 'number' ? 'a number' : 'a boolean';
}

function checkFacts(value: unknown, where: string, keys: readonly string[]): Facts {
  const at = (key: string) => (where ? `${where}.${key}` : key);
  if (!isObject(value)) throw new Error(`${where}: expected an object with any of ${keys.join(', ')}; found ${jsonKind(value)}`);
  for (const key of Object.keys(value)) {
    if (!keys.includes(key)) {
      throw new Error(`${where ? `${where}: ` : ''}unknown key "${key}" (expected one of ${keys.join(', ')})`);
    }
    const list = value[key];
    if (!Array.isArray(list)) throw new Error(`${at(key)}: expected an array; found ${jsonKind(list)}`);
    const isEntity = (ENTITY_KEYS as readonly string[]).includes(key);
    const fields = key === 'numbers' ? NUMBER_FIELDS : SPEECH_FIELDS;
    list.forEach((item: unknown, i) => {
      if (isEntity) {
        if (typeof item !== 'string') throw new Error(`${at(key)}[${i}]: expected a name (a string); found ${jsonKind(item)}`);
        return;
      }
      if (!isObject(item)) throw new Error(`${at(key)}[${i}]: expected an object; found ${jsonKind(item)}`);
      for (const [field, v] of Object.entries(item)) {
        if (!fields.includes(field)) throw new Error(`${at(key)}[${i}]: unknown field "${field}" (expected one of ${fields.join(', ')})`);
        if (v !== null && typeof v === 'object') throw new Error(`${at(key)}[${i}].${field}: expected a string, number or null`);
      }
    });
  }
  return value as Facts;
}

/**
 * Check the shape of a parsed expectation file; throws one line naming the first
 * problem. The file must be an object: `null`, `[]` or `5` would otherwise expect
 * nothing and always pass.
 */
export function parseExpectations(value: unknown): Expectations {
  const keys = [...FACT_KEYS, 'absent'];
  if (!isObject(value)) throw new Error(`expected an object with any of ${keys.join(', ')}; found ${jsonKind(value)}`);
  const { absent, ...rest } = value;
  const facts = checkFacts(rest, '', keys);
  return absent === undefined ? facts : { ...facts, absent: checkFacts(absent, 'absent', FACT_KEYS) };
}

const fold = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

function entityMatches(entity: Entity, name: string): boolean {
  const want = fold(name);
  return fold(entity.name) === want || entity.mentions.some((m) => fold(m.text) === want);
}

function speakerMatches(speaker: Speaker | null, want: Scalar, e: Extraction): boolean {
  if (want === null) return speaker === null;
  if (speaker === null) return false;
  const name = String(want);
  if (fold(speaker.name) === fold(name) || (speaker.mention && fold(speaker.mention.text) === fold(name))) return true;
  const entity = [...e.people, ...e.organizations, ...e.places].find((x) => x.id === speaker.entity);
  return entity !== undefined && entityMatches(entity, name);
}

function scalarMatches(actual: unknown, want: Scalar): boolean {
  if (want === null) return actual === null || actual === undefined;
  if (typeof want === 'string') return typeof actual === 'string' && fold(actual) === fold(want);
  return actual === want;
}

function numberMatches(n: NumberMention, fact: Record<string, Scalar>): boolean {
  return Object.entries(fact).every(([field, want]) => scalarMatches((n as unknown as Record<string, unknown>)[field], want));
}

function speechMatches(text: string, speaker: Speaker | null, rest: Record<string, unknown>, fact: Record<string, Scalar>, e: Extraction): boolean {
  return Object.entries(fact).every(([field, want]) => {
    if (field === 'text') return fold(text).includes(fold(String(want)));
    if (field === 'speaker') return speakerMatches(speaker, want, e);
    if (field === 'cue') return scalarMatches((rest.cue as { text: string } | null)?.text ?? null, want);
    return scalarMatches(rest[field], want);
  });
}

const quoteMatches = (q: Quote, fact: Record<string, Scalar>, e: Extraction) =>
  speechMatches(q.text, q.speaker, q as unknown as Record<string, unknown>, fact, e);
const claimMatches = (c: Claim, fact: Record<string, Scalar>, e: Extraction) =>
  speechMatches(c.content.text, c.speaker, c as unknown as Record<string, unknown>, fact, e);

function describeFact(fact: string | Record<string, Scalar>): string {
  if (typeof fact === 'string') return JSON.stringify(fact);
  return `{ ${Object.entries(fact).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join(', ')} }`;
}

function shortList(items: string[], max = 8): string {
  if (items.length === 0) return 'none';
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown}, … (${items.length} in all)` : shown;
}

/** What came out of a section, to print beside a missing fact (line breaks folded). */
function found(e: Extraction, key: (typeof FACT_KEYS)[number]): string {
  const cut = (text: string) => {
    const flat = text.replace(/\s+/g, ' ');
    return flat.length > 50 ? `${flat.slice(0, 49)}…` : flat;
  };
  if (key === 'numbers') return shortList(e.numbers.map((n) => cut(`${n.text} = ${n.value}${n.unit ? ` ${n.unit}` : ''}`)));
  if (key === 'quotes') return shortList(e.quotes.map((q) => `${cut(q.text)} (${cut(q.speaker?.name ?? 'no speaker')})`), 4);
  if (key === 'claims') return shortList(e.claims.map((c) => `${cut(c.content.text)} (${cut(c.speaker?.name ?? 'no speaker')})`), 4);
  return shortList(e[key].map((x) => cut(x.name)));
}

/** Where in the article the first item matching `fact` is (its offset), or null when none matches. */
function locate(e: Extraction, key: (typeof FACT_KEYS)[number], fact: string | Record<string, Scalar>): number | null {
  if (typeof fact === 'string') {
    const entity = e[key as (typeof ENTITY_KEYS)[number]].find((x) => entityMatches(x, fact));
    if (!entity) return null;
    return (entity.mentions.find((m) => fold(m.text) === fold(fact)) ?? entity.mentions[0])?.start ?? 0;
  }
  if (key === 'numbers') return e.numbers.find((n) => numberMatches(n, fact))?.start ?? null;
  if (key === 'quotes') return e.quotes.find((q) => quoteMatches(q, fact, e))?.start ?? null;
  return e.claims.find((c) => claimMatches(c, fact, e))?.content.start ?? null;
}

/** The listed facts of one key, read as own properties only. */
function factsOf(facts: Facts | undefined, key: (typeof FACT_KEYS)[number]): (string | Record<string, Scalar>)[] {
  return facts && Object.hasOwn(facts, key) ? ((facts[key] ?? []) as (string | Record<string, Scalar>)[]) : [];
}

/**
 * The facts in `expect` that `e` does not satisfy, one readable line each (with the
 * offset of the item found where one was); empty when all hold.
 */
export function checkExpectations(e: Extraction, expect: Expectations): Difference[] {
  const out: Difference[] = [];
  for (const key of FACT_KEYS) {
    for (const fact of factsOf(expect, key)) {
      if (locate(e, key, fact) === null) out.push({ text: `- ${key}: ${describeFact(fact)} expected, not found (found: ${found(e, key)})` });
    }
    for (const fact of factsOf(expect.absent, key)) {
      const offset = locate(e, key, fact);
      if (offset !== null) out.push({ text: `+ ${key}: ${describeFact(fact)} found, expected absent`, offset });
    }
  }
  return out;
}
