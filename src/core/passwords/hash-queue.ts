// A bounded queue for expensive work (Argon2id): at most `concurrent` jobs run at once, and at most
// `capacity` are pending (running, waiting, or reserved and not yet started). Past that, reserve()
// throws HashQueueFullError at once: the caller answers 503 server_busy rather than wait.

export class HashQueueFullError extends Error {
  constructor() {
    super('the password hashing queue is full');
    this.name = 'HashQueueFullError';
  }
}

/** One place in the queue: run one job with it, or release it. */
export interface HashTicket {
  run<T>(work: () => Promise<T>): Promise<T>;
  release(): void;
}

export class HashQueue {
  private running = 0;
  private pending = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly concurrent: number,
    private readonly capacity: number,
  ) {
    if (concurrent < 1 || capacity < concurrent) throw new RangeError('a queue needs a slot, and room for its running jobs');
  }

  reserve(): HashTicket {
    if (this.pending >= this.capacity) throw new HashQueueFullError();
    this.pending++;
    let started = false;
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      this.pending--;
    };
    return {
      run: async <T>(work: () => Promise<T>) => {
        if (started || finished) throw new Error('a queue ticket is used once');
        started = true;
        try {
          return await this.withSlot(work);
        } finally {
          finish();
        }
      },
      // A ticket whose job started is given back when the job ends.
      release: () => {
        if (!started) finish();
      },
    };
  }

  run<T>(work: () => Promise<T>): Promise<T> {
    return this.reserve().run(work);
  }

  /** Jobs pending now (for tests and metrics). */
  get size(): number {
    return this.pending;
  }

  private async withSlot<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrent) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running++;
    try {
      return await work();
    } finally {
      // Hand the slot straight to the next waiter, or free it.
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
