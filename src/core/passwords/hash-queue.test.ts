import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HashQueue, HashQueueFullError } from './hash-queue.js';

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

test('no more jobs run at once than the queue has slots', async () => {
  const queue = new HashQueue(2, 10);
  let running = 0;
  let most = 0;
  const job = async () => {
    running++;
    most = Math.max(most, running);
    await new Promise((resolve) => setTimeout(resolve, 5));
    running--;
  };
  await Promise.all(Array.from({ length: 8 }, () => queue.run(job)));
  assert.equal(most, 2);
  assert.equal(queue.size, 0);
});

test('a full queue refuses at once, and takes work again when a job ends', async () => {
  const queue = new HashQueue(1, 3);
  const hold = gate();
  const jobs = Array.from({ length: 3 }, () => queue.run(() => hold.opened));
  assert.throws(() => queue.reserve(), HashQueueFullError);
  hold.open();
  await Promise.all(jobs);
  assert.equal(queue.size, 0);
  assert.equal(await queue.run(async () => 'ran'), 'ran');
});

test('a reserved place counts until it is used or released, and is released once', () => {
  const queue = new HashQueue(1, 2);
  const first = queue.reserve();
  const second = queue.reserve();
  assert.throws(() => queue.reserve(), HashQueueFullError);
  first.release();
  first.release();
  assert.equal(queue.size, 1);
  second.release();
  assert.equal(queue.size, 0);
});

test('a ticket runs one job only', async () => {
  const queue = new HashQueue(1, 1);
  const ticket = queue.reserve();
  await ticket.run(async () => undefined);
  await assert.rejects(ticket.run(async () => undefined), /used once/);
  assert.equal(queue.size, 0);
});
