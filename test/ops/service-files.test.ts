// The service files of docs/operations.md: the systemd unit checked by `systemd-analyze verify` (where
// systemd is installed; REQUIRE_SYSTEMD=1, as CI sets, makes its absence a failure) and the
// Dockerfile by dockerfile-utils' linter, then both read for what an operator relies on.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { DockerfileParser } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';

const root = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
/** The Node flags of `npm start`: every way of starting Gatehouse passes the same. */
const startFlags = (JSON.parse(read('package.json')) as { scripts: { start: string } }).scripts.start.split(' ').filter((part) => part.startsWith('--'));

function systemdAnalyzeMissing(): string | undefined {
  if (spawnSync('systemd-analyze', ['--version']).status === 0) return undefined;
  const reason = 'systemd-analyze is not installed (apt-get install systemd; set REQUIRE_SYSTEMD=1 to require it)';
  if (process.env.REQUIRE_SYSTEMD === '1') throw new Error(`REQUIRE_SYSTEMD=1 but ${reason}`);
  return reason;
}

describe('docs/gatehouse.service', () => {
  const unit = read('docs/gatehouse.service');
  const settings = (key: string) => [...unit.matchAll(new RegExp(`^${key}=(.*)$`, 'gm'))].map((match) => match[1]!);

  test('systemd-analyze verify finds nothing to say about the unit', { skip: systemdAnalyzeMissing() }, () => {
    // The unit names /usr/bin/node; verify checks that the program exists, so it is given this one.
    const folder = mkdtempSync(join(tmpdir(), 'gatehouse-unit-'));
    try {
      const copy = join(folder, 'gatehouse.service');
      writeFileSync(copy, unit.replace(/^ExecStart=\/usr\/bin\/node /m, `ExecStart=${process.execPath} `));
      const verified = spawnSync('systemd-analyze', ['verify', copy], { encoding: 'utf8' });
      assert.equal(verified.status, 0, verified.stderr);
      assert.equal(verified.stderr.trim(), '', 'no warning either (an unknown key or a bad value is only a warning)');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test('it runs as its own user with a private state directory, a read-only system and no new privileges', () => {
    assert.deepEqual(settings('User'), ['gatehouse']);
    assert.deepEqual(settings('StateDirectory'), ['gatehouse']);
    assert.deepEqual(settings('StateDirectoryMode'), ['0700']);
    assert.ok(settings('Environment').includes('GATEHOUSE_DATA_DIR=/var/lib/gatehouse'), 'the data folder is the state directory');
    assert.deepEqual(settings('ProtectSystem'), ['strict']);
    assert.deepEqual(settings('NoNewPrivileges'), ['yes']);
    assert.deepEqual(settings('CapabilityBoundingSet'), ['']);
  });

  test('it restarts on failure and stops with SIGTERM, waiting longer than the server drains requests', () => {
    assert.deepEqual(settings('Restart'), ['on-failure']);
    assert.deepEqual(settings('KillSignal'), ['SIGTERM']);
    const drain = Number(/SHUTDOWN_DEADLINE_IN_MILLISECONDS = ([\d_]+)/.exec(read('src/cli/serve-command.ts'))![1]!.replace(/_/g, '')) / 1000;
    assert.ok(Number(settings('TimeoutStopSec')[0]) > drain, `TimeoutStopSec outlasts the ${drain} s drain`);
  });

  test('it starts node directly on the built server with the flags of npm start', () => {
    const [execStart] = settings('ExecStart');
    assert.deepEqual(execStart?.split(' ').filter((part) => part.startsWith('--')), startFlags);
    assert.match(execStart!, / \/opt\/gatehouse\/dist\/cli\/main\.js serve$/);
  });
});

describe('Dockerfile', () => {
  const text = read('Dockerfile');
  const dockerfile = DockerfileParser.parse(text);
  const instructions = dockerfile.getInstructions();
  const finalStage = dockerfile.getFROMs().at(-1)!;
  /** Instructions of the final stage, by keyword. */
  const final = (keyword: string) => instructions.filter((i) => i.getKeyword() === keyword && i.getRange().start.line > finalStage.getRange().start.line);

  test('the linter finds no problem', () => {
    assert.deepEqual(validate(text).map((d) => `line ${d.range.start.line + 1}: ${typeof d.message === 'string' ? d.message : d.message.value}`), []);
  });

  test('it is multi-stage: built in one stage, run from another on the same image', () => {
    const froms = dockerfile.getFROMs();
    assert.ok(froms.length >= 2, 'two stages at least');
    assert.equal(froms[0]!.getBuildStage(), 'build');
    // better-sqlite3 is compiled in the build stage: the runtime must be the same Node and libc.
    assert.equal(finalStage.getImage(), froms[0]!.getImage());
    const copiedFromBuild = final('COPY').map((i) => i.getArguments().map((a) => a.getValue()).join(' '));
    for (const path of ['/app/dist', '/app/web/dist', '/app/node_modules']) assert.ok(copiedFromBuild.some((c) => c.startsWith(`${path} `)), `${path} comes from the build stage`);
    assert.ok(final('COPY').every((i) => /--from=build/.test(i.getTextContent())), 'nothing else enters the runtime stage');
  });

  test('it runs as a user other than root, with the data folder on a volume', () => {
    const users = final('USER').map((i) => i.getArguments()[0]!.getValue());
    assert.ok(users.length > 0 && !['root', '0'].includes(users.at(-1)!), `runs as ${users.at(-1)}`);
    const dataDir = /GATEHOUSE_DATA_DIR=(\S+)/.exec(final('ENV').map((i) => i.getTextContent()).join(' '))?.[1];
    assert.equal(dataDir, '/var/lib/gatehouse');
    assert.ok(final('VOLUME').some((i) => i.getTextContent().includes(`"${dataDir}"`)), 'the data folder is a volume');
  });

  test('its health check asks /readyz, and it stops with SIGTERM sent to node itself', () => {
    const [healthcheck] = final('HEALTHCHECK');
    assert.match(healthcheck!.getTextContent(), /\/readyz/);
    assert.deepEqual(final('STOPSIGNAL').map((i) => i.getArguments()[0]!.getValue()), ['SIGTERM']);
    const cmd = JSON.parse(final('CMD').at(-1)!.getTextContent().replace(/^CMD\s+/, '')) as string[];
    assert.deepEqual(cmd, ['node', ...startFlags, 'dist/cli/main.js', 'serve']);
  });

  test('what it copies from the build context exists, and .dockerignore keeps local state out', () => {
    for (const copy of instructions.filter((i) => i.getKeyword() === 'COPY' && !/--from=/.test(i.getTextContent()))) {
      for (const source of copy.getArguments().slice(0, -1)) assert.ok(existsSync(join(root, source.getValue())), `${source.getValue()} exists`);
    }
    const ignored = read('.dockerignore').split('\n');
    for (const path of ['.git', 'node_modules', 'dist', 'web/dist', 'data']) assert.ok(ignored.includes(path), `${path} is ignored`);
  });
});
