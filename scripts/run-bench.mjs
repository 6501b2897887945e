#!/usr/bin/env node
// npm run bench [name…]: builds, then runs each benchmark in bench/ (or the named ones) in turn.
import { execSync, spawnSync } from 'node:child_process';

const all = ['request-throughput', 'request-floor', 'sign-in-throughput', 'memory', 'api-key-scale', 'start-to-ready', 'audit-chain'];
const chosen = process.argv.slice(2).length ? process.argv.slice(2) : all;
execSync('node scripts/build.mjs --if-stale', { stdio: 'inherit' });
let failed = false;
for (const name of chosen) {
  if (!all.includes(name)) throw new Error(`no benchmark named ${name} (${all.join(', ')})`);
  console.log(`\n## ${name}`);
  const run = spawnSync('node', ['--import', 'tsx', `bench/${name}.ts`], { stdio: 'inherit' });
  failed ||= run.status !== 0;
}
process.exit(failed ? 1 : 0);
