/**
 * The facts a careful reader finds in the reference article (issue: end to end, §7).
 * None of these is special-cased in src/: they must come from general rules.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { type Entity, extract } from '../src/index.js';
import { problems } from './helpers/validate.js';

const input = readFileSync('fixtures/korea-us-talks.txt', 'utf8');
const result = extract(input, { source: 'fixtures/korea-us-talks.txt' });

const byName = (list: Entity[], name: string): Entity | undefined =>
  list.find((e) => e.name === name || e.mentions.some((m) => m.text.replace(/\s+/g, ' ') === name));
const mentionsOf = (list: Entity[], name: string): string[] => (byName(list, name)?.mentions ?? []).map((m) => m.text);
const speakerOf = (quoteStart: string): string | undefined =>
  result.quotes.find((q) => q.text.replace(/^[“"]/, '').startsWith(quoteStart))?.speaker?.name;

describe('reference article: korea-us-talks', () => {
  test('output is sound', () => {
    expect(problems(result, input)).toEqual([]);
  });

  test.each([
    ['Cho Tae-yul', ['Cho']],
    ['Antony Blinken', ['Blinken']],
    ['Joe Biden', []],
    ['Kamala Harris', []],
    ['Philip Gordon', ['Gordon']],
  ])('person %s (also %j)', (name, short) => {
    const person = byName(result.people, name);
    expect(person?.name).toBe(name);
    for (const s of short) expect(mentionsOf(result.people, name)).toContain(s);
  });

  test('roles are not part of names and "State Antony" is nothing', () => {
    const all = [...result.people, ...result.organizations, ...result.places].flatMap((e) => [e.name, ...e.mentions.map((m) => m.text)]);
    expect(all).not.toContain('State Antony');
    for (const p of result.people) expect(p.name).not.toMatch(/Minister|Secretary|President/);
  });

  test.each([['Yonhap News Agency'], ['State Department'], ['Group of Seven']])('organisation %s', (name) => {
    expect(result.organizations.some((o) => o.name.includes(name))).toBe(true);
  });

  test('the foreign ministry is an organisation', () => {
    expect(result.organizations.some((o) => /ministry/i.test(o.name))).toBe(true);
  });

  test.each([
    'Washington', 'South Korea', 'United States', 'North Korea', 'Russia', 'Ukraine', 'Kursk', 'Seoul',
    'Pyongyang', 'Moscow', 'Japan', 'Korean Peninsula', 'Indo-Pacific',
  ])('place %s', (name) => {
    expect(result.places.some((p) => p.name.includes(name) || p.mentions.some((m) => m.text === name))).toBe(true);
  });

  test('Washington is one place, with the dateline among its mentions', () => {
    const washington = result.places.filter((p) => p.name === 'Washington');
    expect(washington).toHaveLength(1);
    expect(washington[0]!.mentions[0]!.start).toBe(0);
  });

  test('the two numbers a reader cares about, and nothing from "two plus two"', () => {
    const n8000 = result.numbers.find((n) => n.value === 8000);
    expect(n8000).toMatchObject({ unit: 'soldiers', qualifier: 'as many as', bound: 'upper' });
    expect(n8000?.subject).toContain('North Korean soldiers');
    const n10000 = result.numbers.find((n) => n.value === 10000);
    expect(n10000).toMatchObject({ unit: 'troops', qualifier: 'approximately', bound: 'approx' });
    expect(n10000?.subject).toContain('North Korean troops');
    expect(result.numbers.filter((n) => n.value === 2 && /two plus two/.test(input.slice(n.start, n.end + 10)))).toEqual([]);
  });

  test.each([
    ['They shared concerns', /ministry/i],
    ['legitimate', /Blinken/],
    ['handed over smoothly', /Cho/],
    ['expand and modernize', /Cho/],
    ['grave situations', /Cho/],
    ['The two officials acknowledged', /State Department/],
  ])('quote “%s” is attributed', (start, speaker) => {
    expect(speakerOf(start)).toMatch(speaker);
  });

  test('“two plus two” is a name, not a statement', () => {
    const q = result.quotes.find((x) => x.text.includes('two plus two'));
    expect(q?.speaker ?? null).toBeNull();
  });

  test('Blinken’s reported claim about 8,000 soldiers', () => {
    const claim = result.claims.find((c) => c.content.text.includes('8,000'));
    expect(claim?.speaker?.name).toMatch(/Blinken/);
    const i8000 = result.numbers.findIndex((n) => n.value === 8000);
    expect(claim?.numbers).toContain(i8000);
  });

  test('the opening statement is attributed to the ministry', () => {
    const claim = result.claims.find((c) => c.content.text.includes('agreed to closely work together'));
    expect(claim?.speaker?.name).toMatch(/ministry/i);
  });
});
