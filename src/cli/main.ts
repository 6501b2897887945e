#!/usr/bin/env -S node --max-semi-space-size=4 --heap-growing-percent=30
// The `gatehouse` command: serve, migrate, housekeeping, keys, and user administration on the host.
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config/config.js';
import { runHousekeeping } from './housekeeping-command.js';
import { runAuditCommand } from './audit-commands.js';
import { runReencryptSecrets, runRotateSecretKey } from './key-commands.js';
import { runServe } from './serve-command.js';
import { runMigrate, runUserCommand } from './user-commands.js';

const USAGE = `usage: gatehouse <command>
  serve                                      run the server
  migrate                                    apply database migrations and exit
  user add NAME --role admin|standard [--email E]   add a user (password from stdin)
  user list                                  list users
  user set-password NAME                     set a password (from stdin); must be changed at next sign-in
  user unlock NAME                           clear a user's throttling and lockouts
  user reset-mfa NAME                        remove a user's MFA (break-glass for a locked-out admin)
  housekeeping                               delete expired rows now (the server does it every 10 minutes)
  rotate-secret-key [--force]                new server key (key file mode); secrets re-encrypted.
                                             Stop the servers first: it refuses while one runs
  reencrypt-secrets [--force]                re-encrypt stored secrets under the current key; refuses
                                             while a server holds another key
  audit verify [--public-key FILE]           verify the audit chain and its signed checkpoints
                                             (exit 0 intact, 1 broken, 2 error)
  audit public-key                           print the public key that checks the checkpoints`;

const KNOWN_COMMANDS = new Set(['serve', 'migrate', 'user', 'rotate-secret-key', 'reencrypt-secrets', 'housekeeping', 'audit']);

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { role: { type: 'string' }, email: { type: 'string' }, force: { type: 'boolean' }, 'public-key': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const [command, ...rest] = positionals;
  // No command: say what there is, rather than start a second server by accident.
  if (values.help || command === undefined || command === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (!KNOWN_COMMANDS.has(command)) {
    console.error(`gatehouse: there is no command "${command}".\n${USAGE}`);
    return 2;
  }
  const config = loadConfig();
  switch (command) {
    case 'serve':
      return runServe(config);
    case 'migrate':
      return runMigrate(config);
    case 'user':
      return runUserCommand(config, rest, values);
    case 'housekeeping':
      return runHousekeeping(config);
    case 'rotate-secret-key':
      return runRotateSecretKey(config, { force: values.force });
    case 'reencrypt-secrets':
      return runReencryptSecrets(config, { force: values.force });
    case 'audit':
      return runAuditCommand(config, rest, { publicKey: values['public-key'] });
    default:
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // One clear line for a bad setting; a stack only for the unexpected.
    if (error instanceof ConfigError || (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      console.error(`gatehouse: ${(error as Error).message}`);
    } else {
      console.error('gatehouse:', error);
    }
    process.exitCode = 2;
  },
);
