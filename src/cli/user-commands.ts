// Host-side administration: works without the server running, straight on the database.
import { createInterface } from 'node:readline';
import type { Config } from '../config/config.js';
import { describePasswordProblem } from '../core/passwords/password-policy.js';
import { resetUserMfa } from '../core/mfa/mfa-reset.js';
import { addUser, resetUserPassword, unlockUserByAdmin } from '../core/users/user-administration.js';
import { ROLES, type Role } from '../core/users/user.js';
import { createCoreContext, createLogger } from '../server/gatehouse.js';
import { openDatabase } from '../storage/database.js';
import { openStore } from '../storage/kysely-store.js';
import { migrateToLatest } from '../storage/migrations/index.js';
import type { Kysely } from 'kysely';

export async function runMigrate(config: Config): Promise<number> {
  const { db, dialect, closeReader } = await openDatabase(config.databaseUrl);
  try {
    const applied = await migrateToLatest(db as unknown as Kysely<unknown>, dialect);
    console.log(applied.length ? `applied: ${applied.join(', ')}` : 'the database is up to date');
    return 0;
  } finally {
    closeReader?.();
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

export async function runUserCommand(config: Config, args: string[], options: { role?: string; email?: string }): Promise<number> {
  const [action, name] = args;
  const store = await openStore(config.databaseUrl);
  const ctx = createCoreContext(config, store, createLogger('silent'));
  const host = { user: null, client: { address: 'cli', userAgent: 'gatehouse-cli' } };
  try {
    if (action === 'list') {
      for (const user of await store.listUsers()) {
        const flags = [user.role, user.disabledAt ? 'disabled' : null, user.mfaKinds.length > 0 ? `mfa:${user.mfaKinds.join('+')}` : null].filter(Boolean);
        console.log(`${user.username}\t${user.email ?? '-'}\t${flags.join(',')}`);
      }
      return 0;
    }
    if (action === 'add' && name) {
      const role = (options.role ?? 'standard') as Role;
      if (!ROLES.includes(role)) return fail('--role must be admin or standard');
      const result = await addUser(ctx, host, { username: name, password: await readPassword(`Password for ${name}: `), role, email: options.email ?? null });
      if (!result.ok) return fail(result.reason === 'weak_password' ? describePasswordProblem(result.problem, ctx.settings.passwordPolicy) : result.reason);
      console.log(`added ${result.user.username} (${result.user.role})`);
      return 0;
    }
    if (action === 'set-password' && name) {
      const user = await store.findUserByUsername(name);
      if (!user) return fail(`no user named ${name}`);
      const result = await resetUserPassword(ctx, host, user.id, await readPassword(`New password for ${name}: `));
      if (!result.ok) return fail(result.reason === 'weak_password' ? describePasswordProblem(result.problem, ctx.settings.passwordPolicy) : result.reason);
      console.log(`password set for ${user.username}; it must be changed at next sign-in`);
      return 0;
    }
    if (action === 'unlock' && name) {
      const user = await store.findUserByUsername(name);
      if (!user) return fail(`no user named ${name}`);
      await unlockUserByAdmin(ctx, host, user.id);
      console.log(`throttling and lockouts cleared for ${user.username}`);
      return 0;
    }
    if (action === 'reset-mfa' && name) {
      const user = await store.findUserByUsername(name);
      if (!user) return fail(`no user named ${name}`);
      const result = await resetUserMfa(ctx, host, user.id);
      if (!result.ok) return fail(result.reason);
      console.log(`multifactor authentication removed for ${user.username}; their sessions ended`);
      return 0;
    }
    return fail('usage: gatehouse user add NAME --role admin|standard [--email E] | user list | user set-password NAME | user unlock NAME | user reset-mfa NAME');
  } finally {
    await store.close();
  }
}

function fail(message: string): number {
  console.error(`gatehouse: ${message}`);
  return 1;
}
