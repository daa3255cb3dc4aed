/**
 * Adversarial inputs for the benchmark's "worst ratio" (issue 7): each generator
 * makes a document of about `size` characters that stresses one place where time
 * could grow faster than the input (a regex that backtracks, a search that looks
 * back over a whole sentence, clustering that compares every pair of names).
 *
 * `scaling` times each at a small and a large size and reports the cost per
 * character at the large size over the cost at the small one: about 1 when time
 * is linear, about 4 (the size factor) when quadratic. Nothing here comes from a
 * corpus: the texts are made up.
 */

/** One adversarial input family. */
export interface Adversarial {
  name: string;
  /** What it stresses. */
  why: string;
  make: (size: number) => string;
}

/** `unit` repeated to exactly `size` characters (whole code points at the cut are not guaranteed). */
function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** Capitalised pseudo-words from a counter: "Bacu", "Bade"... distinct and name-like. */
function pseudoName(i: number): string {
  const consonants = 'bcdfghklmnprstvz';
  const vowels = 'aeiou';
  let out = '';
  for (let n = i + 17; n > 0 || out.length < 4; n = Math.floor(n / 80)) {
    out += consonants[n % 16]! + vowels[Math.floor(n / 16) % 5]!;
  }
  return out[0]!.toUpperCase() + out.slice(1);
}

function names(size: number, sentence: (i: number) => string): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const s = sentence(i);
    parts.push(s);
    length += s.length;
  }
  return parts.join('').slice(0, size);
}

export const ADVERSARIAL: Adversarial[] = [
  {
    name: 'prose',
    why: 'baseline: ordinary sentences with names, numbers and quotes',
    make: (n) => fill('Angela Merkel told reporters in Berlin on Monday that the economy grew 5% last year. “We are ready,” she said. ', n),
  },
  {
    name: 'one-sentence',
    why: 'no sentence end: per-sentence searches (cue and speaker look-back) see the whole document',
    make: (n) => fill('the minister, who met Joe Biden in Paris and said that 3,000 troops would stay, ', n),
  },
  {
    name: 'quotes-one-sentence',
    why: 'many quotes and cues in one sentence: attribution pairs every quote with every cue',
    make: (n) => fill('“We agree,” he said, “and ', n),
  },
  { name: 'opening-quotes', why: 'unbalanced opening quotes: quote pairing', make: (n) => fill('“', n) },
  { name: 'straight-quotes', why: 'straight quotes between words: open/close guessing', make: (n) => fill('He said " that ', n) },
  { name: 'only-quote-marks', why: 'every kind of quote mark, nothing else', make: (n) => fill('"“”"\'\'„«»‘’', n) },
  {
    name: 'nested-brackets',
    why: 'deep nesting of brackets and quotes around one name',
    make: (n) => `${fill('(“[', Math.floor(n / 2) - 6)}Merkel${fill(']”)', Math.floor(n / 2))}`,
  },
  { name: 'long-word', why: 'one lower-case token', make: (n) => fill('a', n) },
  {
    name: 'caps-then-lower',
    why: 'one token of capitals ending in a lower-case letter: /^[^a-z]*[A-Z][^a-z]*[A-Z][^a-z]*$/ is cubic on it',
    make: (n) => `${fill('A', n - 1)}a`,
  },
  {
    name: 'letters-then-digit',
    why: 'a line of letters ending in a digit before a lower-case line: /([A-Za-z]+)$/ restarts at every letter',
    make: (n) => `${fill('a', n - 5)}1\nfoo`,
  },
  { name: 'capitalised-run', why: 'capitalised words with no punctuation: name chunking', make: (n) => names(n, (i) => `${pseudoName(i)} `) },
  { name: 'caps-words', why: 'a headline in capitals that never ends', make: (n) => fill('LONDON NATO PARIS UN ', n) },
  {
    name: 'distinct-names',
    why: 'thousands of different people: entity clustering and alias matching compare pairs',
    make: (n) => names(n, (i) => `${pseudoName(i)} ${pseudoName(i * 7 + 3)} said. `),
  },
  { name: 'same-name', why: 'one name mentioned thousands of times', make: (n) => fill('Merkel said. Angela Merkel said. ', n) },
  { name: 'numbers', why: 'numbers of every shape', make: (n) => fill('1,2,3 4.5 $6bn 7% 8-9 £10m 1/2 ½ 3rd 1990s ', n) },
  { name: 'digit-commas', why: 'one token of digits and commas', make: (n) => fill('1,000', n) },
  {
    name: 'number-words',
    why: 'number words that chain in one sentence: fractions after "and", decimals, digit sequences, scales that multiply',
    make: (n) => fill('minus one and a half million and two thirds point five oh six dozen score lakh crore and a quarter ', n),
  },
  {
    name: 'compound-units',
    why: 'units and currencies one after the other: each may complete the one before',
    make: (n) => fill('6 ft 1 in 2 ft 3 in 4 dollars 25 cents 8 kuai 5 mao two euros fifty 6-foot-2 ', n),
  },
  { name: 'space-groups', why: 'digit groups of three after single spaces: one endless number', make: (n) => fill('123 ', n) },
  { name: 'one-pairs', why: '"one" many times before "another": the pairing window', make: (n) => fill('one plan over one side of one ', n) },
  { name: 'colon-spaces', why: 'colons followed by long whitespace: /:\\s*.../', make: (n) => `:${fill(' ', n - 2)}x` },
  { name: 'dashes', why: 'dash runs with and without spaces', make: (n) => fill('- — – --', n) },
  { name: 'dots', why: 'abbreviation-like dots', make: (n) => fill('. A. b. ', n) },
  { name: 'short-lines', why: 'many lines: line joining', make: (n) => fill('Paris\n', n) },
  { name: 'wrapped-lines', why: 'hard-wrapped prose: line joining and split-word repair', make: (n) => fill('the talks in Seoul went on for a long time and the min\nister said that\n', n) },
  { name: 'blank-lines', why: 'nothing but line breaks', make: (n) => fill('\r\n', n) },
  { name: 'spaces', why: 'nothing but spaces of every kind', make: (n) => fill(' \u00a0\t\u3000', n) },
  { name: 'astral', why: 'emoji and astral letters between names (surrogate pairs)', make: (n) => fill('😀𝒜 Paris 👩‍👩‍👧 ', n) },
  { name: 'cjk', why: 'CJK with no spaces', make: (n) => fill('北京市政府は東京で会談した。', n) },
  { name: 'rtl', why: 'right-to-left text with direction marks', make: (n) => fill('\u202eمرحبا بالعالم\u202c ', n) },
  { name: 'html', why: 'markup given as text', make: (n) => fill('<p class="x">Paris</p><script>a("b")</script>', n) },
  { name: 'json', why: 'JSON given as text', make: (n) => fill('{"text":"Paris","n":[1,2],"q":"\\"a\\""},', n) },
  { name: 'control', why: 'NUL and other control characters', make: (n) => fill('Paris\u0000\u0001\u0007 ', n) },
  { name: 'apostrophes', why: 'possessive endings and apostrophe runs', make: (n) => fill("Russia's's'' ", n) },
];

/** Cost per character of one large document over that of `factor` small ones; the median of `repeat` tries. */
export interface Scaling {
  name: string;
  smallMs: number;
  largeMs: number;
  /** About 1 when linear, about `factor` when quadratic. */
  ratio: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/**
 * Time `fn` on each input at `small` characters (run `large / small` times, so both
 * sides handle as many characters) and once at `large`. Sizes above the parser's
 * 8,000-character chunk measure what a long document costs. Before that, a ladder
 * of sizes from 500 doubling up to `small` is run once each: an input whose call
 * already takes over `budgetMs` is reported with `ratio: Infinity` and not run
 * at the larger sizes (a cubic case there could take hours).
 */
export function scaling(
  fn: (text: string) => unknown,
  { small = 10_000, large = 40_000, repeat = 2, budgetMs = 2_000, inputs = ADVERSARIAL } = {},
): Scaling[] {
  const factor = Math.round(large / small);
  return inputs.map(({ name, make }) => {
    for (let size = 500; size < small; size *= 2) {
      const ms = timeOnce(fn, make(size));
      if (ms > budgetMs) return { name, smallMs: ms, largeMs: NaN, ratio: Infinity };
    }
    const a = make(small);
    const b = make(large);
    const smallTimes: number[] = [];
    const largeTimes: number[] = [];
    for (let r = 0; r < repeat; r++) {
      smallTimes.push(timeOnce(() => { for (let k = 0; k < factor; k++) fn(a); }, ''));
      if (smallTimes[0]! > budgetMs * factor) return { name, smallMs: smallTimes[0]!, largeMs: NaN, ratio: Infinity };
      largeTimes.push(timeOnce(fn, b));
    }
    const smallMs = median(smallTimes);
    const largeMs = median(largeTimes);
    return { name, smallMs, largeMs, ratio: largeMs / Math.max(smallMs, 0.001) };
  });
}

function timeOnce(fn: (text: string) => unknown, text: string): number {
  const t0 = performance.now();
  fn(text);
  return performance.now() - t0;
}

/** The worst of `scaling`'s ratios, for a one-line bench summary. */
export function worstRatio(results: Scaling[]): Scaling {
  return results.reduce((worst, r) => (r.ratio > worst.ratio ? r : worst));
}
