import { createServer, Server, Socket } from 'node:net';
import type { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketHandler } from '@electric-sql/pglite-socket';

// Frontend messages after which a client waits for ReadyForQuery: the end of one exchange.
const SIMPLE_QUERY = 0x51; // 'Q'
const SYNC = 0x53; // 'S'
const TERMINATE = 0x58; // 'X'

/**
 * Shares PGlite's one session between many connections, one exchange at a time. pglite-socket's own
 * queue interleaves single protocol messages from different connections, so one client's Bind can
 * land between another's Bind and Execute ("portal does not exist"); here a connection keeps the
 * session from its first message until its Sync or simple query completes outside a transaction,
 * which also keeps every transaction to the connection that opened it.
 */
export class PGliteSession {
  private owner: number | null = null;
  private readonly waiting: Array<{ handlerId: number; grant: () => void; refuse: (e: Error) => void }> = [];

  constructor(private readonly db: PGlite) {}

  async enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    if (this.owner !== handlerId) await this.acquire(handlerId);
    let bytes = 0;
    try {
      await this.db.runExclusive(() =>
        this.db.execProtocolRawStream(message, {
          onRawData: (data: Uint8Array) => {
            bytes += data.length;
            onData(data);
          },
        }),
      );
    } finally {
      // A startup packet has no type byte (its first byte is the length's, 0): it is an exchange of its own.
      const type = message[0];
      const endOfExchange = type === 0 || type === SIMPLE_QUERY || type === SYNC || type === TERMINATE;
      if (endOfExchange && !this.db.isInTransaction()) this.release();
    }
    return bytes;
  }

  getQueueLength(): number {
    return this.waiting.length;
  }

  clearQueueForHandler(handlerId: number): void {
    for (let i = this.waiting.length - 1; i >= 0; i--) {
      if (this.waiting[i].handlerId !== handlerId) continue;
      this.waiting[i].refuse(new Error('Handler disconnected'));
      this.waiting.splice(i, 1);
    }
  }

  /** A client that vanished mid-transaction must not leave the session locked or half-written. */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.owner !== handlerId) return;
    if (this.db.isInTransaction()) await this.db.exec('ROLLBACK');
    this.release();
  }

  private acquire(handlerId: number): Promise<void> {
    if (this.owner === null) {
      this.owner = handlerId;
      return Promise.resolve();
    }
    return new Promise((grant, refuse) => this.waiting.push({ handlerId, grant, refuse }));
  }

  private release(): void {
    const next = this.waiting.shift();
    this.owner = next ? next.handlerId : null;
    next?.grant();
  }
}

/** A loopback PostgreSQL wire-protocol server over one PGlite database. */
export async function servePGlite(db: PGlite, port: number): Promise<{ close(): Promise<void> }> {
  const session = new PGliteSession(db);
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    const handler = new PGLiteSocketHandler({ queryQueue: session as never, closeOnDetach: true });
    handler.attach(socket).catch(() => socket.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}
