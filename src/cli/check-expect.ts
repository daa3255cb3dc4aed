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

function checkFacts(value: unknown, where: string): Facts {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${where}: expected an object`);
  const facts = value as Record<string, unknown>;
  for (const key of Object.keys(facts)) {
    if (!(FACT_KEYS as readonly string[]).includes(key)) {
      throw new Error(`${where}: unknown key "${key}" (expected one of ${FACT_KEYS.join(', ')})`);
    }
    const list = facts[key];
    if (!Array.isArray(list)) throw new Error(`${where}.${key}: expected an array`);
    const isEntity = (ENTITY_KEYS as readonly string[]).includes(key);
    const fields = key === 'numbers' ? NUMBER_FIELDS : SPEECH_FIELDS;
    list.forEach((item: unknown, i) => {
      if (isEntity) {
        if (typeof item !== 'string') throw new Error(`${where}.${key}[${i}]: expected a name (a string)`);
        return;
      }
      if (typeof item !== 'object' || item === null || Array.isArray(item)) throw new Error(`${where}.${key}[${i}]: expected an object`);
      for (const [field, v] of Object.entries(item)) {
        if (!fields.includes(field)) throw new Error(`${where}.${key}[${i}]: unknown field "${field}" (expected one of ${fields.join(', ')})`);
        if (v !== null && typeof v === 'object') throw new Error(`${where}.${key}[${i}].${field}: expected a string, number or null`);
      }
    });
  }
  return facts as Facts;
}

/** Check the shape of a parsed expectation file; throws one line naming the first problem. */
export function parseExpectations(value: unknown): Expectations {
  const { absent, ...rest } = (value ?? {}) as Record<string, unknown>;
  const facts = checkFacts(rest, 'expect');
  return absent === undefined ? facts : { ...facts, absent: checkFacts(absent, 'expect.absent') };
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

/** What came out of a section, to print beside a missing fact. */
function found(e: Extraction, key: (typeof FACT_KEYS)[number]): string {
  const cut = (s: string) => (s.length > 50 ? `${s.slice(0, 49)}…` : s);
  if (key === 'numbers') return shortList(e.numbers.map((n) => `${n.text} = ${n.value}${n.unit ? ` ${n.unit}` : ''}`));
  if (key === 'quotes') return shortList(e.quotes.map((q) => `${cut(q.text)} (${q.speaker?.name ?? 'no speaker'})`), 4);
  if (key === 'claims') return shortList(e.claims.map((c) => `${cut(c.content.text)} (${c.speaker?.name ?? 'no speaker'})`), 4);
  return shortList(e[key].map((x) => x.name));
}

function present(e: Extraction, key: (typeof FACT_KEYS)[number], fact: string | Record<string, Scalar>): boolean {
  if (typeof fact === 'string') return (e[key as (typeof ENTITY_KEYS)[number]] ?? []).some((x) => entityMatches(x, fact));
  if (key === 'numbers') return e.numbers.some((n) => numberMatches(n, fact));
  if (key === 'quotes') return e.quotes.some((q) => quoteMatches(q, fact, e));
  return e.claims.some((c) => claimMatches(c, fact, e));
}

/** The facts in `expect` that `e` does not satisfy, one readable line each; empty when all hold. */
export function checkExpectations(e: Extraction, expect: Expectations): string[] {
  const out: string[] = [];
  for (const key of FACT_KEYS) {
    for (const fact of (expect[key] ?? []) as (string | Record<string, Scalar>)[]) {
      if (!present(e, key, fact)) out.push(`- ${key}: ${describeFact(fact)} expected, not found (found: ${found(e, key)})`);
    }
    for (const fact of (expect.absent?.[key] ?? []) as (string | Record<string, Scalar>)[]) {
      if (present(e, key, fact)) out.push(`+ ${key}: ${describeFact(fact)} found, expected absent`);
    }
  }
  return out;
}
