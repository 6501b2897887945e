// One strategy per authenticator kind (STYLE.md; Kratos's shape): how one is added and verified,
// and how it answers a challenge. The sign-in, step-up and enrollment code asks the strategy of the
// authenticator at hand and never tests the kind itself. A new kind is one folder implementing this
// interface and one line in registry.ts.
import type { Client, CoreContext } from '../context.js';
import type { SendEmailCodeResult } from '../email-code/email-code-challenge.js';
import type { EmailCodeBinding, Factor, NewPendingAuthenticator } from '../ports.js';
import type { User } from '../users/user.js';
import type { Authenticator, AuthenticatorKind, PendingAuthenticator } from './authenticator.js';
import type { RelyingPartyAvailability } from './webauthn/relying-party.js';

/** What a user needs to set an authenticator up: a secret and its QR code, where a code went, or the options for the browser. */
export interface SetupDetails {
  secret?: string;
  otpauthUri?: string;
  qrCodePng?: string;
  emailMasked?: string;
  resendAfterInSeconds?: number;
  /** WebAuthn: PublicKeyCredentialCreationOptionsJSON for navigator.credentials.create. */
  publicKey?: unknown;
}

/**
 * What the user answers a challenge with: a code typed in (apps, e-mail, recovery codes), or the
 * browser's signed response (WebAuthn's PublicKeyCredential as JSON). Each strategy reads the one it
 * takes; any other answer is simply a wrong one.
 */
export type ChallengeAnswer = { code: string } | { response: unknown };

/**
 * `replayed`: an app code whose time step was used already (wait for the next one); `used`: a sent
 * code that was redeemed already (ask for a new one). Neither is a guess.
 */
export type CodeVerdict = 'ok' | 'wrong_code' | 'replayed' | 'used';

/** Where the answer is checked: the relying party the request reached (WebAuthn), or why keys are unavailable there. */
export type VerifyContext = { relyingParty: RelyingPartyAvailability };

/** The options a browser needs to answer a WebAuthn challenge, or why it cannot. */
export type ChallengeOptionsResult = { ok: true; publicKey: unknown } | Extract<RelyingPartyAvailability, { ok: false }>;

type SendFailure = Extract<SendEmailCodeResult, { ok: false }>;

export type BeginAddingResult = { ok: true; setup: SetupDetails } | SendFailure | { ok: false; reason: 'authenticator_limit_reached' } | Extract<RelyingPartyAvailability, { ok: false }>;

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
  beginAdding: (ctx: CoreContext, input: { user: User; pending: NewPendingAuthenticator; client: Client } & VerifyContext) => Promise<BeginAddingResult>;
  /** Sends the setup code again, for kinds whose setup sends one. */
  resendSetup?: (ctx: CoreContext, input: { user: User; pending: PendingAuthenticator; client: Client }) => Promise<BeginAddingResult>;
  /**
   * Throws (UnreadableSecretError) when the server cannot use this authenticator's stored secret at
   * all. Asked before a failure is counted: the server's fault is never charged to the user.
   */
  assertReadable?: (ctx: CoreContext, authenticatorId: string) => Promise<void>;
  /** Checks the first answer from the authenticator being added (a code, or the registration response). */
  verifyAdding: (ctx: CoreContext, input: { user: User; pending: PendingAuthenticator; answer: ChallengeAnswer } & VerifyContext) => Promise<CodeVerdict>;
  /** Kinds whose codes are sent (e-mail) send one here, bound to what it is for; others have nothing to send. */
  sendChallenge?: (ctx: CoreContext, input: { user: User; binding: EmailCodeBinding; client: Client }) => Promise<SendEmailCodeResult>;
  /**
   * Kinds answered with a signed response (WebAuthn) issue the options of a challenge here, bound to
   * what it is for, listing the user's authenticators of this kind.
   */
  challengeOptions?: (ctx: CoreContext, input: { user: User; authenticators: readonly Authenticator[]; binding: EmailCodeBinding } & VerifyContext) => Promise<ChallengeOptionsResult>;
  /** Checks an answer against this authenticator only (never against the user's other ones). */
  verifyChallenge: (ctx: CoreContext, input: { user: User; authenticator: Authenticator; answer: ChallengeAnswer; binding: EmailCodeBinding; client: Client } & VerifyContext) => Promise<CodeVerdict>;
}
