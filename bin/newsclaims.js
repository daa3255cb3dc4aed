#!/usr/bin/env node
// The newsclaims launcher: runs the compiled CLI (dist/, built by `npm ci`/`npm install`).
import { errorLine } from '../dist/cli/errors.js';
import { run } from '../dist/cli/program.js';

const io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
run(process.argv.slice(2), io).then(
  (status) => {
    process.exitCode = status;
  },
  (error) => {
    process.stderr.write(errorLine(error instanceof Error ? error.message : String(error)));
    process.exitCode = 1;
  },
);
