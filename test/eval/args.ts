/**
 * Command-line options of the dev scripts (`npm run eval`, `npm run bench`): parsed strictly;
 * `--help` prints the usage, a bad option prints a one-line error and sets exit status 2,
 * never a stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** The parsed option values, or null after printing the usage or an error (the caller then stops). */
export function scriptArgs<T extends ParseArgsConfig>(name: string, usage: string, config: T): ReturnType<typeof parseArgs<T>>['values'] | null {
  if (process.argv.slice(2).some((a) => a === '--help' || a === '-h')) {
    console.log(usage);
    return null;
  }
  try {
    return parseArgs(config).values;
  } catch (error) {
    console.error(`${name}: ${(error as Error).message} (try --help)`);
    process.exitCode = 2;
    return null;
  }
}
