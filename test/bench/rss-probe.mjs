// Preloaded into the CLI process by the benchmark (node --import): samples the
// resident set size of the whole process (all threads) every 200 ms and, at exit,
// writes the samples, the peak, the CPU time of all threads and the number of worker
// threads started to the file named by NEWSCLAIMS_BENCH_RSS.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

if (isMainThread && process.env.NEWSCLAIMS_BENCH_RSS) {
  const started = Date.now();
  const samples = [];
  let workers = 0;
  process.on('worker', () => workers++);
  const timer = setInterval(() => samples.push([Date.now() - started, process.memoryUsage.rss()]), 200);
  timer.unref();
  process.on('exit', () => {
    const usage = process.resourceUsage();
    const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
    writeFileSync(process.env.NEWSCLAIMS_BENCH_RSS, JSON.stringify({ peak: usage.maxRSS * 1024, cpuMs, workers, samples }));
  });
}
