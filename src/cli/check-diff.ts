/**
 * Full expectations for `newsclaims check`: compare an extraction with
 * `X.expected.json` and describe the differences readably. Lists are matched by
 * identity (an entity by its name, a span by its offsets), not by position, so one
 * new person shows as one added line rather than every later item "changed"; and
 * entity ids are replaced by names first, so renumbering is not a difference.
 */
import type { Extraction } from '../types.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** An extraction rewritten for comparing: no source, ids replaced by names, number indexes by text. */
export function comparable(e: Extraction): Json {
  const names = new Map<string, string>();
  for (const entity of [...e.people, ...e.organizations, ...e.places]) names.set(entity.id, entity.name);
  const numberLabel = (i: number) => (e.numbers[i] ? `${e.numbers[i].text} @${e.numbers[i].start}` : `#${i}`);
  const copy = JSON.parse(JSON.stringify(e)) as Record<string, Json>;
  delete copy.source;
  for (const key of ['people', 'organizations', 'places']) {
    for (const entity of (copy[key] ?? []) as Record<string, Json>[]) delete entity.id;
  }
  const rename = (speaker: Json) => {
    const s = speaker as Record<string, Json> | null;
    if (s && typeof s.entity === 'string') s.entity = names.get(s.entity) ?? s.entity;
  };
  for (const q of (copy.quotes ?? []) as Record<string, Json>[]) rename(q.speaker ?? null);
  for (const c of (copy.claims ?? []) as Record<string, Json>[]) {
    rename(c.speaker ?? null);
    if (Array.isArray(c.entities)) c.entities = c.entities.map((id) => names.get(String(id)) ?? id);
    if (Array.isArray(c.numbers)) c.numbers = c.numbers.map((i) => numberLabel(Number(i)));
  }
  return copy;
}

function isObject(v: Json | undefined): v is { [key: string]: Json } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const cut = (s: string, n = 60) => {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
};

/** How an item of a list is known: entity by name, span by text and offset, claim by its content. */
function identity(item: Json): string | null {
  if (!isObject(item)) return null;
  if (typeof item.name === 'string' && Array.isArray(item.mentions)) return JSON.stringify(item.name);
  if (typeof item.text === 'string' && typeof item.start === 'number') return `${JSON.stringify(cut(item.text))} @${item.start}`;
  const content = item.content;
  if (isObject(content) && typeof content.text === 'string') return `${JSON.stringify(cut(content.text))} @${String(content.start)}`;
  return null;
}

function show(v: Json | undefined): string {
  if (v === undefined) return '(nothing)';
  const id = identity(v ?? null);
  return id ?? cut(JSON.stringify(v), 80);
}

function diffList(expected: Json[], actual: Json[], path: string, out: string[]): void {
  const keyed = [...expected, ...actual].every((item) => identity(item) !== null);
  if (!keyed) {
    if (JSON.stringify(expected) !== JSON.stringify(actual)) out.push(`~ ${path}: expected ${show(expected)}, found ${show(actual)}`);
    return;
  }
  // Duplicate identities (the same name twice) are told apart by their order.
  const index = (list: Json[]) => {
    const seen = new Map<string, number>();
    return new Map(list.map((item) => {
      const id = identity(item)!;
      const n = (seen.get(id) ?? 0) + 1;
      seen.set(id, n);
      return [n > 1 ? `${id} (${n})` : id, item] as const;
    }));
  };
  const want = index(expected);
  const got = index(actual);
  for (const [id, item] of want) {
    if (got.has(id)) diffValue(item, got.get(id)!, `${path} ${id}`, out);
    else out.push(`- ${path}: ${id} expected, not found`);
  }
  for (const id of got.keys()) if (!want.has(id)) out.push(`+ ${path}: ${id} found, not expected`);
}

function diffValue(expected: Json | undefined, actual: Json | undefined, path: string, out: string[]): void {
  if (Array.isArray(expected) && Array.isArray(actual)) return diffList(expected, actual, path, out);
  if (isObject(expected) && isObject(actual)) {
    for (const key of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
      diffValue(expected[key], actual[key], path === '' ? key : `${path} → ${key}`, out);
    }
    return;
  }
  if (JSON.stringify(expected) !== JSON.stringify(actual)) out.push(`~ ${path}: expected ${show(expected)}, found ${show(actual)}`);
}

/** The differences between an expected and an actual extraction, one readable line each. */
export function diffExtractions(expected: Extraction, actual: Extraction): string[] {
  const out: string[] = [];
  diffValue(comparable(expected), comparable(actual), '', out);
  return out;
}
