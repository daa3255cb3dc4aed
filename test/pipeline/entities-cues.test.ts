/**
 * Context cues around names the word lists do not know (entities/cues.ts and the
 * context rules of classify.ts), one table per rule family with a paired
 * false-positive table. Names here are invented, so only the cue can decide.
 */
import { describe, expect, test } from 'vitest';
import { extract } from '../../src/index.js';
import type { Extraction } from '../../src/types.js';

type Kind = 'people' | 'organizations' | 'places';

const mentionsOf = (r: Extraction, kind: Kind): string[] => r[kind].flatMap((e) => e.mentions.map((m) => m.text));

describe('descriptor nouns next to an unknown name make an organisation', () => {
  test.each([
    ['The state news agency Vorlak reported the fire late on Friday.', 'Vorlak'],
    ['He was loaned to club Brenvale for a year.', 'Brenvale'],
    ['Ohio-based Quintrex said profits rose.', 'Quintrex'],
    ['Telecoms operator Zamicom has a mandate.', 'Zamicom'],
    ['Kelvaro CEO Anna Lind told reporters the deal was done.', 'Kelvaro'],
    ['Zentrova shares fell 3 percent on Monday.', 'Zentrova'],
    ['Vesco said on Friday it would cut jobs. Vesco CEO Mark Hill agreed.', 'Vesco'],
  ])('%s → %s', (text, name) => {
    expect(mentionsOf(extract(text), 'organizations')).toContain(name);
  });
  test.each([
    ['Kelvaro CEO Anna Lind told reporters the deal was done.', 'Anna Lind', 'people'],
    ['Prime Minister Jan Peters said the team would win.', 'Jan Peters', 'people'],
    ['The club said John Smith would stay.', 'John Smith', 'people'],
    ['Shares in Paris rose on Monday.', 'Paris', 'places'],
    ['England coach Glenn Hoddle named his squad.', 'England', 'places'],
  ] as const)('%s keeps %s as %s', (text, name, kind) => {
    const r = extract(text);
    expect(mentionsOf(r, kind)).toContain(name);
    expect(mentionsOf(r, 'organizations')).not.toContain(name);
  });
});
