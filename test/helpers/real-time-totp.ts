// Authenticator codes on the real clock, for tests against real processes: each code is for a
// step after the last one used (RFC 6238 §5.2: a step is accepted once, never one at or before the
// last accepted step), within the ±1 window the server accepts. It waits for the clock only when
// the window holds no fresh step, so a test rarely waits.
import { Authenticator } from './authenticator.js';

const STEP_IN_MILLISECONDS = 30_000;
/** Never use the previous step this late in the current one: it may expire on the way. */
const PREVIOUS_STEP_MARGIN_IN_MILLISECONDS = 5_000;

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

export class RealTimeCodes {
  readonly authenticator: Authenticator;
  private lastUsedStep = -Infinity;

  constructor(readonly secret: string) {
    this.authenticator = new Authenticator(secret);
  }

  /** A code for the earliest unused step the server accepts now (waiting if none is left). */
  async nextCode(): Promise<string> {
    for (;;) {
      const now = Date.now();
      const current = Math.floor(now / STEP_IN_MILLISECONDS);
      const intoStep = now - current * STEP_IN_MILLISECONDS;
      const earliest = intoStep < STEP_IN_MILLISECONDS - PREVIOUS_STEP_MARGIN_IN_MILLISECONDS ? current - 1 : current;
      const step = Math.max(this.lastUsedStep + 1, earliest);
      if (step <= current + 1) {
        this.lastUsedStep = step;
        return this.authenticator.codeAt(step * STEP_IN_MILLISECONDS);
      }
      await sleep((current + 1) * STEP_IN_MILLISECONDS - now + 50);
    }
  }

  /** The code of the step used last (for replay tests). */
  lastCode(): string {
    return this.authenticator.codeAt(this.lastUsedStep * STEP_IN_MILLISECONDS);
  }
}
