// One strategy per authenticator kind (STYLE.md; Kratos's shape): how one is added and verified,
// and how it answers a challenge. The sign-in, step-up and enrollment code asks the strategy of the
// authenticator at hand and never tests the kind itself. A new kind is one folder implementing this
// interface and one line in registry.ts.
import type { Client, CoreContext } from '../context.js';
import type { SendEmailCodeResult } from '../email-code/email-code-challenge.js';
import type { EmailCodeBinding, Factor, NewPendingAuthenticator } from '../ports.js';
import type { User } from '../users/user.js';
import type { Authenticator, AuthenticatorKind, PendingAuthenticator } from './authenticator.js';

/** What a user needs to set an authenticator up: a secret and its QR code, or where a code went. */
export interface SetupDetails {
  secret?: string;
  otpauthUri?: string;
  qrCodePng?: string;
  emailMasked?: string;
  resendAfterInSeconds?: number;
}

/**
 * `replayed`: an app code whose time step was used already (wait for the next one); `used`: a sent
 * code that was redeemed already (ask for a new one). Neither is a guess.
 */
export type CodeVerdict = 'ok' | 'wrong_code' | 'replayed' | 'used';

type SendFailure = Extract<SendEmailCodeResult, { ok: false }>;

export type BeginAddingResult = { ok: true; setup: SetupDetails } | SendFailure | { ok: false; reason: 'authenticator_limit_reached' };

export interface AuthenticatorStrategy {
  readonly kind: AuthenticatorKind;
  /** How many of this kind a user may hold (SPEC §2.12). */
  readonly maxPerUser: number;
  /** The name of the first one of this kind; later ones are numbered. */
  readonly defaultName: string;
  /** Codes go to the account's e-mail address: changing it re-binds this authenticator (a step-up). */
  readonly usesAccountEmail: boolean;
  /** Failures are counted per user per kind, so more authenticators of a kind give no more guesses. */
  readonly throttleFactor: Factor;
  /** Why this user cannot add one now (apart from the administrator's policy), or null. */
  whyUnavailable: (user: User) => 'email_address_required' | null;
  /** Stores the authenticator being added with this kind's data, and answers what the user needs to set it up. */
  beginAdding: (ctx: CoreContext, input: { user: User; pending: NewPendingAuthenticator; client: Client }) => Promise<BeginAddingResult>;
  /** Sends the setup code again, for kinds whose setup sends one. */
  resendSetup?: (ctx: CoreContext, input: { user: User; pending: PendingAuthenticator; client: Client }) => Promise<BeginAddingResult>;
  /**
   * Throws (UnreadableSecretError) when the server cannot use this authenticator's stored secret at
   * all. Asked before a failure is counted: the server's fault is never charged to the user.
   */
  assertReadable?: (ctx: CoreContext, authenticatorId: string) => Promise<void>;
  /** Checks the first code from the authenticator being added. */
  verifyAdding: (ctx: CoreContext, input: { user: User; pending: PendingAuthenticator; code: string }) => Promise<CodeVerdict>;
  /** Kinds whose codes are sent (e-mail) send one here, bound to what it is for; others have nothing to send. */
  sendChallenge?: (ctx: CoreContext, input: { user: User; binding: EmailCodeBinding; client: Client }) => Promise<SendEmailCodeResult>;
  /** Checks a code against this authenticator only (never against the user's other ones). */
  verifyChallenge: (ctx: CoreContext, input: { user: User; authenticator: Authenticator; code: string; binding: EmailCodeBinding }) => Promise<CodeVerdict>;
}
