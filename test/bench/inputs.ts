/**
 * Benchmark inputs, made on the fly from the ../shared/eval corpora into a temporary
 * directory (corpus text is never committed): a sample of whole texts, JSONL streams
 * of 2,000 and 50,000 articles, and documents of 100 KB and 1 MB.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { CORPORA, type CorpusName, readCorpus } from '../eval/corpus.js';

/** Every corpus text, in a fixed order: quotes, conll2003, re3d interleaved so each sample mixes them. */
export function corpusTexts(dataDir: string): string[] {
  const lists = (Object.keys(CORPORA) as CorpusName[]).map((name) => (readCorpus(dataDir, name) ?? []).map((d) => d.text));
  const out: string[] = [];
  for (let i = 0; lists.some((l) => i < l.length); i++) for (const l of lists) if (i < l.length) out.push(l[i]!);
  return out.filter((t) => t.trim() !== '');
}

/** Texts until `chars` characters, cycling through the corpus. */
export function sample(texts: string[], chars: number): string[] {
  const out: string[] = [];
  let total = 0;
  for (let i = 0; total < chars; i++) {
    const t = texts[i % texts.length]!;
    out.push(t);
    total += t.length;
  }
  return out;
}

/** Cut a text at the last sentence end before `max` characters (or at `max`). */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const end = Math.max(head.lastIndexOf('. '), head.lastIndexOf('.\n'));
  return end > max / 3 ? head.slice(0, end + 1) : head;
}

/** Write `count` JSONL records cycling through the corpus, each text cut to `max` characters; returns total characters. */
export async function writeJsonl(path: string, texts: string[], count: number, max: number): Promise<number> {
  const out = createWriteStream(path);
  let chars = 0;
  for (let i = 0; i < count; i++) {
    const text = cut(texts[i % texts.length]!, max);
    chars += text.length;
    if (!out.write(`${JSON.stringify({ id: `bench-${i}`, text })}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return chars;
}

/** One long document of at least `chars` characters: corpus texts joined by blank lines. */
export function longDocument(texts: string[], chars: number): string {
  const parts: string[] = [];
  let total = 0;
  for (let i = 0; total < chars; i++) {
    const t = texts[i % texts.length]!;
    parts.push(t);
    total += t.length + 2;
  }
  return parts.join('\n\n').slice(0, chars);
}
