// A browser-like client over real HTTP (fetch): it keeps its own cookies and sends an Origin
// equal to the instance it talks to on writes, as a console page served by that instance would.
// Two instances may share one cookie jar: `new HttpBrowser(b.origin, onA.cookies)` carries a
// session made on A to B, as a load balancer does.

export interface HttpAnswer {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed JSON body, or undefined when the body is not JSON. */
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read the fields they expect
  /** The envelope's error type, when the answer is an error in the envelope. */
  errorType: string | undefined;
  elapsedInMilliseconds: number;
}

export class HttpBrowser {
  constructor(
    readonly origin: string,
    readonly cookies = new Map<string, string>(),
  ) {}

  /** The same cookie jar, talking to another instance. */
  at(origin: string): HttpBrowser {
    return new HttpBrowser(origin, this.cookies);
  }

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}, timeoutInMilliseconds = 30_000): Promise<HttpAnswer> {
    const cookieHeader = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const started = performance.now();
    const response = await fetch(`${this.origin}${path}`, {
      method,
      headers: {
        ...(cookieHeader && { cookie: cookieHeader }),
        ...(method !== 'GET' && method !== 'HEAD' && { origin: this.origin }),
        ...(body !== undefined && { 'content-type': 'application/json' }),
        'user-agent': 'gatehouse-e2e',
        ...headers,
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(timeoutInMilliseconds),
    });
    const text = await response.text();
    const elapsedInMilliseconds = performance.now() - started;
    for (const line of response.headers.getSetCookie()) this.storeCookie(line);
    return toAnswer(response, text, elapsedInMilliseconds);
  }

  signIn(username: string, password: string): Promise<HttpAnswer> {
    return this.request('POST', '/api/session', { username, password });
  }

  private storeCookie(line: string): void {
    const [pair = '', ...attributes] = line.split(';');
    const equals = pair.indexOf('=');
    const name = pair.slice(0, equals).trim();
    const value = pair.slice(equals + 1).trim();
    const expired = attributes.some((attribute) => {
      const [key = '', val = ''] = attribute.split('=').map((part) => part.trim());
      if (/^max-age$/i.test(key)) return Number(val) <= 0;
      if (/^expires$/i.test(key)) return Date.parse(val) <= Date.now();
      return false;
    });
    if (value === '' || expired) this.cookies.delete(name);
    else this.cookies.set(name, value);
  }
}

/** A request as a REST client sends it: no cookies, HTTP Basic credentials. */
export async function requestWithBasic(origin: string, username: string, password: string, method = 'GET', path = '/api/me', body?: unknown, timeoutInMilliseconds = 30_000): Promise<HttpAnswer> {
  const started = performance.now();
  const response = await fetch(`${origin}${path}`, {
    method,
    headers: {
      authorization: `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`,
      'user-agent': 'curl/8.5.0',
      ...(body !== undefined && { 'content-type': 'application/json' }),
    },
    ...(body !== undefined && { body: JSON.stringify(body) }),
    signal: AbortSignal.timeout(timeoutInMilliseconds),
  });
  const text = await response.text();
  return toAnswer(response, text, performance.now() - started);
}

function toAnswer(response: Response, text: string, elapsedInMilliseconds: number): HttpAnswer {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const errorType = (body as { error?: { type?: unknown } } | undefined)?.error?.type;
  return { status: response.status, headers: response.headers, text, body, errorType: typeof errorType === 'string' ? errorType : undefined, elapsedInMilliseconds };
}
