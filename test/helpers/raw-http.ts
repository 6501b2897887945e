// One raw HTTP/1.1 exchange over a TCP socket: for requests no HTTP client would send (dot segments
// left in the path, NUL and bare CR bytes, unknown methods, request smuggling shapes), which
// `app.inject` normalizes or refuses before the app sees them.
import { connect } from 'node:net';

export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Sends `request` as is and reads the first answer (the connection is closed after it). */
export function sendRaw(port: number, request: string | Buffer, timeoutInMilliseconds = 5000): Promise<RawAnswer | 'closed'> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within ${timeoutInMilliseconds} ms`));
    }, timeoutInMilliseconds);
    const finish = () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('latin1');
      resolve(text.length === 0 ? 'closed' : parseAnswer(text));
    };
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      // Enough when the first answer is complete: its headers and a body of the announced length.
      const text = Buffer.concat(chunks).toString('latin1');
      const answer = text.includes('\r\n\r\n') ? parseAnswer(text) : null;
      if (answer && answer.headers['content-length'] !== undefined && Buffer.byteLength(answer.body, 'latin1') >= Number(answer.headers['content-length'])) {
        socket.destroy();
        finish();
      }
    });
    socket.on('end', finish);
    socket.on('close', finish);
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNRESET' || error.code === 'EPIPE') finish();
      else {
        clearTimeout(timer);
        reject(error);
      }
    });
    socket.write(request);
  });
}

function parseAnswer(text: string): RawAnswer {
  const split = text.indexOf('\r\n\r\n');
  const head = split < 0 ? text : text.slice(0, split);
  let body = split < 0 ? '' : text.slice(split + 4);
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  if (headers['transfer-encoding'] === 'chunked') body = decodeChunked(body);
  else if (headers['content-length'] !== undefined) body = body.slice(0, Number(headers['content-length']));
  return { status: Number(statusLine.split(' ')[1] ?? 0), headers, body: Buffer.from(body, 'latin1').toString('utf8') };
}

function decodeChunked(body: string): string {
  let out = '';
  let rest = body;
  for (;;) {
    const lineEnd = rest.indexOf('\r\n');
    if (lineEnd < 0) return out;
    const size = parseInt(rest.slice(0, lineEnd), 16);
    if (!Number.isFinite(size) || size === 0) return out;
    out += rest.slice(lineEnd + 2, lineEnd + 2 + size);
    rest = rest.slice(lineEnd + 2 + size + 2);
  }
}
