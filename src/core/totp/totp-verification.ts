// RFC 6238 §5.2: one step either side of the current one; a step is accepted once (NIST SP
// 800-63B §5.1.4.2). Fixed to SHA-1, 6 digits, 30 s: the parameters every app honours.
// Storage makes the acceptance atomic (UPDATE … WHERE last_step < :step); this decides the step.
import { timingSafeEqual } from 'node:crypto';
import { generateHotp } from './hotp.js';
import { timeStepAt } from './totp.js';

export type TotpVerification =
  | { ok: true; step: bigint; driftInSteps: -1 | 0 | 1 }
  | { ok: false; reason: 'malformed' | 'wrong_code' | 'replayed' };

export interface TotpVerificationInput {
  key: Uint8Array;
  code: string;
  nowInMilliseconds: number;
  /** The last step accepted for this factor, or null if none has been. */
  lastAcceptedStep: bigint | null;
}

const PERIOD_IN_SECONDS = 30;
const DIGITS = 6;
// Preference when one code matches several steps (about 1 in 10^6): the current step first.
const DRIFTS_IN_STEPS = [0, -1, 1] as const;
// Why a cap: nothing longer than this can be a spaced 6-digit code; it bounds the work on junk.
const MAX_INPUT_LENGTH = 32;

function normalizeTotpCode(code: string): string | null {
  if (typeof code !== 'string' || code.length > MAX_INPUT_LENGTH) return null;
  const digits = code.trim().replace(/\s+/g, '');
  return /^[0-9]{6}$/.test(digits) ? digits : null;
}

export function verifyTotpCode(input: TotpVerificationInput): TotpVerification {
  const submitted = normalizeTotpCode(input.code);
  if (submitted === null) return { ok: false, reason: 'malformed' };
  const submittedBytes = Buffer.from(submitted, 'ascii');
  const currentStep = timeStepAt(input.nowInMilliseconds, PERIOD_IN_SECONDS);

  // Why every candidate is computed and compared: the time taken does not tell which step matched.
  const matches = DRIFTS_IN_STEPS.map((driftInSteps) => {
    const step = currentStep + BigInt(driftInSteps);
    if (step < 0n) return { driftInSteps, step, matched: false };
    const expected = Buffer.from(generateHotp(input.key, step, DIGITS, 'SHA1'), 'ascii');
    // Why constant time: a byte-by-byte compare would leak how many leading digits were right.
    return { driftInSteps, step, matched: timingSafeEqual(expected, submittedBytes) };
  });

  const isFresh = (step: bigint) => input.lastAcceptedStep === null || step > input.lastAcceptedStep;
  // Why "at or before" is refused: a code is single use, and an older step must not follow a newer one.
  const accepted = matches.find((candidate) => candidate.matched && isFresh(candidate.step));
  if (accepted) return { ok: true, step: accepted.step, driftInSteps: accepted.driftInSteps };
  if (matches.some((candidate) => candidate.matched)) return { ok: false, reason: 'replayed' };
  return { ok: false, reason: 'wrong_code' };
}
