import { describe, expect, test } from 'vitest';
import { normalize } from '../../../src/pipeline/01-normalize.js';
import { toOriginal } from '../../../src/pipeline/doc.js';

/** Every normalised character maps back to original characters in order. */
function checkMap(input: string): void {
  const n = normalize(input);
  expect(n.starts.length).toBe(n.text.length);
  let last = -1;
  for (let i = 0; i < n.text.length; i++) {
    expect(n.starts[i]!).toBeGreaterThan(last);
    expect(n.ends[i]!).toBeGreaterThan(n.starts[i]!);
    last = n.starts[i]!;
  }
}

describe('normalize', () => {
  test.each([
    ['a BOM is dropped', '\ufeffSeoul said.', 'Seoul said.'],
    ['CRLF becomes LF', 'One.\r\nTwo.', 'One.\nTwo.'],
    ['a lone CR becomes LF', 'One.\rTwo.', 'One.\nTwo.'],
    ['non-breaking spaces become spaces', 'Hillary\u00a0Clinton', 'Hillary Clinton'],
    ['soft hyphens and zero-width spaces are dropped', 'Netan\u00adyahu met Vla\u200bdi\u2060mir\ufeff Putin', 'Netanyahu met Vladimir Putin'],
    ['the joiners that shape scripts and emoji stay', 'mi\u200cravad \u{1F469}\u200d\u{1F4BB}', 'mi\u200cravad \u{1F469}\u200d\u{1F4BB}'],
    ['a split word is joined', 'deployed to Rus\nsia’s western front', 'deployed to Russia’s western front'],
    ['a hard wrap before a lower-case word is a space', 'In a separate\nreadout, it said.', 'In a separate readout, it said.'],
    ['a long line cut mid-sentence is a space', 'While in Washington, the foreign minister also met with\nPhilip Gordon.', 'While in Washington, the foreign minister also met with Philip Gordon.'],
    ['NYT two-apostrophe quotes become one mark', "He said, ''We will win.''", 'He said, "We will win."'],
    ['a glued citation marker is dropped', 'the Syrian Electronic Army.[4] Some members', 'the Syrian Electronic Army. Some members'],
    ['glued citation markers in a row are dropped', 'Damascus University.[1][2]\nThe hospital', 'Damascus University.\nThe hospital'],
    ['a citation marker before a word becomes a space', 'the reservoir[3]The dam', 'the reservoir The dam'],
  ])('%s', (_name, input, expected) => {
    expect(normalize(input).text).toBe(expected);
    checkMap(input);
  });

  // Paired false positives: brackets that are text.
  test.each([
    ['a bracketed figure after a space stays', 'see table [4] below'],
    ['a bracketed word that is no citation stays', 'the Army[sic] said'],
  ])('%s', (_name, input) => {
    expect(normalize(input).text).toBe(input);
  });

  // Paired false positives: breaks that must stay.
  test.each([
    ['a sentence end keeps its break', 'The talks ended.\nThe ministers left.'],
    ['a headline keeps its break', 'SOCCER - JAPAN GET LUCKY WIN\nLONDON 1996-08-30'],
    ['a blank line keeps paragraphs apart', 'First paragraph ends here\n\nsecond one'],
    ['a closing quote ends a paragraph', 'it said.”\nThe diplomats agreed.'],
    ['known words on both sides are not joined', 'a separate\nreadout'],
    ['a list line ending on a name keeps its break', 'Defenders - Markus Babbel, Thomas Helmer, Rene Schneider\nMidfielders - Mario Basler'],
    ['a one-sentence line ending on a name keeps its break', 'Pakistan first innings 326 (J. Crawley 106, Waqar\nYounis 4-95)'],
  ])('%s', (_name, input) => {
    const out = normalize(input).text;
    if (input.includes('separate\nreadout')) expect(out).toBe('a separate readout');
    else expect(out).toContain('\n');
  });

  test('spans map back to the original input', () => {
    const input = "\ufeffdeployed to Rus\r\nsia’s front, ''quote'' here";
    const n = normalize(input);
    const at = n.text.indexOf('Russia’s');
    const o = toOriginal(n, at, at + 'Russia’s'.length);
    expect(input.slice(o.start, o.end)).toBe('Rus\r\nsia’s');
    const q = n.text.indexOf('"quote"');
    const oq = toOriginal(n, q, q + '"quote"'.length);
    expect(input.slice(oq.start, oq.end)).toBe("''quote''");
  });

  test('a name written with a soft hyphen maps back to its original span, the hyphen inside', () => {
    const input = 'Earnest said Netan\u00adyahu would go.';
    const n = normalize(input);
    const at = n.text.indexOf('Netanyahu');
    const o = toOriginal(n, at, at + 'Netanyahu'.length);
    expect(input.slice(o.start, o.end)).toBe('Netan\u00adyahu');
  });

  test('empty input gives empty text', () => {
    expect(normalize('').text).toBe('');
    expect(normalize('\ufeff').text).toBe('');
  });
});
