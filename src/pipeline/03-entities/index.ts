/**
 * Stage 3: mentions of people, organisations and places.
 *
 * Per sentence: a dateline, titles (titles.ts), runs of capitalised words
 * (chunks.ts), each typed by the ordered rule table of rules.ts. Then the document
 * passes of PASSES, in order: context cues, acronyms, propagation, surnames,
 * headlines, and the genre packs (src/pipeline/packs/). Clustering into entities is
 * stage 4.
 */
import type { Doc, EntityMention, Typed } from '../doc.js';
import { sportsReport, teamsFromPlaces } from '../packs/sports/results.js';
import type { RuleExample } from '../rules.js';
import { isAllCaps, isPossessive, keyOf, POSSESSIVE_MARK, rangeKey } from '../tokens.js';
import { acronymExpansions } from './acronyms.js';
import { digestPapers, isPressDigest } from '../packs/press/digest.js';
import { commaCompanyForm, findChunks } from './chunks.js';
import { addressForms, affiliations, coordinatedNames, descriptorOrgs, glosses, isPlaceModifier, joinedOrgs, placesByContext, possessiveInstitutions, roadNumbers, rulerBodies } from './context.js';
import { datelinePlaces, knownNames, propagateTypes, scanCapsSentence, splitHyphenatedPeople, strandedSurnames } from './document.js';
import { dropNamedThings, dropProducts, dropThingAcronyms, EVIDENCE_RULES, typeByEvidence } from './evidence.js';
import { entityLexicon, placeKind } from './lexicon.js';
import { classifyChunk, type EntityEnv } from './rules.js';
import { isCapsSentence, isTitleCaseHeadline } from './shapes.js';
import { findTitles } from './titles.js';

/** What the passes share: the rule environment and the sentences written in capitals (first token to scan from). */
interface PassEnv extends EntityEnv {
  caps: Map<number, number>;
}

/** A document pass: it may retype the mentions, add or drop some; `assigns` lists the rule ids it gives, with examples. */
export interface Pass {
  id: string;
  run: (env: PassEnv, typed: Typed[]) => Typed[];
  assigns: readonly RuleExample[];
}

/** The document passes, in the order they run. */
export const PASSES: readonly Pass[] = [
  {
    id: 'descriptors',
    run: (env, typed) => [...typed, ...descriptorOrgs(env, typed)],
    assigns: [
      { id: 'descriptor', example: 'He told the news agency Tanjug.' },
      { id: 'index', example: 'The London FTSE-100 index fell.' },
    ],
  },
  { id: 'acronyms', run: (env, typed) => [...typed, ...acronymExpansions(env, typed)], assigns: [
    { id: 'acronym-expansion', example: 'The Organisation for Security and Cooperation in Europe (OSCE) met.' },
    { id: 'acronym-repeat', example: 'The Securities and Exchange Commission (SEC) sued. The Securities and Exchange Commission said so.' },
    { id: 'acronym-common-words', example: 'The cash reserve ratio (CRR) may fall. The CRR was cut in May.' },
    { id: 'acronym-of-place', example: 'Shops in the Central Business District shut. The CBD was empty.' },
  ] },
  { id: 'joined-orgs', run: (env, typed) => [...typed, ...joinedOrgs(env, typed)], assigns: [{ id: 'org-and', example: 'The House Ways and Means Committee voted.' }] },
  { id: 'places-by-context', run: (env, typed) => (placesByContext(env, typed), typed), assigns: [
    { id: 'place-noun', example: 'They fled the town of Sinjar.' },
    { id: 'place-address', example: 'Strikes hit Qamenas, Syria on Monday.' },
    { id: 'place-held', example: 'Troops shelled rebel-held Qamenas on Monday.' },
  ] },
  { id: 'road-numbers', run: (env, typed) => roadNumbers(env, typed), assigns: [{ id: 'road-number', example: 'Take the M1 northbound to junction 32.' }] },
  { id: 'coordinated-names', run: (env, typed) => (coordinatedNames(env, typed), typed), assigns: [
    { id: 'listed-with-place', example: 'There were attacks in Damascus, Qamenas and Talamenes.' },
    { id: 'listed-with-people', example: 'Australia named Steve Varnow, Mark Karlsen, Quarle and Ricky Dostal.' },
  ] },
  { id: 'evidence', run: (env, typed) => (typeByEvidence(env, typed, sportsReport(env.text) === 'team'), typed), assigns: EVIDENCE_RULES },
  { id: 'affiliations', run: (env, typed) => (affiliations(env, typed), typed), assigns: [{ id: 'affiliation', example: 'The market is weak, said Ulf Varkov of Merrill Lynch.' }] },
  { id: 'propagate', run: (env, typed) => (propagateTypes(env, typed), typed), assigns: [
    { id: 'propagated', example: 'President Karvosi Ulbrecht arrived. Later Karvosi Ulbrecht spoke.' },
    { id: 'surname', example: 'Bernd Karbacher won. Then Karbacher rested.' },
    { id: 'family-name', example: 'Bernd Karbacher won. The Karbachers celebrated.' },
    { id: 'company', example: 'Shares of Ruch SA rose. Ruch said profits grew.' },
    { id: 'short-name', example: 'Gunmen attacked the Bardo National Museum. Bardo was closed for a week.' },
    { id: 'org-tail', example: 'He joined the Boston Red Sox in 2013. The Red Sox won.' },
  ] },
  { id: 'address-forms', run: (env, typed) => addressForms(env, typed), assigns: [{ id: 'address-form', example: 'Thank you, Your Honor. My Lords, the appeal raises one issue.' }] },
  { id: 'glosses', run: (env, typed) => (glosses(env, typed), typed), assigns: [{ id: 'gloss', example: 'The Varko Mountains (Arabic: Jabal Varkun) are in the north.' }] },
  { id: 'products', run: (env, typed) => (dropProducts(env, typed), dropThingAcronyms(env, typed), typed), assigns: [
    { id: 'product', example: 'Apple shipped its phone. Apple Vision Pro costs more.' },
    { id: 'thing-acronym', example: 'Varko shipped the Varko StreamBox One. The VSBO sold well.' },
  ] },
  { id: 'named-things', run: (env, typed) => (dropNamedThings(env, typed), typed), assigns: [{ id: 'named-thing', example: 'Doctors warned of a drug known as ZVX. ZVX is toxic.' }] },
  { id: 'hyphenated-people', run: (env, typed) => splitHyphenatedPeople(env, typed), assigns: [{ id: 'hyphenated-surnames', example: 'Donald Trump and Hillary Clinton sparred in the Trump-Clinton race.' }] },
  { id: 'stranded-surnames', run: (env, typed) => [...typed, ...strandedSurnames(env, typed)], assigns: [{ id: 'stranded-surname', example: 'David Levy spoke.\nLevy said he would go.' }] },
  {
    id: 'press-digest',
    run: (env, typed) => (isPressDigest(env.text) ? [...typed, ...digestPapers(env.doc, env.caps)] : typed),
    assigns: [{ id: 'digest-paper', example: 'PRESS DIGEST - Lebanon - Aug 22.\nBEIRUT 1996-08-22\nThese are the leading stories.\nAL-VARKOS\n- Talks resumed.' }],
  },
  {
    id: 'headlines',
    run: (env, typed) => {
      const known = knownNames(env, typed);
      const found = [...env.caps].flatMap(([index, from]) => scanCapsSentence(env, from, env.doc.sentences[index]!.end, known));
      return [...typed, ...found];
    },
    assigns: [
      { id: 'caps-known', example: 'BOXING - JOHNSON WINS\nMichael Johnson won on Sunday.' },
      { id: 'caps-org', example: 'NATO WARNS RUSSIA\nThe alliance spoke.' },
      { id: 'caps-place', example: 'TALKS IN SEOUL\nThe talks went on.' },
      { id: 'caps-match', example: 'TENNIS - KORVAL BEAT MISTREN\nThe match was close.' },
    ],
  },
  {
    id: 'sports',
    run: (env, typed) => {
      const sport = sportsReport(env.text);
      if (sport) teamsFromPlaces(env.doc, typed, sport);
      return typed;
    },
    assigns: [
      { id: 'team-score', example: 'SOCCER - RESULTS\nGloria Bistrita (Romania) 2 Valletta (Malta) 1' },
      { id: 'team-club', example: 'SOCCER - SQUAD\nThe squad: Yvan Quentin (Sion), Ramon Vega (Cagliari).' },
      { id: 'team-town', example: 'SOCCER - DUTCH RESULTS\nWillem II Tilburg drew with the leaders.' },
      { id: 'result-person', example: 'CYCLING - RESULTS\nLeading results:\n3. Ekimov 1:07' },
      { id: 'team-shape', example: 'SOCCER - RESULTS\nArbroath 3 1 2 0' },
      { id: 'team', example: 'CRICKET - LEICESTERSHIRE WIN\nLeicestershire beat Somerset by 10 runs.' },
    ],
  },
  { id: 'institutions', run: (env, typed) => [...typed, ...possessiveInstitutions(env, typed)], assigns: [{ id: 'possessive-institution', example: 'Seoul’s foreign ministry said so.' }] },
  { id: 'ruler-bodies', run: (env, typed) => [...typed, ...rulerBodies(env, typed)], assigns: [
    { id: 'ruler-body', example: 'Shelling by the Varkosi regime went on.' },
    { id: 'ruler-name', example: 'Shelling by the Varkosi regime went on. One day Varkosi will be tried.' },
  ] },
];

/** Rule ids the sentence phase gives outside the rule tables. */
export const SENTENCE_ASSIGNS: readonly RuleExample[] = [{ id: 'dateline', example: 'LONDON 1996-08-30\nShares rose.' }];

/** Stage 3: find entity mentions in the parsed document. */
export function entitiesStage(doc: Doc): void {
  const { tokens, sentences, text } = doc;
  const env: PassEnv = { doc, tokens, text, lex: entityLexicon(), caps: new Map() };
  let typed: Typed[] = [];
  sentences.forEach((s, index) => {
    const dateline = datelinePlaces(env, s.first, s.end, env.lex);
    const from = dateline ? dateline.next : s.first;
    if (dateline) typed.push(...dateline.places);
    if (isCapsSentence(tokens, from, s.end) || (index === 0 && isTitleCaseHeadline(tokens, from, s.end, text))) {
      env.caps.set(index, from);
      return;
    }
    const titles = findTitles(tokens, from, s.end, env.lex, text);
    const blocked = new Set<number>();
    const roleAt = new Map<number, string>();
    for (const t of titles) {
      for (let i = t.first; i < t.end; i++) blocked.add(i);
      roleAt.set(t.end, t.role);
    }
    for (const chunk of findChunks(doc, from, s.end, blocked, env.lex)) typed.push(...classifyChunk(env, chunk, roleAt.get(chunk.first)));
  });
  for (const pass of PASSES) typed = pass.run(env, typed);
  if (doc.trace) for (const t of typed) doc.trace.push(t.rule);
  const possessiveNames = alwaysPossessive(doc, typed);
  doc.mentions = typed
    .filter((t) => !isPlaceModifier(t, tokens))
    .sort((a, b) => a.first - b.first)
    .flatMap((t) => toMention(doc, t, possessiveNames));
}

/**
 * "Lloyd's", "Moody's", "McDonald's": an organisation written with "'s" at every one of
 * two or more mentions carries the "'s" in its name (a person's or a place's possessive
 * stays apart: "Clinton's", "Britain's").
 */
function alwaysPossessive(doc: Doc, typed: Typed[]): Set<string> {
  const { tokens } = doc;
  const seen = new Map<string, { n: number; possessive: boolean }>();
  for (const t of typed) {
    if (t.type !== 'organization') continue;
    const last = tokens[t.end - 1]!;
    const key = rangeKey(doc.text, tokens, t.first, t.end);
    // ("England Russia's": a place's possessive ends no body's name)
    if (isAllCaps(tokens[t.first]!) || placeKind(entityLexicon(), keyOf(last))) continue;
    const s = seen.get(key) ?? { n: 0, possessive: true };
    s.n++;
    s.possessive &&= isPossessive(last) && !/['’]$/.test(last.text);
    seen.set(key, s);
  }
  const out = new Set<string>();
  // an acronym or a town takes a possessive like a person ("ISIL's job", "Middlesbrough's striker")
  const lex = entityLexicon();
  for (const [key, s] of seen) if (s.n >= 2 && s.possessive && !placeKind(lex, key)) out.add(key);
  return out;
}

function toMention(doc: Doc, t: Typed, possessiveNames: ReadonlySet<string>): EntityMention[] {
  if (!t.type) return [];
  const { tokens, text } = doc;
  const start = tokens[t.first]!.start;
  let end = tokens[t.end - 1]!.end;
  // A token glued to punctuation ("Qanbar(Arabic", "Haidar,[1") or to text in another script
  // ("TNW中文站": Chinese, Japanese, Korean are never part of a name we report) ends the name there.
  // A slash ends it too: "Thomas Coex/AFP/Getty Images" is a photo credit after the name.
  // (but the comma before a company form stays: "Apple, Inc.")
  const commaForm = t.end - t.first >= 2 && commaCompanyForm(tokens[t.end - 2]!, tokens[t.end - 1]!, entityLexicon());
  const cut = text.slice(start, commaForm ? tokens[t.end - 2]!.end : end).search(/[([\],;:/\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u);
  if (cut === 0) return [];
  if (cut > 0) end = start + text.slice(start, start + cut).trimEnd().length;
  const possessive = POSSESSIVE_MARK.exec(text.slice(start, end));
  if (possessive && !(t.type === 'organization' && possessiveNames.has(rangeKey(text, tokens, t.first, t.end)))) end -= possessive[0].length;
  // "... Lear Corp." ending a sentence: the period ends the sentence, not the name.
  const next = tokens[t.end];
  if (text[end - 1] === '.' && /^[A-Z][a-z]+\.$/.test(tokens[t.end - 1]!.text) && (!next || next.sentence !== tokens[t.end - 1]!.sentence)) end--;
  // (a soft hyphen or zero-width space is an invisible break hint: "Vladi\u00ADmir Putin" is "Vladimir Putin")
  const mention: EntityMention = { type: t.type, start, end, text: text.slice(start, end).replace(/[\u00AD\u200B]/g, '').replace(/\s+/g, ' '), rule: t.rule };
  if (t.role) mention.role = t.role;
  return [mention];
}
