/**
 * How much of re3d's gold a name extractor can match at all (issue: entity accuracy).
 *
 * re3d annotates mentions, not names: "Minister Ellwood", "The UN", "ISIL fighters",
 * "Palmyra, Syria", "We". The span rules (CoNLL's exact-span convention; roles
 * are not part of the name) make such spans unreachable for an extractor of names, and
 * each hides a name ("Ellwood", "UN", "ISIL") that the extractor must report and that
 * re3d's counted gold does not hold. This section sorts the counted gold spans by span
 * convention and derives an upper bound on exact F1 for an extractor that follows the
 * issue's rules and is otherwise perfect. The sort is by rule, on the span text alone;
 * `npm run eval -- --only re3d --show-conventions` prints every span with its kind.
 */
import type { GoldDoc, GoldEntity } from './corpus.js';
import { goldEntities, TYPES } from './entities.js';
import type { Row, Section } from './report.js';
import { lexicon as entityLexicon } from '../../src/lexicon/generated/lexicon.js';

export type Convention =
  | 'name'
  | 'pronoun'
  | 'determiner'
  | 'title in a person span'
  | 'role without a name'
  | 'common-noun head'
  | 'two places joined by a comma'
  | 'starts with a number';

const PRONOUNS = new Set(
  'i we he she they it me us him them my our his her their its you your this these those that who'.split(' '),
);
const DETERMINERS = new Set(
  'the a an some many all other several most both each his her their our its my your this these those'.split(' '),
);
/** Lower-case words that may sit inside a name ("Bank of England", "Abu Musab al-Zarqawi"). */
const CONNECTORS = new Set(
  'of the and for on in de del della der des du la le el al ad an ar as ash at az bin ibn bu von van y da do dos'.split(' '),
);

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);
const bare = (w: string): string => w.toLowerCase().replace(/[’'.,;:]+$/u, '').replace(/[’']s$/u, '');

const isTitleWord = (w: string): boolean => {
  const titles = entityLexicon().titles;
  const b = bare(w);
  return titles.has(b) || titles.has(`${b}.`) || /^(mr|mrs|ms|dr|he|hm|hrh|capt|spc|brig|gen|lt|col|maj|sgt|cpl|pvt|cmdr|adm)$/u.test(b);
};

function startsWithTitle(ws: string[]): boolean {
  const titles = entityLexicon().titles;
  for (let n = Math.min(4, ws.length - 1); n >= 1; n--) {
    if (titles.has(ws.slice(0, n).map(bare).join(' '))) return true;
  }
  const first = bare(ws[0] ?? '');
  return titles.has(first) || titles.has(`${first}.`) || /^(mr|mrs|ms|dr|he|hm|hrh)$/u.test(first);
}

/** The span convention of one gold span's text. */
export function convention(type: string, text: string): Convention {
  const ws = words(text);
  const first = bare(ws[0] ?? '');
  if (ws.length === 1 && PRONOUNS.has(first)) return 'pronoun';
  if (ws.length > 1 && DETERMINERS.has(first)) return 'determiner';
  if (/^[0-9]/u.test(text)) return 'starts with a number';
  if (type === 'person' && ws.some(isTitleWord)) {
    const rest = ws.filter((w) => !isTitleWord(w) && /^[A-Z]/u.test(w));
    return rest.length === 0 || (ws.length <= 3 && isTitleWord(ws[ws.length - 1]!)) ? 'role without a name' : 'title in a person span';
  }
  if (type === 'place' && /\S,\s+[A-Z]/u.test(text)) return 'two places joined by a comma';
  const lower = ws.slice(1).filter((w) => /^[a-z]/u.test(w) && !CONNECTORS.has(w.replace(/-.*$/u, '')));
  if (lower.length > 0) return 'common-noun head';
  return 'name';
}

/**
 * Capitalised runs inside a span that a name extractor would report (leading
 * determiners and titles dropped, demonyms and pronouns left out).
 */
function hiddenNames(type: string, text: string): string[] {
  const lex = entityLexicon();
  const runs: string[] = [];
  for (const piece of text.split(/,\s+/u)) {
    let ws = words(piece);
    while (ws.length && DETERMINERS.has(bare(ws[0]!))) ws = ws.slice(1);
    if (type === 'person') {
      // Everything up to the last title word is the role ("Foreign Office Minister Tobias Ellwood").
      const last = ws.map(isTitleWord).lastIndexOf(true);
      if (last >= 0) ws = ws.slice(last + 1);
    }
    let run: string[] = [];
    const flush = () => {
      while (run.length && CONNECTORS.has(run[run.length - 1]!)) run.pop();
      const name = run.join(' ');
      const solo = run.length === 1 ? bare(run[0]!) : '';
      // Conservative: demonyms ("Iraqi", "Iraqis") and generic acronyms ("IED") are left out.
      const plural = solo.endsWith('s') && lex.demonyms.has(solo.slice(0, -1));
      if (name && !PRONOUNS.has(solo) && !lex.demonyms.has(solo) && !plural && !lex.commonAcronyms.has(solo)) runs.push(name);
      run = [];
    };
    for (const w of ws) {
      if (/^[A-Z]/u.test(w)) run.push(w);
      else if (run.length && CONNECTORS.has(w)) run.push(w);
      else flush();
    }
    flush();
  }
  return runs;
}

export interface ConventionReport {
  counted: number;
  byConvention: Map<Convention, GoldEntity[]>;
  /** Names hidden in unreachable or uncounted spans, which an extractor of names must report. */
  forcedFalsePositives: string[];
}

export function conventionReport(docs: GoldDoc[]): ConventionReport {
  const byConvention = new Map<Convention, GoldEntity[]>();
  let counted = 0;
  const forced: string[] = [];
  for (const doc of docs) {
    const gold = goldEntities(doc);
    const countedKeys = new Set(gold.map((g) => `${g.start}:${g.end}`));
    counted += gold.length;
    const hidden = new Map<string, string>();
    const hide = (e: GoldEntity) => {
      let from = e.start;
      for (const name of hiddenNames(e.type, e.text)) {
        const at = doc.text.indexOf(name, from);
        if (at < 0 || at >= e.end) continue;
        from = at + name.length;
        const key = `${at}:${from}`;
        if (!countedKeys.has(key)) hidden.set(key, name);
      }
    };
    for (const g of gold) {
      const kind = convention(g.type, g.text);
      byConvention.set(kind, [...(byConvention.get(kind) ?? []), g]);
      if (kind !== 'name') hide(g);
    }
    // Confident spans left out of the count because they start in lower case ("the
    // United Kingdom", "northern Iraq") still hide a name the extractor must report,
    // unless that name is itself a counted gold span.
    for (const e of doc.entities ?? []) {
      if (!(TYPES as readonly string[]).includes(e.type) || (e.confidence ?? 0) < 0.5 || /^[A-Z0-9]/u.test(e.text)) continue;
      hide(e);
    }
    forced.push(...hidden.values());
  }
  return { counted, byConvention, forcedFalsePositives: forced };
}

/** The eval section: counts by convention and the ceiling they imply. */
export function evaluateConventions(docs: GoldDoc[], show: boolean): Section[] {
  const r = conventionReport(docs);
  const names = r.byConvention.get('name')?.length ?? 0;
  const rows: Row[] = [];
  for (const [kind, spans] of [...r.byConvention].sort((a, b) => b[1].length - a[1].length)) {
    rows.push({ metric: `gold spans: ${kind}`, newsclaims: spans.length, raw: null, count: true });
    if (show) for (const s of spans) console.log(`${kind}\t${s.type}\t${s.text.replace(/\s+/gu, ' ')}`);
  }
  const recall = names / r.counted;
  const precision = names / (names + r.forcedFalsePositives.length);
  rows.push({ metric: 'names hidden in other spans (forced FP)', newsclaims: r.forcedFalsePositives.length, raw: null, count: true });
  if (show) for (const name of r.forcedFalsePositives) console.log(`hidden name\t\t${name}`);
  rows.push({ metric: 'ceiling: recall', newsclaims: recall, raw: null });
  rows.push({ metric: 'ceiling: precision', newsclaims: precision, raw: null });
  rows.push({ metric: 'ceiling: all F1 (exact)', newsclaims: (2 * precision * recall) / (precision + recall), raw: null });
  return [
    {
      corpus: 're3d',
      title: `gold by span convention, and the F1 ceiling of a perfect name extractor (${r.counted} counted gold spans)`,
      docs: docs.length,
      rows,
    },
  ];
}
