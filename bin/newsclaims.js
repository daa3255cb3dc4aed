#!/usr/bin/env node
// The newsclaims launcher: runs the compiled CLI (dist/, built by `npm ci`/`npm install`).
import { run } from '../dist/cli/program.js';

const io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
run(process.argv.slice(2), io).then(
  (status) => {
    process.exitCode = status;
  },
  (error) => {
    process.stderr.write(`newsclaims: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
