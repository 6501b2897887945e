// Host-side administration: works without the server running, straight on the database. Every
// refusal is one sentence on stderr that says what to do; success is one line on stdout.
import { createInterface } from 'node:readline';
import type { Kysely } from 'kysely';
import type { Config } from '../config/config.js';
import type { CoreContext } from '../core/context.js';
import { resetUserMfa } from '../core/mfa/mfa-reset.js';
import { describePasswordProblem, type PasswordProblem } from '../core/passwords/password-policy.js';
import { isUserLocked } from '../core/throttling/throttling.js';
import { addUser, resetUserPassword, unlockUserByAdmin } from '../core/users/user-administration.js';
import { ROLES, type Role, type User } from '../core/users/user.js';
import { createCoreContext, createLogger } from '../server/gatehouse.js';
import { openDatabase } from '../storage/database.js';
import { openStore } from '../storage/kysely-store.js';
import { migrateToLatest } from '../storage/migrations/index.js';

export const USER_USAGE = 'gatehouse user add NAME --role admin|standard [--email E] | user list | user set-password NAME | user unlock NAME | user reset-mfa NAME';

export async function runMigrate(config: Config): Promise<number> {
  const { db, dialect, closeReader } = await openDatabase(config.databaseUrl);
  try {
    const applied = await migrateToLatest(db as unknown as Kysely<unknown>, dialect);
    console.log(applied.length ? `applied: ${applied.join(', ')}` : 'the database is up to date');
    return 0;
  } finally {
    await closeReader?.();
    await db.destroy();
  }
}

/** The password from stdin: typed at a prompt (not echoed), or piped. */
async function readPassword(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) {
    let text = '';
    for await (const chunk of process.stdin) text += String(chunk);
    return text.replace(/\r?\n$/, '');
  }
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  const output = rl as unknown as { _writeToOutput: (s: string) => void };
  process.stderr.write(prompt);
  output._writeToOutput = () => {};
  const answer = await new Promise<string>((resolve) => rl.question('', resolve));
  rl.close();
  process.stderr.write('\n');
  return answer;
}

/** A failure reason of the core, as a sentence for the person at the terminal. */
function sentenceFor(ctx: CoreContext, name: string, failure: { reason: string; problem?: PasswordProblem }): string {
  switch (failure.reason) {
    case 'weak_password':
      return describePasswordProblem(failure.problem!, ctx.settings.passwordPolicy);
    case 'username_taken':
      return `A user named ${name} exists already (names are compared without regard to case). Choose another name.`;
    case 'invalid_username':
      return "The username may have 1 to 64 letters, digits, '.', '_', '-' or '@', and must start with a letter or digit.";
    case 'invalid_email':
      return 'The e-mail address is not valid: it needs a name, one @ and a domain, without spaces.';
    case 'not_found':
      return `There is no user named ${name}. "gatehouse user list" shows the users.`;
    default:
      return `Could not change ${name} (${failure.reason}).`;
  }
}

/** Users as a table: a header, then one aligned row each. */
async function listUsers(ctx: CoreContext): Promise<void> {
  const users = await ctx.store.listUsers();
  const rows = [['USERNAME', 'ROLE', 'EMAIL', 'DISABLED', 'LOCKED', 'MFA']];
  for (const user of users) {
    const locked = await isUserLocked(ctx, user);
    rows.push([user.username, user.role, user.email ?? '-', user.disabledAt ? 'yes' : 'no', locked ? 'yes' : 'no', user.mfaKinds.length > 0 ? user.mfaKinds.join('+') : 'off']);
  }
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const row of rows) console.log(row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  '));
  if (users.length === 0) console.log('(no users yet: "gatehouse serve" creates admin at first start, or use "gatehouse user add")');
}

export async function runUserCommand(config: Config, args: string[], options: { role?: string; email?: string }): Promise<number> {
  const [action, name] = args;
  if (action === 'add' && name && options.role === undefined) return fail('user add needs --role admin or --role standard.');
  if (action === 'add' && name && !(ROLES as readonly string[]).includes(options.role!)) return fail('--role must be admin or standard.');
  if (action !== 'list' && !(action && ['add', 'set-password', 'unlock', 'reset-mfa'].includes(action) && name)) return fail(`usage: ${USER_USAGE}`);
  const store = await openStore(config.databaseUrl);
  const ctx = createCoreContext(config, store, createLogger('silent'));
  const host = { user: null, client: { address: 'cli', userAgent: 'gatehouse-cli' } };
  try {
    if (action === 'list') {
      await listUsers(ctx);
      return 0;
    }
    if (action === 'add') {
      const result = await addUser(ctx, host, { username: name!, password: await readPassword(`Password for ${name}: `), role: options.role as Role, email: options.email ?? null });
      if (!result.ok) return fail(sentenceFor(ctx, name!, result));
      console.log(`added ${result.user.username} (${result.user.role})`);
      return 0;
    }
    const user = await store.findUserByUsername(name!);
    if (!user) return fail(sentenceFor(ctx, name!, { reason: 'not_found' }));
    return await changeUser(ctx, host, action, user);
  } finally {
    await store.close();
  }
}

async function changeUser(ctx: CoreContext, host: Parameters<typeof addUser>[1], action: string, user: User): Promise<number> {
  if (action === 'set-password') {
    const result = await resetUserPassword(ctx, host, user.id, await readPassword(`New password for ${user.username}: `));
    if (!result.ok) return fail(sentenceFor(ctx, user.username, result));
    console.log(`password set for ${user.username}; it must be changed at next sign-in`);
    return 0;
  }
  if (action === 'unlock') {
    await unlockUserByAdmin(ctx, host, user.id);
    console.log(`throttling and lockouts cleared for ${user.username}`);
    return 0;
  }
  if (user.mfaKinds.length === 0) {
    console.log(`${user.username} has no multifactor authentication: there was nothing to remove.`);
    return 0;
  }
  const result = await resetUserMfa(ctx, host, user.id);
  if (!result.ok) return fail(sentenceFor(ctx, user.username, result));
  console.log(`multifactor authentication removed for ${user.username}; their sessions ended`);
  return 0;
}

function fail(message: string): number {
  console.error(`gatehouse: ${message}`);
  return 1;
}
