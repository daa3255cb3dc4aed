/**
 * Sports pack, start rules: in results tables two capitalised words open a line as a
 * team's name even when the first is an ordinary word ("Notts County 3 1 1 1", "East
 * Fife v Clydebank", "Crystal Palace 4 1 2 1"). The entity stage's start-rule table
 * (03-entities/chunks.ts) holds it at its place.
 */
import { lexicon } from '../../../lexicon/generated/lexicon.js';
import type { Token } from '../../doc.js';
import { rule } from '../../rules.js';
import { has, isCapitalized, isFunctionWord, joinedBySpace } from '../../tokens.js';

/** What these rules read of a start context: the word and the two after it. */
interface LineStart {
  t: Token;
  prev: Token | undefined;
  next: Token | undefined;
  after: Token | undefined;
}

export const SPORTS_START_RULES = {
  resultsLine: rule({
    id: 'start-results-line',
    example: 'Crystal Palace 4 1 2 1',
    // two capitalised words opening a results line, before figures or "v"
    when: ({ t, next, after }: LineStart) =>
      next && after && joinedBySpace(t, next) && isCapitalized(next) && !isFunctionWord(next) && !has(t, 'Verb') && !has(next, 'PastTense') &&
      (/^\d/.test(after.text) || lexicon().sportsMatchWords.has(after.normal)),
    then: () => true,
  }),
  club: rule({
    id: 'start-club',
    example: 'Antonio Esposito (Grasshoppers), Adrian Knup (Galatasaray).',
    // a single word alone in brackets after a name: a player's club ("(Grasshoppers)")
    when: ({ t, prev }: LineStart) => !!prev && t.pre.includes('(') && /^\)/.test(t.post) && /^\p{Lu}\p{Ll}/u.test(t.text) && /^\p{Lu}/u.test(prev.text),
    then: () => true,
  }),
  scoringSide: rule({
    id: 'start-scoring-side',
    example: 'Hearts - Dave McPherson (44th)',
    // a side opening a scorers' line: "Hearts - Dave McPherson (44th)"
    when: ({ t, next }: LineStart) => !!next && /^ - $/.test(t.post) && /^\p{Lu}\p{Ll}/u.test(t.text) && /^\p{Lu}/u.test(next.text),
    then: () => true,
  }),
  fixture: rule({
    id: 'start-fixture',
    example: 'Reading v Stoke',
    // one word on either side of "v" in a fixture list ("Aberdeen v Hearts", "Reading v Stoke")
    when: ({ t, prev, next }: LineStart) =>
      (!!next && /^ +$/.test(t.post) && /^vs?\.?$/.test(next.text)) || (!!prev && /^ +$/.test(prev.post) && /^vs?\.?$/.test(prev.text)),
    then: () => true,
  }),
  scorer: rule({
    id: 'start-scorer',
    example: 'Lens 3 (Vairelles 8th, Foe 85th) Metz 2',
    // a name right after a bracket, before a minute: the first scorer of a side ("(Vairelles 8th")
    when: ({ t, next }: LineStart) => next && t.pre.includes('(') && /^\d{1,3}(?:st|nd|rd|th)?\)?$/.test(next.text),
    then: () => true,
  }),
  resultsTeam: rule({
    id: 'start-results-team',
    example: 'Reading 2 1 0 1 3 5 3',
    // one word opening a standings row or a result: a small count, then another count or the other side ("Nice 1 Guingamp 2")
    when: ({ t, next, after }: LineStart) =>
      next && after && /^ +$/.test(t.post) && /^\d{1,2}$/.test(next.text) && /^ +$/.test(next.post) && (/^\d{1,2}$/.test(after.text) || /^\p{Lu}\p{Ll}/u.test(after.text)),
    then: () => true,
  }),
};
