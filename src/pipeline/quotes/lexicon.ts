/**
 * The cue word lists of src/lexicon/cues-*.txt, loaded once, with the regular
 * inflections of every verb lemma generated here ("warn" → warns, warned, warning).
 */
import { existsSync, readFileSync } from 'node:fs';

/** Read one list: one entry a line, `#` comment lines and blanks skipped. */
function readList(name: string): string[] {
  // From src/pipeline/quotes/ the lists are two levels up; from dist/pipeline/quotes/
  // they are in the package's src/lexicon/.
  const candidates = [`../../lexicon/${name}`, `../../../src/lexicon/${name}`];
  for (const rel of candidates) {
    const url = new URL(rel, import.meta.url);
    if (!existsSync(url)) continue;
    return readFileSync(url, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#'));
  }
  throw new Error(`newsclaims: missing lexicon file ${name}`);
}

const VOWEL = /[aeiou]/;

/** The regular inflections of a verb lemma (over-generating is harmless: only real words are looked up). */
export function inflections(lemma: string): string[] {
  const forms = [lemma, `${lemma}s`, `${lemma}es`, `${lemma}ed`, `${lemma}d`, `${lemma}ing`];
  if (lemma.endsWith('e')) forms.push(`${lemma.slice(0, -1)}ing`);
  if (lemma.endsWith('y') && !VOWEL.test(lemma.at(-2) ?? '')) {
    forms.push(`${lemma.slice(0, -1)}ies`, `${lemma.slice(0, -1)}ied`);
  }
  const last = lemma.at(-1) ?? '';
  // "admit" → admitted, "vow" → vowed (w, x, y are never doubled)
  if (/[bdgklmnprt]/.test(last) && VOWEL.test(lemma.at(-2) ?? '') && !VOWEL.test(lemma.at(-3) ?? 'a')) {
    forms.push(`${lemma}${last}ed`, `${lemma}${last}ing`);
  }
  return forms;
}

function verbForms(lemmas: string[]): Set<string> {
  return new Set(lemmas.flatMap(inflections));
}

/** All cue lists, ready for lookup by a token's normal form. */
export interface CueLexicon {
  /** Forms of verbs that report speech: said, tells, warning. */
  speech: Set<string>;
  /** Forms of evidential verbs with no source: seems, appeared, expected. */
  evidential: Set<string>;
  /** Forms of stance verbs whose object is the content: criticized, called. */
  stance: Set<string>;
  /** Participles that attribute a view after "be": seen (as), believed (to). */
  evidentialPassive: Set<string>;
  /** Adverbs that attribute their clause to reports: reportedly, allegedly. */
  evidentialAdverbs: Set<string>;
  /** Phrasal stance cues: a verb form mapped to its particles ("talked" → about). */
  phrasal: Map<string, Set<string>>;
  /** Stance nouns mapped to their prepositions ("criticism" → of), after a possessive source. */
  nouns: Map<string, Set<string>>;
  /** Forms of verbs that attribute only a quotation next to them: continued, chanting. */
  quoteOnly: Set<string>;
  /** Forms of belief and finding verbs: believes, expected, shows. */
  thought: Set<string>;
  /** Role nouns that stand for a speaker: spokesman, ministry. */
  roles: Set<string>;
  /** The role nouns of people: spokesman, senator. */
  people: Set<string>;
  /** Media nouns skipped after a cue: statement, interview, reporters. */
  adjuncts: Set<string>;
  /** Forms of verbs whose first object is the listener: told, warned. */
  listener: Set<string>;
  /** Adverbs and auxiliaries between a speaker and the cue: also, has. */
  between: Set<string>;
  /** Time words skipped after a cue: yesterday, week. */
  time: Set<string>;
  /** Words opening a time phrase: last (week), this (morning). */
  timeOpeners: Set<string>;
  /** Titles and role words of women (mrs., congresswoman) and of men (mr., congressman). */
  female: Set<string>;
  male: Set<string>;
}

/** "talk about" → every form of "talk" mapped to {about}. */
function phrasalForms(entries: string[]): Map<string, Set<string>> {
  return pairs(entries, inflections);
}

/** Two-word entries as a map from each form of the first word to the second words. */
function pairs(entries: string[], forms: (w: string) => string[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const entry of entries) {
    const [first = '', second = ''] = entry.split(' ');
    for (const form of forms(first)) map.set(form, (map.get(form) ?? new Set()).add(second));
  }
  return map;
}

let cached: CueLexicon | undefined;

/** The cue lexicon (loaded on first use). */
export function cueLexicon(): CueLexicon {
  cached ??= {
    speech: verbForms(readList('cues-speech.txt')),
    thought: verbForms(readList('cues-thought.txt')),
    quoteOnly: verbForms(readList('cues-quote-only.txt')),
    stance: verbForms(readList('cues-stance.txt')),
    evidential: verbForms(readList('cues-evidential.txt')),
    evidentialPassive: new Set(readList('cues-evidential-passive.txt')),
    evidentialAdverbs: new Set(readList('cues-evidential-adverbs.txt')),
    phrasal: phrasalForms(readList('cues-phrasal.txt')),
    nouns: pairs(readList('cues-nouns.txt'), (w) => [w]),
    roles: new Set([...readList('cues-roles.txt'), ...readList('cues-roles-people.txt')]),
    people: new Set(readList('cues-roles-people.txt')),
    adjuncts: new Set(readList('cues-adjuncts.txt')),
    between: new Set(readList('cues-between.txt')),
    listener: verbForms(readList('cues-listener.txt')),
    time: new Set(readList('cues-time.txt')),
    timeOpeners: new Set(readList('cues-time-openers.txt')),
    female: new Set(readList('cues-gender-female.txt')),
    male: new Set(readList('cues-gender-male.txt')),
  };
  return cached;
}
