/**
 * Issue 17, item 8: the README's recipe for running `newsclaims check` in another
 * repository's CI, run as written from a scratch project: pack newsclaims into a
 * tarball, add it as a dev dependency (the README's commands), then run the
 * workflow's `run:` steps (`npm ci`, `npx newsclaims check ...`). npm works from
 * its cache when it can and asks the registry only for what the cache lacks; the
 * test is skipped only when npm is missing or the registry cannot be reached for
 * something the cache lacks.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const README = readFileSync('README.md', 'utf8');
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const TARBALL = `newsclaims-${pkg.version}.tgz`;
const dir = mkdtempSync(join(tmpdir(), 'newsclaims-recipe-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The shell lines of the README block that follows `marker`. */
function block(marker: string): string[] {
  const at = README.indexOf(marker);
  expect(at, `README has no "${marker}"`).toBeGreaterThanOrEqual(0);
  const start = README.indexOf('```', at);
  const body = README.slice(README.indexOf('\n', start) + 1, README.indexOf('\n```', start));
  return body.split('\n');
}

/** The commands of the README's "add it to your repository" block (comments and blank lines dropped). */
const installSteps = () => block('<!-- recipe: install -->').filter((l) => l.trim() !== '' && !l.trim().startsWith('#')).map((l) => l.replace(/\s+#.*$/, ''));
/** The `- run:` steps of the README's workflow. */
const workflowSteps = () => block('<!-- recipe: workflow -->').flatMap((l) => /^\s*- run: (.+)$/.exec(l)?.[1] ?? []);

const hasNpm = spawnSync('npm', ['--version'], { encoding: 'utf8' }).status === 0;
const NETWORK = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|ENOTCACHED/;

function sh(command: string, cwd: string) {
  // Prefer the cache, as a CI runner with a warm npm cache would.
  const env = { ...process.env, npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
  return spawnSync('bash', ['-c', command], { cwd, env, encoding: 'utf8', timeout: 240_000 });
}

describe.skipIf(!hasNpm)("the README's CI recipe, from a scratch project", () => {
  test('install from a tarball, npm ci, npx newsclaims check: passes, then fails with a line annotation', (ctx) => {
    // 1. In the clone (dist/ is built by the test setup): pack without running prepare again.
    const pack = execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', dir, '--json'], { encoding: 'utf8' });
    const files = (JSON.parse(pack) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'NOTICE', 'bin/newsclaims.js', 'dist/index.js', 'src/schema.json']));
    // 2. A scratch repository with one fixture article and its expectations.
    const project = join(dir, 'project');
    mkdirSync(join(project, 'fixtures'), { recursive: true });
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'scratch', private: true }, null, 2));
    const text = 'PARIS -- Angela Merkel met Emmanuel Macron on Tuesday.\n\nMacron said the talks had been "very productive".\n';
    writeFileSync(join(project, 'fixtures', 'meeting.txt'), text);
    writeFileSync(join(project, 'fixtures', 'meeting.expect.json'), JSON.stringify({ people: ['Angela Merkel'] }));
    // 3. The README's install commands, with the clone's path standing for ../newsclaims.
    for (const step of installSteps()) {
      const r = sh(step.replaceAll('../newsclaims/', `${dir}/`), project);
      if (r.status !== 0 && NETWORK.test(r.stderr)) ctx.skip(`npm could not reach the registry for a package not in its cache: ${step}`);
      expect(r.status, `${step}\n${r.stderr}`).toBe(0);
    }
    // 4. The workflow's steps, as CI runs them.
    const steps = workflowSteps();
    expect(steps[0]).toBe('npm ci');
    expect(steps.at(-1)).toMatch(/^npx newsclaims check /);
    let last = sh('true', project);
    for (const step of steps) {
      last = sh(step, project);
      if (last.status !== 0 && NETWORK.test(last.stderr)) ctx.skip(`npm could not reach the registry: ${step}`);
      if (step === 'npm ci') {
        expect(last.status, last.stderr).toBe(0);
        expect(last.stderr).not.toMatch(/install-scripts|\bwarn\b/);
      }
    }
    expect(last.stderr).toBe('');
    expect(last.stdout).toMatch(/newsclaims check: 1 article, 1 passed, 0 failed\n$/);
    expect(last.status).toBe(0);
    // 5. A failing expectation: exit 1 and an annotation at the line and column of the text.
    writeFileSync(join(project, 'fixtures', 'meeting.expect.json'), JSON.stringify({ absent: { people: ['Macron'] } }));
    const failing = sh(steps.at(-1)!, project);
    expect(failing.status).toBe(1);
    expect(failing.stdout).toContain('::error file=fixtures/meeting.txt,line=3,col=1,title=newsclaims check::+ people: "Macron" found, expected absent');
    // 6. The package as a library: ESM, HTML input, the schema export.
    const code = [
      "import { extractHtml, findReporter } from 'newsclaims';",
      "import schema from 'newsclaims/schema.json' with { type: 'json' };",
      "const e = await extractHtml('<p>Angela Merkel visited Paris.</p>');",
      'console.log(e.people[0].name, typeof findReporter, schema.$id);',
    ].join('\n');
    const lib = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: project, encoding: 'utf8' });
    expect(lib.stderr).toBe('');
    expect(lib.stdout.trim()).toMatch(/^Angela Merkel function urn:/);
  }, 300_000);
});

test("the README's recipe names the tarball npm pack writes for this version", () => {
  expect(installSteps().join('\n')).toContain(TARBALL);
});
