import path from "node:path";
import { Duplex } from "node:stream";
import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";
import pg from "pg";

type FromThread =
  | { type: "ready" }
  | { type: "stopped" }
  | { type: "data"; session: number; bytes: Uint8Array; holdsDatabase: boolean }
  | { type: "closed"; session: number }
  | { type: "failed"; session?: number; message: string };

export type EmbeddedThread = {
  /** A `pg` pool whose connections talk to PGlite in the thread. */
  pool: pg.Pool;
  /** Closes the pool, then PGlite (a clean checkpoint), then the thread. */
  stop(): Promise<void>;
};

// How long a statement of a connection holding the database may hold the event loop waiting for its answer (see ThreadStream.flush).
const IN_TRANSACTION_WAIT_MS = 50;

// Resolved from the project folder: the thread's file runs as it is, outside Next's bundles.
const THREAD_FILE = path.join(process.cwd(), "lib", "platform", "database", "embedded-thread", "pglite-thread.mjs");

/**
 * Embedded PGlite in a worker thread of its own, reached through the same `pg` driver as
 * PostgreSQL: the server's event loop keeps serving pages while PGlite works on the other core.
 * Each statement's answer costs a turn of the event loop, so the pool has several connections,
 * whose statements the thread runs one batch at a time (see pglite-thread.mjs); a transaction
 * holds the database until it ends, as it does in-process.
 */
export function startEmbeddedThread(dataDir: string, onUnexpectedExit: (error: Error) => void): EmbeddedThread {
  const { port1: port, port2: threadPort } = new MessageChannel();
  const answered = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(THREAD_FILE, {
    workerData: { dataDir, port: threadPort, answered },
    transferList: [threadPort],
  });
  const streams = new Map<number, ThreadStream>();
  let nextSession = 1;
  let stopping = false;
  let stopped: () => void = () => {};
  const whenStopped = new Promise<void>((resolve) => (stopped = resolve));

  let opened: (error?: Error) => void = () => {};
  const ready = new Promise<void>((resolve, reject) => (opened = (error) => (error ? reject(error) : resolve())));
  const receive = (message: FromThread) => {
    if (message.type === "ready") opened();
    else if (message.type === "stopped") stopped();
    else if (message.type === "data") streams.get(message.session)?.receive(message.bytes, message.holdsDatabase);
    else if (message.type === "closed") streams.get(message.session)?.push(null);
    else if (message.session === undefined) opened(new Error(`the embedded database did not open: ${message.message}`));
    else streams.get(message.session)?.destroy(new Error(`the embedded database failed: ${message.message}`));
  };
  port.on("message", receive);
  let cause = "";
  worker.on("error", (error) => {
    cause = `: ${error.message}`;
    opened(error);
  });
  ready.catch(() => {}); // reported to each connection attempt, and through onUnexpectedExit
  worker.on("exit", (code) => {
    const error = new Error(`the embedded database's thread ended (exit code ${code})${cause}`);
    for (const stream of streams.values()) stream.destroy(error);
    stopped();
    if (!stopping) onUnexpectedExit(error);
  });

  const link: ThreadLink = {
    ready,
    open(stream) {
      const session = nextSession++;
      streams.set(session, stream);
      port.postMessage({ type: "open", session });
      return session;
    },
    send: (session, bytes) => port.postMessage({ type: "data", session, bytes }),
    sendAndWait(session, bytes) {
      Atomics.store(answered, 0, 0);
      port.postMessage({ type: "data", session, bytes, awaited: true });
      Atomics.wait(answered, 0, 0, IN_TRANSACTION_WAIT_MS);
      // Whatever has arrived, in order; an answer that took longer arrives as any other message.
      for (let next = receiveMessageOnPort(port); next; next = receiveMessageOnPort(port)) receive(next.message);
    },
    end(session) {
      if (streams.delete(session)) port.postMessage({ type: "end", session });
    },
  };

  const pool = new pg.Pool({
    max: 10,
    // PGlite's one user and database.
    user: "postgres",
    database: "postgres",
    // Bounded waits, as on PostgreSQL (lib/platform/database/adapter.ts).
    connectionTimeoutMillis: 20_000,
    query_timeout: 20_000,
    stream: () => new ThreadStream(link),
  } as pg.PoolConfig);

  return {
    pool,
    async stop() {
      stopping = true;
      // A request still holding a connection must not keep PGlite from its clean close.
      await Promise.race([pool.end().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 3_000).unref())]);
      port.postMessage({ type: "stop" });
      await Promise.race([whenStopped, new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
      await worker.terminate();
    },
  };
}

type ThreadLink = {
  ready: Promise<void>;
  open(stream: ThreadStream): number;
  send(session: number, bytes: Uint8Array): void;
  /** Sends, then holds the event loop until the answer is in (at most IN_TRANSACTION_WAIT_MS). */
  sendAndWait(session: number, bytes: Uint8Array): void;
  end(session: number): void;
};

/** What `pg` takes for a socket: one session of the thread, opened on `connect`. */
class ThreadStream extends Duplex {
  private session: number | undefined;
  private pending: Uint8Array[] = [];
  private holdsDatabase = false;

  constructor(private readonly link: ThreadLink) {
    super();
  }

  connect(): this {
    this.link.ready.then(
      () => {
        if (this.destroyed) return;
        this.session = this.link.open(this);
        this.emit("connect");
        this.flush();
      },
      (error: Error) => this.destroy(error),
    );
    return this;
  }

  setNoDelay(): this {
    return this;
  }

  setKeepAlive(): this {
    return this;
  }

  ref(): this {
    return this;
  }

  unref(): this {
    return this;
  }

  receive(bytes: Uint8Array, holdsDatabase: boolean): void {
    this.holdsDatabase = holdsDatabase;
    this.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  }

  override _read(): void {}

  // pg writes a query's messages one by one in the same tick: they cross to the thread together.
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    if (this.pending.push(chunk) === 1) queueMicrotask(() => this.flush());
    done();
  }

  private flush(): void {
    if (this.session === undefined || this.pending.length === 0) return;
    const size = this.pending.reduce((sum, chunk) => sum + chunk.length, 0);
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const chunk of this.pending) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    this.pending = [];
    // While this connection holds the database (an open transaction), every other one waits
    // for it: its statements get their answers at once rather than after a turn of an event loop
    // that may be busy with hundreds of page requests, as they did with PGlite in-process.
    if (this.holdsDatabase) this.link.sendAndWait(this.session, bytes);
    else this.link.send(this.session, bytes);
  }

  override _final(done: (error?: Error | null) => void): void {
    this.flush();
    if (this.session !== undefined) this.link.end(this.session);
    this.push(null);
    done();
  }

  override _destroy(error: Error | null, done: (error?: Error | null) => void): void {
    if (this.session !== undefined) this.link.end(this.session);
    done(error);
  }
}
