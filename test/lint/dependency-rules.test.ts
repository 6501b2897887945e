// The layer arrows are only as good as the rules that check them: run dependency-cruiser with the
// project's own .dependency-cruiser.cjs on fixtures that break each arrow, and on some that keep
// them, and expect exactly the breaking imports to be reported.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const fixtures = join(import.meta.dirname, 'fixtures');
const depcruiseBin = join(root, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');

interface Violation {
  rule: string;
  from: string;
  to: string;
}

/** Runs the cruise the way `npm run lint` does: the `err` reporter, whose exit code counts errors. */
function cruiseFixtures(): { status: number | null; output: string; violations: Violation[] } {
  // The fixtures folder is the working directory, so its paths read src/core/… as the rules expect.
  const result = spawnSync(
    process.execPath,
    [depcruiseBin, '--config', join(root, '.dependency-cruiser.cjs'), '--output-type', 'err', 'src', 'web'],
    { cwd: fixtures, encoding: 'utf8', timeout: 60_000 },
  );
  const output = `${result.stdout}${result.stderr}`;
  // "  error rule-name: from → to" (a cycle continues on the next lines; its first hop is enough).
  const violations = [...output.matchAll(/^\s*error (\S+): (\S+) →\s+(\S+)/gm)].map(([, rule = '', from = '', to = '']) => ({ rule, from, to }));
  return { status: result.status, output, violations };
}

/** "rule: from → to", with node_modules paths shortened to the package name. */
function describeViolation({ rule, from, to }: Violation): string {
  const packageName = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(to)?.[1];
  return `${rule}: ${from} → ${packageName ?? to}`;
}

describe('dependency rules (.dependency-cruiser.cjs)', () => {
  const { status, output, violations } = cruiseFixtures();
  const reported = violations.map(describeViolation);

  test('a cruise over breaking fixtures exits non-zero, as `npm run lint` would', () => {
    assert.notEqual(status, 0, output);
    assert.ok(status !== null && status >= violations.length, output);
  });

  const mustBeReported = [
    'core-depends-on-no-outer-layer: src/core/bad.ts → src/storage/thing.ts',
    'core-imports-no-framework-driver-or-mailer: src/core/bad.ts → kysely',
    'core-imports-no-framework-driver-or-mailer: src/core/bad.ts → fastify',
    'storage-depends-only-on-core: src/storage/reaches-up.ts → src/server/app.ts',
    'mail-depends-only-on-core: src/mail/mailer.ts → src/storage/thing.ts',
    'server-does-not-depend-on-cli: src/server/app.ts → src/cli/main.ts',
    'config-depends-on-nothing-of-ours: src/config/config.ts → src/core/good.ts',
    'web-talks-to-the-server-only-over-http: web/main.ts → src/core/good.ts',
  ];
  for (const expected of mustBeReported) {
    test(`reports ${expected}`, () => {
      assert.ok(reported.includes(expected), `not reported; got:\n${reported.join('\n')}`);
    });
  }

  test('a cycle is reported', () => {
    assert.ok(reported.some((line) => line.startsWith('no-circular:')), reported.join('\n'));
  });

  test('imports that keep the arrows are not reported, tests included', () => {
    const keepers = ['src/core/good.ts', 'src/core/bad.test.ts', 'src/storage/thing.ts'];
    const wronglyReported = violations.filter((v) => keepers.includes(v.from));
    assert.deepEqual(wronglyReported.map(describeViolation), []);
  });
});
