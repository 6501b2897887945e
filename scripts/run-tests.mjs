#!/usr/bin/env node
// Runs every *.test.ts under src/ and test/ with Node's test runner (TypeScript through tsx).
//
//   node scripts/run-tests.mjs                  all tests
//   node scripts/run-tests.mjs storage totp     only files whose path contains "storage" or "totp"
//   node scripts/run-tests.mjs -- --test-name-pattern=replay   extra flags after -- go to node
//
// Folders named node_modules, dist or fixtures are not searched (fixtures hold deliberately bad code).
//
// The HTTP tests record every (operation, status) they see (test/helpers/answer-recorder.ts); an
// answer that /api/openapi.json does not list fails the run, listed after the summary.
//
// Node prints its own summary (ℹ tests / ℹ pass / ℹ fail) through the spec reporter; those lines,
// read from the output as it passes through, give one plain closing line,
// "N passed, N failed[, N skipped]". Exits non-zero if a test failed or none ran.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const searchRoots = ['src', 'test'];
const skippedFolders = new Set(['node_modules', 'dist', 'fixtures', '.git']);

/** Every *.test.ts below `folder`, as a path relative to the repository root with / separators. */
function findTestFiles(folder) {
  let entries;
  try {
    entries = readdirSync(join(root, folder), { withFileTypes: true });
  } catch (error) {
    if (error.code === 'ENOENT') return [];
    throw error;
  }
  return entries.flatMap((entry) => {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) return skippedFolders.has(entry.name) ? [] : findTestFiles(path);
    return entry.isFile() && entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/**
 * The counts from the spec reporter's closing lines ("ℹ pass 12"). They are read from the output
 * itself: with --test-force-exit a file reporter may not be flushed before the runner exits.
 */
function readSummary(text) {
  const count = (name) => {
    const matches = [...text.matchAll(new RegExp(`^ℹ ${name} (\\d+)$`, 'gm'))];
    const last = matches.at(-1);
    return last ? Number(last[1]) : null;
  };
  const tests = count('tests');
  if (tests === null) return null;
  return {
    tests,
    pass: count('pass') ?? 0,
    fail: count('fail') ?? 0,
    cancelled: count('cancelled') ?? 0,
    skipped: count('skipped') ?? 0,
    todo: count('todo') ?? 0,
  };
}

const dashDash = process.argv.indexOf('--');
const ourArgs = dashDash === -1 ? process.argv.slice(2) : process.argv.slice(2, dashDash);
const nodeArgs = dashDash === -1 ? [] : process.argv.slice(dashDash + 1);
const filters = ourArgs.map((filter) => filter.split(sep).join('/'));

const files = searchRoots
  .flatMap(findTestFiles)
  .filter((file) => filters.length === 0 || filters.some((filter) => file.includes(filter)))
  .sort();

if (files.length === 0) {
  console.error(filters.length ? `No test file matches ${filters.map((f) => `"${f}"`).join(' or ')}.` : 'No test files found.');
  console.log('0 passed, 0 failed');
  process.exit(1);
}

const args = [
  '--import',
  'tsx',
  '--test',
  '--test-concurrency=2',
  // A file whose tests are all done but that still holds a handle (a socket, a timer) is ended
  // rather than left to hang the run; what its tests reported stands.
  '--test-force-exit',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  ...nodeArgs,
  ...files,
];

const answersFolder = join(root, 'test-output', 'openapi-answers');
rmSync(answersFolder, { recursive: true, force: true });

/** Answers the tests saw that the OpenAPI document does not list, sorted, without repeats. */
function undocumentedAnswers() {
  let names;
  try {
    names = readdirSync(answersFolder);
  } catch {
    return [];
  }
  const missing = new Set();
  for (const name of names) {
    for (const { answer, documented } of JSON.parse(readFileSync(join(answersFolder, name), 'utf8'))) if (!documented) missing.add(answer);
  }
  return [...missing].sort();
}

console.log(`Running ${files.length} test file${files.length === 1 ? '' : 's'}${filters.length ? ` matching ${filters.join(', ')}` : ''}.`);
const child = spawn(process.execPath, args, { cwd: root, stdio: ['inherit', 'pipe', 'inherit'] });
// The output goes through as it comes; its last lines hold the summary.
let tail = '';
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  tail = (tail + chunk.toString()).slice(-20_000);
});

// Let Ctrl-C or a CI timeout reach the test runner, which then stops its own children.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}

child.on('error', (error) => {
  console.error(`Could not start the test runner: ${error.message}`);
  process.exit(1);
});

child.on('close', (code, signal) => {
  const summary = readSummary(tail);

  if (!summary) {
    console.error(`The test runner ended (${signal ?? `exit code ${code}`}) without a summary.`);
    console.log('0 passed, 1 failed');
    process.exit(code || 1);
  }

  const undocumented = undocumentedAnswers();
  if (undocumented.length > 0) {
    console.log('');
    console.log(`The OpenAPI document does not list ${undocumented.length} answer${undocumented.length === 1 ? '' : 's'} the tests saw (method, path, status):`);
    for (const answer of undocumented) console.log(`  ${answer}`);
  }
  // A cancelled test (timeout, a file that crashed before finishing) counts as a failure; so does
  // an answer the document does not list.
  const failed = summary.fail + summary.cancelled + (undocumented.length > 0 ? 1 : 0);
  const skipped = summary.skipped + summary.todo;
  console.log('');
  console.log(`${summary.pass} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);

  if (summary.tests === 0) {
    console.error('No test ran.');
    process.exit(1);
  }
  if (failed > 0 || code !== 0 || signal) process.exit(code || 1);
  process.exit(0);
});
