/** Reading the gold JSONL corpora of ../shared/eval (format: its README). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface GoldEntity {
  start: number;
  end: number;
  type: string;
  text: string;
  confidence?: number;
}

export interface GoldQuote {
  start: number;
  end: number;
  text: string;
  kind: 'direct' | 'indirect' | 'mixed' | null;
  speaker: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  cue: string | null;
  attributionId?: string;
}

export interface GoldDoc {
  id: string;
  corpus: string;
  text: string;
  entities?: GoldEntity[];
  quotes?: GoldQuote[];
}

/** The dev files the harness scores, relative to the data directory. */
export const CORPORA = {
  conll2003: 'conll2003/dev.jsonl',
  re3d: 're3d/dev.jsonl',
  quotes: 'quotes/dev.jsonl',
} as const;

export type CorpusName = keyof typeof CORPORA;

/** Read one corpus, or null when its file is not in `dataDir`. */
export function readCorpus(dataDir: string, name: CorpusName): GoldDoc[] | null {
  const path = join(dataDir, CORPORA[name]);
  if (!existsSync(path)) return null;
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GoldDoc);
}
