// What the admin's "send a test message" reports when SMTP fails (issue 11 point 15, issue 17
// point 2): one of a few plain outcomes, never the raw socket error, so the route tells an admin
// what to fix without serving as a port probe that echoes what it found. The server's own SMTP
// answer is shown when there is one (a refused recipient, a wrong password): that is its message.

export type SmtpFailureKind = 'refused' | 'timed_out' | 'not_smtp' | 'host_not_found' | 'unreachable' | 'smtp_answer';

interface NodemailerError {
  code?: string;
  message?: string;
  response?: string;
  responseCode?: number;
}

export function classifySmtpFailure(error: unknown): SmtpFailureKind {
  const e = (error ?? {}) as NodemailerError;
  const message = String(e.message ?? '');
  if (e.responseCode !== undefined || ['EAUTH', 'EENVELOPE', 'EMESSAGE'].includes(e.code ?? '')) return 'smtp_answer';
  if (e.code === 'EDNS' || /ENOTFOUND|EAI_AGAIN/.test(message)) return 'host_not_found';
  if (/ECONNREFUSED/.test(message)) return 'refused';
  if (e.code === 'ETIMEDOUT' || /ETIMEDOUT/.test(message)) return 'timed_out';
  // An answer that is no SMTP greeting, a connection dropped before one, TLS where the server
  // speaks none (or STARTTLS refused): whatever listens there is not an SMTP server as configured.
  if (['EPROTOCOL', 'ECONNECTION', 'ETLS'].includes(e.code ?? '') || /SSL routines|wrong version number|EPROTO/.test(message)) return 'not_smtp';
  return 'unreachable';
}

/** A sentence for the admin: what happened, and what to check. */
export function describeSmtpFailure(error: unknown, server: { host: string; port: number }): string {
  const at = `${server.host}:${server.port}`;
  switch (classifySmtpFailure(error)) {
    case 'refused':
      return `The SMTP server at ${at} refused the connection. Check the host and port, and that the mail server is running.`;
    case 'timed_out':
      return `The SMTP server at ${at} did not answer in time. Check the host and port, and any firewall in between.`;
    case 'not_smtp':
      return `The server at ${at} is not an SMTP server with this security setting. Check the port (587 for STARTTLS, 465 for TLS, 25 for none) and the security.`;
    case 'host_not_found':
      return `The SMTP host ${server.host} could not be found. Check its name.`;
    case 'unreachable':
      return `The SMTP server at ${at} could not be reached. Check the host and port.`;
    case 'smtp_answer': {
      const answer = (error as NodemailerError).response ?? (error as NodemailerError).message ?? '';
      return `The SMTP server did not accept the message: ${answer}`;
    }
  }
}
