import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateHotp } from './hotp.js';
import { verifyTotpCode } from './totp-verification.js';

const key = new TextEncoder().encode('12345678901234567890');
// A fixed clock: RFC 6238 Appendix B's 1234567890 s, the first second of step T.
const nowInMilliseconds = 1_234_567_890_000;
const T = 41_152_263n; // floor(1234567890 / 30)
const codeAt = (step: bigint) => generateHotp(key, step, 6, 'SHA1');
const verify = (code: string, lastAcceptedStep: bigint | null = null) =>
  verifyTotpCode({ key, code, nowInMilliseconds, lastAcceptedStep });

describe('verifyTotpCode (RFC 6238 §5.2)', () => {
  test('the code of the current step is accepted with no drift', () => {
    assert.deepEqual(verify(codeAt(T)), { ok: true, step: T, driftInSteps: 0 });
  });

  test('the code of the previous step is accepted with a drift of −1', () => {
    assert.deepEqual(verify(codeAt(T - 1n)), { ok: true, step: T - 1n, driftInSteps: -1 });
  });

  test('the code of the next step is accepted with a drift of +1', () => {
    assert.deepEqual(verify(codeAt(T + 1n)), { ok: true, step: T + 1n, driftInSteps: 1 });
  });

  test('codes two steps away are refused as wrong', () => {
    assert.deepEqual(verify(codeAt(T - 2n)), { ok: false, reason: 'wrong_code' });
    assert.deepEqual(verify(codeAt(T + 2n)), { ok: false, reason: 'wrong_code' });
  });

  test('the RFC 6238 code for this time is accepted', () => {
    assert.deepEqual(verify('005924'), { ok: true, step: T, driftInSteps: 0 });
  });

  test('a step already accepted is refused as replayed', () => {
    assert.deepEqual(verify(codeAt(T), T), { ok: false, reason: 'replayed' });
  });

  test('an older step after a newer one was accepted is refused as replayed', () => {
    assert.deepEqual(verify(codeAt(T - 1n), T), { ok: false, reason: 'replayed' });
    assert.deepEqual(verify(codeAt(T), T + 1n), { ok: false, reason: 'replayed' });
  });

  test('a newer step after an older one was accepted is accepted', () => {
    assert.deepEqual(verify(codeAt(T + 1n), T), { ok: true, step: T + 1n, driftInSteps: 1 });
  });

  test('a wrong code of the right shape is refused as wrong, not replayed', () => {
    const wrong = ['000000', '111111', '999999'].find(
      (code) => ![T - 1n, T, T + 1n].some((step) => codeAt(step) === code),
    )!;
    assert.deepEqual(verify(wrong, T), { ok: false, reason: 'wrong_code' });
  });

  test('surrounding and internal spaces are ignored', () => {
    const code = codeAt(T);
    assert.equal(verify(`  ${code.slice(0, 3)} ${code.slice(3)}\n`).ok, true);
  });

  test('anything but six digits is malformed', () => {
    for (const code of ['', '12345', '1234567', '12345a', '１２３４５６', '12-3456', '0x1234', ' '.repeat(40) + '123456']) {
      assert.deepEqual(verify(code), { ok: false, reason: 'malformed' }, JSON.stringify(code));
    }
  });

  test('the first step of time has no previous step to match', () => {
    const result = verifyTotpCode({ key, code: codeAt(0n), nowInMilliseconds: 10_000, lastAcceptedStep: null });
    assert.deepEqual(result, { ok: true, step: 0n, driftInSteps: 0 });
  });
});
