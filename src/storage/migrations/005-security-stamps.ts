import { type Kysely, sql } from 'kysely';

// SPEC §2.11: sessions and sign-ins in progress carry the security stamp they were issued under and
// die when it changes; an enrollment is bound to the session or sign-in flow that started it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sessions').addColumn('security_stamp', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await sql`UPDATE sessions SET security_stamp = (SELECT security_stamp FROM users WHERE users.id = sessions.user_id)`.execute(db);

  await db.schema.alterTable('sign_in_flows').addColumn('security_stamp', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await sql`UPDATE sign_in_flows SET security_stamp = (SELECT security_stamp FROM users WHERE users.id = sign_in_flows.user_id)`.execute(db);
  // When this sign-in passed its second factor (a forced enrollment after it needs no new step-up).
  await db.schema.alterTable('sign_in_flows').addColumn('second_factor_at', 'bigint').execute();

  // `session:<id>`, `flow:<id>` or `basic:<user id>`: only that chain may verify and finish it.
  // Enrollments in progress from before the upgrade belong to nobody and simply expire.
  await db.schema.alterTable('mfa_enrollments').addColumn('bound_to', 'text', (c) => c.notNull().defaultTo('')).execute();
}
