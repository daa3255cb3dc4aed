/**
 * Checks every test runs on an extraction: it validates against src/schema.json,
 * every span slices back to its text from the input, every id is unique and every
 * reference resolves.
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import type { Extraction, Span } from '../../src/index.js';

const schema = JSON.parse(readFileSync(new URL('../../src/schema.json', import.meta.url), 'utf8')) as object;
const validateSchema = new Ajv({ allErrors: true, strict: true }).compile(schema);

/** Every span in an extraction, with where it sits. */
export function allSpans(e: Extraction): [string, Span][] {
  const out: [string, Span][] = [];
  for (const key of ['people', 'organizations', 'places'] as const) {
    for (const entity of e[key]) for (const m of entity.mentions) out.push([`${key}/${entity.id}`, m]);
  }
  e.numbers.forEach((n, i) => out.push([`numbers/${i}`, n]));
  e.quotes.forEach((q, i) => {
    out.push([`quotes/${i}`, q]);
    if (q.cue) out.push([`quotes/${i}/cue`, q.cue]);
    if (q.speaker?.mention) out.push([`quotes/${i}/speaker`, q.speaker.mention]);
  });
  e.claims.forEach((c, i) => {
    out.push([`claims/${i}`, c.content]);
    if (c.cue) out.push([`claims/${i}/cue`, c.cue]);
    if (c.speaker?.mention) out.push([`claims/${i}/speaker`, c.speaker.mention]);
  });
  return out;
}

/** Problems with an extraction of `input`; empty when it is sound. */
export function problems(e: Extraction, input: string): string[] {
  const out: string[] = [];
  if (!validateSchema(e)) {
    for (const err of validateSchema.errors ?? []) out.push(`schema: ${err.instancePath} ${err.message ?? ''}`);
  }
  for (const [where, span] of allSpans(e)) {
    if (span.start < 0 || span.end > input.length || span.start > span.end) out.push(`${where}: offsets out of range`);
    else if (input.slice(span.start, span.end) !== span.text) out.push(`${where}: text does not slice back`);
  }
  const ids = [...e.people, ...e.organizations, ...e.places].map((x) => x.id);
  if (new Set(ids).size !== ids.length) out.push('duplicate entity ids');
  const known = new Set(ids);
  const refs = [
    ...e.quotes.map((q) => q.speaker?.entity),
    ...e.claims.flatMap((c) => [c.speaker?.entity, ...c.entities]),
  ];
  for (const ref of refs) if (ref && !known.has(ref)) out.push(`unresolved entity reference ${ref}`);
  for (const c of e.claims) for (const n of c.numbers) if (!e.numbers[n]) out.push(`unresolved number index ${n}`);
  return out;
}
