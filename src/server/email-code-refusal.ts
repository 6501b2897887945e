// A refused request for an e-mail code says why and how long to wait (SPEC 2.4): the 30 s cooldown
// between codes for one purpose, or the cap of 10 codes an hour.
import { PublicError } from '../core/errors.js';

function describeWait(seconds: number): string {
  if (seconds < 90) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minutes`;
}

export function emailCodeRefusal(limit: 'cooldown' | 'hourly_cap', retryAfterInSeconds: number): PublicError {
  const wait = describeWait(retryAfterInSeconds);
  const message =
    limit === 'cooldown'
      ? `A code was sent moments ago. Wait ${wait} before asking for another one.`
      : `Ten codes were sent to this account in the last hour. Wait ${wait} before asking for another one.`;
  return new PublicError('too_many_requests', { message, retryAfterInSeconds });
}
