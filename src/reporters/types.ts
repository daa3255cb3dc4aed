/** The reporter interface: each output format is one reporter, registered by name. */
import type { ErrorRecord, Extraction } from '../types.js';

export interface ReporterOptions {
  /** Colour output (never set for machine formats). */
  color: boolean;
  /** Several documents will be written (several files, or a batch). */
  many: boolean;
  /** Terminal width in columns, for human formats. */
  width: number;
}

/** An input that could not be processed, written in its place (the schema's error record). */
export type FailedRecord = ErrorRecord;

/** A streaming writer: header, one chunk per document, footer. */
export interface ReportWriter {
  header(): string;
  item(extraction: Extraction, index: number): string;
  /** A batch record that failed, written in its place so output lines match input records. */
  failure(record: FailedRecord, index: number): string;
  footer(): string;
}

export interface Reporter {
  name: string;
  description: string;
  /** Machine formats are never coloured. */
  machine: boolean;
  /**
   * `item` and `failure` depend only on their arguments and the options, never on the
   * records before (no table of contents, no files written): each record may be
   * rendered where it was extracted, and a worker thread sends back finished text.
   */
  perRecord?: boolean;
  /** The format shows the article itself: the CLI extracts with `includeText`. */
  needsText?: boolean;
  /** File extension (no dot) when writing one file per article (`--out-dir`); formats without one cannot. */
  extension?: string;
  create(options: ReporterOptions): ReportWriter;
}
