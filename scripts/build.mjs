#!/usr/bin/env node
// Builds the server (tsc → dist/) and the console (Vite → web/dist/).
//
//   node scripts/build.mjs              build both (npm run build)
//   node scripts/build.mjs --if-stale   build only a part whose sources changed since it was last
//                                       built, else nothing (npm install's `prepare`, npm start)
//
// "Changed" is make's rule: a source file (or a build setting) newer than the stamp this script
// writes after a successful build. Checking costs a few milliseconds, so `npm start` starts at once
// on a built tree; a fresh clone, a `git pull` or an edit rebuilds just what it must.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(join(root, 'package.json'));

/**
 * Each part: what it is built from, the file it must have made, its stamp (in dist/, so that no
 * stamp is ever served from web/dist/), and the tool that builds it.
 */
const parts = [
  {
    name: 'server',
    sources: ['src', 'tsconfig.json', 'tsconfig.build.json'],
    ignore: (path) => path.endsWith('.test.ts'),
    output: 'dist/cli/main.js',
    stamp: 'dist/.built-server',
    tool: ['typescript/bin/tsc', ['-p', 'tsconfig.build.json']],
  },
  {
    name: 'console',
    // The bundle holds React and the other libraries: a new lock file may change it.
    sources: ['web/src', 'web/public', 'web/index.html', 'web/vite.config.ts', 'web/tsconfig.json', 'package-lock.json'],
    ignore: () => false,
    output: 'web/dist/index.html',
    stamp: 'dist/.built-console',
    tool: ['vite/bin/vite.js', ['build', '--config', 'web/vite.config.ts', '--logLevel', 'warn']],
  },
];

/** The newest modification time among the files below `path` (0 when it does not exist). */
function newestModification(path, ignore) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return ignore(path) ? 0 : stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestModification(join(path, name), ignore)), 0);
}

/** Why the part must be built, or null when its stamp is newer than every source. */
function staleness(part) {
  const stamp = join(root, part.stamp);
  if (!existsSync(stamp) || !existsSync(join(root, part.output))) return `${part.output} has not been built`;
  const builtAt = statSync(stamp).mtimeMs;
  const changed = part.sources.find((source) => newestModification(join(root, source), part.ignore) > builtAt);
  return changed ? `${changed} changed since the last build` : null;
}

function build(part, why) {
  const [script, args] = part.tool;
  const [packageName, ...pathInPackage] = script.split('/');
  let tool;
  try {
    tool = join(dirname(require.resolve(`${packageName}/package.json`)), ...pathInPackage);
  } catch {
    console.error(
      `gatehouse: the ${part.name} must be built (${why}), but ${packageName} is not installed. ` +
        'Run `npm ci` (with the development dependencies), or build where they are and copy dist/ and web/dist/.',
    );
    process.exit(1);
  }
  console.error(`gatehouse: building the ${part.name} (${why})`);
  // The stamp carries the time the build started: a file saved during the build counts as newer.
  const startedAt = new Date();
  const result = spawnSync(process.execPath, [tool, ...args], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`gatehouse: building the ${part.name} failed; see the messages above`);
    process.exit(result.status ?? 1);
  }
  mkdirSync(dirname(join(root, part.stamp)), { recursive: true });
  writeFileSync(join(root, part.stamp), `${startedAt.toISOString()}\n`);
  utimesSync(join(root, part.stamp), startedAt, startedAt);
}

const onlyIfStale = process.argv.includes('--if-stale');
for (const part of parts) {
  const why = onlyIfStale ? staleness(part) : 'asked for';
  if (why) build(part, why);
}
