/**
 * The one compromise every stage shares: its "two" level (tokenizer, lexicon,
 * pre- and post-tagger) from the package's one-file build.
 *
 * `import nlp from 'compromise'` loads about 450 ES modules of source and its third
 * level (chunker, topics, number methods), which newsclaims never calls. The
 * package's own bundle of the second level (`compromise/two` for require: one file,
 * the same release) holds the same code and builds the same model: on this
 * project's machine it loads in about 250 ms against 380 ms, for every CLI run and
 * every worker thread. The parse, with or without the post-tagger, gives the same
 * tokens and tags (checked on every eval corpus and the real pages, byte for byte).
 * Node 20 loads it through require() from this ES module.
 *
 * Two of its steps do work that gives nothing new on most words, and are replaced
 * here, through compromise's own plugin interface, by steps that give the same terms:
 * - `normal` (a term's lower-case, cleaned, transliterated form) depends on the
 *   term's text alone: it is computed once per distinct text and then looked up;
 * - `freeze` (multi-word phrases the lexicon fixes, "prime minister") joins the
 *   words that follow every word that starts any lexicon phrase ("new", "the"),
 *   and looks the joined string up in a list of 95 frozen ones: it runs only on a
 *   sentence holding a word that is frozen or starts a frozen phrase.
 * This is our own instance of compromise (the one-file build), not the one a caller
 * may import from 'compromise'.
 */
import { createRequire } from 'node:module';
import type nlpType from 'compromise/two';

const nlp = createRequire(import.meta.url)('compromise/two') as typeof nlpType;

interface Term {
  text?: string;
  normal?: string | undefined;
  machine?: string;
}

interface TermView {
  docs: Term[][];
  world: unknown;
}

type ComputeStep = (view: TermView) => void;

interface World {
  compute: Record<string, ComputeStep>;
  model: { one: { frozenLex: Record<string, string>; _multiCache?: Record<string, number> } };
}

const world = nlp.world() as World;

/** Distinct term texts remembered with their `normal`; past this the memory starts again. */
const MAX_NORMALS = 50_000;

/** compromise's `normal` step, run once per distinct term text. */
function memoNormal(step: ComputeStep): ComputeStep {
  const normals = new Map<string, string | undefined>();
  return (view) => {
    for (const terms of view.docs) {
      for (const term of terms) {
        const text = term.text || '';
        if (normals.has(text)) {
          term.normal = normals.get(text);
          continue;
        }
        step({ docs: [[term]], world: view.world });
        if (normals.size >= MAX_NORMALS) normals.clear();
        normals.set(text, term.normal);
      }
    }
  };
}

/** Every prefix of a frozen phrase that ends before one of its spaces ("new", "new york" of "new york times"). */
function phrasePrefixes(frozen: Record<string, string>): Set<string> {
  const prefixes = new Set<string>();
  for (const phrase of Object.keys(frozen)) {
    for (let i = phrase.indexOf(' '); i !== -1; i = phrase.indexOf(' ', i + 1)) prefixes.add(phrase.slice(0, i));
  }
  return prefixes;
}

/** compromise's `freeze` step, run only on a view where it can freeze something. */
function freezeWhereNeeded(step: ComputeStep): ComputeStep {
  let prefixes: Set<string> | undefined;
  return (view) => {
    const { frozenLex } = world.model.one;
    const multi = world.model.one._multiCache ?? {};
    prefixes ??= phrasePrefixes(frozenLex);
    for (const terms of view.docs) {
      for (let i = 0; i < terms.length; i++) {
        const word = terms[i]!.machine || terms[i]!.normal || '';
        // The same tests as compromise's step, less the phrases no frozen one starts with.
        const single = frozenLex[word] !== undefined && Object.hasOwn(frozenLex, word);
        const phrase = multi[word] !== undefined && terms[i + 1] !== undefined && prefixes.has(word);
        if (single || phrase) {
          step(view);
          return;
        }
      }
    }
  };
}

nlp.plugin({ compute: { normal: memoNormal(world.compute.normal!), freeze: freezeWhereNeeded(world.compute.freeze!) } });

export default nlp;
