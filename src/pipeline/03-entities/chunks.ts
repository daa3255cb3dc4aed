/**
 * Candidate names: runs of capitalised tokens within a sentence ("Antony Blinken",
 * "Bank of England", "Cho Tae-yul", "Rio de Janeiro"), cut at punctuation, titles and
 * possessives. Whether a capitalised word may open a name is an ordered rule table
 * (START_RULES); classification (rules.ts) decides what each run is.
 */
import type { Doc, Token, TokenRange } from '../doc.js';
import { isKnownWord } from '../known-words.js';
import { SPORTS_START_RULES } from '../packs/sports/start-rules.js';
import { firstRule, type Rule, rule } from '../rules.js';
import { CLOSES_QUOTATION, has, hasAny, isAllCaps, isCapitalized, isFunctionWord, isPossessive, joinedByHyphen, joinedBySpace, keyOf, OPENS_QUOTATION, stripPossessive } from '../tokens.js';
import { type EntityLexicon, isBodyOrPlaceWord, isLowerParticle, placeKind } from './lexicon.js';
import { isStateCode } from './place-shapes.js';
import { isAmount, isCamelCase, isElidedName, isSurnameShape } from './shapes.js';

/** What a start rule sees: the word, whether it opens its sentence or quotation, and the two words after it. */
export interface StartContext {
  t: Token;
  /** The word before, in the sentence. */
  prev: Token | undefined;
  /** Up to four words after it, in the sentence. */
  ahead: readonly Token[];
  atStart: boolean;
  next: Token | undefined;
  after: Token | undefined;
  lex: EntityLexicon;
}

const NOT_NAMES = ['Month', 'WeekDay', 'Holiday'] as const;

/** Could this capitalised token start a name? Sentence-initial common words cannot. In order; the first that fires decides. */
export const START_RULES: readonly Rule<StartContext, boolean>[] = [
  rule({
    id: 'start-particle-hyphen',
    example: 'The attack was claimed by al-Qaida.',
    when: ({ t, next, lex }: StartContext) => next && lex.nameParticles.has(t.text) && joinedByHyphen(t, next) && isCapitalized(next),
    then: () => true,
  }),
  // "Mr. de Blasio said", "met bin Laden": a lower-case particle opens the surname it belongs to.
  rule({
    id: 'start-lower-particle',
    example: 'They hunted bin Karvan for years.',
    // ("et al Saunders": the Latin "et al." is no particle)
    when: ({ t, prev, next, after, lex }: StartContext) =>
      isLowerParticle(lex, t) && prev?.text !== 'et' && !!next && joinedBySpace(t, next) &&
      ((/^\p{Lu}\p{Ll}/u.test(next.text) && !isFunctionWord(next)) || (lex.nameParticles.has(next.text) && !!after && joinedBySpace(next, after) && /^\p{Lu}\p{Ll}/u.test(after.text))),
    then: () => true,
  }),
  rule({ id: 'start-lower-case', example: 'the talks', when: ({ t }: StartContext) => !isCapitalized(t), then: () => false }),
  rule({ id: 'start-amount', example: 'Net profit fell to US$995 million.', when: ({ t }: StartContext) => isAmount(t.text), then: () => false }),
  rule({
    id: 'start-particle-inside',
    example: 'He fumbled when De Wilde tackled him.',
    // ("Al Gore" is a given name and a surname: left to the rules below.)
    when: ({ t, atStart, next, lex }: StartContext) =>
      !atStart && lex.nameParticles.has(keyOf(t)) && next && joinedBySpace(t, next) && isCapitalized(next) && !isFunctionWord(next) && !has(next, 'LastName'),
    then: () => true,
  }),
  rule({ id: 'start-listed', example: 'Russia said no.', when: ({ t, lex }: StartContext) => lex.countries.has(keyOf(t)) || lex.orgs.has(t.text), then: () => true }),
  // "Des Moines", "Le Havre won": a function word opening a listed place's name opens the name (also at a sentence's start).
  // (only where a later rule would refuse the word: at a sentence's start or a function word)
  rule({ id: 'start-listed-place', example: 'They flew to Des Moines on Friday.', when: ({ t, atStart, ahead, lex }: StartContext) => (atStart || isFunctionWord(t)) && opensListedPlace(t, ahead, lex), then: () => true }),
  rule({
    id: 'start-initial',
    example: 'A. Hollioake scored.',
    // an initial starts a name only before a period and a capital ("K. Spiring")
    when: ({ t }: StartContext) => /^[A-Z]$/.test(t.text),
    then: ({ t, next }: StartContext) => t.text !== 'I' && /^\. ?$/.test(t.post) && /^[A-Z][a-z]/.test(next?.text ?? ''),
  }),
  // "L'Enfant was born": compromise reads the elided article as a determiner.
  rule({ id: 'start-elided-name', example: "L'Enfant was born in Paris.", when: ({ t }: StartContext) => isElidedName(t.text), then: () => true }),
  // "an injury to Will Middlebrooks", "and Eve Sweetser": a given name that is also an ordinary word ("will", "eve"), inside a sentence, before a surname no dictionary knows.
  rule({
    id: 'start-common-given-name',
    example: 'He replaced Will Karbacher at third base.',
    // ("Will Smith", "Les Ferdinand", "Jan Koum": a surname or given name compromise lists is a surname too; a month's three-letter short name before one is a given name; "Jan. 5", "June Comelf" and "December Eurodollars" are not)
    // (at a sentence's start only before a verb in a tense or a bracket: "Jan Siemerink beat", "Will Smith said", "Jan Siemerink (Netherlands)"; not "Will Karbacher play?")
    when: ({ t, atStart, next, after, lex }: StartContext) =>
      (!atStart || startsClause(t, next, after)) && lex.commonGivenNames.has(keyOf(t)) && (!hasAny(t, NOT_NAMES) || (has(t, 'Month') && t.text.length === 3 && t.post === ' ')) && !!next && joinedBySpace(t, next) && /^\p{Lu}\p{Ll}+$/u.test(next.text) &&
      !hasAny(next, NOT_NAMES) && isSurnameShape(next),
    then: () => true,
  }),
  // (an article before a lower-case word opens no name, whatever compromise tagged it: "country. The text" inside a quotation)
  rule({ id: 'start-function-word', example: 'The talks ended.', when: ({ t, next, lex }: StartContext) => isFunctionWord(t) || hasAny(t, NOT_NAMES) || (lex.articles.has(keyOf(t)) && !!next && /^\p{Ll}/u.test(next.text)), then: () => false }),
  // "Tulsa, OK": a state's postal code after a town and a comma ("OK" is otherwise no name).
  rule({
    id: 'start-state-code',
    example: 'They drove to Tulsa, OK on Monday.',
    when: ({ t, prev, lex }: StartContext) => !!prev && isStateCode(t, lex) && /^, $/.test(prev.post) && isCapitalized(prev),
    then: () => true,
  }),
  rule({ id: 'start-common-acronym', example: 'It starts at 10 GMT today.', when: ({ t, lex }: StartContext) => (isAllCaps(t) || t.text.includes('.')) && lex.commonAcronyms.has(keyOf(t)), then: () => false }),
  rule({ id: 'start-inside-sentence', example: 'They met Blinken.', when: ({ atStart }: StartContext) => !atStart, then: () => true }),
  rule({
    id: 'start-listed-given-or-place',
    example: 'Chicago was cold.',
    // ("Christian Ziege scored": a demonym that is also a given name, before a surname)
    when: ({ t, next, lex }: StartContext) => lex.givenNames.has(keyOf(t)) || lex.cities.has(keyOf(t)) || lex.regions.has(keyOf(t)) || (lex.givenNameDemonyms.has(keyOf(t)) && !!next && joinedBySpace(t, next) && isSurnameShape(next)),
    then: () => true,
  }),
  rule({ id: 'start-camel-case', example: 'PolitiFact rated it false.', when: ({ t }: StartContext) => isCamelCase(stripPossessive(t.text)), then: () => true }),
  rule({
    id: 'start-company-opener',
    example: 'News Corp said it would sell.',
    // "News Corp said", "Red Lion Hotels Inc", "Air Express International": an ordinary word
    // opening a run of capitals that ends in a company form or an organisation word
    // ("Yesterday Parliament voted", "Meanwhile Congress": a time word or an adverb opens no body's name)
    when: ({ t, ahead, lex }: StartContext) => endsInOrgWord(t, ahead, lex) && !hasAny(t, ['Date', 'Adverb', 'Pronoun', 'Conjunction']),
    then: () => true,
  }),
  SPORTS_START_RULES.resultsLine,
  SPORTS_START_RULES.resultsTeam,
  SPORTS_START_RULES.scorer,
  SPORTS_START_RULES.fixture,
  SPORTS_START_RULES.club,
  SPORTS_START_RULES.scoringSide,
  // "Stocks rose", "Newspapers said": a known plural opening a sentence is no name
  rule({ id: 'start-common-plural', example: 'Stocks rose on Monday.', when: ({ t }: StartContext) => has(t, 'Plural') && !has(t, 'ProperNoun'), then: () => false }),
  // "Chipmaker Norvane to cut jobs", "Insurer Varko said": a descriptor opening a sentence before a name is no part of it
  rule({
    id: 'start-org-descriptor',
    example: 'Chipmaker Varkotech said it would cut jobs.',
    when: ({ t, atStart, next, lex }: StartContext) => atStart && lex.orgDescriptorsOpening.has(t.normal) && !!next && joinedBySpace(t, next) && isCapitalized(next) && !isFunctionWord(next),
    then: () => false,
  }),
  rule({ id: 'start-unknown-word', example: 'Karbacher won.', when: ({ t }: StartContext) => !isKnownWord(keyOf(t)), then: () => true }),
  // "Crystal Palace 4 1 2", "Dynamo Moscow lost": a dictionary word compromise does not know, opening a run of capitals
  rule({
    id: 'start-rare-word-run',
    example: 'Dynamo Moscow lost.',
    when: ({ t, next }: StartContext) => !isKnownWord(keyOf(t), false) && !!next && joinedBySpace(t, next) && isCapitalized(next) && !isFunctionWord(next),
    then: () => true,
  }),
  rule({ id: 'start-tagged-name', example: 'Nasdaq slipped.', when: ({ t }: StartContext) => hasAny(t, ['Person', 'Place', 'Organization']), then: () => true }),
];

/**
 * The word after a two-word run opening a sentence is a verb in a tense or an opening
 * bracket ("Jan Siemerink beat", "Jan Siemerink (Netherlands)"); after a modal only a
 * verb that cannot be a bare infinitive ("Will Smith said", not "Will Karbacher play?").
 */
function startsClause(t: Token, next: Token | undefined, after: Token | undefined): boolean {
  if (!next || !after || after.sentence !== next.sentence || !/^ +$/.test(next.post)) return false;
  return after.pre === '(' || (hasAny(after, ['PastTense', 'PresentTense']) && !has(after, 'Gerund') && !(has(t, 'Modal') && has(after, 'Infinitive')));
}

/** `t` and the next one or two capitalised words spell a listed city, region or country ("Des Moines", "Le Havre"). */
function opensListedPlace(t: Token, ahead: readonly Token[], lex: EntityLexicon): boolean {
  if (!isCapitalized(t)) return false;
  let key = keyOf(t);
  let prev = t;
  for (const w of ahead.slice(0, 2)) {
    if (!isCapitalized(w) || !joinedBySpace(prev, w)) return false;
    key += ` ${keyOf(w)}`;
    if (lex.cities.has(key) || lex.regions.has(key) || lex.countries.has(key)) return true;
    prev = w;
  }
  return false;
}

/** The capitalised words joined after `t` end in a company form or an organisation word within four words. */
function endsInOrgWord(t: Token, ahead: readonly Token[], lex: EntityLexicon): boolean {
  let prev = t;
  for (const w of ahead) {
    if (!isCapitalized(w) || !joinedBySpace(prev, w) || isFunctionWord(w)) return false;
    const key = keyOf(w).replace(/\./g, '');
    if (lex.orgCorporate.has(key) || lex.orgSuffixes.has(keyOf(w))) return true;
    if (isPossessive(w)) return false;
    prev = w;
  }
  return false;
}

/** Could the token start a name? (The start rules in order; none firing means no.) */
function canStart(doc: Doc, ctx: StartContext): boolean {
  return firstRule(doc, START_RULES, ctx)?.out ?? false;
}

/** Could this token continue a name after `prev`? */
function canContinue(prev: Token, t: Token, lex: EntityLexicon, next?: Token): boolean {
  if (isPossessive(prev)) return false;
  // "Tae-yul", "Jong-un"; "Dae-jung", "Jae-in": a short syllable after a short capitalised one in a person's name.
  if (joinedByHyphen(prev, t)) return isCapitalized(t) || !isKnownWord(t.text) || (/^[A-Z][a-z]{1,3}$/.test(prev.text) && has(prev, 'Person') && /^[a-z]{2,4}$/.test(t.text)) || isPlaceHyphenParticle(prev, t, next, lex);
  const initial = /^[A-Z]$/.test(prev.text) && /^\. ?$/.test(prev.post);
  if (!joinedBySpace(prev, t) && !initial) return false;
  if (!isCapitalized(t)) return false;
  // ("the One S. The company's app": an article after an initial's full stop opens the next sentence, whatever compromise tagged it)
  if (initial && lex.articles.has(keyOf(t))) return false;
  // "Kim In-so", "Lee On-yu": a short capitalised syllable hyphened to a lower-case one is part of a given name, even a function word's.
  if (isSyllablePair(t, next)) return true;
  // "Hicham El Guerrouj", "Veerle De Jaeghere": a capitalised particle goes on when a name follows it.
  if (lex.nameParticles.has(keyOf(t)) && next && joinedBySpace(t, next) && isCapitalized(next) && !isFunctionWord(next)) return true;
  return !hasAny(t, NOT_NAMES) && !(isFunctionWord(t) && !lex.countries.has(keyOf(t)) && !isElidedName(t.text));
}

/** "In-so", "On-yu": a capitalised syllable of two or three letters hyphened to a lower-case one of at most four (a Korean given name). */
function isSyllablePair(t: Token, next: Token | undefined): boolean {
  return !!next && /^\p{Lu}\p{Ll}{1,2}$/u.test(t.text) && joinedByHyphen(t, next) && /^\p{Ll}{1,4}$/u.test(next.text);
}

/** "Chester-le-Street", "Weston-super-Mare": a place's particle hyphened between two capitalised parts of one word. */
export function isPlaceHyphenParticle(prev: Token, t: Token, next: Token | undefined, lex: EntityLexicon): boolean {
  return isCapitalized(prev) && lex.placeHyphenParticles.has(t.text) && !!next && joinedByHyphen(t, next) && isCapitalized(next);
}

/**
 * Lower-case joiners inside a name: "Bank of England", "Rio de Janeiro",
 * "Joost van der Westhuizen", "Procter & Gamble". Returns how many joiner tokens
 * follow token j (0 when none fits).
 */
function joinerLength(tokens: readonly Token[], first: number, j: number, to: number, lex: EntityLexicon): number {
  let k = j + 1;
  while (k < to && k <= j + 2 && lex.nameParticles.has(tokens[k]!.text) && joinedBySpace(tokens[k - 1]!, tokens[k]!)) k++;
  const particles = k - j - 1;
  const joiner = tokens[j + 1];
  const n = particles > 0 ? particles : 1;
  const after = tokens[j + 1 + n];
  // "Bashar al-Assad": the last particle may be hyphenated to the name.
  if (!joiner || !after || j + 1 + n >= to || !joinedBySpace(tokens[j]!, joiner)) return 0;
  const attached = joinedBySpace(tokens[j + n]!, after) || (particles > 0 && joinedByHyphen(tokens[j + n]!, after));
  if (!attached) return 0;
  // ("Museum of the Moving Image": "the" after a joiner, checked with the head word below)
  // ("Committee for a Responsible Federal Budget": "a" only right after a body's head word opening the name; not "Boston University for a Master's")
  const opensWithHead = j === first && lex.orgHeads.has(keyOf(tokens[first]!));
  const articled = particles === 0 && lex.nameJoiners.has(joiner.text) && articleJoined(tokens, j + 2, to, opensWithHead);
  if (!articled && (!isCapitalized(after) || hasAny(after, NOT_NAMES) || (isFunctionWord(after) && !lex.countries.has(keyOf(after))))) return 0;
  if (particles > 0 || joiner.text === '&') return n;
  if (joiner.text === 'and') return topicAnd(tokens, first, j, to, lex) ? 1 : 0;
  // "Peter the Great", "John the Baptist": a name alone, "the" and an epithet are one name.
  if (j === first && joiner.normal === 'the' && lex.nameEpithets.has(keyOf(after)) && (lex.givenNames.has(keyOf(tokens[first]!)) || !isKnownWord(keyOf(tokens[first]!)))) return 1;
  if (!lex.nameJoiners.has(joiner.text)) return 0;
  const head = keyOf(tokens[first]!);
  const last = keyOf(tokens[j]!);
  // ("Kia Motor Corp of South Korea", "Bestop Inc of Boulder": a company form ends the name; "of" then says where it is)
  if (lex.orgCommaForms.has(last.replace(/\./g, ''))) return 0;
  // ("Wolstein Center for the Cleveland ...": a word that also closes a place's name, "Center", joins only when it opens the name: "Center for Economic Performance")
  const bodyHeadLast = lex.orgHeads.has(last) && (j === first || !lex.placeSuffixes.has(last));
  if (!(lex.orgHeads.has(head) || bodyHeadLast || lex.placeHeads.has(head) || lex.placeHeads.has(last) || lex.orgSuffixes.has(last))) return 0;
  // "Society for the Prevention of Cruelty", "Museum of the Moving Image": the article joins too.
  return articled ? 2 : 1;
}

/**
 * An ordinary capitalised word naming a topic, not a name of its own ("Health", "Poverty", "Industry"; not
 * "Wales", "Anna", "Office"); after "and", a body's closing word may end the topics ("Human Services").
 */
function isTopicWord(t: Token, lex: EntityLexicon, closing: boolean): boolean {
  const key = keyOf(t);
  if (!isCapitalized(t) || isFunctionWord(t) || hasAny(t, NOT_NAMES) || !isKnownWord(key) || lex.givenNames.has(key) || placeKind(lex, key)) return false;
  return closing ? !lex.orgHeads.has(key) && !lex.placeSuffixes.has(key) && !lex.placeHeads.has(key) : !isBodyOrPlaceWord(lex, key);
}

/**
 * "Department of Health and Human Services", "Center on Poverty and Inequality", "Ministry of Trade and
 * Industry": "and" joins a body's name when the name so far is a head word, "of", "on" or "for" and topic
 * words, and only topic words follow it; "the Ministry of Defence and Foreign Office" (a second body),
 * "the Bank of England and Wales" (a place) stay apart.
 */
function topicAnd(tokens: readonly Token[], first: number, j: number, to: number, lex: EntityLexicon): boolean {
  let k = first + 1;
  while (k < j && !(lex.nameJoiners.has(tokens[k]!.text) && lex.orgHeads.has(keyOf(tokens[k - 1]!)))) k++;
  if (k >= j) return false;
  for (let m = k + 1; m <= j; m++) if (!isTopicWord(tokens[m]!, lex, false)) return false;
  let m = j + 2;
  if (m >= to || !isTopicWord(tokens[m]!, lex, true)) return false;
  while (m + 1 < to && joinedBySpace(tokens[m]!, tokens[m + 1]!) && isCapitalized(tokens[m + 1]!)) if (!isTopicWord(tokens[++m]!, lex, true)) return false;
  return true;
}

/** Token k is "the" (or, when `indefinite`, "a") joined by a space to a capitalised word that may continue a name ("of the Moving Image"). */
function articleJoined(tokens: readonly Token[], k: number, to: number, indefinite: boolean): boolean {
  const article = tokens[k];
  const next = tokens[k + 1];
  return !!article && !!next && k + 1 < to && (article.text === 'the' || (indefinite && article.text === 'a')) && joinedBySpace(tokens[k - 1]!, article) && joinedBySpace(article, next) && isCapitalized(next) && !isFunctionWord(next) && !hasAny(next, NOT_NAMES);
}

/** Does token i open its sentence or a quotation (where capitals say less)? */
function opensClause(tokens: readonly Token[], i: number, from: number): boolean {
  const t = tokens[i]!;
  return i === from || /["“‘(]/.test(t.pre) || /:\s*$|(?:^|\s)["“‘]$/.test(tokens[i - 1]!.post);
}

/** Find the chunks of one sentence, tokens [from, to), skipping `blocked` tokens (titles). */
export function findChunks(doc: Doc, from: number, to: number, blocked: Set<number>, lex: EntityLexicon): TokenRange[] {
  const { tokens } = doc;
  const chunks: TokenRange[] = [];
  let i = from;
  while (i < to) {
    const t = tokens[i]!;
    const joined = joinedNameLength(tokens, i, to, lex);
    if (joined > 0 && !blocked.has(i)) {
      chunks.push({ first: i, end: i + joined });
      i += joined;
      continue;
    }
    const ctx = { t, prev: i > from ? tokens[i - 1] : undefined, ahead: tokens.slice(i + 1, Math.min(to, i + 5)), atStart: opensClause(tokens, i, from), next: i + 1 < to ? tokens[i + 1] : undefined, after: i + 2 < to ? tokens[i + 2] : undefined, lex };
    if (blocked.has(i) || !canStart(doc, ctx)) {
      i++;
      continue;
    }
    let j = i;
    let joinerLen = 0;
    for (;;) {
      if (j === i && (joinerLen = nicknameLength(tokens, i, to, lex)) > 0) j += joinerLen + 1;
      else if (j + 1 < to && !blocked.has(j + 1) && canContinue(tokens[j]!, tokens[j + 1]!, lex, j + 2 < to ? tokens[j + 2] : undefined)) j++;
      else if (isPossessive(tokens[j]!) && possessiveInName(tokens, i, j, to, lex)) j++;
      else if (j + 1 < to && commaCompanyForm(tokens[j]!, tokens[j + 1]!, lex)) j++;
      else if ((joinerLen = joinerLength(tokens, i, j, to, lex)) > 0 && !blocked.has(j + joinerLen + 1)) j += joinerLen + 1;
      else break;
    }
    chunks.push({ first: i, end: j + 1 });
    i = j + 1;
  }
  return chunks;
}

/** "Apple, Inc.", "A.G. Edwards & Sons, Inc": a company form after a comma ends the company's name. */
export function commaCompanyForm(t: Token, next: Token, lex: EntityLexicon): boolean {
  return t.post === ', ' && next.pre === '' && isCapitalized(next) && lex.orgCommaForms.has(keyOf(next).replace(/\./g, ''));
}

/**
 * "Julia "Butterfly" Hill", "John “J.D.” Dorrian", "Roberto "Hands of Stone" Duran": a given name, a quoted
 * nickname of up to four words and a capitalised surname are one name; the nickname's length in tokens, or 0.
 */
function nicknameLength(tokens: readonly Token[], i: number, to: number, lex: EntityLexicon): number {
  const first = tokens[i]!;
  const open = tokens[i + 1];
  if (!open || !lex.givenNames.has(keyOf(first)) || first.post !== ' ' || !OPENS_QUOTATION.test(open.pre) || !isCapitalized(open)) return 0;
  for (let m = i + 1; m < Math.min(to - 1, i + 5); m++) {
    const t = tokens[m]!;
    if (m > i + 1 && (t.pre !== '' || tokens[m - 1]!.post !== ' ')) return 0;
    if (!CLOSES_QUOTATION.test(t.post) || !t.post.endsWith(' ')) continue;
    const surname = tokens[m + 1]!;
    return surname.pre === '' && isCapitalized(surname) && !isFunctionWord(surname) ? m - i : 0;
  }
  return 0;
}

/** Length of a listed name with "and" inside starting at token i ("Trinidad and Tobago"), or 0. */
function joinedNameLength(tokens: readonly Token[], i: number, to: number, lex: EntityLexicon): number {
  const lengths = isCapitalized(tokens[i]!) ? lex.joinedNames.get(tokens[i]!.text.toLowerCase()) : undefined;
  if (!lengths) return 0;
  let best = 0;
  let key = tokens[i]!.text.toLowerCase();
  for (let k = i + 1; k < to && k - i < 10; k++) {
    if (!joinedBySpace(tokens[k - 1]!, tokens[k]!)) break;
    key += ` ${tokens[k]!.text.toLowerCase()}`;
    if (lengths.has(k - i + 1) && isCapitalized(tokens[k]!) && lex.joinedKeys.has(key)) best = k - i + 1;
  }
  return best;
}

/**
 * "Boatmen's Bancshares Inc.", "Heriot's F.P.": a possessive inside a company name,
 * when capitals follow and end in a company form within three words; "Pakistan People's
 * Party", "Moody's Investors Service", "the Sheriff's Office", "the Children's Hospital",
 * "Fisherman's Terminal": an ordinary word's possessive before capitals ending in an
 * organisation's or a place's word; "Sam's Club": a lone given name's possessive before
 * capitals ending in an organisation's word. A known place or person word before the
 * possessive stays apart ("Russia's Foreign Ministry", "Iliescu's Party").
 */
function possessiveInName(tokens: readonly Token[], first: number, j: number, to: number, lex: EntityLexicon): boolean {
  const owner = keyOf(tokens[j]!);
  if (lex.countries.has(owner) || lex.cities.has(owner) || lex.regions.has(owner)) return false;
  const givenOwner = first === j && lex.givenNames.has(owner) && has(tokens[j]!, 'FirstName');
  if (!givenOwner && lex.givenNames.has(keyOf(tokens[first]!))) return false;
  // "People's", "Moody's": an ordinary word, not an organisation's own word ("University's").
  const ordinary = !givenOwner && isKnownWord(owner) && !lex.orgSuffixes.has(owner) && !hasAny(tokens[j], ['Place', 'Person']);
  for (let k = j + 1; k < Math.min(to, j + 4); k++) {
    const t = tokens[k]!;
    if (!isCapitalized(t) || !joinedBySpace(tokens[k - 1]!, t)) return false;
    const key = keyOf(t);
    if (lex.orgCorporate.has(key.replace(/\./g, ''))) return true;
    if ((ordinary || givenOwner) && lex.orgSuffixes.has(key)) return true;
    if (ordinary && lex.placeSuffixes.has(key)) return true;
    if (isPossessive(t)) return false;
  }
  return false;
}
