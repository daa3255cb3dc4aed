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

/** The dev files the harness scores, relative to the data directory (also the benchmark's inputs). */
export const CORPORA = {
  conll2003: 'conll2003/dev.jsonl',
  re3d: 're3d/dev.jsonl',
  quotes: 'quotes/dev.jsonl',
} as const;

/**
 * Corpora the eval scores but the benchmark does not read (kept apart so that adding
 * one leaves the benchmark's inputs, and so its figures, unchanged).
 */
export const MORE_CORPORA = {
  gum: 'gum/dev.jsonl',
  'conll2003-train': 'conll2003/train.jsonl',
} as const;

export type CorpusName = keyof typeof CORPORA;
export type AnyCorpusName = CorpusName | keyof typeof MORE_CORPORA;

const pathOf = (name: AnyCorpusName): string =>
  name in CORPORA ? CORPORA[name as CorpusName] : MORE_CORPORA[name as keyof typeof MORE_CORPORA];

/** Read one corpus, or null when its file is not in `dataDir`. */
export function readCorpus(dataDir: string, name: AnyCorpusName): GoldDoc[] | null {
  const path = join(dataDir, pathOf(name));
  if (!existsSync(path)) return null;
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GoldDoc);
}
