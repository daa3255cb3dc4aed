/**
 * Which language is a text in? newsclaims reads English only, so this must say
 * "English" fast and surely for English news, and name any other language well
 * enough to tell the user ("text is in French (fra)").
 *
 * A cheap check decides almost every text without loading anything:
 *   1. the script of its letters: Han, kana and Hangul name Chinese, Japanese and
 *      Korean; another non-Latin script is not English;
 *   2. for Latin script, the share of words that are common function words of
 *      English ("the", "of", "which") or of another listed language ("le", "der",
 *      "que"): src/lexicon/function-words.txt. English news runs at 0.2–0.4.
 * Only what that cannot decide (another script, a language without a list, a
 * results table with few function words of any language) goes to franc-min, a
 * maintained trigram detector loaded on first use (about 17 ms), never at start-up.
 * When in doubt the text is read as English: losing an English article costs
 * more than reading a foreign one.
 */
import { createRequire } from 'node:module';
import { lexicon } from '../lexicon/generated/lexicon.js';
import { languageName } from './language-name.js';

/** The language a text was found to be in. */
export interface Language {
  /** ISO 639-3 code, as franc gives it: "eng", "fra", "cmn"; "und" when there is too little text to tell. */
  code: string;
  /** English name: "French". */
  name: string;
  /** Read as English: English, or too little text to tell. */
  english: boolean;
}

/** Fewer letters than this: nothing to judge ("", "2-1", "Yes."). */
const MIN_LETTERS = 20;
/** Fewer Latin words than this: read as English without judging. */
const MIN_WORDS = 8;
/** A language's function words make at least this share of the words: the text is in it. */
const FUNCTION_SHARE = 0.12;
/** Words needed before another language's share is trusted over English... */
const MIN_WORDS_FOREIGN = 20;
/** ... and how many different function words of it must occur ("two plus two plus" is no French). */
const MIN_DISTINCT_FUNCTION_WORDS = 4;
/** Different words a text needs before the detector alone may call it a language without a list. */
const MIN_DISTINCT_WORDS = 30;
/** Characters looked at: three slices of a long text (start, middle, end). */
const SAMPLE = 20_000;
/** franc's score for English (1 = as likely as its best guess) under which an unlisted language wins. */
const FRANC_ENGLISH_FLOOR = 0.95;

let functionWords: Map<string, string[]> | undefined;

/** word → the languages it is a function word of, from the lexicon ("eng the", "fra le"). */
function wordLanguages(): Map<string, string[]> {
  if (functionWords) return functionWords;
  functionWords = new Map();
  for (const line of lexicon().functionWords) {
    const [lang, word] = line.split(' ');
    if (!lang || !word) continue;
    const langs = functionWords.get(word) ?? [];
    langs.push(lang);
    functionWords.set(word, langs);
  }
  return functionWords;
}

/** The languages that have a function-word list. */
function listedLanguages(): Set<string> {
  return new Set([...wordLanguages().values()].flat());
}

function language(code: string, english = code === 'eng'): Language {
  return { code, name: languageName(code), english };
}

/** The text to judge: all of a short one, three slices of a long one. */
function sampleOf(text: string): string {
  if (text.length <= SAMPLE * 3) return text;
  const mid = Math.floor(text.length / 2 - SAMPLE / 2);
  return `${text.slice(0, SAMPLE)} ${text.slice(mid, mid + SAMPLE)} ${text.slice(-SAMPLE)}`;
}

interface ScriptCounts {
  letters: number;
  latin: number;
  han: number;
  kana: number;
  hangul: number;
}

const OTHER_LETTER = /\p{L}/u;

/** Count letters by script, by code ranges (a regular expression only for letters of other scripts). */
function countScripts(text: string): ScriptCounts {
  const n: ScriptCounts = { letters: 0, latin: 0, han: 0, kana: 0, hangul: 0 };
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) n.latin++;
    else if (c < 0xc0 || (c >= 0xd800 && c <= 0xdfff)) continue;
    else if ((c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff)) n.latin++;
    else if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) n.han++;
    // Hiragana and katakana proper: not the middle dot (U+30FB) Chinese uses between foreign names.
    else if ((c >= 0x3041 && c <= 0x3096) || (c >= 0x30a1 && c <= 0x30fa)) n.kana++;
    else if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) n.hangul++;
    else if (OTHER_LETTER.test(text[i]!)) other++;
  }
  n.letters = other + n.latin + n.han + n.kana + n.hangul;
  return n;
}

interface Shares {
  words: number;
  /** Different words. */
  distinct: number;
  /** Per language: share of the words that are its function words, and how many different ones occur. */
  shares: Map<string, number>;
  variety: Map<string, number>;
}

/** Share of the words that are function words, per language, and the word counts. */
function functionShares(text: string): Shares {
  const lookup = wordLanguages();
  const hits = new Map<string, number>();
  const seen = new Set<string>();
  const variety = new Map<string, number>();
  let words = 0;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    words++;
    const first = !seen.has(word);
    if (first) seen.add(word);
    for (const lang of lookup.get(word) ?? []) {
      hits.set(lang, (hits.get(lang) ?? 0) + 1);
      if (first) variety.set(lang, (variety.get(lang) ?? 0) + 1);
    }
  }
  const shares = new Map<string, number>();
  for (const [lang, n] of hits) shares.set(lang, n / words);
  return { words, distinct: seen.size, shares, variety };
}

type FrancAll = (value: string, options?: { minLength?: number }) => [string, number][];
let franc: FrancAll | null | undefined;

/**
 * franc-min's `francAll`, loaded on first use. It is an ES module; Node 20.19+
 * loads it synchronously with require(), which keeps `extract` synchronous. Where
 * that fails (older Node), detection goes on with the cheap check alone.
 */
function detector(): FrancAll | null {
  if (franc !== undefined) return franc;
  try {
    franc = (createRequire(import.meta.url)('franc-min') as { francAll: FrancAll }).francAll;
  } catch {
    franc = null;
  }
  return franc;
}

/** Has the detector been loaded (for the start-up test: plain English never loads it)? */
export function detectorLoaded(): boolean {
  return typeof franc === 'function';
}

/** "fr-FR", "fra" → "fr": the language subtag, for comparing a declared language with a detected one. */
function baseLanguage(tag: string | null | undefined): string | null {
  if (!tag) return null;
  try {
    return new Intl.Locale(tag.replace(/_/g, '-')).language;
  } catch {
    return null;
  }
}

/** Non-Latin text: the script names CJK; franc names the rest. Never English. */
function otherScript(sample: string, n: ScriptCounts): Language {
  const cjk = n.han + n.kana + n.hangul;
  if (cjk * 2 >= n.letters - n.latin) {
    if (n.kana >= cjk * 0.05) return language('jpn');
    if (n.hangul * 2 >= cjk) return language('kor');
    return language('cmn');
  }
  const best = detector()?.(sample)[0]?.[0];
  return language(best && best !== 'eng' ? best : 'und', false);
}

/**
 * The language of `text`. `declared` is what its source says (a page's
 * `<html lang="fr">`): it only tips a case the text alone leaves open, and only
 * when the detector agrees with it.
 */
export function detectLanguage(text: string, declared?: string | null): Language {
  const sample = sampleOf(text);
  const scripts = countScripts(sample);
  if (scripts.letters < MIN_LETTERS) return language('und', true);
  if (scripts.latin * 2 < scripts.letters) return otherScript(sample, scripts);
  const { words, distinct, shares, variety } = functionShares(sample);
  if (words < MIN_WORDS) return language('und', true);
  const english = shares.get('eng') ?? 0;
  let other: [string, number] = ['und', 0];
  for (const [lang, share] of shares) {
    if (lang !== 'eng' && share > other[1] && (variety.get(lang) ?? 0) >= MIN_DISTINCT_FUNCTION_WORDS) other = [lang, share];
  }
  // "The minister said that ..." / "Le ministre a déclaré que ..."
  if (english >= FUNCTION_SHARE && english >= other[1]) return language('eng');
  if (other[1] >= FUNCTION_SHARE && other[1] >= english * 2 && words >= MIN_WORDS_FOREIGN) return language(other[0]);
  // Undecided: few function words of any listed language (a results table, a list
  // of names, a language without a list). Ask the detector, and believe it only
  // for a language the lists cannot check, or one the page declares too.
  const ranked = detector()?.(sample);
  const best = ranked?.[0]?.[0];
  if (!ranked || !best || best === 'eng' || best === 'und') return language('eng');
  const listed = listedLanguages().has(best);
  const declaredToo = baseLanguage(declared) !== null && baseLanguage(declared) === baseLanguage(best);
  if (declaredToo && (shares.get(best) ?? 0) > english && (variety.get(best) ?? 0) >= MIN_DISTINCT_FUNCTION_WORDS) return language(best);
  const englishScore = ranked.find(([lang]) => lang === 'eng')?.[1] ?? 0;
  if (!listed && distinct >= MIN_DISTINCT_WORDS && englishScore < FRANC_ENGLISH_FLOOR) return language(best);
  return language('eng');
}
