/** A section of the eval report: rows of figures, newsclaims beside raw compromise. */
export interface Row {
  metric: string;
  newsclaims: number;
  /** Raw compromise's figure from the same run, or null where it has none. */
  raw: number | null;
  /** The target, as written ("≥ 0.85"). */
  target?: string;
  /** A count, printed without decimals. */
  count?: boolean;
}

export interface Section {
  corpus: string;
  title: string;
  docs: number;
  rows: Row[];
}

/** Render sections as a plain-text table. */
export function renderSections(sections: Section[]): string {
  const lines: string[] = [];
  for (const s of sections) {
    lines.push('', `${s.corpus}: ${s.title} (${s.docs} docs)`);
    lines.push(`  ${'metric'.padEnd(44)} ${'newsclaims'.padStart(10)} ${'raw'.padStart(8)}  target`);
    for (const r of s.rows) {
      const raw = r.raw === null ? '-' : r.raw.toFixed(3);
      const value = r.count ? String(r.newsclaims) : r.newsclaims.toFixed(3);
      lines.push(`  ${r.metric.padEnd(44)} ${value.padStart(10)} ${raw.padStart(8)}  ${r.target ?? ''}`);
    }
  }
  return lines.join('\n');
}
