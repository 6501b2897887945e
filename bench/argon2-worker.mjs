// Raw Argon2id verifications per second with the same parameters and the same concurrency the
// sign-in benchmark uses: the ceiling a password sign-in can reach on this machine.
import { hash, verify } from '@node-rs/argon2';

const seconds = Number(process.env.SECONDS ?? 5);
const concurrency = Number(process.env.CONCURRENCY ?? 16);
const options = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 };
const stored = await hash('benchmark admin password', options);
let done = 0;
const end = Date.now() + seconds * 1000;
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (Date.now() < end) {
      await verify(stored, 'benchmark admin password');
      done++;
    }
  }),
);
process.stdout.write(`${JSON.stringify({ perSecond: done / seconds })}\n`);
