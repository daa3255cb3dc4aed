import { describe, expect, it } from 'vitest';
import { type Convention, convention } from '../eval/re3d-conventions.js';

// The sort of re3d gold spans by span convention, which the F1 ceiling in the eval rests on.
const CASES: [string, string, Convention][] = [
  ['person', 'Tobias Ellwood', 'name'],
  ['person', 'Abu Musab al-Zarqawi', 'name'],
  ['organization', 'Islamic State of Iraq and the Levant', 'name'],
  ['organization', 'Bank of England', 'name'],
  ['person', 'We', 'pronoun'],
  ['person', 'I', 'pronoun'],
  ['organization', 'The UN Security Council', 'determiner'],
  ['place', 'The hospital', 'determiner'],
  ['person', 'Minister Ellwood', 'title in a person span'],
  ['person', 'Foreign Office Minister Tobias Ellwood', 'title in a person span'],
  ['person', 'Lt. Gen. Stephen J. Townsend', 'title in a person span'],
  ['person', 'Foreign Secretary', 'role without a name'],
  ['organization', 'ISIL fighters', 'common-noun head'],
  ['organization', 'Iraqi security forces', 'common-noun head'],
  ['place', 'Palmyra, Syria', 'two places joined by a comma'],
  ['organization', '300 ANG Airmen', 'starts with a number'],
];

describe('re3d span conventions', () => {
  it.each(CASES)('%s %j is %s', (type, text, kind) => {
    expect(convention(type, text)).toBe(kind);
  });
});
