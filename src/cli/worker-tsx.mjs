// Worker bootstrap used only when newsclaims runs from its TypeScript sources (the
// tests under vitest, `npx tsx`): Node 20 does not apply `--import tsx` given in a
// worker's execArgv, so register tsx's hooks here, then load the real entry. The
// compiled package (dist/) starts dist/cli/worker-entry.js directly and never uses this.
import { workerData } from 'node:worker_threads';

const { register } = await import('tsx/esm/api');
register();
await import(workerData.entry);
