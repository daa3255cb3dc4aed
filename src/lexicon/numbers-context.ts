/**
 * Words around a number that change what it is (issue 5). Policy: lowercase, sorted.
 */

/** Before a small count they make it a back-reference, not a claim: "the two sides". */
export const ANAPHORIC_DETERMINERS: ReadonlySet<string> = new Set([
  'both', 'her', 'his', 'its', 'our', 'the', 'their', 'these', 'those', 'your',
]);

/** Around "3-1" they make it a score: "won 3-1", "a 2-0 victory". */
export const SCORE_WORDS: ReadonlySet<string> = new Set([
  'beat', 'beating', 'defeat', 'defeated', 'draw', 'drew', 'lead', 'led', 'loss', 'lost', 'score',
  'scoreline', 'thrashing', 'trail', 'trailed', 'victory', 'vote', 'voted', 'win', 'won',
]);

/** Before "24 hours" they make a time reference, not a quantity: "in the past 24 hours". */
export const TIME_REFERENCES: ReadonlySet<string> = new Set([
  'coming', 'first', 'last', 'next', 'past', 'previous', 'recent',
]);

/** After a number they make it a time of day: "5 p.m.", "10 GMT". */
export const CLOCK_WORDS: ReadonlySet<string> = new Set([
  'a.m.', 'am', 'bst', 'est', 'gmt', "o'clock", 'p.m.', 'pm', 'utc',
]);

/** Percent words after the number ("40 per cent", "5.3pc"). */
export const PERCENT_WORDS: ReadonlySet<string> = new Set([
  'pc', 'pct', 'percent',
]);

/** After "of", these open the counted phrase and are left out of it: "40 per cent of the vote". */
export const SUBJECT_DETERMINERS: ReadonlySet<string> = new Set([
  'a', 'all', 'an', 'her', 'his', 'its', 'my', 'our', 'that', 'the', 'their', 'these', 'this', 'those',
  'your',
]);

/** After "of", these pronouns are the counted phrase: "8,000 of them". */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set([
  'them', 'those', 'us', 'you',
]);

/** Words between a number and its noun that are not adjectives to compromise: "8,000 more troops". */
export const SUBJECT_MODIFIERS: ReadonlySet<string> = new Set([
  'additional', 'extra', 'further', 'more', 'other',
]);

/** After "twice" or "three times", these make a comparison: "twice as many", "three times more". */
export const COMPARING: ReadonlySet<string> = new Set([
  'as', 'less', 'more', 'that', 'the', 'what',
]);

/** Month names and abbreviations (normal forms): a small number beside one is a day ("3 March", "Dec. 5"). */
export const MONTHS: ReadonlySet<string> = new Set([
  'apr', 'april', 'aug', 'august', 'dec', 'december', 'feb', 'february', 'jan', 'january', 'jul', 'july',
  'jun', 'june', 'mar', 'march', 'may', 'nov', 'november', 'oct', 'october', 'sep', 'sept', 'september',
]);

/** Before a number they make it a label, not a quantity: "section 119.3", "Chapter two", "my number one priority". */
export const REFERENCE_WORDS: ReadonlySet<string> = new Set([
  'act', 'apartment', 'article', 'articles', 'bus', 'chapter', 'chapters', 'clause', 'episode', 'exhibit',
  'flight', 'gate', 'grade', 'highway', 'interstate', 'item', 'level', 'no', 'number', 'page', 'pages',
  'paragraph', 'part', 'phase', 'platform', 'resolution', 'resolutions', 'room', 'route', 'rule', 'season',
  'section', 'sections', 'stage', 'step', 'suite', 'table', 'term', 'title', 'unit', 'version', 'volume',
  'ward', 'window',
]);

/** Before "one" they make it a pronoun: "no one", "this one", "the one who". */
export const PRONOUN_ONE: ReadonlySet<string> = new Set([
  'any', 'each', 'every', 'no', 'that', 'the', 'this', 'which',
]);

/** Verbs ending in -s that never head a counted phrase ("a third of the city has ..."). */
export const VERBS_NOT_NOUNS: ReadonlySet<string> = new Set([
  'does', 'goes', 'has', 'is', 'remains', 'says', 'seems', 'was',
]);

/** Before "X to Y" they make a change and a new level, not a range: "rose 5% to $7bn". */
export const CHANGE_WORDS: ReadonlySet<string> = new Set([
  'climbed', 'cut', 'declined', 'down', 'dropped', 'fell', 'gained', 'grew', 'increased', 'jumped', 'lost', 'raised',
  'rose', 'slipped', 'slumped', 'soared', 'up',
]);
