/**
 * "Names in mentions" scoring (../shared/eval/README.md, gum section), for corpora
 * that annotate every mention as a noun phrase (GUM, re3d) rather than bare names.
 *
 * - Recall is over the gold mentions that *hold a name*: one of their capitalised
 *   words is neither a demonym nor a function word, and either stands mid-sentence or
 *   is written capitalised mid-sentence elsewhere in the document. Such a mention is
 *   found when a prediction of its type lies inside it.
 * - Precision: a prediction is right when it lies inside any gold mention of its type
 *   (named or not). A place prediction inside an organization mention of the same text
 *   (optionally after "the") is right too: a country acting as a state.
 *
 * Details the README leaves open, chosen so that raw compromise reproduces the README's
 * GUM figure (P 0.854, R 0.473, F1 0.609):
 * - a mention is a span: a span the corpus lists under several types (GUM's converter
 *   gives 180 such, e.g. "Bernoulli's" as organization, person and place) counts once for
 *   recall, under its first listed type (counting each type gives R 0.464);
 * - a prediction's edges are trimmed of spaces and punctuation before "inside" is tested
 *   (compromise's ", Dvořák" is the name "Dvořák"); a final "." stays ("U.S.");
 * - words: a possessive "'s" is ignored ("Tokyo's" is the word "Tokyo"); a sentence opens
 *   at the text start, a line break, or after . ! ? : (a single capital's "." is an
 *   initial, "Eugene A. Nida", and opens nothing); demonyms are the project lexicon's
 *   (nationality and group adjectives) and their plurals; a word in capitals is no
 *   function word ("US"), except "I" and its contractions.
 */
import type { GoldDoc, GoldEntity } from './corpus.js';
import type { RawSpan } from './raw-compromise.js';
import { lexicon as entityLexicon } from '../../src/lexicon/generated/lexicon.js';

export const NIM_TYPES = ['person', 'organization', 'place'] as const;
export type NimType = (typeof NIM_TYPES)[number];
const isNimType = (t: string): t is NimType => (NIM_TYPES as readonly string[]).includes(t);

/**
 * Closed-class words, never names when capitalised: pronouns, determiners,
 * prepositions, conjunctions, auxiliaries ("The", "It", "We", "I'm", "That's").
 */
const FUNCTION_WORDS = new Set(
  `a about above across after against all along also although am among an and another any are as at
  be because been before being below between both but by can could did do does during each either
  even every few for from had has have he her hers herself him himself his how i if in into is it its
  itself let many may me might mine more most much must my myself neither no nor not of off on once
  one only or other our ours ourselves over own per shall she should since so some such than that the
  their theirs them themselves then there these they this those though through thus to too under
  unless until up upon us was we were what whatever when where whether which while who whom whose why
  will with within without would yet you your yours yourself yourselves can't won't`.split(/\s+/u),
);

let demonymCache: Set<string> | null = null;

/** The lexicon's demonyms ("syrian", "english", "muslim"), singular and plural. */
function demonyms(): Set<string> {
  if (demonymCache) return demonymCache;
  const out = new Set<string>();
  for (const d of entityLexicon().demonyms) {
    out.add(d);
    out.add(d.endsWith('s') ? d : `${d}s`);
  }
  demonymCache = out;
  return out;
}

/** A word of the text with its offsets and whether it opens a sentence. */
export interface Word {
  text: string;
  start: number;
  end: number;
  capitalised: boolean;
  sentenceStart: boolean;
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’.-](?=[\p{L}\p{N}]))*/gu;
/** What may stand between a sentence end and the next word: spaces, opening quotes and brackets. */
const OPENERS = /[ \t"'“‘(\[]/u;
const SENTENCE_END = /[.!?:\n\r]/u;

/** The words of a text, each marked when it opens a sentence. */
export function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    let i = start - 1;
    while (i >= 0 && OPENERS.test(text[i]!)) i--;
    let sentenceStart = i < 0 || SENTENCE_END.test(text[i]!);
    // "Eugene A. Nida": the full stop of an initial ends no sentence.
    if (sentenceStart && text[i] === '.' && /(?:^|[^\p{L}])\p{Lu}$/u.test(text.slice(Math.max(0, i - 2), i))) {
      sentenceStart = false;
    }
    out.push({ text: m[0], start, end: start + m[0].length, capitalised: /^\p{Lu}/u.test(m[0]), sentenceStart });
  }
  return out;
}

/** A word without its possessive: "Tokyo's" is written "Tokyo" elsewhere. */
const stem = (word: string): string => word.replace(/['’]s$/u, '');

/** What one document needs for the name test: its words and those written capitalised mid-sentence. */
export interface NameContext {
  words: Word[];
  capitalisedMidSentence: Set<string>;
}

export function nameContext(text: string): NameContext {
  const words = wordsOf(text);
  const capitalisedMidSentence = new Set(words.filter((w) => w.capitalised && !w.sentenceStart).map((w) => stem(w.text)));
  return { words, capitalisedMidSentence };
}

/** A capitalised word that can be (part of) a name: neither a function word nor a demonym. */
export function isNameWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/’/gu, "'");
  const acronym = word.length > 1 && !/\p{Ll}/u.test(word) && !/^I'/u.test(word.replace(/’/gu, "'"));
  const base = lower.replace(/'(?:s|re|ll|d|ve|m)$|n't$/u, '');
  if (!acronym && (FUNCTION_WORDS.has(lower) || FUNCTION_WORDS.has(base))) return false;
  return !demonyms().has(stem(lower));
}

/** Whether a gold mention holds a name (the README's test). */
export function holdsName(mention: { start: number; end: number }, ctx: NameContext): boolean {
  for (const w of ctx.words) {
    if (w.end <= mention.start) continue;
    if (w.start >= mention.end) break;
    if (w.end > mention.end || !w.capitalised || !isNameWord(w.text)) continue;
    if (!w.sentenceStart || ctx.capitalisedMidSentence.has(stem(w.text))) return true;
  }
  return false;
}

/** A prediction without spaces or punctuation at its edges (a final "." stays: "U.S."); null when nothing is left. */
export function trimPrediction(p: RawSpan, text: string): RawSpan | null {
  let { start, end } = p;
  while (start < end && !/[\p{L}\p{N}]/u.test(text[start]!)) start++;
  while (end > start && !/[\p{L}\p{N}\p{M}.]/u.test(text[end - 1]!)) end--;
  return end > start ? { ...p, start, end } : null;
}

const inside = (p: { start: number; end: number }, g: { start: number; end: number }): boolean =>
  p.start >= g.start && p.end <= g.end;

const bareText = (s: string): string => s.replace(/^the\s+/iu, '').trim().toLowerCase();

/** Whether a (trimmed) prediction is right: inside a gold mention of its type, or a country acting as a state. */
export function predictionIsRight(p: RawSpan, gold: GoldEntity[], text: string): boolean {
  const predText = text.slice(p.start, p.end).toLowerCase();
  return gold.some(
    (g) =>
      inside(p, g) &&
      (g.type === p.type || (p.type === 'place' && g.type === 'organization' && bareText(g.text) === predText)),
  );
}

/** Which gold mentions count for recall: GUM all, re3d those with confidence >= 0.5 (precision uses all). */
export type RecallFilter = (e: GoldEntity) => boolean;
export const allGold: RecallFilter = () => true;
export const confidentGold: RecallFilter = (e) => (e.confidence ?? 0) >= 0.5;

/** One document's verdicts, for the tally and for the error files. */
export interface NimVerdicts {
  named: { gold: GoldEntity; found: boolean }[];
  predictions: { pred: RawSpan; right: boolean }[];
}

/** Judge one document's predictions against its gold mentions. */
export function judgeDoc(doc: GoldDoc, predicted: RawSpan[], forRecall: RecallFilter): NimVerdicts {
  const all = (doc.entities ?? []).filter((e) => isNimType(e.type));
  const ctx = nameContext(doc.text);
  const preds = predicted
    .filter((p) => isNimType(p.type))
    .map((p) => trimPrediction(p, doc.text))
    .filter((p): p is RawSpan => p !== null);
  const seen = new Set<string>();
  const named: NimVerdicts['named'] = [];
  for (const gold of all) {
    if (!forRecall(gold) || !holdsName(gold, ctx)) continue;
    const key = `${gold.start}:${gold.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    named.push({ gold, found: preds.some((p) => p.type === gold.type && inside(p, gold)) });
  }
  const predictions = preds.map((pred) => ({ pred, right: predictionIsRight(pred, all, doc.text) }));
  return { named, predictions };
}

export interface NimScores {
  precision: number;
  recall: number;
  f1: number;
  /** Gold mentions holding a name, and those found. */
  named: number;
  found: number;
  /** Predictions, and those right. */
  predicted: number;
  right: number;
}

export type NimReport = Record<NimType | 'all', NimScores>;

const emptyScores = (): NimScores => ({ precision: 0, recall: 0, f1: 0, named: 0, found: 0, predicted: 0, right: 0 });

/** Add one document's verdicts to per-type counts. */
export function addVerdicts(report: NimReport, v: NimVerdicts): void {
  for (const { gold, found } of v.named) {
    for (const key of [gold.type as NimType, 'all'] as const) {
      report[key].named++;
      if (found) report[key].found++;
    }
  }
  for (const { pred, right } of v.predictions) {
    for (const key of [pred.type as NimType, 'all'] as const) {
      report[key].predicted++;
      if (right) report[key].right++;
    }
  }
}

/** Fill in the ratios: precision and recall have different numerators, F1 is their harmonic mean. */
export function finishScores(s: NimScores): NimScores {
  const precision = s.predicted === 0 ? 0 : s.right / s.predicted;
  const recall = s.named === 0 ? 0 : s.found / s.named;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...s, precision, recall, f1 };
}

/** Score a corpus by names in mentions, per type and over all three. */
export function scoreNamesInMentions(
  docs: GoldDoc[],
  predict: (doc: GoldDoc) => RawSpan[],
  forRecall: RecallFilter,
  onDoc?: (doc: GoldDoc, v: NimVerdicts) => void,
): NimReport {
  const report = {} as NimReport;
  for (const t of [...NIM_TYPES, 'all'] as const) report[t] = emptyScores();
  for (const doc of docs) {
    const v = judgeDoc(doc, predict(doc), forRecall);
    onDoc?.(doc, v);
    addVerdicts(report, v);
  }
  for (const t of [...NIM_TYPES, 'all'] as const) report[t] = finishScores(report[t]);
  return report;
}
