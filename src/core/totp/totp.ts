// RFC 6238 §4: TOTP = HOTP(K, T) with T = floor((unix time − T0) / X), T0 = 0, X = 30 s by default.
// §4.2: T must work beyond 2038, so it is a BigInt and never passes through a 32-bit operator.
import { generateHotp, type HotpAlgorithm } from './hotp.js';

export interface TotpOptions {
  digits?: number;
  algorithm?: HotpAlgorithm;
  periodInSeconds?: number;
}

export function timeStepAt(nowInMilliseconds: number, periodInSeconds = 30): bigint {
  if (!Number.isFinite(nowInMilliseconds) || nowInMilliseconds < 0) {
    throw new RangeError('nowInMilliseconds must be a finite, non-negative number');
  }
  if (!Number.isSafeInteger(periodInSeconds) || periodInSeconds <= 0) {
    throw new RangeError('periodInSeconds must be a positive integer');
  }
  // Why BigInt division: exact integer floor for any time, with no float rounding or 32-bit wrap.
  return BigInt(Math.floor(nowInMilliseconds)) / BigInt(periodInSeconds * 1000);
}

export function generateTotp(key: Uint8Array, nowInMilliseconds: number, options: TotpOptions = {}): string {
  const { digits = 6, algorithm = 'SHA1', periodInSeconds = 30 } = options;
  return generateHotp(key, timeStepAt(nowInMilliseconds, periodInSeconds), digits, algorithm);
}
