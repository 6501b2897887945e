// A stored secret that none of the server's keys decrypts: the server's fault (it holds another key
// than the one that encrypted it, e.g. the key was rotated while it ran), never the user's. It
// propagates like an infrastructure failure: the answer is 503 and the log says what to do.
export class UnreadableSecretError extends Error {
  constructor(
    readonly secret: 'totp_secret',
    readonly userId: string,
  ) {
    super(`a stored ${secret.replace('_', ' ')} cannot be decrypted with the server keys this process holds`);
    this.name = 'UnreadableSecretError';
  }
}
