// A real SMTP server on loopback (the smtp-server package) that keeps what it receives, so tests
// read codes out of the delivered message as a user would.
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  raw: string;
}

export class SmtpSink {
  readonly messages: ReceivedMail[] = [];
  private waiters: Array<{ to: string; resolve: (mail: ReceivedMail) => void }> = [];
  private server: SMTPServer;
  port = 0;

  constructor(options: { rejectRecipients?: boolean } = {}) {
    this.server = new SMTPServer({
      authOptional: true,
      // Loopback only: plain-text AUTH is fine here, and any user and password are accepted.
      allowInsecureAuth: true,
      onAuth: (auth, _session, callback) => callback(null, { user: auth.username }),
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        if (options.rejectRecipients) return callback(new Error('550 mailbox unavailable'));
        callback();
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          simpleParser(raw).then((parsed) => {
            const mail: ReceivedMail = {
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              to: session.envelope.rcptTo.map((r) => r.address),
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : '',
              raw,
            };
            this.messages.push(mail);
            for (const waiter of this.waiters.filter((w) => mail.to.includes(w.to))) waiter.resolve(mail);
            this.waiters = this.waiters.filter((w) => !mail.to.includes(w.to));
            callback();
          }, callback);
        });
      },
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as AddressInfo).port;
    return this;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}?security=none&from=${encodeURIComponent('Gatehouse <gatehouse@appliance.test>')}`;
  }

  /** The messages sent to `to`, in order. */
  to(address: string): ReceivedMail[] {
    return this.messages.filter((m) => m.to.includes(address));
  }

  /** The newest 6-digit code sent to `to`. */
  latestCodeFor(address: string): string {
    const mail = this.to(address).filter((m) => /verification code/.test(m.subject)).at(-1);
    const code = mail?.text.match(/^\s{4}(\d{6})$/m)?.[1];
    if (!code) throw new Error(`no code was sent to ${address}`);
    return code;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
