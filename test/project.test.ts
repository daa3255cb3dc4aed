/**
 * Issue 17, item 12: project hygiene. A LICENSE; a NOTICE naming every data
 * package whose content the lexicon build compiles in, with its version and
 * licence; a quiet `npm ci` (no lexicon line, no install-scripts warning); a
 * library that exports HTML input and the reporters; a README that documents every
 * option, says the package is ESM and how long `npm test` takes.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import * as library from '../src/index.js';
import { runCli } from './helpers/cli.js';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  license: string;
  files: string[];
  allowScripts?: Record<string, boolean>;
};
const README = readFileSync('README.md', 'utf8');

/** A README section: from its heading to the next heading of the same or a higher level. */
function section(heading: string): string {
  const start = README.indexOf(heading);
  expect(start, `README has no "${heading}"`).toBeGreaterThanOrEqual(0);
  const level = /^#+/.exec(heading)![0];
  const rest = README.slice(start + heading.length);
  const next = rest.search(new RegExp(`\\n#{1,${level.length}} `));
  return next === -1 ? rest : rest.slice(0, next);
}

describe('licence and attribution', () => {
  test('LICENSE holds the licence package.json names', () => {
    expect(pkg.license).toBe('MIT');
    expect(readFileSync('LICENSE', 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} /);
  });

  test('NOTICE names every package the lexicon build reads, with its version and licence, and ships in the package', () => {
    const build = readFileSync('src/lexicon/build.mjs', 'utf8');
    const used = [...new Set([...build.matchAll(/require\(['`]((?:@[^/'`]+\/)?[^/'`]+)/g)].map((m) => m[1]!))];
    expect(used.length).toBeGreaterThanOrEqual(5);
    const notice = readFileSync('NOTICE', 'utf8');
    for (const name of used) {
      const meta = JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8')) as { version: string; license?: string };
      expect(notice, name).toContain(`${name} ${meta.version}`);
      const licence = meta.license ?? (readFileSync(join('node_modules', name, 'LICENSE'), 'utf8').includes('Open Database License') ? 'ODbL' : '?');
      const entry = notice.slice(notice.indexOf(`${name} ${meta.version}`)).split('\n\n')[0]!;
      expect(entry, name).toContain(licence.replace('-1.0', ''));
    }
    expect(notice).toContain('SimpleMaps');
    expect(notice).toContain('GeoNames');
    expect(pkg.files).toContain('NOTICE');
  });
});

describe('a quiet npm ci', () => {
  test('the lexicon build prints nothing (sizes only with --verbose)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsclaims-lexicon-'));
    try {
      const lexicon = join(dir, 'lexicon');
      mkdirSync(lexicon);
      for (const f of readdirSync('src/lexicon').filter((f) => f.endsWith('.txt') || f === 'build.mjs')) copyFileSync(join('src/lexicon', f), join(lexicon, f));
      symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
      const quiet = spawnSync(process.execPath, [join(lexicon, 'build.mjs')], { encoding: 'utf8' });
      expect(quiet.status).toBe(0);
      expect(quiet.stdout + quiet.stderr).toBe('');
      expect(existsSync(join(lexicon, 'generated', 'lexicon.ts'))).toBe(true);
      const verbose = spawnSync(process.execPath, [join(lexicon, 'build.mjs'), '--verbose'], { encoding: 'utf8' });
      expect(verbose.stderr).toMatch(/^lexicon: countries +\d+$/m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  test('every dependency with an install script is covered by allowScripts (npm 11 warns about the others)', () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { version?: string; hasInstallScript?: boolean }> };
    const withScripts = Object.entries(lock.packages)
      .filter(([path, p]) => path !== '' && p.hasInstallScript)
      .map(([path, p]) => ({ name: path.replace(/^.*node_modules\//, ''), version: p.version }));
    expect(withScripts.length).toBeGreaterThan(0);
    const allowed = Object.keys(pkg.allowScripts ?? {});
    for (const { name, version } of withScripts) expect(allowed.some((key) => key === name || key === `${name}@${version}`), name).toBe(true);
  });
});

describe('the library', () => {
  const PAGE = '<!doctype html><html><head><title>T</title></head><body><nav>Home</nav><article><p>Angela Merkel visited Paris on Monday.</p></article></body></html>';

  test('exports HTML input', async () => {
    expect(library.looksLikeHtml(PAGE)).toBe(true);
    const e = await library.extractHtml(PAGE, { source: 'page', includeText: true });
    expect(e).toMatchObject({ source: 'page', textSource: 'html-extracted' });
    expect(e.people.map((p) => p.name)).toContain('Angela Merkel');
    expect((await library.htmlToText(PAGE)).text).toContain('Angela Merkel visited Paris');
  });

  test('exports the reporters: the registry, the renderers and printable', () => {
    const e = library.extract('Angela Merkel visited Paris.', { source: 'a', includeText: true });
    expect(library.FORMAT_NAMES).toEqual(['json', 'jsonl', 'table', 'highlight', 'html']);
    expect(library.findReporter('table')!.create({ color: false, many: false, width: 80 }).item(e, 0)).toContain('Angela Merkel');
    expect(library.renderTable).toBeTypeOf('function');
    expect(library.renderHighlight(e, e.text!, { color: false, width: 80 })).toContain('[Angela Merkel|PER]');
    expect(library.renderHtmlReport(e, e.text!)).toContain('<!doctype html>');
    expect(library.printable('\u001b[2J')).toBe('\u241b[2J');
  });
});

describe('the README', () => {
  test('documents every option of newsclaims and newsclaims check', async () => {
    for (const args of [['--help'], ['check', '--help']]) {
      const help = (await runCli(args)).stdout;
      const options = [...new Set([...help.matchAll(/(?<![\w-])--[a-z][a-z-]+/g)].map((m) => m[0]))];
      expect(options.length).toBeGreaterThan(3);
      const missing = options.filter((o) => !README.includes(`\`${o}`) && !README.includes(`, ${o}\``));
      expect(missing, `${args.join(' ')}: not in the README`).toEqual([]);
    }
  });

  test('documents every library option and export, and says the package is ESM', () => {
    const library_ = section('## Use as a library');
    const types = readFileSync('src/types.ts', 'utf8');
    const body = /export interface ExtractOptions \{([\s\S]*?)\n\}/.exec(types)![1]!;
    const keys = [...body.matchAll(/^ {2}(\w+)\??:/gm)].map((m) => m[1]!);
    expect(keys).toContain('maxChars');
    for (const key of keys) expect(library_, key).toContain(`\`${key}\``);
    for (const name of Object.keys(library).filter((n) => n !== 'default')) expect(library_, name).toContain(name);
    expect(library_).toMatch(/\bESM\b/);
    expect(library_).toContain("import { extract } from 'newsclaims'");
  });

  test('shows the reference article\'s table as the CLI prints it today', async () => {
    const command = '$ COLUMNS=100 newsclaims fixtures/korea-us-talks.txt -f table --no-color\n';
    const start = README.indexOf(command);
    expect(start, 'README has no table of the reference article').toBeGreaterThanOrEqual(0);
    const shown = README.slice(start + command.length, README.indexOf('```', start));
    const printed = (await runCli(['fixtures/korea-us-talks.txt', '-f', 'table', '--no-color'], '', { env: { COLUMNS: '100' } })).stdout;
    expect(shown).toBe(printed);
  });

  test('says how long npm test takes', () => {
    expect(section('## Development')).toMatch(/`npm test`: [^\n]*\babout \d+ (s|seconds|min|minutes)\b/);
  });
});
