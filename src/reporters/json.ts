/**
 * json: one pretty JSON value per article (or per failed input), one after the
 * other, whatever the number of articles. That is jq's convention: `newsclaims
 * a.txt b.txt | jq .people` works as `newsclaims a.txt | jq .people` does, and
 * `jq -s` gathers them into an array. `jsonl` is the same, one compact value a line.
 */
import type { Reporter } from './types.js';

export const jsonReporter: Reporter = {
  name: 'json',
  description: 'one pretty JSON object per article, one after the other (jq reads them; jq -s makes an array)',
  machine: true,
  perRecord: true,
  create: () => {
    const value = (v: object): string => `${JSON.stringify(v, null, 2)}\n`;
    return { header: () => '', item: value, failure: value, footer: () => '' };
  },
};
