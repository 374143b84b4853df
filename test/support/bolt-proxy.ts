import net from 'node:net';

/**
 * Where the next write transaction's connection is cut: `before-commit` drops the client's COMMIT (Neo4j never gets it
 * and rolls back), `after-commit` lets it through and drops Neo4j's answer (the transaction is committed, but the
 * client cannot know).
 */
export type CommitCut = 'before-commit' | 'after-commit';

/** A TCP proxy in front of a Neo4j's Bolt port that can drop the connection at a chosen point of a transaction. */
export interface BoltProxy {
  /** The bolt:// URI to connect to instead of the database's own. */
  readonly uri: string;
  /** Arms the cut of the next write transaction's commit (read transactions pass); resolves once it happened. */
  cutNextCommit(where: CommitCut): Promise<void>;
  close(): Promise<void>;
}

/**
 * Bolt's COMMIT message (no fields: struct marker 0xB0, signature 0x12) as the driver sends it: one chunk of two
 * bytes, then the end-of-message marker.
 */
const COMMIT = Buffer.from([0x00, 0x02, 0xb0, 0x12, 0x00, 0x00]);
/** BEGIN: a struct of one field (0xB1), signature 0x11; its map holds `mode: "r"` for a read transaction. */
const BEGIN = Buffer.from([0xb1, 0x11]);
const READ_MODE = Buffer.from([0x84, ...Buffer.from('mode'), 0x81, ...Buffer.from('r')]);

export async function startBoltProxy(target: string): Promise<BoltProxy> {
  const { hostname, port } = new URL(target);
  let armed: { where: CommitCut; done: () => void } | undefined;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(port), hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => undefined);
    }
    const cut = () => {
      client.destroy();
      upstream.destroy();
    };
    let awaitingCommitAnswer: (() => void) | undefined;
    let readTransaction = false;
    client.on('data', (chunk: Buffer) => {
      if (chunk.includes(BEGIN)) readTransaction = chunk.includes(READ_MODE);
      if (armed && !readTransaction && chunk.includes(COMMIT)) {
        const { where, done } = armed;
        armed = undefined;
        if (where === 'before-commit') {
          cut();
          done();
          return;
        }
        awaitingCommitAnswer = done;
      }
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      if (awaitingCommitAnswer) {
        // Neo4j answers COMMIT once the transaction is committed; the client never sees that answer.
        cut();
        awaitingCommitAnswer();
        awaitingCommitAnswer = undefined;
        return;
      }
      client.write(chunk);
    });
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as net.AddressInfo;
  return {
    uri: `bolt://127.0.0.1:${address.port}`,
    cutNextCommit(where) {
      return new Promise((done) => {
        armed = { where, done };
      });
    },
    close() {
      for (const s of sockets) s.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
