/**
 * Full expectations for `newsclaims check`: compare an extraction with
 * `X.expected.json` and describe the differences readably. Lists of entities,
 * spans and claims are matched by identity (an entity by its name, a span by its
 * offsets), not by position, so one new person shows as one added line rather than
 * every later item "changed"; entity ids are replaced by names first, so
 * renumbering is not a difference. Lists of plain values (roles, a claim's
 * entities) are compared element by element. A difference is never hidden: an
 * added or removed element is named, and two long values are shown around their
 * first differing character. Only own properties are read: a key such as
 * "constructor" in the file is an ordinary key.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** One difference: a readable line, and where in the article it is when known (a UTF-16 offset). */
export interface Difference {
  text: string;
  offset?: number;
}

const LISTS = ['people', 'organizations', 'places', 'numbers', 'quotes', 'claims'] as const;

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** An own property, never an inherited one ("constructor", "toString"). */
function own(o: JsonObject, key: string): Json | undefined {
  return Object.hasOwn(o, key) ? o[key] : undefined;
}

/**
 * Check that a parsed `X.expected.json` is an extraction's shape, enough to compare
 * it: an object whose six lists are arrays of objects. Throws one line saying what
 * was expected and what was found.
 */
export function checkExpectedShape(value: unknown): JsonObject {
  const what = `expected the JSON output of newsclaims for the article (an object with the arrays ${LISTS.join(', ')})`;
  if (!isObject(value)) throw new Error(`${what}; found ${describeKind(value)}`);
  if (Object.keys(value).length === 0) throw new Error(`${what}; found an empty object (newsclaims check --update writes it)`);
  for (const key of LISTS) {
    const list = own(value, key);
    if (!Array.isArray(list)) throw new Error(`${what}; "${key}" is ${list === undefined ? 'missing' : describeKind(list)}`);
    const bad = list.findIndex((item) => !isObject(item));
    if (bad !== -1) throw new Error(`${key}[${bad}]: expected an object; found ${describeKind(list[bad])}`);
  }
  return value;
}

function describeKind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

/** An extraction rewritten for comparing: no source, ids replaced by names, number indexes by text. */
export function comparable(e: object): Json {
  const copy = JSON.parse(JSON.stringify(e)) as JsonObject;
  const list = (key: string): JsonObject[] => {
    const v = own(copy, key);
    return Array.isArray(v) ? v.filter(isObject) : [];
  };
  const names = new Map<string, string>();
  for (const entity of [...list('people'), ...list('organizations'), ...list('places')]) {
    const id = own(entity, 'id');
    const name = own(entity, 'name');
    if (typeof id === 'string' && typeof name === 'string') names.set(id, name);
    delete entity.id;
  }
  const numbers = list('numbers');
  const numberLabel = (i: Json) => {
    const n = typeof i === 'number' ? numbers[i] : undefined;
    return n && typeof own(n, 'text') === 'string' ? `${String(own(n, 'text'))} @${String(own(n, 'start'))}` : `#${String(i)}`;
  };
  const rename = (speaker: Json | undefined) => {
    if (!isObject(speaker)) return;
    const entity = own(speaker, 'entity');
    if (typeof entity === 'string') speaker.entity = names.get(entity) ?? entity;
  };
  delete copy.source;
  for (const q of list('quotes')) rename(own(q, 'speaker'));
  for (const c of list('claims')) {
    rename(own(c, 'speaker'));
    const entities = own(c, 'entities');
    if (Array.isArray(entities)) c.entities = entities.map((id) => (typeof id === 'string' ? (names.get(id) ?? id) : id));
    const nums = own(c, 'numbers');
    if (Array.isArray(nums)) c.numbers = nums.map(numberLabel);
  }
  return copy;
}

const cut = (s: string, n = 60) => {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
};

/** Where an item of a list is in the article: an entity's first mention, a span's start, a claim's content. */
function offsetOf(item: Json): number | undefined {
  if (!isObject(item)) return undefined;
  const start = own(item, 'start');
  if (typeof start === 'number') return start;
  const mentions = own(item, 'mentions');
  const first = Array.isArray(mentions) ? mentions[0] : undefined;
  if (isObject(first) && typeof own(first, 'start') === 'number') return own(first, 'start') as number;
  const content = own(item, 'content');
  if (isObject(content) && typeof own(content, 'start') === 'number') return own(content, 'start') as number;
  return undefined;
}

/** How an item of a list is known: entity by name, span by text and offset, claim by its content. */
function identity(item: Json): string | null {
  if (!isObject(item)) return null;
  const name = own(item, 'name');
  const text = own(item, 'text');
  const start = own(item, 'start');
  if (typeof name === 'string' && Array.isArray(own(item, 'mentions'))) return JSON.stringify(cut(name));
  if (typeof text === 'string' && typeof start === 'number') return `${JSON.stringify(cut(text))} @${start}`;
  const content = own(item, 'content');
  if (isObject(content) && typeof own(content, 'text') === 'string') {
    return `${JSON.stringify(cut(own(content, 'text') as string))} @${String(own(content, 'start'))}`;
  }
  return null;
}

const WIDTH = 80;
const BEFORE = 30;

/** A value as JSON text, or "(nothing)" when it is absent. */
function asText(v: Json | undefined): string {
  return v === undefined ? '(nothing)' : JSON.stringify(v);
}

/**
 * Two different values shown so that the difference shows: whole when short, else
 * both cut to the same window around the first character where they differ
 * ("…rea and the United States agreed…" against "…rea and the United States agree…").
 */
export function contrast(expected: Json | undefined, actual: Json | undefined): [string, string] {
  const a = asText(expected);
  const b = asText(actual);
  if (a.length <= WIDTH && b.length <= WIDTH) return [a, b];
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - BEFORE);
  const window = (s: string) => `${from > 0 ? '…' : ''}${s.slice(from, from + WIDTH)}${s.length > from + WIDTH ? '…' : ''}`;
  return [window(a), window(b)];
}

function changed(path: string, expected: Json | undefined, actual: Json | undefined, offset: number | undefined): Difference {
  const [a, b] = contrast(expected, actual);
  return { text: `~ ${path}: expected ${a}, found ${b}`, ...(offset === undefined ? {} : { offset }) };
}

/** A list of plain values (roles, a claim's entity names): common head and tail, then what was added or removed. */
function diffPlainList(expected: Json[], actual: Json[], path: string, offset: number | undefined, out: Difference[]): void {
  const same = (x: Json | undefined, y: Json | undefined) => JSON.stringify(x) === JSON.stringify(y);
  let head = 0;
  while (head < expected.length && head < actual.length && same(expected[head], actual[head])) head++;
  let tail = 0;
  while (tail < expected.length - head && tail < actual.length - head && same(expected.at(-1 - tail), actual.at(-1 - tail))) tail++;
  const removed = expected.slice(head, expected.length - tail);
  const added = actual.slice(head, actual.length - tail);
  const at = offset === undefined ? {} : { offset };
  if (removed.length === added.length) {
    removed.forEach((item, k) => out.push(changed(`${path}[${head + k}]`, item, added[k], offset)));
    return;
  }
  removed.forEach((item, k) => out.push({ text: `- ${path}[${head + k}]: ${contrast(item, null)[0]} expected, not found`, ...at }));
  added.forEach((item, k) => out.push({ text: `+ ${path}[${head + k}]: ${contrast(null, item)[1]} found, not expected`, ...at }));
}

function diffList(expected: Json[], actual: Json[], path: string, offset: number | undefined, out: Difference[]): void {
  const keyed = [...expected, ...actual].every((item) => identity(item) !== null);
  if (!keyed) return diffPlainList(expected, actual, path, offset, out);
  // Duplicate identities (the same name twice) are told apart by their order.
  const index = (list: Json[]) => {
    const seen = new Map<string, number>();
    return new Map(
      list.map((item) => {
        const id = identity(item)!;
        const n = (seen.get(id) ?? 0) + 1;
        seen.set(id, n);
        return [n > 1 ? `${id} (${n})` : id, item] as const;
      }),
    );
  };
  const want = index(expected);
  const got = index(actual);
  for (const [id, item] of want) {
    const match = got.get(id);
    if (match !== undefined) diffValue(item, match, `${path} ${id}`, offsetOf(match) ?? offset, out);
    else out.push({ text: `- ${path}: ${id} expected, not found`, ...withOffset(offsetOf(item)) });
  }
  for (const [id, item] of got) if (!want.has(id)) out.push({ text: `+ ${path}: ${id} found, not expected`, ...withOffset(offsetOf(item)) });
}

const withOffset = (offset: number | undefined) => (offset === undefined ? {} : { offset });

function diffValue(expected: Json | undefined, actual: Json | undefined, path: string, offset: number | undefined, out: Difference[]): void {
  if (Array.isArray(expected) && Array.isArray(actual)) return diffList(expected, actual, path, offset, out);
  if (isObject(expected) && isObject(actual)) {
    for (const key of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
      diffValue(own(expected, key), own(actual, key), path === '' ? key : `${path} → ${key}`, offset, out);
    }
    return;
  }
  if (JSON.stringify(expected) !== JSON.stringify(actual)) out.push(changed(path, expected, actual, offset));
}

/** The differences between an expected and an actual extraction, one readable line each. */
export function diffExtractions(expected: object, actual: object): Difference[] {
  const out: Difference[] = [];
  diffValue(comparable(expected), comparable(actual), '', undefined, out);
  return out;
}
