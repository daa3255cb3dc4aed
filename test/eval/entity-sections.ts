/** The entity sections of the eval report: exact spans (CoNLL, re3d) and names in mentions (GUM, re3d). */
import type { GoldDoc } from './corpus.js';
import { memoise, predictedEntities, rawEntities, scoreEntities, TYPES } from './entities.js';
import { exactSpanErrors, namesInMentionsErrors } from './entity-errors.js';
import type { ErrorLog } from './errors.js';
import { allGold, confidentGold, NIM_TYPES, type RecallFilter, scoreNamesInMentions } from './names-in-mentions.js';
import type { RawSpan } from './raw-compromise.js';
import type { Row, Section } from './report.js';

const TARGETS: Record<string, Record<string, string>> = {
  conll2003: { person: '≥ 0.88', organization: '≥ 0.80', place: '≥ 0.88', all: '≥ 0.85' },
  'conll2003-train': { all: '≥ 0.90' },
  re3d: { all: '≥ 0.75' },
};

/** Issue 15's targets for the names-in-mentions figure. */
const NIM_TARGETS: Record<string, string> = { gum: '≥ 0.80', re3d: '≥ 0.88' };

/** newsclaims' and raw compromise's entity predictors, each run once per text for all sections of a corpus. */
export interface EntityPredictors {
  ours: (text: string) => RawSpan[];
  raw: (text: string) => RawSpan[];
}

export const entityPredictors = (): EntityPredictors => ({ ours: memoise(predictedEntities), raw: memoise(rawEntities) });

/** Exact spans (CoNLL convention), per type, newsclaims beside raw compromise. */
export function evaluateEntities(
  corpus: string,
  docs: GoldDoc[],
  predictors: EntityPredictors = entityPredictors(),
  errors?: ErrorLog,
): Section[] {
  const file = `${corpus}-entities-exact.jsonl`;
  errors?.touch(file);
  const onDoc = errors?.enabled
    ? (doc: GoldDoc, gold: Parameters<typeof exactSpanErrors>[1], pred: RawSpan[]) => {
        for (const e of exactSpanErrors(doc, gold, pred)) errors.add(file, e);
      }
    : undefined;
  const ours = scoreEntities(docs, predictors.ours, onDoc);
  const raw = scoreEntities(docs, predictors.raw);
  const rows: Row[] = [];
  for (const type of [...TYPES, 'all'] as const) {
    const o = ours.byType[type];
    const r = raw.byType[type];
    const target = TARGETS[corpus]?.[type];
    rows.push({ metric: `${type} precision`, newsclaims: o.precision, raw: r.precision });
    rows.push({ metric: `${type} recall`, newsclaims: o.recall, raw: r.recall });
    rows.push({ metric: `${type} F1 (exact)`, newsclaims: o.f1, raw: r.f1, ...(target ? { target } : {}) });
    rows.push({ metric: `${type} loose recall (overlap)`, newsclaims: o.looseRecall, raw: r.looseRecall });
  }
  return [{ corpus, title: 'entities, exact spans', docs: docs.length, rows }];
}

/**
 * Names in mentions (../shared/eval/README.md): recall over gold mentions holding a
 * name, precision over predictions lying inside a gold mention of their type. GUM
 * counts every gold mention for recall, re3d those with confidence >= 0.5.
 */
export function evaluateNamesInMentions(
  corpus: string,
  docs: GoldDoc[],
  predictors: EntityPredictors = entityPredictors(),
  errors?: ErrorLog,
): Section[] {
  const forRecall: RecallFilter = corpus === 're3d' ? confidentGold : allGold;
  const file = `${corpus}-entities-names-in-mentions.jsonl`;
  errors?.touch(file);
  const onDoc = errors?.enabled
    ? (doc: GoldDoc, v: Parameters<typeof namesInMentionsErrors>[1]) => {
        for (const e of namesInMentionsErrors(doc, v)) errors.add(file, e);
      }
    : undefined;
  const ours = scoreNamesInMentions(docs, (d) => predictors.ours(d.text), forRecall, onDoc);
  const raw = scoreNamesInMentions(docs, (d) => predictors.raw(d.text), forRecall);
  const rows: Row[] = [];
  for (const type of [...NIM_TYPES, 'all'] as const) {
    const o = ours[type];
    const r = raw[type];
    const target = type === 'all' ? NIM_TARGETS[corpus] : undefined;
    rows.push({ metric: `${type} precision (inside a mention)`, newsclaims: o.precision, raw: r.precision });
    rows.push({ metric: `${type} recall (${o.named} named mentions)`, newsclaims: o.recall, raw: r.recall });
    rows.push({ metric: `${type} F1 (names in mentions)`, newsclaims: o.f1, raw: r.f1, ...(target ? { target } : {}) });
  }
  const which = corpus === 're3d' ? 'recall over confidence >= 0.5' : 'all gold mentions';
  return [{ corpus, title: `entities, names in mentions (${which})`, docs: docs.length, rows }];
}
