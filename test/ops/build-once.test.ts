// Build once, start fast: `npm install` (prepare) and `npm start` (prestart) run
// `scripts/build.mjs --if-stale`, which builds a part only when one of its sources is newer than its
// last build. Run here on a small tree whose "compilers" only record that they ran.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';

const repository = join(import.meta.dirname, '..', '..');

/** A fake tool that records its name and writes the file the real one would. */
const fakeTool = (name: string, output: string, exitCode = 0) => `
const { appendFileSync, mkdirSync, writeFileSync } = require('node:fs');
appendFileSync('ran.log', '${name}\\n');
mkdirSync(require('node:path').dirname('${output}'), { recursive: true });
writeFileSync('${output}', '');
process.exit(${exitCode});
`;

describe('scripts/build.mjs --if-stale', () => {
  let tree: string;
  const write = (path: string, text = '') => {
    mkdirSync(dirname(join(tree, path)), { recursive: true });
    writeFileSync(join(tree, path), text);
  };
  /** Marks a file as saved now (its mtime, as an editor or `git pull` leaves it). */
  const touch = (path: string) => {
    const now = new Date();
    utimesSync(join(tree, path), now, now);
  };
  const installTools = (tscExitCode = 0) => {
    write('node_modules/typescript/package.json', '{"name":"typescript"}');
    write('node_modules/typescript/bin/tsc', fakeTool('tsc', 'dist/cli/main.js', tscExitCode));
    write('node_modules/vite/package.json', '{"name":"vite"}');
    write('node_modules/vite/bin/vite.js', fakeTool('vite', 'web/dist/index.html'));
  };
  const build = (...args: string[]) => {
    rmSync(join(tree, 'ran.log'), { force: true });
    const run = spawnSync(process.execPath, ['scripts/build.mjs', ...args], { cwd: tree, encoding: 'utf8' });
    let ran: string[] = [];
    try {
      ran = readFileSync(join(tree, 'ran.log'), 'utf8').split('\n').filter(Boolean);
    } catch {
      // nothing ran
    }
    return { status: run.status, stderr: run.stderr, ran };
  };

  before(() => {
    tree = mkdtempSync(join(tmpdir(), 'gatehouse-build-'));
    mkdirSync(join(tree, 'scripts'));
    copyFileSync(join(repository, 'scripts', 'build.mjs'), join(tree, 'scripts', 'build.mjs'));
    for (const path of ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'src/cli/main.ts', 'src/cli/main.test.ts', 'web/index.html', 'web/src/main.tsx']) write(path, '{}');
    installTools();
  });
  after(() => rmSync(tree, { recursive: true, force: true }));

  test('a fresh tree builds the server and the console, then a start builds nothing and says nothing', () => {
    const first = build('--if-stale');
    assert.equal(first.status, 0, first.stderr);
    assert.deepEqual(first.ran, ['tsc', 'vite']);
    assert.match(first.stderr, /building the server \(dist\/cli\/main\.js has not been built\)/);
    const second = build('--if-stale');
    assert.deepEqual(second, { status: 0, stderr: '', ran: [] });
  });

  test('a changed source rebuilds only its part; a changed test file rebuilds nothing', () => {
    touch('src/cli/main.ts');
    const server = build('--if-stale');
    assert.deepEqual(server.ran, ['tsc']);
    assert.match(server.stderr, /building the server \(src changed since the last build\)/);
    touch('src/cli/main.test.ts');
    assert.deepEqual(build('--if-stale').ran, []);
    touch('web/src/main.tsx');
    assert.deepEqual(build('--if-stale').ran, ['vite']);
    touch('package-lock.json');
    assert.deepEqual(build('--if-stale').ran, ['vite'], 'new libraries are bundled into the console');
  });

  test('deleted output is built again, and without a flag both parts are always built', () => {
    rmSync(join(tree, 'web', 'dist'), { recursive: true });
    assert.deepEqual(build('--if-stale').ran, ['vite']);
    assert.deepEqual(build().ran, ['tsc', 'vite']);
  });

  test('a failed build leaves its part stale, and a stale part without the build tools stops with what to do', () => {
    installTools(2);
    touch('src/cli/main.ts');
    const failed = build('--if-stale');
    assert.equal(failed.status, 2);
    assert.match(failed.stderr, /building the server failed; see the messages above/);
    installTools(0);
    assert.deepEqual(build('--if-stale').ran, ['tsc'], 'still stale after the failure');

    rmSync(join(tree, 'node_modules', 'typescript'), { recursive: true });
    touch('src/cli/main.ts');
    const missing = build('--if-stale');
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /the server must be built \(src changed since the last build\), but typescript is not installed\. Run `npm ci`/);
  });
});
