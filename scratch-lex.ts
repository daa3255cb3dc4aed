import nlp from 'compromise';
const lex = (nlp.model() as any).one.lexicon;
for (const w of ['state','states','report','reports','attack','attacks','point','points','note','say','says','claim','claims','warning','comment','comments','tweet','tweets','forecast','forecasts','welcome','welcomed','support','show','signal','signals','read','maintain','thanks','plan','call','charge','question','questions','answer','promise','vote','back']) console.log(w, JSON.stringify(lex[w]));
const doc = nlp.tokenize('The three states last voted. 12 states and territories hold primaries. The report states that it works. Officials state that it works.'); doc.compute(['freeze','lexicon','preTagger','contractionTwo']);
for (const t of doc.docs.flat() as any[]) if (/state/.test(t.normal)) console.log(t.text, [...t.tags]);
