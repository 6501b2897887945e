// The outcomes of a failed SMTP connection, from real nodemailer errors against loopback servers.
import assert from 'node:assert/strict';
import { createServer, type Server, type Socket } from 'node:net';
import { after, before, test } from 'node:test';
import nodemailer from 'nodemailer';
import { classifySmtpFailure, describeSmtpFailure } from './smtp-failure.js';

const servers: Server[] = [];
async function listen(onConnection: (socket: Socket) => void): Promise<number> {
  const server = createServer(onConnection);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as { port: number }).port;
}

async function failureOf(options: { host?: string; port: number; secure?: boolean }): Promise<unknown> {
  const transport = nodemailer.createTransport({ host: '127.0.0.1', ...options, ignoreTLS: !options.secure, connectionTimeout: 300, greetingTimeout: 300, socketTimeout: 600 });
  try {
    await transport.sendMail({ from: 'a@example.com', to: 'b@example.com', text: 'test' });
  } catch (error) {
    return error;
  }
  throw new Error('the message was sent');
}

let closedPort: number;
before(async () => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closedPort = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
});
after(() => servers.forEach((server) => server.close()));

test('a closed port is refused', async () => {
  assert.equal(classifySmtpFailure(await failureOf({ port: closedPort })), 'refused');
});

test('a server that never greets has timed out', async () => {
  const port = await listen(() => {});
  assert.equal(classifySmtpFailure(await failureOf({ port })), 'timed_out');
  assert.equal(classifySmtpFailure(await failureOf({ port, secure: true })), 'timed_out');
});

test('another protocol, a dropped connection and TLS against plain text are not SMTP', async () => {
  const ssh = await listen((socket) => socket.write('SSH-2.0-OpenSSH_9.2\r\n'));
  const dropper = await listen((socket) => socket.destroy());
  assert.equal(classifySmtpFailure(await failureOf({ port: ssh })), 'not_smtp');
  assert.equal(classifySmtpFailure(await failureOf({ port: dropper })), 'not_smtp');
  assert.equal(classifySmtpFailure(await failureOf({ port: ssh, secure: true })), 'not_smtp');
});

test('an unknown host is not found', async () => {
  assert.equal(classifySmtpFailure(await failureOf({ host: 'no-such-host.invalid', port: 25 })), 'host_not_found');
});

test("the server's own answer is shown as its answer; a socket error never is", () => {
  const refusedRecipient = Object.assign(new Error('Can\'t send mail - all recipients were rejected'), { code: 'EENVELOPE', responseCode: 550, response: '550 5.1.1 No such user' });
  assert.equal(describeSmtpFailure(refusedRecipient, { host: 'mail', port: 25 }), 'The SMTP server did not accept the message: 550 5.1.1 No such user');
  const socketError = Object.assign(new Error('connect ECONNREFUSED 10.0.0.9:25'), { code: 'ESOCKET' });
  assert.doesNotMatch(describeSmtpFailure(socketError, { host: 'mail', port: 25 }), /ECONNREFUSED|10\.0\.0\.9/);
  assert.match(describeSmtpFailure(new Error('something new'), { host: 'mail', port: 25 }), /could not be reached/);
});
