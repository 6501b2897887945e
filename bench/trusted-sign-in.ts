// How much a trusted browser costs at sign-in (issue 14): N sign-ins of one user in one browser with
// the password alone (trusted browser: lookup, rotation, audit) against N with the password and an
// app code, on SQLite in-process. Both pay one Argon2id hash; the difference is the second request
// and the code check against the trust lookup and rotation.
//   npx tsx bench/trusted-sign-in.ts [N]
import { performance } from 'node:perf_hooks';
import { enrollTotp } from '../test/helpers/mfa-steps.js';
import { addTestUser, Browser, startTestApp } from '../test/helpers/test-app.js';

const N = Number(process.argv[2] ?? 40);
const t = await startTestApp('sqlite');
await addTestUser(t, 'bench');
const password = 'bench has a long password';
const browser = new Browser(t.app);
await browser.signIn('bench', password);
const { authenticator } = await enrollTotp(t, browser);

async function withCode(trust: boolean): Promise<number> {
  await browser.request('DELETE', '/api/session');
  const started = performance.now();
  await browser.signIn('bench', password);
  const answer = await browser.request('POST', '/api/session/second-factor', { method: 'totp', code: authenticator.codeAt(t.clock.now()), ...(trust && { trust_browser: true }) });
  const took = performance.now() - started;
  if (answer.statusCode !== 200) throw new Error(answer.body);
  t.clock.advance(30_000);
  return took;
}
async function trusted(): Promise<number> {
  await browser.request('DELETE', '/api/session');
  const started = performance.now();
  const answer = await browser.signIn('bench', password);
  const took = performance.now() - started;
  if (answer.json<{ completed_by?: string }>().completed_by !== 'trusted_browser') throw new Error(answer.body);
  return took;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const code: number[] = [];
for (let i = 0; i < N; i++) code.push(await withCode(false));
await withCode(true);
const trust: number[] = [];
for (let i = 0; i < N; i++) trust.push(await trusted());
console.log(`sign-ins: ${N} each, SQLite, in-process`);
console.log(`password + app code:        median ${median(code).toFixed(1)} ms`);
console.log(`password + trusted browser: median ${median(trust).toFixed(1)} ms`);
await t.close();
