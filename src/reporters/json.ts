/** json: one pretty object per article; an array when there are several. */
import type { Reporter } from './types.js';

export const jsonReporter: Reporter = {
  name: 'json',
  description: 'one pretty JSON object per article (an array for several)',
  machine: true,
  create: ({ many }) => {
    const element = (value: object, i: number): string => {
      const body = JSON.stringify(value, null, 2);
      if (!many) return `${body}\n`;
      return `${i > 0 ? ',\n' : ''}${body.replace(/^/gm, '  ')}`;
    };
    return {
      header: () => (many ? '[\n' : ''),
      item: element,
      failure: element,
      footer: () => (many ? '\n]\n' : ''),
    };
  },
};
