/**
 * The shape of a gold content span, for the claims figures: issue 13 says a claim needs
 * something claimed (a clause, a quotation, a colon statement, or an infinitive after a
 * verb of promising or urging), so a noun phrase ("criticized *the plan*") is no claim.
 * PolNeAR annotates those too; this tells them apart so that recall on clause content can
 * be reported beside recall on everything. Read with compromise's full parse of the span.
 */
import nlp from 'compromise';

export type ContentShape = 'that-clause' | 'wh-clause' | 'bare clause' | 'to-infinitive' | 'gerund phrase' | 'noun phrase';

const WH = new Set(['what', 'how', 'whether', 'if', 'why', 'who', 'when', 'where', 'which']);

/** The shape of a content span's text. */
export function contentShape(text: string): ContentShape {
  const t = text.trim().replace(/^[“"'‘]+/, '');
  const first = t.split(/\s+/)[0]?.toLowerCase() ?? '';
  if (first === 'that') return 'that-clause';
  if (WH.has(first)) return 'wh-clause';
  if (first === 'to') return 'to-infinitive';
  const terms = (nlp(t).json({ terms: { offset: false } }) as { terms: { tags: string[] }[] }[]).flatMap((s) => s.terms);
  if (terms[0]?.tags.includes('Gerund')) return 'gerund phrase';
  const finite = terms.some((x, i) => i > 0 && x.tags.includes('Verb') && !x.tags.some((g) => g === 'Gerund' || g === 'Infinitive' || g === 'Participle'));
  return finite && terms.length >= 3 ? 'bare clause' : 'noun phrase';
}

/** Is the content a clause (a that-, wh- or bare clause)? */
export const isClauseContent = (text: string): boolean => ['that-clause', 'wh-clause', 'bare clause'].includes(contentShape(text));
