/**
 * The progress bar on stderr: records done, records/s and an ETA when the input's
 * size is known (files), a plain counter when it is not (stdin). Shown only when
 * stderr is a terminal and stdout is not (the results go to a file or a pipe, so the
 * bar never mixes with them), never under --quiet. cli-progress is imported only
 * when a bar is shown.
 */
import type { CliIo } from './io.js';

/** What the streaming loop tells the progress display. */
export interface Progress {
  /** One record done, covering `size` characters of input. */
  tick(size: number): void;
  /** Clear the bar's line before a diagnostic is printed; the next frame redraws the bar below it. */
  interrupt(): void;
  stop(): void;
}

/** A progress display that shows nothing: pipes, --quiet, single articles. */
export function silentProgress(): Progress {
  return { tick: () => {}, interrupt: () => {}, stop: () => {} };
}

/** Should this run show a bar? */
export function wantsProgress(io: CliIo, quiet: boolean): boolean {
  return !quiet && io.stderr.isTTY === true && io.stdout.isTTY !== true;
}

function formatRate(rate: number): string {
  return rate >= 100 ? rate.toFixed(0) : rate.toFixed(1);
}

/**
 * A bar over `totalSize` characters of input, or a counter when the size is unknown
 * (null: stdin).
 */
export async function createProgress(io: CliIo, totalSize: number | null): Promise<Progress> {
  const { default: cliProgress } = await import('cli-progress');
  const known = totalSize !== null && totalSize > 0;
  const bar = new cliProgress.SingleBar({
    stream: io.stderr,
    format: known
      ? 'newsclaims |{bar}| {percentage}% | {done} records | {rate} records/s | ETA {eta_formatted}'
      : 'newsclaims | {done} records | {rate} records/s | {duration_formatted}',
    // Redraw on every frame, so a diagnostic printed over the bar does not leave it missing.
    forceRedraw: true,
    fps: 5,
    etaBuffer: 50,
  });
  const started = Date.now();
  let done = 0;
  let seen = 0;
  const payload = () => ({ done, rate: formatRate(done / Math.max(0.001, (Date.now() - started) / 1000)) });
  bar.start(known ? totalSize : 1, 0, payload());
  return {
    tick(size) {
      done++;
      seen += size;
      bar.update(known ? Math.min(seen, totalSize) : 0, payload());
    },
    interrupt() {
      io.stderr.write('\r\u001b[2K');
    },
    stop() {
      bar.update(known ? totalSize : 0, payload());
      bar.stop();
    },
  };
}
