import net from 'node:net';

/** One HTTP/1.1 answer as read off the wire. */
export interface RawResponse {
  readonly status: number;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/**
 * A TCP connection to an HTTP server written to by hand: a test can send half a request, wait for something, then
 * send the rest — what `fetch` cannot.
 */
export interface RawConnection {
  readonly socket: net.Socket;
  send(text: string): void;
  /** Resolves once `text` has arrived (e.g. `100 Continue`), with everything received so far. */
  waitFor(text: string): Promise<string>;
  /** The next complete answer on the connection (by Content-Length, chunked, or until the server closes). */
  nextResponse(): Promise<RawResponse>;
  /** Resolves when the server has closed the connection. */
  readonly closed: Promise<void>;
}

export function connectRaw(port: number, host = '127.0.0.1'): Promise<RawConnection> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, host);
    let received = '';
    let consumed = 0;
    const waiters = new Set<() => void>();
    const wake = () => {
      for (const w of [...waiters]) w();
    };
    let ended = false;
    const closed = new Promise<void>((done) =>
      socket.once('close', () => {
        ended = true;
        wake();
        done();
      }),
    );
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
      wake();
    });
    socket.on('error', () => undefined);
    const until = <T>(check: () => T | undefined): Promise<T> =>
      new Promise((done, fail) => {
        const attempt = () => {
          const value = check();
          if (value !== undefined) {
            waiters.delete(attempt);
            done(value);
          } else if (ended) {
            waiters.delete(attempt);
            fail(new Error(`connection closed; received:\n${received.slice(consumed)}`));
          }
        };
        waiters.add(attempt);
        attempt();
      });
    socket.once('connect', () => {
      socket.off('error', reject);
      resolve({
        socket,
        closed,
        send: (text) => void socket.write(text),
        waitFor: (text) => until(() => (received.includes(text, consumed) ? received : undefined)),
        nextResponse: () =>
          until(() => {
            const response = parseResponse(received.slice(consumed), ended);
            if (!response) return undefined;
            consumed += response.length;
            return response.response;
          }),
      });
    });
    socket.once('error', reject);
  });
}

function parseResponse(text: string, ended: boolean): { response: RawResponse; length: number } | undefined {
  // Interim answers (100 Continue) are not the response.
  let skipped = 0;
  while (/^HTTP\/1\.1 1\d\d /.test(text)) {
    const end = text.indexOf('\r\n\r\n');
    if (end < 0) return undefined;
    skipped += end + 4;
    text = text.slice(end + 4);
  }
  const headEnd = text.indexOf('\r\n\r\n');
  if (headEnd < 0) return undefined;
  const [statusLine = '', ...lines] = text.slice(0, headEnd).split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const status = Number(statusLine.split(' ')[1]);
  const rest = text.slice(headEnd + 4);
  const base = headEnd + 4 + skipped;
  if (headers['content-length'] !== undefined) {
    const n = Number(headers['content-length']);
    if (rest.length < n) return undefined;
    return { response: { status, headers, body: rest.slice(0, n) }, length: base + n };
  }
  if (headers['transfer-encoding'] === 'chunked') {
    let body = '';
    let at = 0;
    for (;;) {
      const lineEnd = rest.indexOf('\r\n', at);
      if (lineEnd < 0) return undefined;
      const size = parseInt(rest.slice(at, lineEnd), 16);
      if (size === 0) {
        if (rest.length < lineEnd + 4) return undefined;
        return { response: { status, headers, body }, length: base + lineEnd + 4 };
      }
      if (rest.length < lineEnd + 2 + size + 2) return undefined;
      body += rest.slice(lineEnd + 2, lineEnd + 2 + size);
      at = lineEnd + 2 + size + 2;
    }
  }
  return ended ? { response: { status, headers, body: rest }, length: skipped + text.length } : undefined;
}

/** The head of a POST /graphql with a JSON body of `length` bytes, asking for `100 Continue` before the body. */
export function graphqlPostHead(length: number, extra: Readonly<Record<string, string>> = {}): string {
  const headers = {
    host: 'localhost',
    'content-type': 'application/json',
    accept: 'application/json',
    'content-length': String(length),
    expect: '100-continue',
    ...extra,
  };
  return (
    'POST /graphql HTTP/1.1\r\n' +
    Object.entries(headers)
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('') +
    '\r\n'
  );
}
