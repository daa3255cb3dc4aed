/**
 * What a name does says what it is (issue 15): "X, who", "X, 42," and "X's wife" make a
 * person; "shares of X", "X's chairman", "X said its" make an organisation. Each
 * mention's context is read by the ordered table EVIDENCE_RULES; a name with evidence of
 * one type only, in the whole document, gets that type at every mention that a list, a
 * title or a cue did not decide (a surname or given name gives way to strong
 * organisation evidence: "shares of Morgan Stanley"). The words are data
 * (src/lexicon/evidence-*.txt).
 */
import type { EntityType, Sentence, Token, TokenRange, Typed } from '../doc.js';
import type { RuleId } from '../rule-ids.js';
import { firstRule, type Rule, rule } from '../rules.js';
import { isKnownWord, lexiconTags } from '../known-words.js';
import { has, hasAny, isAllCaps, isFunctionWord, isPossessive, joinedBySpace, keyOf, rangeKey } from '../tokens.js';
import { type EntityLexicon, isBodyOrPlaceWord, placeKind } from './lexicon.js';
import { isAcronymPlural } from './shapes.js';
import { fullNameWords } from './document.js';
import type { EntityEnv } from './rules.js';

/** What an evidence rule sees: one mention and the words around it in its sentence. */
export interface EvidenceContext {
  lex: EntityLexicon;
  tokens: readonly Token[];
  /** The document's sentences, as token ranges. */
  sentences: readonly Sentence[];
  t: Typed;
  /** The mention's last token. */
  last: Token;
  /** Up to two words before and after the mention, in its sentence. */
  before: Token | undefined;
  before2: Token | undefined;
  after: Token | undefined;
  after2: Token | undefined;
  /** A report on a team sport, where "who" follows teams too ("Juventus, who beat Ajax"). */
  teamReport: boolean;
}

/** What a context says: a type, and whether it beats a given name or surname ("shares of Morgan Stanley"). */
export interface Evidence {
  type: EntityType;
  beatsNames: boolean;
  /** Person evidence that beats a guess from compromise's tags ("Paris-born Jean Dupont", Dupont tagged a company). */
  beatsGuesses?: boolean;
}

const person: Evidence = { type: 'person', beatsNames: false };
const bornPerson: Evidence = { type: 'person', beatsNames: false, beatsGuesses: true };
const org = (beatsNames: boolean): Evidence => ({ type: 'organization', beatsNames });

/** A reporting verb in a tense ("said", "says"). */
const reports = (lex: EntityLexicon, v: Token | undefined): boolean => !!v && lex.cuesReporting.has(v.normal) && hasAny(v, ['PastTense', 'PresentTense']);

/** A single ordinary word ("Industry analysts" opening a sentence): no name at all. */
const isCommonWord = (x: EvidenceContext): boolean => x.t.end - x.t.first === 1 && isKnownWord(keyOf(x.last)) && !hasAny(x.last, ['Person', 'Organization', 'Place']);

/** The mention is a subject: a verb in a tense right after it, then the possessive `pronoun` ("Apple shipped its"). */
const actsOn = (x: EvidenceContext, pronoun: string): boolean =>
  !!x.after && joinedBySpace(x.last, x.after) && hasAny(x.after, ['PastTense', 'PresentTense']) && !has(x.after, 'Copula') && x.after2?.normal === pronoun && !has(x.before, 'Preposition');

/** The sentence after the mention's opens with "it" and a reporting verb ("It said", "It added"). */
function nextSentenceReportsAsIt(x: EvidenceContext): boolean {
  const next = x.sentences[x.last.sentence + 1];
  const opener = next && x.tokens[next.first];
  return !!opener && opener.normal === 'it' && reports(x.lex, x.tokens[next.first + 1]);
}

/** The mention is followed by a comma, then `w` ("X, who"). */
const commaThen = (x: EvidenceContext, w: Token | undefined): w is Token => !!w && /^, $/.test(x.last.post) && w.pre === '';

/** A lower-case noun for a person: compromise's #Actor nouns and the hand list ("architect", "teammate"). */
const isPersonNoun = (lex: EntityLexicon, t: Token): boolean =>
  /^\p{Ll}/u.test(t.text) &&
  (lex.evidencePersonNouns.has(t.normal) ||
    (lexiconTags(t.normal).includes('Actor') && !lex.evidenceSharedRoleNouns.has(t.normal) && !lex.orgDescriptorsBefore.has(t.normal) && !lex.evidenceAdjectiveNouns.has(t.normal)));

/**
 * The type the noun before a naming word gives the name after it ("a consortium called X",
 * "a town, known as X"; one adverb may come between: "also known as"). "named" names only
 * after "a"/"an" ("the board named X chairman" appoints).
 */
function namedAs(x: EvidenceContext): EntityType | null {
  return headType(x.lex, namingHead(x.tokens, x.t, x.lex)?.head);
}

/** The noun a naming word gives the name `t` to ("consortium" in "a consortium called X"), and the naming word, if one does. */
function namingHead(tokens: readonly Token[], t: TokenRange, lex: EntityLexicon): { head: Token | undefined; phrase: string } | undefined {
  const sentence = tokens[t.first]!.sentence;
  const at = (i: number): Token | undefined => (tokens[i]?.sentence === sentence ? tokens[i] : undefined);
  let k = t.first - 1;
  const cue = at(k);
  if (!cue || !joinedBySpace(cue, tokens[t.first]!)) return undefined;
  let phrase = cue.normal;
  if (!lex.evidenceNamingWords.has(phrase)) {
    const first = at(k - 1);
    if (!first || !lex.evidenceNamingWords.has(`${first.normal} ${phrase}`)) return undefined;
    phrase = `${first.normal} ${phrase}`;
    k--;
  }
  let head = at(k - 1);
  if (head && has(head, 'Adverb') && /^\p{Ll}/u.test(head.text)) head = at(--k - 1);
  const indefinite = (w: Token | undefined): boolean => !!w && lex.articles.has(w.normal) && w.normal !== 'the';
  if (phrase === 'named' && !indefinite(at(k - 2)) && !indefinite(at(k - 3))) return undefined;
  return { head, phrase };
}

/** What kind of thing a lower-case head noun names, if it says. */
function headType(lex: EntityLexicon, head: Token | undefined): EntityType | null {
  if (!head || !/^\p{Ll}/u.test(head.text)) return null;
  if (lex.evidencePlaceNouns.has(head.normal)) return 'place';
  if (lex.evidenceOrgNouns.has(head.normal) || lex.orgDescriptorsBefore.has(head.normal)) return 'organization';
  return isPersonNoun(lex, head) ? 'person' : null;
}

/**
 * The head of the noun phrase opening at token `from`, after its determiner ("a Swiss
 * mathematician and physicist" → mathematician, "a town in Oklahoma" → town): the last
 * word before a function word, a verb or a break, within four words.
 */
function headAfter(x: EvidenceContext, from: number): Token | undefined {
  const sentence = x.last.sentence;
  let head: Token | undefined;
  for (let k = from; k < from + 4; k++) {
    const w = x.tokens[k];
    if (!w || w.sentence !== sentence || isFunctionWord(w) || (has(w, 'Verb') && !has(w, 'Noun'))) break;
    head = w;
    if (!/^[ -]*$/.test(w.post)) break;
  }
  return head;
}

/** The type a description right after `det` gives ("a photographer", "the capital"), when `det` is an article. */
const describedAs = (x: EvidenceContext, det: Token | undefined, at: number): EntityType | null => {
  if (!det || !x.lex.articles.has(det.normal)) return null;
  const type = headType(x.lex, headAfter(x, at));
  // ("Gazprom was the loser of the day": a definite noun for a person may describe a body's part in events)
  return type === 'person' && det.normal === 'the' ? null : type;
};

/** The ordered evidence rules; the first that fires gives the mention's evidence. */
export const EVIDENCE_RULES: readonly Rule<EvidenceContext, Evidence>[] = [
  // "Karvo Ulbrecht, who": a relative pronoun for people.
  rule({ id: 'evidence-who', example: 'Karvo Ulbrecht, who leads the group, spoke.', when: (x: EvidenceContext) => !x.teamReport && commaThen(x, x.after) && x.after.normal === 'who', then: () => person }),
  // "a consortium called Zentrova", "a village known as Tarbela": the noun a name is given to says what it names.
  rule({
    id: 'evidence-called',
    example: 'The phone companies formed a consortium called Zentrova.',
    when: (x: EvidenceContext) => namedAs(x),
    then: (_x, type) => ({ type, beatsNames: false }),
  }),
  // "Karvo Ulbrecht, 42, said": an age in commas.
  rule({
    id: 'evidence-age',
    example: 'Karvo Ulbrecht, 42, said no.',
    when: (x: EvidenceContext) => commaThen(x, x.after) && /^(?:1[0-9]|[2-9][0-9]|10[0-9])$/.test(x.after.text) && /^,/.test(x.after.post),
    then: () => person,
  }),
  // "Paris-born Jean Dupont", "German-born Ulbrecht": only people are born.
  rule({
    id: 'evidence-born',
    example: 'The Paris-born Jean Varko spoke.',
    when: (x: EvidenceContext) => !!x.before && !!x.before2 && x.lex.evidencePersonPassives.has(x.before.normal) && x.before2.post === '-' && x.before.pre === '' && joinedBySpace(x.before, x.tokens[x.t.first]!),
    then: () => bornPerson,
  }),
  // "the Obama administration", "the Varko presidency": the office a leader holds (compromise reads the pair as a body).
  rule({
    id: 'evidence-leader',
    example: 'He served in the Varkosi administration.',
    // (a plain name: "the Zanu-PF administration", "the NDA government" are bodies')
    when: (x: EvidenceContext) => x.before?.normal === 'the' && !isPossessive(x.last) && /^\p{Lu}\p{Ll}+$/u.test(x.last.text) && !!x.after && joinedBySpace(x.last, x.after) && /^\p{Ll}/u.test(x.after.text) && x.lex.evidencePersonHeads.has(x.after.normal),
    then: () => bornPerson,
  }),
  // "Karvo Ulbrecht's wife", "Ulbrecht's career": what only people have.
  rule({
    id: 'evidence-kin',
    example: "Karvo Ulbrecht's wife arrived.",
    when: (x: EvidenceContext) => isPossessive(x.last) && !!x.after && joinedBySpace(x.last, x.after) && x.lex.evidencePersonPossessions.has(x.after.normal),
    then: () => person,
  }),
  // "Karvo Ulbrecht said he", "said she": a person pronoun as the reported subject ("the village of X said he" has another).
  rule({
    id: 'evidence-said-he',
    example: 'Karvo Ulbrecht said he would go.',
    when: (x: EvidenceContext) => reports(x.lex, x.after) && /^(?:he|she)$/.test(x.after2?.normal ?? '') && !has(x.before, 'Preposition'),
    then: () => person,
  }),
  // "Theodorus died", "Ulbrecht was born": what only people do.
  rule({
    id: 'evidence-life',
    example: 'Later Theodorus was born in Sne.',
    when: (x: EvidenceContext) =>
      !has(x.before, 'Preposition') &&
      !!x.after &&
      joinedBySpace(x.last, x.after) &&
      ((x.lex.evidencePersonVerbs.has(x.after.normal) && has(x.after, 'PastTense')) ||
        (/^(?:was|is)$/.test(x.after.normal) && !!x.after2 && x.lex.evidencePersonPassives.has(x.after2.normal))),
    then: () => person,
  }),
  // "the architect Varkoni", "her teammate Varkoni": a noun for a person right before the name
  // (not after "a"/"an": "an optometrist Apple had on site" opens a relative clause).
  rule({
    id: 'evidence-occupation',
    example: 'They hired the architect Varkoni.',
    when: (x: EvidenceContext) =>
      !!x.before && joinedBySpace(x.before, x.tokens[x.t.first]!) && isPersonNoun(x.lex, x.before) && !hasAny(x.before, ['Plural', 'Adjective']) && !isPossessive(x.last) &&
      !(x.before2 && x.lex.articles.has(x.before2.normal) && x.before2.normal !== 'the'),
    then: () => person,
  }),
  // "Varkoni, a photographer,", "Tarbela, a town in", "Zentrova, the ruling party,": a description in apposition.
  rule({
    id: 'evidence-apposition',
    example: 'Tarbela, a town in the north, was shelled.',
    when: (x: EvidenceContext) => (commaThen(x, x.after) ? describedAs(x, x.after, x.t.end + 1) : null),
    then: (_x, type) => ({ type, beatsNames: false }),
  }),
  // "Varkoni was an American architect", "Tarbela is a city in": a sentence that opens by defining the name.
  rule({
    id: 'evidence-definition',
    example: 'Tarbela is a city in the north.',
    when: (x: EvidenceContext) =>
      !x.before && !!x.after && x.lex.copulaForms.has(x.after.normal) && joinedBySpace(x.last, x.after) ? describedAs(x, x.after2, x.t.end + 2) : null,
    then: (_x, type) => ({ type, beatsNames: false }),
  }),
  // "Ben Gurion airport", "the Vicente Calderon stadium": a facility noun after a name makes it the facility's name, a place.
  rule({
    id: 'evidence-facility',
    example: 'The plane landed at Varko Zentrov airport.',
    when: (x: EvidenceContext) => !isPossessive(x.last) && !!x.after && joinedBySpace(x.last, x.after) && x.lex.evidencePlaceAfter.has(x.after.text),
    then: () => ({ type: 'place', beatsNames: true }),
  }),
  // "Zentrova said its", "Zentrova shipped its": only a body owns with "its".
  rule({
    id: 'evidence-its',
    example: 'Zentrova said its profit rose.',
    when: (x: EvidenceContext) => actsOn(x, 'its'),
    // A one-word company that is also a given name ("Apple shipped its"); "the airforce under Hermann Goering began its" is no evidence against a full name.
    then: (x) => org(x.t.end - x.t.first === 1),
  }),
  // "Zentrova said in a statement. It said": the next sentence reports again with "it", which stands for a body.
  rule({
    id: 'evidence-it-said',
    example: 'Zentrova said in a statement. It said the craft was lost.',
    when: (x: EvidenceContext) => reports(x.lex, x.after) && joinedBySpace(x.last, x.after!) && !has(x.before, 'Preposition') && nextSentenceReportsAsIt(x),
    then: (x) => org(x.t.end - x.t.first === 1),
  }),
  // "Zentrova said it would buy", "Zentrova said it expects": a speaker who reports on itself as "it" is a body ("said it was" may report on anything).
  rule({
    id: 'evidence-said-it',
    example: 'Zentrova said it would buy the plant.',
    when: (x: EvidenceContext) => reports(x.lex, x.after) && joinedBySpace(x.last, x.after!) && x.after2?.normal === 'it' && !has(x.before, 'Preposition') && !isPossessive(x.last) && !has(x.tokens[x.t.end + 2], 'Copula'),
    then: () => org(false),
  }),
  // "Ulbrecht shipped his", "Ulbrecht defended his": only a man owns with "his".
  rule({ id: 'evidence-his', example: 'Ulbrecht defended his record.', when: (x: EvidenceContext) => actsOn(x, 'his'), then: () => person }),
  // "Zentrova's chairman", "Zentrova's shares": what only bodies have.
  rule({
    id: 'evidence-org-possession',
    example: "Zentrova's chairman resigned.",
    when: (x: EvidenceContext) => isPossessive(x.last) && !!x.after && joinedBySpace(x.last, x.after) && (x.lex.evidenceOrgPossessions.has(x.after.normal) || modifiedOrgPossession(x)),
    then: () => org(true),
  }),
  // "shares of Zentrova", "a stake in Zentrova", "merger talks with Zentrova"; an ordinary word written
  // with a capital too ("shares of Shell", "an analyst at Target": companies named by common words).
  rule({
    id: 'evidence-org-phrase',
    example: 'They bought a stake in Zentrova.',
    when: (x: EvidenceContext) =>
      !!x.before && !!x.before2 && x.lex.evidenceOrgBefore.get(x.before2.normal)?.has(x.before.normal) && joinedBySpace(x.before, x.tokens[x.t.first]!),
    then: () => org(true),
  }),
  // "He joined Zentrova", "She founded Zentrova": one joins, founds or acquires a body.
  rule({
    id: 'evidence-org-verb',
    example: 'In 2004 he joined Zentrova as an engineer.',
    when: (x: EvidenceContext) => !!x.before && x.lex.evidenceOrgVerbs.has(x.before.normal) && joinedBySpace(x.before, x.tokens[x.t.first]!) && !isPossessive(x.last) && !isCommonWord(x),
    then: () => org(false),
  }),
  // "the state-owned Zalmora", "the Paris-based Kestrovia": a body is owned, run, based somewhere.
  rule({
    id: 'evidence-org-compound',
    example: 'The state-owned Zalmora said so.',
    when: (x: EvidenceContext) => !!x.before && !!x.before2 && x.before2.post === '-' && x.lex.evidenceOrgCompounds.has(x.before.normal) && joinedBySpace(x.before, x.tokens[x.t.first]!) && !isCommonWord(x),
    then: () => org(false),
  }),
  // "Zentrova analysts", "Zentrova employees": people who work for a body.
  rule({
    id: 'evidence-org-staff',
    example: 'Zentrova analysts cut the forecast.',
    when: (x: EvidenceContext) => !isPossessive(x.last) && !!x.after && joinedBySpace(x.last, x.after) && x.lex.evidenceOrgAfter.has(x.after.normal) && !isCommonWord(x),
    then: () => org(true),
  }),
];

/** "Zentrova's net profit", "Zentrova's finance director": one lower-case word, then a noun from the list. */
const modifiedOrgPossession = (x: EvidenceContext): boolean =>
  !!x.after2 && /^\p{Ll}+$/u.test(x.after!.text) && joinedBySpace(x.after!, x.after2) && x.lex.evidenceOrgPossessions.has(x.after2.normal) && !x.lex.evidencePersonPossessions.has(x.after!.normal);

/** The evidence of one mention, or null. */
function evidenceOf(env: EntityEnv, t: Typed, teamReport: boolean): { id: RuleId; out: Evidence } | null {
  const { tokens } = env;
  const first = tokens[t.first]!;
  const last = tokens[t.end - 1]!;
  const inSentence = (i: number) => (tokens[i]?.sentence === first.sentence ? tokens[i] : undefined);
  const ctx: EvidenceContext = {
    lex: env.lex,
    tokens,
    sentences: env.doc.sentences,
    t,
    last,
    before: inSentence(t.first - 1),
    before2: inSentence(t.first - 2),
    after: inSentence(t.end),
    after2: inSentence(t.end + 1),
    teamReport,
  };
  return firstRule(env.doc, EVIDENCE_RULES, ctx);
}

/** Rules a name's evidence may overrule: guesses, and given names and surnames when the evidence beats names. */
const NAME_RULES: ReadonlySet<RuleId> = new Set(['given-name', 'surname', 'stranded-surname']);

/** Person evidence types untyped names and weak person guesses; organisation evidence also weak guesses of places. */
function mayRetype(t: Typed, e: Evidence, tokens: readonly Token[]): boolean {
  // "some Democrats, who", "three MPs resigned": a plural names a group, not a person.
  if (e.type === 'person' && t.end - t.first === 1 && (has(tokens[t.first], 'Plural') || isAcronymPlural(tokens[t.first]!.text))) return false;
  // (an untyped run takes the evidence, unless a rule was sure it names nothing: a model code, a work's title)
  if (t.type === e.type || t.type === null) return t.type === null && !t.strong;
  if (!t.strong) return e.type !== 'person' || t.type === 'person' || (e.beatsGuesses === true && t.rule === 'compromise');
  return e.beatsNames && NAME_RULES.has(t.rule);
}

/**
 * Type every name by the evidence its mentions give in the document: one type of
 * evidence only, carried to each mention that a list, a title or a cue did not type.
 */
export function typeByEvidence(env: EntityEnv, typed: Typed[], teamReport: boolean): void {
  const { tokens, text } = env;
  const byKey = new Map<string, { ids: Map<EntityType, RuleId>; beats: boolean; guesses: boolean; conflict: boolean }>();
  for (const t of typed) {
    const e = evidenceOf(env, t, teamReport);
    if (!e) continue;
    const key = rangeKey(text, tokens, t.first, t.end);
    const seen = byKey.get(key) ?? { ids: new Map(), beats: false, guesses: false, conflict: false };
    if (seen.ids.size > 0 && !seen.ids.has(e.out.type)) seen.conflict = true;
    if (!seen.ids.has(e.out.type)) seen.ids.set(e.out.type, e.id);
    seen.beats ||= e.out.beatsNames;
    seen.guesses ||= e.out.beatsGuesses === true;
    byKey.set(key, seen);
  }
  if (byKey.size === 0) return;
  // ("Stefan Varkov" ... "Varkov said it would": a word of a person's full name gives way to evidence that beats names only)
  const personWords = new Set<string>();
  for (const t of typed) if (t.type === 'person' && t.strong) for (const word of fullNameWords(tokens, t)) personWords.add(word);
  for (const t of typed) {
    const seen = byKey.get(rangeKey(text, tokens, t.first, t.end));
    if (!seen || seen.conflict) continue;
    if (!seen.beats && seen.ids.has('organization') && t.end - t.first === 1 && personWords.has(keyOf(tokens[t.first]!))) continue;
    const [type, id] = [...seen.ids][0]!;
    if (mayRetype(t, { type, beatsNames: seen.beats, beatsGuesses: seen.guesses }, tokens)) Object.assign(t, { type, strong: true, rule: id });
  }
}

/** Some word of the run is an organisation word ("UN Board of Inquiry", "Pirelli Group"). */
function hasOrgWord(tokens: readonly Token[], t: Typed, lex: EntityLexicon): boolean {
  for (let i = t.first + 1; i < t.end; i++) {
    const key = keyOf(tokens[i]!);
    if (lex.orgSuffixes.has(key) || lex.orgHeads.has(key) || lex.orgCorporate.has(key.replace(/\./g, ''))) return true;
  }
  return false;
}

/** A known place after the first word. */
function hasPlaceAfterFirst(tokens: readonly Token[], t: Typed, lex: EntityLexicon): boolean {
  for (let i = t.first + 1; i < t.end; i++) if (placeKind(lex, keyOf(tokens[i]!))) return true;
  return false;
}

/** Rules that guess a person or a body from the words alone; a maker's name opening the run overrules them. */
const GUESSES: ReadonlySet<RuleId> = new Set(['given-name', 'two-capitals', 'compromise', 'common-head', 'place-word-inside', 'place-inside', 'context']);

/**
 * "Apple Vision Pro", "Apple Pay" after "Apple shipped its": a body's one-word name
 * opening a longer run that no organisation word ends names a product, which is no
 * entity (issue 15, class 3). The body must be an organisation in this document, or a
 * company compromise lists ("Toyota Celica", "Ford Focus") with no known place after it.
 */
export function dropProducts(env: EntityEnv, typed: Typed[]): void {
  const { tokens, lex } = env;
  const bodies = new Set<string>();
  for (const t of typed) if (t.type === 'organization' && t.strong && t.end - t.first === 1) bodies.add(keyOf(tokens[t.first]!));
  // a listed company written as a word, not in capitals ("Toyota Celica", "Ford Focus"; "NEC Nijmegen" is a club)
  // (then a place after it makes a branch or a club: "Toyota Australia", "Bayer Leverkusen")
  const listed = (t: Typed) => { const first = tokens[t.first]!; return lex.knownCompanies.has(keyOf(first)) && !isAllCaps(first) && !hasPlaceAfterFirst(tokens, t, lex); };
  for (const t of typed) {
    if (t.end - t.first < 2 || !GUESSES.has(t.rule) || !(bodies.has(keyOf(tokens[t.first]!)) || listed(t))) continue;
    if (hasOrgWord(tokens, t, lex)) continue;
    Object.assign(t, { type: null, strong: true, rule: 'product' });
  }
}

/** Rules that decide a run names a thing, a product, a model or a work, no entity. */
const THING_RULES: ReadonlySet<RuleId> = new Set(['product', 'product-head', 'model-code', 'model-shape', 'model-number', 'priced-thing', 'named-thing', 'quoted-title', 'work-title', 'non-name-word', 'noun-modifier']);

/**
 * "Sony's PlayStation VR ... the PSVR": an acronym that only its shape typed, whose letters are the
 * capitals of a run decided to name a thing (with the humps of a word like "PlayStation"), is that thing.
 */
export function dropThingAcronyms(env: EntityEnv, typed: Typed[]): void {
  const { tokens } = env;
  const things = new Set<string>();
  for (const t of typed) {
    if (t.type !== null || !THING_RULES.has(t.rule) || t.end - t.first < 2) continue;
    const capitals = tokens.slice(t.first, t.end).map((x) => x.text.replace(/[^\p{Lu}]/gu, '')).join('');
    if (capitals.length >= 3) things.add(capitals);
  }
  if (things.size === 0) return;
  for (const t of typed) if (t.rule === 'acronym' && things.has(keyOf(tokens[t.first]!).toUpperCase())) Object.assign(t, { type: null, strong: true, rule: 'thing-acronym' });
}

/** Rules whose type a naming phrase overrules: guesses from the words alone and what followed from them. */
const THING_GUESSES: ReadonlySet<RuleId> = new Set([...GUESSES, 'acronym', 'acronym-expansion', 'propagated', 'camel-case']);

/**
 * "dinitrophenol, known as DNP", "a file format known as Named Binary Tag (NBT)": a name given with
 * a naming word of evidence-thing-naming-words.txt to a lower-case noun for no person, body or place
 * names a thing, no entity (issue 15, class 3). Its other mentions and the acronym in brackets after
 * it go too, where only a guess typed them.
 */
export function dropNamedThings(env: EntityEnv, typed: Typed[]): void {
  const { tokens, text, lex } = env;
  const things = new Set<string>();
  for (const t of typed) {
    const named = namingHead(tokens, t, lex);
    if (!named?.head || !lex.evidenceThingNamingWords.has(named.phrase) || !isThingNoun(lex, named.head)) continue;
    things.add(rangeKey(text, tokens, t.first, t.end));
    const acronym = tokens[t.end];
    if (acronym && acronym.pre === '(' && /^\)/.test(acronym.post) && isAllCaps(acronym)) things.add(keyOf(acronym));
  }
  if (things.size === 0) return;
  for (const t of typed) {
    if (things.has(rangeKey(text, tokens, t.first, t.end)) && THING_GUESSES.has(t.rule)) Object.assign(t, { type: null, strong: true, rule: 'named-thing' });
  }
}

/** A lower-case singular noun that says no person, body or place ("format", "chemical", "dog"; not "town", "company", "street", "girl"). */
function isThingNoun(lex: EntityLexicon, head: Token): boolean {
  if (!/^\p{Ll}+$/u.test(head.text) || !has(head, 'Noun') || hasAny(head, ['Plural', 'Pronoun']) || headType(lex, head)) return false;
  return !isBodyOrPlaceWord(lex, head.normal) && !lex.evidenceSharedRoleNouns.has(head.normal);
}
