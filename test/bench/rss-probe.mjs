// Preloaded into the CLI process by the benchmark (node --import): samples the
// resident set size of the whole process (all threads) every 200 ms and, at exit,
// writes the samples and the peak to the file named by NEWSCLAIMS_BENCH_RSS.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

if (isMainThread && process.env.NEWSCLAIMS_BENCH_RSS) {
  const started = Date.now();
  const samples = [];
  const timer = setInterval(() => samples.push([Date.now() - started, process.memoryUsage.rss()]), 200);
  timer.unref();
  process.on('exit', () => {
    const peakKb = process.resourceUsage().maxRSS;
    writeFileSync(process.env.NEWSCLAIMS_BENCH_RSS, JSON.stringify({ peak: peakKb * 1024, samples }));
  });
}
