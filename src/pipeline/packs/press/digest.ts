/**
 * Press pack, digests: a wire service's digest of other papers' stories ("PRESS DIGEST - Lebanon -
 * Aug 22") names each paper in capitals on a line of its own, its stories after it as lines opening
 * with "- " ("AN-NAHAR\n- Confrontation is escalating ..."). That line is a newspaper, an
 * organisation, whatever its words ("IRAQ" is a paper there). The labels are data:
 * src/lexicon/press-digest-labels.txt.
 */
import { lexicon } from '../../../lexicon/generated/lexicon.js';
import type { Doc, Typed } from '../../doc.js';
import { headlineLabel } from '../headline.js';

/** Does the headline open with a digest's label ("PRESS DIGEST - ...")? */
export function isPressDigest(text: string): boolean {
  const label = headlineLabel(text);
  return !!label && lexicon().pressDigestLabels.has(label);
}

/**
 * The papers of a digest: each sentence in capitals (by index, from its first token) that fills its
 * line alone and is followed by a line opening with "-" is typed an organisation.
 */
export function digestPapers(doc: Doc, caps: Map<number, number>): Typed[] {
  const { text, tokens, sentences } = doc;
  const out: Typed[] = [];
  for (const [index, from] of caps) {
    const end = sentences[index]!.end;
    if (index === 0 || end <= from) continue;
    const start = tokens[from]!.start;
    const stop = tokens[end - 1]!.end;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const lineEnd = text.indexOf('\n', stop);
    if (lineEnd < 0 || text.slice(lineStart, start).trim() !== '' || text.slice(stop, lineEnd).trim() !== '') continue;
    if (!/^[ \t]*-\s/.test(text.slice(lineEnd + 1, lineEnd + 4))) continue;
    out.push({ first: from, end, type: 'organization', strong: true, rule: 'digest-paper' });
    caps.delete(index);
  }
  return out;
}
