// First start (SPEC 2.1): with no user at all, create `admin` with GATEHOUSE_ADMIN_PASSWORD or a
// generated password that the caller prints once. A generated password must be changed at first sign-in.
import type { CoreContext } from '../context.js';
import { generatePassword } from '../passwords/generated-password.js';
import { addUser } from './user-administration.js';

export type FirstAdminResult =
  | { created: false }
  | { created: true; username: string; generatedPassword: string | null }
  | { created: false; problem: string };

export async function ensureFirstAdmin(ctx: CoreContext, adminPassword: string | undefined): Promise<FirstAdminResult> {
  if ((await ctx.store.countUsers()) > 0) return { created: false };
  const password = adminPassword ?? generatePassword();
  const added = await addUser(ctx, { user: null, client: null }, { username: 'admin', password, role: 'admin', mustChangePassword: adminPassword === undefined });
  if (added.ok) return { created: true, username: 'admin', generatedPassword: adminPassword === undefined ? password : null };
  // Another instance sharing the database created it first.
  if (added.reason === 'username_taken') return { created: false };
  return { created: false, problem: added.reason === 'weak_password' ? `GATEHOUSE_ADMIN_PASSWORD is too weak (${added.problem})` : added.reason };
}
