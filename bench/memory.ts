// Peak resident memory of a Gatehouse process under a mixed load (sessions, Basic passwords, API
// keys, sign-ins) read from the kernel's high-water mark (VmHWM). Target (issue 7): ≤ 150 MB.
import { readFileSync } from 'node:fs';
import { api, BENCH_ADMIN_PASSWORD, basicHeader, measure, startGatehouse } from './lib.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const peakOf = (pid: number) => Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmHWM:\s+(\d+) kB/)![1]) / 1024;

const gatehouse = await startGatehouse();
try {
  const pid = gatehouse.process.pid!;
  const signIn = await api(gatehouse.url, '/api/session', { method: 'POST', json: { username: 'admin', password: BENCH_ADMIN_PASSWORD } });
  const cookie = signIn.headers.getSetCookie().find((c) => c.startsWith('gatehouse_session='))!.split(';')[0]!;
  const key = (await (await api(gatehouse.url, '/api/me/api-keys', { method: 'POST', headers: { cookie }, json: { name: 'memory' } })).json()) as { api_key: string; api_token: string };
  const idle = peakOf(pid);
  await Promise.all([
    measure({ name: 'session', url: `${gatehouse.url}/api/me/sessions`, headers: { cookie } }, seconds, 32),
    measure({ name: 'basic', url: `${gatehouse.url}/api/me`, headers: { authorization: basicHeader('admin', BENCH_ADMIN_PASSWORD) } }, seconds, 32),
    measure({ name: 'key', url: `${gatehouse.url}/api/me/mfa`, headers: { authorization: basicHeader(key.api_key, key.api_token) } }, seconds, 32),
    measure(
      { name: 'sign-in', url: `${gatehouse.url}/api/session`, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: BENCH_ADMIN_PASSWORD }) },
      seconds,
      16,
    ),
  ]);
  const peak = peakOf(pid);
  console.log(`\nmemory: ${seconds} s of mixed load, 112 connections`);
  console.log(`peak RSS after start ${idle.toFixed(1)} MB; peak RSS under load ${peak.toFixed(1)} MB (target ≤ 150 MB: ${peak <= 150 ? 'met' : 'NOT MET'})`);
} finally {
  await gatehouse.stop();
}
