// Raw HTTP/1.1 over a socket, for what fetch cannot do: send a request slowly, keep a connection open on
// purpose, read what the server writes itself (its 400, 408 and 405 answers) or see it close without a word.
import net from 'node:net';

export interface RawAnswer {
  /** Undefined when the server closed the connection without a status line. */
  readonly status: number | undefined;
  /** The status line and the header lines. */
  readonly head: string;
  readonly body: string;
}

export function parseAnswer(text: string): RawAnswer {
  const split = text.indexOf('\r\n\r\n');
  const head = split < 0 ? text : text.slice(0, split);
  const status = /^HTTP\/1\.[01] (\d{3}) /.exec(head)?.[1];
  return {
    status: status === undefined ? undefined : Number(status),
    head,
    body: split < 0 ? '' : text.slice(split + 4),
  };
}

/** One header of a raw answer (lower-cased name), or undefined. */
export function headerOf(answer: RawAnswer, name: string): string | undefined {
  for (const line of answer.head.split('\r\n').slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0 && line.slice(0, colon).trim().toLowerCase() === name) return line.slice(colon + 1).trim();
  }
  return undefined;
}

/** A connection whose every byte received is kept, and which knows when the server closed it. */
export class RawConnection {
  readonly socket: net.Socket;
  #received = '';
  #closed = false;
  readonly #waiters = new Set<() => void>();

  private constructor(socket: net.Socket) {
    this.socket = socket;
    socket.on('data', (chunk: Buffer) => {
      this.#received += chunk.toString('latin1');
      this.#wake();
    });
    const closed = () => {
      this.#closed = true;
      this.#wake();
    };
    socket.on('close', closed);
    // A reset is a close too; the test looks at what arrived before it.
    socket.on('error', closed);
  }

  static open(port: number): Promise<RawConnection> {
    return new Promise((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => resolve(new RawConnection(socket)));
      socket.once('error', reject);
    });
  }

  get received(): string {
    return this.#received;
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** Writes if the connection is still open; false once the server has closed it. */
  write(bytes: string): boolean {
    if (this.#closed || this.socket.destroyed || !this.socket.writable) return false;
    this.socket.write(bytes, 'latin1');
    return true;
  }

  /** Resolves once the server has closed the connection. */
  untilClosed(): Promise<void> {
    return this.#until(() => this.#closed);
  }

  /** Resolves with the first complete answer (by Content-Length), or what came before the connection closed. */
  async nextAnswer(): Promise<RawAnswer> {
    await this.#until(() => this.#closed || complete(this.#received));
    const answer = parseAnswer(this.#received);
    this.#received = '';
    return answer;
  }

  close(): void {
    this.socket.destroy();
  }

  #until(done: () => boolean): Promise<void> {
    if (done()) return Promise.resolve();
    return new Promise((resolve) => {
      const check = () => {
        if (!done()) return;
        this.#waiters.delete(check);
        resolve();
      };
      this.#waiters.add(check);
    });
  }

  #wake(): void {
    for (const waiter of [...this.#waiters]) waiter();
  }
}

function complete(text: string): boolean {
  const answer = parseAnswer(text);
  if (answer.status === undefined || !text.includes('\r\n\r\n')) return false;
  const length = Number(headerOf(answer, 'content-length') ?? 0);
  return Buffer.byteLength(answer.body, 'latin1') >= length;
}

/** Sends `bytes` on a new connection and reads until the server closes it. */
export async function rawExchange(port: number, bytes: string): Promise<RawAnswer> {
  const connection = await RawConnection.open(port);
  connection.write(bytes);
  await connection.untilClosed();
  return parseAnswer(connection.received);
}
