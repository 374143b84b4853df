import { randomBytes } from 'node:crypto';
import net from 'node:net';

export type HelloAuth =
  | { readonly scheme: 'none' }
  | { readonly scheme: 'basic'; readonly principal: string; readonly credentials: string };

export interface HelloOutcome {
  /** The HTTP status of the WebSocket upgrade (101 when the port speaks WebSocket). */
  readonly upgradeStatus: number;
  /** SUCCESS, or the Neo4j error code of the FAILURE answer. */
  readonly answer: string;
}

/**
 * Does what a web page can do with `new WebSocket('ws://127.0.0.1:7687')`: upgrades the Bolt port to a WebSocket
 * (with a foreign Origin), then sends Bolt's handshake and a HELLO (Bolt 4.4, where HELLO carries the credentials).
 * Neo4j's driver has no WebSocket transport in Node, hence this minimal client.
 */
export async function helloOverWebSocket(host: string, port: number, auth: HelloAuth): Promise<HelloOutcome> {
  const socket = net.connect({ host, port });
  const reader = new Reader(socket);
  try {
    await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
    socket.write(
      [
        'GET / HTTP/1.1',
        `Host: ${host}:${port}`,
        'Origin: http://some-web-page.example',
        'Upgrade: websocket',
        'Connection: Upgrade',
        `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
        'Sec-WebSocket-Version: 13',
        '',
        '',
      ].join('\r\n'),
    );
    const head = (await reader.until((b) => b.indexOf('\r\n\r\n'), 4)).toString('latin1');
    const upgradeStatus = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0);
    if (upgradeStatus !== 101) return { upgradeStatus, answer: 'NOT_UPGRADED' };

    const noVersion = [0, 0, 0, 0];
    socket.write(
      frame(Buffer.from([0x60, 0x60, 0xb0, 0x17, 0, 0, 4, 4, ...noVersion, ...noVersion, ...noVersion])),
    );
    const version = await reader.frame();
    if (version.readUInt32BE(0) !== 0x0404)
      return { upgradeStatus, answer: `NO_BOLT_4_4 ${version.toString('hex')}` };

    const fields: [string, string][] = [['user_agent', 'web-page/1.0'], ...Object.entries(auth)];
    const hello = Buffer.concat([
      Buffer.from([0xb1, 0x01, 0xa0 + fields.length]),
      ...fields.flat().map(packString),
    ]);
    socket.write(frame(Buffer.concat([u16(hello.length), hello, u16(0)])));
    const answer = await reader.frame();
    // A chunk header (2 bytes), then a one-field struct: 0x70 SUCCESS, 0x7F FAILURE with {code, message}.
    if (answer[3] === 0x70) return { upgradeStatus, answer: 'SUCCESS' };
    return {
      upgradeStatus,
      answer: /Neo\.[A-Za-z]+\.[A-Za-z]+\.[A-Za-z]+/.exec(answer.toString('latin1'))?.[0] ?? '?',
    };
  } finally {
    socket.destroy();
  }
}

/** A masked binary WebSocket frame, as a client must send it. */
function frame(payload: Buffer): Buffer {
  const mask = randomBytes(4);
  const length =
    payload.length < 126
      ? Buffer.from([0x80 | payload.length])
      : Buffer.concat([Buffer.from([0x80 | 126]), u16(payload.length)]);
  const masked = Buffer.from(payload.map((byte, i) => byte ^ mask[i % 4]!));
  return Buffer.concat([Buffer.from([0x82]), length, mask, masked]);
}

function packString(text: string): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  const marker = bytes.length < 16 ? Buffer.from([0x80 + bytes.length]) : Buffer.from([0xd0, bytes.length]);
  return Buffer.concat([marker, bytes]);
}

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(n);
  return b;
}

/** Buffers what the server sends and hands it out by HTTP head or by (unmasked) WebSocket frame. */
class Reader {
  #buffer = Buffer.alloc(0);
  #waiting: (() => void) | undefined;
  #closed = false;

  constructor(socket: net.Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.#buffer = Buffer.concat([this.#buffer, chunk]);
      this.#waiting?.();
    });
    socket.on('close', () => {
      this.#closed = true;
      this.#waiting?.();
    });
  }

  /** Waits until `end(buffer)` finds an index, then takes everything up to it plus `extra` bytes. */
  async until(end: (buffer: Buffer) => number, extra = 0): Promise<Buffer> {
    for (;;) {
      const at = end(this.#buffer);
      if (at >= 0) {
        const taken = this.#buffer.subarray(0, at + extra);
        this.#buffer = this.#buffer.subarray(at + extra);
        return taken;
      }
      if (this.#closed) throw new Error('the server closed the connection');
      await new Promise<void>((resolve) => (this.#waiting = resolve));
    }
  }

  async frame(): Promise<Buffer> {
    const whole = await this.until((b) => {
      if (b.length < 2) return -1;
      const short = b[1]! & 0x7f;
      const header = short === 126 ? 4 : 2;
      const length = short === 126 ? (b.length >= 4 ? b.readUInt16BE(2) : Infinity) : short;
      return b.length >= header + length ? header + length : -1;
    });
    return whole.subarray((whole[1]! & 0x7f) === 126 ? 4 : 2);
  }
}
