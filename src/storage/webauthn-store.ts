// Security keys and passkeys (SPEC 2.13): credentials and challenges. A challenge is consumed by one
// DELETE … RETURNING (the one caller that deleted it may verify the response to it, on any instance);
// a counter moves on by one conditional UPDATE (two uses of one hardware key cannot both pass).
import { type Kysely, type Selectable, sql } from 'kysely';
import type { AuthenticatorKind } from '../core/authenticators/authenticator.js';
import type { WebAuthnChallengePurpose, WebAuthnCredential, WebAuthnStore } from '../core/ports.js';
import type { Database, WebAuthnCredentialsTable } from './schema.js';
import { isUniqueViolation } from './unique-violation.js';

function toCredential(row: Selectable<WebAuthnCredentialsTable>): WebAuthnCredential {
  return {
    authenticatorId: row.authenticator_id,
    userId: row.user_id,
    credentialId: row.credential_id,
    publicKey: row.public_key,
    counter: Number(row.counter),
    transports: JSON.parse(row.transports) as string[],
    aaguid: row.aaguid,
    attestationFormat: row.attestation_format,
    backupEligible: row.backup_eligible === 1,
    backedUp: row.backed_up === 1,
    discoverable: row.discoverable === 1,
    userVerified: row.user_verified === 1,
    rpId: row.rp_id,
    lastUsedAddress: row.last_used_address,
  };
}

export function createWebAuthnStore(db: Kysely<Database>): WebAuthnStore {
  return {
    async saveWebAuthnChallenge(c) {
      await db
        .insertInto('webauthn_challenges')
        .values({ challenge: c.challenge, purpose: c.purpose, bound_to: c.boundTo, user_id: c.userId, created_at: c.createdAt, expires_at: c.expiresAt })
        .execute();
    },

    async consumeWebAuthnChallenge(challenge, purpose, boundTo, at) {
      // Single use, on every instance: only the request whose DELETE removed the row goes on.
      const row = await db
        .deleteFrom('webauthn_challenges')
        .where('challenge', '=', challenge)
        .where('purpose', '=', purpose)
        .where('bound_to', '=', boundTo)
        .where('expires_at', '>', at)
        .returningAll()
        .executeTakeFirst();
      if (!row) return null;
      return {
        challenge: row.challenge,
        purpose: row.purpose as WebAuthnChallengePurpose,
        boundTo: row.bound_to,
        userId: row.user_id,
        createdAt: Number(row.created_at),
        expiresAt: Number(row.expires_at),
      };
    },

    async saveWebAuthnCredential(c) {
      try {
        await db
          .insertInto('webauthn_credentials')
          .values({
            authenticator_id: c.authenticatorId,
            user_id: c.userId,
            credential_id: c.credentialId,
            public_key: c.publicKey,
            counter: c.counter,
            transports: JSON.stringify(c.transports),
            aaguid: c.aaguid,
            attestation_format: c.attestationFormat,
            backup_eligible: c.backupEligible ? 1 : 0,
            backed_up: c.backedUp ? 1 : 0,
            discoverable: c.discoverable ? 1 : 0,
            user_verified: c.userVerified ? 1 : 0,
            rp_id: c.rpId,
            last_used_address: null,
          })
          .execute();
        return true;
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },

    async listWebAuthnCredentials(userId) {
      const rows = await db
        .selectFrom('webauthn_credentials as w')
        .innerJoin('authenticators as a', 'a.id', 'w.authenticator_id')
        .selectAll('w')
        .where('w.user_id', '=', userId)
        .where('a.activated_at', 'is not', null)
        .orderBy('a.created_at')
        .execute();
      return rows.map(toCredential);
    },

    async findWebAuthnCredential(credentialId) {
      const row = await db
        .selectFrom('webauthn_credentials as w')
        .innerJoin('authenticators as a', 'a.id', 'w.authenticator_id')
        .selectAll('w')
        .select(['a.id', 'a.kind', 'a.name', 'a.created_at', 'a.last_used_at'])
        .where('w.credential_id', '=', credentialId)
        .where('a.activated_at', 'is not', null)
        .executeTakeFirst();
      if (!row) return null;
      return {
        credential: toCredential(row),
        authenticator: { id: row.id, userId: row.user_id, kind: row.kind as AuthenticatorKind, name: row.name, createdAt: Number(row.created_at), lastUsedAt: row.last_used_at === null ? null : Number(row.last_used_at) },
      };
    },

    recordWebAuthnAssertion(authenticatorId, input) {
      // One transaction (one commit): the counter and the authenticator's last use move together.
      return db.transaction().execute(async (trx) => {
        // A hardware key's counter must rise (a clone would repeat or lag it); a synced passkey may stay.
        const result = await trx
          .updateTable('webauthn_credentials')
          .set({ counter: sql<number>`CASE WHEN counter > ${input.counter} THEN counter ELSE ${input.counter} END`, backed_up: input.backedUp ? 1 : 0, last_used_address: input.address })
          .where('authenticator_id', '=', authenticatorId)
          .where((eb) => (input.counterMayStay ? eb.lit(true) : eb('counter', '<', input.counter)))
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) return false;
        await trx.updateTable('authenticators').set({ last_used_at: input.at }).where('id', '=', authenticatorId).execute();
        return true;
      });
    },

    async countWebAuthnCredentialsByRpId() {
      const rows = await db
        .selectFrom('webauthn_credentials')
        .select(['rp_id', (eb) => eb.fn.countAll<number>().as('n')])
        .groupBy('rp_id')
        .execute();
      return rows.map((r) => ({ rpId: r.rp_id, credentials: Number(r.n) }));
    },
  };
}
