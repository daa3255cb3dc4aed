/** The detector is loaded only when the cheap check cannot decide: never for English prose (its start-up is in npm run bench). */
import { expect, test } from 'vitest';
import { detectLanguage, detectorLoaded } from '../../src/input/language.js';

test('English and CJK texts never load franc-min; a Cyrillic text does', () => {
  expect(detectLanguage('The minister said on Monday that the talks would go on for another week in Geneva, officials said.').code).toBe('eng');
  expect(detectLanguage('外交部长周一表示，与邻国的会谈将再持续一周，双方同意在本月底之前在日内瓦再次会面。').code).toBe('cmn');
  expect(detectorLoaded()).toBe(false);
  detectLanguage('Министр иностранных дел заявил в понедельник, что переговоры продлятся еще неделю.');
  expect(detectorLoaded()).toBe(true);
});
