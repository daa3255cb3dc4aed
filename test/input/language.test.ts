/**
 * Language (src/input/language.ts): English is read; other languages are named
 * and give empty lists; an English article with foreign names or a foreign
 * quotation is still read; CJK never becomes entities. Texts written here.
 */
import { describe, expect, test } from 'vitest';
import { detectLanguage } from '../../src/input/language.js';
import { extract } from '../../src/index.js';

const english =
  'The foreign minister said on Monday that the talks with the neighbouring country would go on for another week, and that both sides had agreed to meet again in Geneva before the end of the month.';

describe('named languages', () => {
  test.each([
    ['English', english, 'eng'],
    ['English with foreign names', 'Volodymyr Zelensky met Olaf Scholz and Emmanuel Macron in Kyiv, where they said that the war would not end soon and that they were ready to help.', 'eng'],
    ['English with a French quotation', `${english} “Nous ne céderons pas, et nous le disons clairement,” the French president said in a speech to the nation on Tuesday evening.`, 'eng'],
    ['a results table', 'SOCCER - LEAGUE RESULTS. LONDON 1996-08-31 Results of league matches on Saturday: Arsenal 2 Chelsea 1 Everton 0 Leeds 3 Wimbledon 1 Newcastle 2 Southampton 0 Coventry 4 Sheffield Wednesday 1 Aston Villa 2', 'eng'],
    ['French', 'Le ministre des affaires étrangères a déclaré lundi que les discussions avec le pays voisin se poursuivraient pendant une semaine et que les deux parties se retrouveraient à Genève.', 'fra'],
    ['Spanish', 'El ministro de asuntos exteriores dijo el lunes que las conversaciones con el país vecino seguirán durante una semana más y que las dos partes se reunirán en Ginebra antes de fin de mes.', 'spa'],
    ['Portuguese', 'O ministro dos negócios estrangeiros disse na segunda-feira que as conversações com o país vizinho vão continuar por mais uma semana e que as duas partes se vão reunir em Genebra.', 'por'],
    ['German', 'Der Außenminister sagte am Montag, dass die Gespräche mit dem Nachbarland noch eine Woche weitergehen würden und dass sich beide Seiten vor Ende des Monats in Genf wieder treffen wollen.', 'deu'],
    ['Chinese', '外交部长周一表示，与邻国的会谈将再持续一周，双方同意在本月底之前在日内瓦再次会面。', 'cmn'],
    ['Japanese', '外務大臣は月曜日、隣国との協議はさらに一週間続くと述べ、双方は月末までにジュネーブで再び会うことで合意したと語った。', 'jpn'],
    ['Korean', '외교부 장관은 월요일 이웃 나라와의 회담이 일주일 더 계속될 것이며 양측이 이달 말 이전에 제네바에서 다시 만나기로 합의했다고 말했다.', 'kor'],
    ['Russian (named by the detector)', 'Министр иностранных дел заявил в понедельник, что переговоры с соседней страной продлятся еще неделю и что стороны договорились снова встретиться в Женеве до конца месяца.', 'rus'],
    ['too short to tell', 'Merkel visited Paris.', 'und'],
    ['no letters', '2-1 (3-0) 12,000', 'und'],
    ['repeated words are no language', 'two plus '.repeat(200), 'eng'],
  ])('%s → %s', (_name, text, code) => expect(detectLanguage(text).code).toBe(code));
});

describe('only English is read', () => {
  test.each([
    ['French', 'Le président Emmanuel Macron a déclaré lundi à Paris que « la France ne cédera pas », selon l’Agence France-Presse, et que le gouvernement présenterait un projet de loi.'],
    ['Chinese', '习近平主席周一在北京会见了法国总统马克龙，双方表示将加强合作。新华社报道说，两国领导人讨论了贸易问题。'],
    ['Japanese', '岸田文雄首相は月曜日、東京でバイデン大統領と会談し、「日米同盟は揺るがない」と述べた。共同通信が伝えた。'],
  ])('%s: empty lists, the language in meta', (_name, text) => {
    const e = extract(text, { includeText: true });
    expect([e.people, e.organizations, e.places, e.numbers, e.quotes, e.claims]).toEqual([[], [], [], [], [], []]);
    expect(e.meta.language).not.toBe('eng');
    expect(e.text).toBe(text);
  });

  test('an English article with a foreign quotation is read', () => {
    const e = extract(`${english} “Nous ne céderons pas,” said Emmanuel Macron in Paris.`);
    expect(e.meta.language).toBe('eng');
    expect(e.people.map((p) => p.name)).toContain('Emmanuel Macron');
  });

  test('an English article quoting Chinese and Japanese: no entity is made of CJK runs', () => {
    const text = 'President Xi Jinping met Emmanuel Macron in Beijing on Monday. “我们是朋友，中法关系很好，” Xi said, according to Xinhua. 岸田文雄首相 also spoke, saying 「日米同盟は揺るがない」 before leaving Tokyo, officials said.';
    const e = extract(text);
    expect(e.meta.language).toBe('eng');
    const names = [...e.people, ...e.organizations, ...e.places].flatMap((x) => [x.name, ...x.mentions.map((m) => m.text)]);
    expect(names).toContain('Emmanuel Macron');
    expect(names.filter((n) => /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(n))).toEqual([]);
  });

  test('a declared language tips only what the text leaves open', () => {
    expect(detectLanguage(english, 'fr').code).toBe('eng');
  });
});
