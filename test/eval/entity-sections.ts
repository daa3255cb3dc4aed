/** The entity section of the eval report for one corpus. */
import type { GoldDoc } from './corpus.js';
import { predictedEntities, rawEntities, scoreEntities, TYPES } from './entities.js';
import type { Row, Section } from './report.js';

const TARGETS: Record<string, Record<string, string>> = {
  conll2003: { person: '≥ 0.88', organization: '≥ 0.80', place: '≥ 0.88', all: '≥ 0.85' },
  re3d: { all: '≥ 0.75' },
};

export function evaluateEntities(corpus: string, docs: GoldDoc[]): Section[] {
  const ours = scoreEntities(docs, predictedEntities);
  const raw = scoreEntities(docs, rawEntities);
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
