// The console talks to Gatehouse only through /api. Every failure arrives as the envelope
// {"error":{"type","message"}}; it becomes an ApiError that screens branch on by `type`.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
    /** From Retry-After on 429 answers, in seconds. */
    readonly retryAfterInSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The session ended or the password must be changed: the app shell listens and changes screen. */
export type SessionSignal = 'session_lost' | 'password_change_required';
const listeners = new Set<(signal: SessionSignal) => void>();
export function onSessionSignal(listener: (signal: SessionSignal) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function retryAfterOf(response: Response): number | null {
  const header = response.headers.get('retry-after');
  if (header === null) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

async function errorFrom(response: Response): Promise<ApiError> {
  let type = 'http_' + String(response.status);
  let message = response.statusText || 'The request failed.';
  try {
    const body = (await response.json()) as { error?: { type?: unknown; message?: unknown } };
    if (typeof body.error?.type === 'string') type = body.error.type;
    if (typeof body.error?.message === 'string') message = body.error.message;
  } catch {
    // Not the envelope (a proxy's error page): keep the status.
  }
  return new ApiError(response.status, type, message, retryAfterOf(response));
}

interface RequestOptions {
  /** Do not announce a lost session on 401 (sign-in screens expect 401s). */
  quiet?: boolean;
}

export async function request<T>(method: string, path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      // X-Requested-With: a 401 then carries no Basic challenge, so the browser shows no login dialog.
      headers: { accept: 'application/json', 'x-requested-with': 'XMLHttpRequest', ...(body !== undefined && { 'content-type': 'application/json' }) },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(0, 'network_error', 'Gatehouse did not answer.');
  }
  if (!response.ok) {
    const error = await errorFrom(response);
    if (!options.quiet) {
      if (error.type === 'authentication_required') listeners.forEach((listener) => listener('session_lost'));
      if (error.type === 'password_change_required') listeners.forEach((listener) => listener('password_change_required'));
    }
    throw error;
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text === '' ? undefined : JSON.parse(text)) as T;
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, undefined, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('POST', path, body, options),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PUT', path, body, options),
  patch: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PATCH', path, body, options),
  delete: <T = void>(path: string, options?: RequestOptions & { body?: unknown }) => request<T>('DELETE', path, options?.body, options),
};

/** A path segment, encoded. */
export const segment = (value: string) => encodeURIComponent(value);
