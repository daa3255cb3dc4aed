/** jsonl: one compact JSON object per article per line. */
import type { Reporter } from './types.js';

export const jsonlReporter: Reporter = {
  name: 'jsonl',
  description: 'one compact JSON object per article per line',
  machine: true,
  perRecord: true,
  create: () => ({
    header: () => '',
    item: (e) => `${JSON.stringify(e)}\n`,
    failure: (f) => `${JSON.stringify(f)}\n`,
    footer: () => '',
  }),
};
